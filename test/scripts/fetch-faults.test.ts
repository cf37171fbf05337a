/**
 * data:fetch (against the stand-in jobindsats on 127.0.0.1) and data:release when a run is killed or two run at once:
 * killed mid-download or mid-write, the release folders and the dataset are as before, and the next run clears what
 * the killed one left, with a line saying so; a second run on the same archive waits, and says so.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { killHard, litter, snapshot, startScript } from '../support/faults.ts';
import { root } from '../support/ingest-fixtures.ts';
import { startMockJobindsats, type Behaviour, type MockJobindsats } from '../support/mock-jobindsats.ts';

const KEY = 'test-nøgle-123';
const SEED = '2026-08-22';
const DATASET = join(root, '.cache/dataset.json');
const today = new Date().toISOString().slice(0, 10);

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
let mock: MockJobindsats | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

/** A temp archive holding a copy of release 2026-08-22, in a folder of its own (the lock sits beside the archive). */
function seededArchive(): string {
  const parent = mkdtempSync(join(tmpdir(), 'hent-fejl-'));
  temporary.push(parent);
  const archive = join(parent, 'arkiv');
  cpSync(join(root, 'data/releases', SEED), join(archive, SEED), { recursive: true });
  return archive;
}

async function setUp(behaviour: Record<string, Behaviour> = {}) {
  mock = await startMockJobindsats({ key: KEY, behaviour });
  const archive = seededArchive();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('JOBINDSATS_')));
  const env = { ...clean, JOBINDSATS_API_KEY: KEY, JOBINDSATS_BASE_URL: mock.url, JOBINDSATS_TIMEOUT_S: '1', JOBINDSATS_BACKOFF_MS: '50' };
  const fetchRun = (extra: Record<string, string> = {}) => startScript(join(root, 'scripts/fetch-jobindsats.ts'), ['--archive', archive], { ...env, ...extra });
  return { mock, behaviour, archive, fetchRun, before: snapshot(archive), folders: [archive, dirname(archive)] };
}

const datasetHash = () => (existsSync(DATASET) ? createHash('sha256').update(readFileSync(DATASET)).digest('hex') : null);
/** The archive's releases only, without what a killed run left beside them (dot names). */
const releases = (archive: string) => snapshot(archive, (path) => path.startsWith('.'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('data:fetch and data:release: killed runs and runs at once', () => {
  it('kill -9 mid-download: releases and dataset as before; the next run clears the lock and writes the release', { timeout: 30_000 }, async () => {
    const { mock, behaviour, archive, fetchRun, before, folders } = await setUp({ y60a02: 'drip' });
    const dataset = datasetHash();
    const run = fetchRun();
    while (mock.count('y60a02') === 0) await sleep(20);
    await sleep(200);
    const pid = await killHard(run);
    expect(snapshot(archive)).toEqual(before);
    expect(datasetHash()).toBe(dataset);
    expect(litter(folders)).toEqual([join(dirname(archive), '.arkiv.lock')]);

    behaviour['y60a02'] = 'success';
    const next = await fetchRun().done;
    console.info(`kørslen efter kill -9 under hentningen:\n${next.stderr.trim().split('\n').slice(0, 2).join('\n')}`);
    expect(next.status).toBe(0);
    expect(next.stderr).toContain(`Fjernede en forældet lås fra en afbrudt hentning (pid ${pid} kører ikke længere): ${dirname(archive)}/.arkiv.lock`);
    expect(readdirSync(archive).sort()).toEqual([SEED, today].sort());
    expect(litter(folders)).toEqual([]);
  });

  it(
    'kill -9 while the release is being written: the release folders and the dataset as before; the next run clears the half-written release',
    { timeout: 30_000 },
    async () => {
      const { archive, fetchRun, before, folders } = await setUp();
      const dataset = datasetHash();
      const run = fetchRun({ JOBCENTERTJEK_TEST_PAUSE: 'udgivelsen-skrives' });
      await run.waitFor(/Testpause: udgivelsen-skrives/);
      const pid = await killHard(run);
      // One file of the new release is written, in its temporary folder; the archive's releases are untouched.
      expect(readdirSync(join(archive, `.ny-${today}-${pid}`))).toEqual(['y60c07.csv']);
      expect(releases(archive)).toEqual(before);
      expect(datasetHash()).toBe(dataset);

      const next = await fetchRun().done;
      console.info(`kørslen efter kill -9 midt i skrivningen:\n${next.stderr.trim().split('\n').slice(0, 2).join('\n')}`);
      expect(next.status).toBe(0);
      expect(next.stderr).toContain(`Fjernede en forældet lås fra en afbrudt hentning (pid ${pid} kører ikke længere)`);
      expect(next.stderr).toMatch(
        new RegExp(`Ryddede op efter en afbrudt kørsel \\(pid ${pid} kører ikke længere\\): fjernede ${archive}/\\.ny-${today}-${pid} \\(\\d+,\\d MB\\)\\.`),
      );
      expect(readdirSync(archive).sort()).toEqual([SEED, today].sort());
      expect(litter(folders)).toEqual([]);
    },
  );

  it('SIGINT mid-download: a Danish line, exit 130, nothing written, no lock left', { timeout: 30_000 }, async () => {
    const { mock, archive, fetchRun, before, folders } = await setUp({ y60a02: 'drip' });
    const run = fetchRun();
    while (mock.count('y60a02') === 0) await sleep(20);
    run.child.kill('SIGINT');
    const result = await run.done;
    expect(result.status).toBe(130);
    expect(result.stderr).toContain(`data:fetch blev afbrudt (SIGINT); intet er skrevet, og arkivet ${archive} er uændret.`);
    expect(snapshot(archive)).toEqual(before);
    expect(litter(folders)).toEqual([]);
  });

  it('two fetches at once: the second waits for the first, and then finds the release already there', { timeout: 30_000 }, async () => {
    const { archive, fetchRun, folders } = await setUp();
    // The first is held for 2 s just before it writes, so the second surely starts while it runs.
    const first = fetchRun({ JOBCENTERTJEK_TEST_PAUSE: 'udgivelsen-skrives', JOBCENTERTJEK_TEST_PAUSE_MS: '2000' });
    await first.waitFor(/Testpause/);
    const second = fetchRun();
    const [a, b] = await Promise.all([first.done, second.done]);
    console.info(`to hentninger på én gang:\n${b.stderr.trim()}`);
    expect(a.status).toBe(0);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(new RegExp(`Venter: en anden hentning \\(pid ${first.child.pid}, startet for \\d+ s siden\\) er i gang i arkivet ${archive}`));
    expect(b.stderr).toMatch(/Den anden hentning er færdig efter \d+ s; fortsætter\./);
    expect(b.stderr).toContain(`udgivelsen ${today} findes allerede`);
    expect(readdirSync(archive).sort()).toEqual([SEED, today].sort());
    expect(litter(folders)).toEqual([]);
  });

  it(
    'data:release while a fetch holds the archive, with JOBCENTERTJEK_LOCK_WAIT_S=0: refused at once in Danish, nothing written',
    { timeout: 30_000 },
    async () => {
      const { archive, fetchRun, folders } = await setUp({ y60a02: 'drip' });
      const fetching = fetchRun();
      await fetching.waitFor(/Henter/);
      const csv = join(
        archive,
        SEED,
        readdirSync(join(archive, SEED)).find((name) => name.endsWith('.csv'))!,
      );
      const release = await startScript(join(root, 'scripts/make-release.ts'), ['--date', '2026-11-01', '--archive', archive, csv], {
        JOBCENTERTJEK_LOCK_WAIT_S: '0',
      }).done;
      console.info(`data:release mens en hentning kører: ${release.stderr.trim()}`);
      expect(release.status).toBe(2);
      expect(release.stderr).toContain(`Fejl: en anden hentning (pid ${fetching.child.pid}, startet for`);
      expect(release.stderr).toContain(`er stadig i gang i arkivet ${archive}. Intet er ændret.`);
      expect(readdirSync(archive)).not.toContain('2026-11-01');
      await killHard(fetching);
      // The killed fetch's lock is the only thing left, and the next run on the archive clears it.
      expect(litter(folders)).toEqual([join(dirname(archive), '.arkiv.lock')]);
    },
  );
});
