/** The archive through the scripts: data:build reads every release, data:export gives any release as it was. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../support/ingest-fixtures.ts';
import { FIXTURE, makeReleaseArchive } from '../support/release-fixtures.ts';

const run = (script: string, args: string[]) => spawnSync(process.execPath, [join(root, 'scripts', script), ...args], { encoding: 'utf8' });
let archive = '';

beforeAll(() => {
  archive = mkdtempSync(join(tmpdir(), 'arkiv-'));
  makeReleaseArchive(archive);
});

describe('releases through the scripts', { timeout: 30_000 }, () => {
  it('data:export --release: the first release exported as it was equals its file, byte for byte', () => {
    const result = run('export-data.ts', ['--input', archive, '--release', FIXTURE.first]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(join(archive, FIXTURE.first, FIXTURE.file), 'utf8'));
  });

  it('data:export without --release gives the newest values: the revision, and June', () => {
    const rows = run('export-data.ts', ['--input', archive]).stdout.split('\n');
    expect(rows).toContain('259,Køge,2026M05,aktiveringsgrad-kontanthjaelp,12.4,ja,Eksempeldata – ikke officielle tal');
    expect(rows).toContain('825,Læsø,2026M05,aktiveringsgrad-kontanthjaelp,,ja,Eksempeldata – ikke officielle tal');
    expect(rows.some((row) => row.includes(',2026M06,'))).toBe(true);
    expect(run('export-data.ts', ['--input', archive, '--release', FIXTURE.first]).stdout).toContain('259,Køge,2026M05,aktiveringsgrad-kontanthjaelp,14,ja');
  });

  it('data:export --release with a date that is no release names the releases there are', () => {
    const result = run('export-data.ts', ['--input', archive, '--release', '2026-06-04']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`Fejl: der er ingen udgivelse dateret 2026-06-04 (udgivelser: ${FIXTURE.first}, ${FIXTURE.second})\n`);
  });

  it('data:build: a release file changed after it was archived is refused with its checksum, and nothing is written', () => {
    const copy = mkdtempSync(join(tmpdir(), 'arkiv-rettet-'));
    makeReleaseArchive(copy);
    const path = join(copy, FIXTURE.second, FIXTURE.file);
    const text = readFileSync(path, 'utf8').replace(
      '259,Køge,2026M05,aktiveringsgrad-kontanthjaelp,12.4,ja',
      '259,Køge,2026M05,aktiveringsgrad-kontanthjaelp,99.9,ja',
    );
    writeFileSync(path, text);
    const output = join(copy, 'dataset.json');
    const result = run('build-dataset.ts', ['--input', copy, '--output', output]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${FIXTURE.second}/${FIXTURE.file}: filen er ændret, efter udgivelsen blev gemt (sha256`);
    expect(existsSync(output)).toBe(false);
  });

  it('data:release: an existing release is never overwritten', () => {
    const csv = join(archive, FIXTURE.first, FIXTURE.file);
    const result = run('make-release.ts', ['--date', FIXTURE.first, '--archive', archive, '--source', 'eksempeldata', csv]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`udgivelsen ${FIXTURE.first} findes allerede`);
  });
});
