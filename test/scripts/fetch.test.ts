/**
 * data:fetch run as a maintainer or the monthly CI job runs it, against a stand-in jobindsats on 127.0.0.1: a good
 * run writes one release the build reads; every bad answer fails the run with the table named and leaves the archive
 * exactly as it was; hanging and dripping servers are cut off in seconds.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { root } from '../support/ingest-fixtures.ts';
import { startMockJobindsats, type Behaviour, type MockJobindsats } from '../support/mock-jobindsats.ts';

const KEY = 'test-nøgle-123';
const SEED = '2026-08-22';
const FETCHED = ['y60c07', 'y60j01', 'y25i01', 'y60a02'];

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real script as a child process (the mock lives in this process, so never spawnSync). */
function runFetch(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('JOBINDSATS_')));
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'scripts/fetch-jobindsats.ts'), ...args], {
    env: { ...clean, JOBINDSATS_TIMEOUT_S: '1', JOBINDSATS_BACKOFF_MS: '50', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr, ms: performance.now() - started })));
}

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp archive holding a copy of the project's release 2026-08-22 (the "previous release"). */
function seededArchive(): string {
  const archive = mkdtempSync(join(tmpdir(), 'hent-arkiv-'));
  temporary.push(archive);
  cpSync(join(root, 'data/releases', SEED), join(archive, SEED), { recursive: true });
  return archive;
}

/** Every file under the folder with its sha256: equal snapshots mean nothing was written, renamed or left behind. */
function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

let mock: MockJobindsats | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

async function withMock(behaviour: Record<string, Behaviour> = {}, key = KEY) {
  mock = await startMockJobindsats({ key, behaviour });
  const archive = seededArchive();
  return { mock, archive, before: snapshot(archive), env: { JOBINDSATS_API_KEY: KEY, JOBINDSATS_BASE_URL: mock.url } };
}

describe('data:fetch against a stand-in jobindsats', () => {
  it('without JOBINDSATS_API_KEY: a Danish message, exit code 2, no request and nothing written', { timeout: 15_000 }, async () => {
    const { mock, archive, before, env } = await withMock();
    const result = await runFetch(['--archive', archive], { ...env, JOBINDSATS_API_KEY: undefined });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('JOBINDSATS_API_KEY er ikke sat');
    expect(result.stderr).toContain('Intet er hentet eller skrevet');
    expect(mock.requests).toEqual([]);
    expect(snapshot(archive)).toEqual(before);
  });

  it(
    'a good run (BOM, nulls, one 429 on the way) writes one release with manifest and README, and the build reads the archive',
    { timeout: 60_000 },
    async () => {
      const { mock, archive, env } = await withMock({ y60j01: 'rate-limit-once' });
      const today = new Date().toISOString().slice(0, 10);
      const result = await runFetch(['--archive', archive], env);
      expect(result.stderr).toContain(`Udgivelsen ${today} er gemt`);
      expect(result.status).toBe(0);
      // The catalogue's gaps are listed, in Danish, without failing the run.
      expect(result.stderr).toContain('samtaler-4-seneste-12-mdr: tabel-id mangler');
      expect(result.stderr).toContain('"Afholdelse af samtaler. Antal og andel personer" i jobindsats\' emne 1815 med npm run data:fetch -- --find 1815');
      expect(result.stderr).toContain('tidlig-samtaler-alle, tidlig-samtaler-dagpenge og 6 andre: tabel-id mangler');
      expect(result.stderr).toContain('(y60c02): hierarki-vælger (jobindsats.hierarchy) og rækkeudvælgelse (jobindsats.rows) mangler');
      // 429 is retried once, then the table comes.
      expect(result.stderr).toMatch(/y60j01: HTTP 429: .*prøver igen om 0,05 s \(forsøg 2 af 4\)/);
      expect(mock.count('y60j01')).toBe(2);
      expect(mock.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);

      const folder = join(archive, today);
      expect(readdirSync(archive).sort()).toEqual([SEED, today].sort());
      const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
      expect(manifest.files.map((f: { file: string }) => f.file)).toEqual(FETCHED.map((t) => `${t}.csv`));
      const y60c07 = manifest.files[0];
      expect(y60c07).toMatchObject({ tables: ['y60c07'], source: 'jobindsats', rows: 5940, periods: { first: '2021M08', last: '2026M07', count: 60 } });
      expect(y60c07.request).toBe(`${mock.url}/data/y60c07?mgroup.*=*&period.M=latest:60&hierarchy._nykom=*&format=json`);
      expect(readFileSync(join(folder, 'y60c07.csv'), 'utf8')).toMatch(
        /^\uFEFFPeriode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad \(pct\.\);Aktiveringsgrad og andel aktiveringsberørte: Andel aktiveringsberørte \(pct\.\)\r\n2021M08;Hele landet;14;42,9\r\n/,
      );
      // A suppressed value (null in the answer) is an empty cell, never 0.
      expect(readFileSync(join(folder, 'y25i01.csv'), 'utf8')).toMatch(/;;|;\r\n/);
      const readme = readFileSync(join(folder, 'README.md'), 'utf8');
      expect(readme).toContain(`# Udgivelse ${today} — jobindsats.dk`);
      expect(readme).toContain(`GET ${mock.url}/data/y25i01?`);
      expect(readme).toContain('samtaler-4-seneste-12-mdr');
      for (const text of [readme, JSON.stringify(manifest)]) expect(text).not.toContain(KEY);

      const scratch = mkdtempSync(join(tmpdir(), 'hent-datasaet-'));
      temporary.push(scratch);
      const output = join(scratch, 'dataset.json');
      const build = await new Promise<number | null>((resolve) =>
        spawn(process.execPath, [join(root, 'scripts/build-dataset.ts'), '--input', archive, '--output', output], { stdio: 'ignore' }).on('close', resolve),
      );
      expect(build).toBe(0);
      expect(existsSync(output)).toBe(true);
    },
  );

  it(
    '500 on every try: four tries, then exit 1 naming the table, the status and the body; the other tables are still tried; nothing written',
    { timeout: 20_000 },
    async () => {
      const { mock, archive, before, env } = await withMock({ y60j01: 'error-500' });
      const result = await runFetch(['--archive', archive], env);
      console.info(`500 forever: ${Math.round(result.ms)} ms`);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('y60j01: HTTP 500: «{"code":500,"cause":"Intern serverfejl i testen","request_id":"test-500"}» (opgivet efter 4 forsøg)');
      expect(result.stderr).toContain('intet er skrevet');
      expect(mock.count('y60j01')).toBe(4);
      expect(FETCHED.every((table) => mock.count(table) >= 1)).toBe(true);
      expect(snapshot(archive)).toEqual(before);
      expect(result.ms).toBeLessThan(10_000);
    },
  );

  it('a server that never answers is cut off at JOBINDSATS_TIMEOUT_S on each of the four tries', { timeout: 20_000 }, async () => {
    const { mock, archive, before, env } = await withMock({ y25i01: 'hang' });
    const result = await runFetch(['--archive', archive], env);
    console.info(`hang: ${Math.round(result.ms)} ms`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('y25i01: intet fuldt svar inden for 1 s (opgivet efter 4 forsøg)');
    expect(mock.count('y25i01')).toBe(4);
    expect(snapshot(archive)).toEqual(before);
    expect(result.ms).toBeGreaterThan(4_000);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('a server that drips the body slower than the limit is cut off too (the limit covers the body)', { timeout: 20_000 }, async () => {
    const { mock, archive, before, env } = await withMock({ y60a02: 'drip' });
    const result = await runFetch(['--archive', archive], env);
    console.info(`drip: ${Math.round(result.ms)} ms`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('y60a02: intet fuldt svar inden for 1 s (HTTP 200, men svaret blev ikke færdigt) (opgivet efter 4 forsøg)');
    expect(mock.count('y60a02')).toBe(4);
    expect(snapshot(archive)).toEqual(before);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('JOBINDSATS_RUN_TIMEOUT_S bounds the whole run: the rest is given up and nothing written', { timeout: 20_000 }, async () => {
    const { archive, before, env } = await withMock({ y60c07: 'hang' });
    const result = await runFetch(['--archive', archive], { ...env, JOBINDSATS_TIMEOUT_S: '30', JOBINDSATS_RUN_TIMEOUT_S: '2' });
    console.info(`run timeout: ${Math.round(result.ms)} ms`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('y60c07: kørslens samlede tidsgrænse på 2 s (JOBINDSATS_RUN_TIMEOUT_S) er nået');
    expect(result.stderr).toContain('De øvrige tabeller er ikke forsøgt.');
    expect(snapshot(archive)).toEqual(before);
    expect(result.ms).toBeLessThan(8_000);
  });

  it('a wrong key (HTTP 401) is one Danish message, not retried, and the other tables are not tried', { timeout: 15_000 }, async () => {
    const { mock, archive, before, env } = await withMock({}, 'den-rigtige-nøgle');
    const result = await runFetch(['--archive', archive], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('y60c07: JOBINDSATS_API_KEY blev afvist: nøglen er forkert eller udløbet (HTTP 401: «{"code":401');
    expect(result.stderr.match(/blev afvist/g)).toHaveLength(1);
    expect(mock.requests).toHaveLength(1);
    expect(snapshot(archive)).toEqual(before);
  });

  it("the v2 API's wrong-key answer is the same message", { timeout: 15_000 }, async () => {
    const { mock, archive, before, env } = await withMock({ y60c07: 'bad-key-v2' });
    const result = await runFetch(['--archive', archive], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'y60c07: JOBINDSATS_API_KEY blev afvist: nøglen er forkert eller udløbet (HTTP 200: «{"Forkert nøgle eller nøglen er udløbet.":""}»)',
    );
    expect(mock.requests).toHaveLength(1);
    expect(snapshot(archive)).toEqual(before);
  });

  it('a malformed body, an answer without rows, a cut-short answer and a renamed column all fail, listed together', { timeout: 20_000 }, async () => {
    const { mock, archive, before, env } = await withMock({ y60c07: 'malformed', y60j01: 'empty', y25i01: 'truncated', y60a02: 'renamed' });
    const result = await runFetch(['--archive', archive], env);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/y60c07: svaret er ikke JSON: «\{"columns":\["Periode".*\(HTTP 200\)/);
    expect(result.stderr).toContain('y60j01: svaret har ingen rækker (kolonner: "Periode", "Område", "Antal personer med ordinære løntimer"');
    expect(result.stderr).toContain('y25i01: kun 594 rækker, men y25i01_ledighed.csv i udgivelsen 2026-08-22 havde 5.940');
    expect(result.stderr).toContain('y60a02: svaret mangler kolonner for kontanthjaelp-personer (fx "Antal personer")');
    // Answers that came are not retried: the server said what it had to say.
    expect(FETCHED.map((table) => mock.count(table))).toEqual([1, 1, 1, 1]);
    expect(snapshot(archive)).toEqual(before);
  });

  it('a release of that date already exists: a clear message before any request, nothing changed', { timeout: 15_000 }, async () => {
    const { mock, archive, before, env } = await withMock();
    const result = await runFetch(['--archive', archive, '--release-date', SEED], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`udgivelsen ${SEED} findes allerede`);
    expect(mock.requests).toEqual([]);
    expect(snapshot(archive)).toEqual(before);
  });

  it(
    '--find 1815 lists every table of the subject with id, updates and measure groups, and the catalogue lines to fill in; writes nothing',
    { timeout: 15_000 },
    async () => {
      const { mock, archive, before, env } = await withMock();
      const result = await runFetch(['--archive', archive, '--find', '1815'], env);
      expect(result.status).toBe(0);
      expect(result.stdout.split('\n').slice(0, 8)).toEqual([
        '4 tabeller matcher "1815":',
        '',
        'y99t01  Afholdelse af samtaler. Antal og andel personer',
        '  emne: Tidlig indsats og skærpet tilsyn › Kontaktforløb og tilbud',
        '  opdateret: 2026-10-30, næste opdatering: 2026-11-27',
        '  målingsgrupper: mgrp99t01_1 (Antal personer), mgrp99t01_2 (Andel personer med mindst 4 samtaler)',
        '  → samtaler-4-seneste-12-mdr venter på denne tabel: sæt "table": "y99t01" under "jobindsats" i data/catalogue/indicators.json',
        '',
      ]);
      expect(result.stdout).toMatch(/y99t03 {2}Tidlig indsats: jobsamtaler[\s\S]*→ kan være tabellen for tidlig-samtaler-alle, [^\n]*"y99t03"/);
      expect(result.stdout).toMatch(/y99t04 {2}Tidlig indsats: tilbud[\s\S]*→ kan være tabellen for tidlig-tilbud-alle, [^\n]*"y99t04"/);
      expect(mock.requests.map((r) => r.path)).toEqual(['/v3/tables?format=json']);
      expect(snapshot(archive)).toEqual(before);
    },
  );

  it('--find ignores case and æ/ø/å; no match is exit code 1', { timeout: 15_000 }, async () => {
    const { env } = await withMock();
    const found = await runFetch(['--find', 'AKTIVERINGSBERORTE'], env);
    expect(found.status).toBe(0);
    expect(found.stdout).toContain('y60c07  Aktiveringsgrad og andel aktiveringsberørte');
    const none = await runFetch(['--find', 'findes ikke'], env);
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('Ingen tabeller i jobindsats\' katalog matcher "findes ikke"');
  });
});
