import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, root } from '../support/ingest-fixtures.ts';

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const fixture = (name: string) => join(fixtures, name);

describe('data:export', { timeout: 60_000 }, () => {
  it('data:export: prints the normalised long table', () => {
    const result = run('export-data.ts', ['--input', fixture('wide-comma-lf-point.csv')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      'kommunekode,kommune,periode,maaling,vaerdi\n101,København,2024M05,ledige-antal,12345\n851,Aalborg,2024M05,ledige-antal,5101\n' +
        '101,København,2024M05,ledige-pct,4.9\n851,Aalborg,2024M05,ledige-pct,4.5\n',
    );
  });

  it('data:export: bad input → exit 1, the problem on stderr, nothing on stdout', () => {
    const result = run('export-data.ts', ['--input', fixture('bad-share-140.csv')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      'bad-share-140.csv:3:3 (kolonne "Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)"): andelen 140 % ligger uden for 0–100',
    );
  });

  it('data:export: sample rows → warning on stderr, an eksempeldata column on every row and the words in bemaerkning', () => {
    const result = run('export-data.ts', ['--input', fixture('long-danish.csv')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('Advarsel: data indeholder Eksempeldata – ikke officielle tal\n');
    const [header, ...rows] = result.stdout.trim().split('\n');
    expect(header).toBe('kommunekode,kommune,periode,maaling,vaerdi,eksempeldata,bemaerkning');
    expect(rows.every((row) => /,(ja,Eksempeldata – ikke officielle tal|nej,.*)$/.test(row))).toBe(true);
    expect(rows.some((row) => row.endsWith(',ja,Eksempeldata – ikke officielle tal'))).toBe(true);
  });

  it('data:export: --decimal settles an ambiguous file; a wrong flag value is a friendly error', () => {
    expect(run('export-data.ts', ['--input', fixture('bad-ambiguous.csv'), '--decimal', 'komma']).stdout).toContain(
      '000,Hele landet,2021M08,ledige-antal,96938\n',
    );
    const wrong = run('export-data.ts', ['--input', fixture('bad-ambiguous.csv'), '--decimal', 'comma']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('Fejl: --decimal skal være "komma" eller "punktum", ikke "comma"\n');
  });

  it('data:export: inputs from JOBCENTERTJEK_INPUT; a missing path is named', () => {
    expect(run('export-data.ts', [], { JOBCENTERTJEK_INPUT: fixture('periods.csv') }).stdout.split('\n')).toHaveLength(6);
    const missing = run('export-data.ts', ['--input', fixture('findes-ikke.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('inputfilen eller -mappen findes ikke');
  });
});

describe('data:build', { timeout: 60_000 }, () => {
  it('data:build: writes the dataset as one column block per measure, in the release it came from', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'build-')), 'dataset.json');
    const result = run('build-dataset.ts', ['--input', fixture('wide-semicolon-bom-crlf.csv'), '--release-date', '2026-08-22', '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('1 fil i 1 lag (1 dateret udgivelse), 4 rækker, 4 værdier, 0 revisioner, 1 kommune, 1 periode');
    const dataset = JSON.parse(readFileSync(output, 'utf8'));
    expect(dataset.format).toBe('jobcentertjek-dataset/3');
    expect(dataset.sample).toBe(false);
    expect(dataset.releases).toMatchObject([{ id: 'input', date: '2026-08-22', values: 4, added: 4 }]);
    expect(dataset.measures.map((m: { id: string }) => m.id)).toEqual(['aktiveringsberoerte-kontanthjaelp', 'aktiveringsgrad-kontanthjaelp']);
    expect(dataset.measures[1]).toMatchObject({ periods: ['2021M08'], values: { '000': [14], '165': [10.4] }, sample: false, revisions: [] });
  });

  it('data:build: the default input is the embedded real data, every file inside the project (no ../shared needed)', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'build-')), 'dataset.json');
    const result = run('build-dataset.ts', ['--output', output]);
    expect(result.status).toBe(0);
    const dataset = JSON.parse(readFileSync(output, 'utf8'));
    expect(dataset.sample).toBe(false);
    expect(dataset.releases.map((r: { id: string }) => r.id)).toEqual(['published', '2026-08-22']);
    expect(dataset.inputs.map((i: { file: string }) => i.file).filter((file: string) => file.includes('shared') || file.startsWith('/'))).toEqual([]);
  });

  it('data:build --demo adds the generated sample numbers, and says so', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'build-')), 'dataset.json');
    const result = run('build-dataset.ts', ['--demo', '--output', output]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('Advarsel: Eksempeldata – ikke officielle tal.');
    expect(JSON.parse(readFileSync(output, 'utf8')).sample).toBe(true);
  });

  it('data:build: a folder named like a CSV file gets its own message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'build-'));
    mkdirSync(join(dir, 'tal.csv'));
    const result = run('build-dataset.ts', ['--input', join(dir, 'tal.csv'), '--output', join(dir, 'dataset.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/tal\.csv: er en mappe, ikke en CSV-fil/);
  });

  it('data:build: bad input leaves the existing dataset untouched and lists every problem', () => {
    const output = join(mkdtempSync(join(tmpdir(), 'build-')), 'dataset.json');
    writeFileSync(output, '{"previous":true}');
    const result = run('build-dataset.ts', ['--input', fixture('bad-unknown-kommune.csv'), '--input', fixture('bad-unknown-period.csv'), '--output', output]);
    expect(result.status).toBe(1);
    expect(readFileSync(output, 'utf8')).toBe('{"previous":true}');
    expect(result.stderr).toContain('Fejl i inputdata (2):');
    expect(result.stderr).toContain('bad-unknown-kommune.csv:3:2');
    expect(result.stderr).toContain('bad-unknown-period.csv:3:1');
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
