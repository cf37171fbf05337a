/**
 * npm run build as a maintainer runs it: it never writes over a user's or the project's own folder, and a failed build
 * leaves the previous site and dataset exactly as they were.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/ingest-fixtures.ts';

const build = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(root, 'scripts/build-site.ts'), ...args], { encoding: 'utf8', cwd: root, env: { ...process.env, ...env } });

describe('npm run build: --out', () => {
  for (const [name, out, why] of [
    ['the root of the file system', '/', 'roden af filsystemet kan ikke bruges'],
    ['the home folder', homedir(), 'din hjemmemappe kan ikke bruges'],
    ['the project itself', root, 'det er projektets egen mappe'],
    ['a folder holding the project', join(root, '..'), 'mappen indeholder projektet'],
    ["the project's data", join(root, 'data'), 'data/ er en af projektets egne mapper'],
    ["a folder inside the project's data", join(root, 'data/releases/x'), 'data/ er en af projektets egne mapper'],
    ["the project's sources", join(root, 'src'), 'src/ er en af projektets egne mapper'],
  ] as const) {
    it(`--out refuses ${name}, with a Danish message and nothing changed`, () => {
      const before = existsSync(out) ? readdirSync(out).sort() : [];
      const result = build(['--out', out]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(why);
      expect(result.stderr).toContain('Intet er ændret');
      expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
      expect(existsSync(out) ? readdirSync(out).sort() : []).toEqual(before);
    });
  }

  it('--out and $JOBCENTERTJEK_DIST refuse a folder with other things in it; the things stay', () => {
    const mine = mkdtempSync(join(tmpdir(), 'mine-filer-'));
    writeFileSync(join(mine, 'speciale.docx'), 'vigtigt');
    for (const result of [build(['--out', mine]), build([], { JOBCENTERTJEK_DIST: mine })]) {
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('mappen er ikke tom og er ikke en tidligere bygning af Jobcentertjek');
    }
    expect(readdirSync(mine)).toEqual(['speciale.docx']);
    expect(readFileSync(join(mine, 'speciale.docx'), 'utf8')).toBe('vigtigt');
  });
});

describe('npm run build: a failed build', { timeout: 120_000 }, () => {
  it('bad input: the previous build and the dataset stay as they were, with the problem named and no stack trace', () => {
    const out = mkdtempSync(join(tmpdir(), 'tidligere-bygning-'));
    writeFileSync(join(out, '.jobcentertjek-build'), '{}\n');
    writeFileSync(join(out, 'index.html'), 'den gamle side');
    const dataset = join(root, '.cache/dataset.json');
    const before = existsSync(dataset) ? readFileSync(dataset, 'utf8') : undefined;
    const result = build(['--input', join(root, 'test/fixtures/ingest/bad-unknown-kommune.csv'), '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad-unknown-kommune.csv:3:2 (kolonne "Område"): ukendt kommune: "Fakeby"');
    expect(result.stderr).toContain('Bygningen stoppede i trinnet "data:build"');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    expect(readdirSync(out).sort()).toEqual(['.jobcentertjek-build', 'index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('den gamle side');
    expect(existsSync(dataset) ? readFileSync(dataset, 'utf8') : undefined).toBe(before);
    expect(readdirSync(join(out, '..')).filter((name) => name.includes('.ny-') || name.includes('.gammel-'))).toEqual([]);
  });

  it('a page that fails to render: the previous build stays, the message is Danish and names the step', () => {
    const out = mkdtempSync(join(tmpdir(), 'tidligere-bygning-'));
    writeFileSync(join(out, '.jobcentertjek-build'), '{}\n');
    mkdirSync(join(out, 'kommune'));
    const nationalOnly = join(mkdtempSync(join(tmpdir(), 'landstal-')), 'landstal.csv');
    writeFileSync(nationalOnly, 'Periode;Område;Måling;Værdi\n2018M12;Hele landet;samtaler-dagpenge;67\n');
    const result = build(['--input', nationalOnly, '--out', out]);
    // A dataset with national figures only has nothing to draw a map of: astro fails, the build stops cleanly.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Bygningen stoppede i trinnet "astro build"');
    expect(result.stderr).toContain('Den tidligere side');
    expect(readdirSync(out).sort()).toEqual(['.jobcentertjek-build', 'kommune']);
  });
});
