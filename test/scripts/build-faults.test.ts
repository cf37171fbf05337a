/**
 * npm run build when the machine misbehaves, done for real: into a folder on another disk (a tmpfs), killed with
 * kill -9 at several points and then run again, stopped with SIGTERM, two builds started together, a disk too small,
 * a read-only drive, a folder that does not exist, a target another run holds. After each: the previous site and the
 * dataset byte for byte as they were, and no temporary folder, lock or half-written file left behind.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/ingest-fixtures.ts';
import { canMount, killHard, litter, mountTmpfs, snapshot, startScript } from '../support/faults.ts';

const CACHE = join(root, '.cache');
const WORK = join(CACHE, 'bygning');
const DATASET = join(CACHE, 'dataset.json');
const BAD_INPUT = join(root, 'test/fixtures/ingest/bad-unknown-kommune.csv');
const MARKER = '.jobcentertjek-build';
const mountable = canMount();
if (!mountable.ok) console.warn(`build-faults: testene med et eget drev springes over: ${mountable.why}`);

/** The same build time for every build here, so two builds of the same data are the same bytes. */
const build = (args: string[], env: Record<string, string> = {}) =>
  startScript(join(root, 'scripts/build-site.ts'), args, { JOBCENTERTJEK_BUILD_TIME: '2026-10-01T12:00:00Z', ...env }, root);

const datasetHash = () => (existsSync(DATASET) ? createHash('sha256').update(readFileSync(DATASET)).digest('hex') : null);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at\s|\bat .*\.ts:\d+|Cannot find module/);

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.reverse().forEach((cleanUp) => cleanUp()));

/** A previous build (marker, front page, a kommune page) in `parent`/site. */
function previousSite(parent: string): string {
  const out = join(parent, 'site');
  mkdirSync(join(out, 'kommune'), { recursive: true });
  writeFileSync(join(out, MARKER), '{"builtAt":"2026-09-01T12:00:00.000Z"}\n');
  writeFileSync(join(out, 'index.html'), '<title>Jobcentertjek</title> den tidligere side');
  writeFileSync(join(out, 'kommune', 'index.html'), 'den tidligere kommuneside');
  return out;
}

function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function disk(megabytes: number) {
  const mounted = mountTmpfs(megabytes);
  cleanups.push(mounted.unmount);
  return mounted;
}

describe('npm run build: faults of the machine', { timeout: 240_000 }, () => {
  it('--out in a folder that does not exist: refused in Danish, nothing made', async () => {
    const missing = join(scratch('ingen-mappe-'), 'usb-drev');
    const result = await build(['--out', join(missing, 'site')]).done;
    console.info(`mappe findes ikke: ${result.stderr.trim()}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Fejl: Mappen ${missing}/ findes ikke (længere). Er drevet taget ud, eller er mappen slettet? Intet er ændret.`);
    expect(existsSync(missing)).toBe(false);
    noStackTrace(result.stderr);
  });

  it('a target another running build holds: the build waits, then refuses in Danish; the lock and the site stay', async () => {
    const parent = scratch('optaget-');
    const out = previousSite(parent);
    const before = snapshot(out);
    const holder = spawn('sleep', ['30']);
    cleanups.push(() => holder.kill('SIGKILL'));
    const lock = join(parent, '.site.lock');
    const text = `${JSON.stringify({ pid: holder.pid, start: null, host: hostname(), what: 'bygning', since: new Date().toISOString(), groups: [] })}\n`;
    writeFileSync(lock, text);
    const result = await build(['--out', out], { JOBCENTERTJEK_LOCK_WAIT_S: '1' }).done;
    console.info(`optaget mål: ${result.stderr.trim()}`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`Venter: en anden bygning \\(pid ${holder.pid}, startet for \\d+ s siden\\) er i gang til ${out}/ \\(lås: ${lock}\\)\\. Venter højst 1 s`),
    );
    expect(result.stderr).toContain(`Fejl: en anden bygning (pid ${holder.pid}, startet for`);
    expect(result.stderr).toContain(`er stadig i gang til ${out}/ efter 1 s ventetid. Intet er ændret.`);
    expect(readFileSync(lock, 'utf8')).toBe(text);
    expect(snapshot(out)).toEqual(before);
    holder.kill('SIGKILL');
    rmSync(lock);
    expect(litter([parent, CACHE, WORK])).toEqual([]);
  });

  it('SIGTERM in the middle of astro: the step is stopped, the temporary folders go, the site and the dataset stay', async () => {
    const parent = scratch('stoppet-');
    const out = previousSite(parent);
    const before = { site: snapshot(out), dataset: datasetHash() };
    const run = build(['--out', out]);
    await run.waitFor(/Datasæt skrevet/);
    await sleep(1_500);
    const groups = (JSON.parse(readFileSync(join(CACHE, '.bygning.lock'), 'utf8')) as { groups: { pgid: number }[] }).groups;
    run.child.kill('SIGTERM');
    const result = await run.done;
    console.info(`SIGTERM: ${result.stderr.trim().split('\n').at(-1)}`);
    expect(result.status).toBe(143);
    expect(result.stderr).toContain(
      `Bygningen blev afbrudt (SIGTERM). Den tidligere side i ${out}/ og datasættet er uændrede. De midlertidige mapper er fjernet.`,
    );
    expect(snapshot(out)).toEqual(before.site);
    expect(datasetHash()).toBe(before.dataset);
    expect(litter([parent, CACHE, WORK])).toEqual([]);
    // No step runs on after the build: every process group it started is gone.
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const { pgid } of groups) expect(() => process.kill(-pgid, 0)).toThrow();
  });

  describe.skipIf(!mountable.ok)('on a disk of its own (tmpfs)', () => {
    it('kill -9 early, in astro and between the two renames of the swap; the next run clears it all and puts the old site back', async () => {
      const drive = disk(200);
      const out = previousSite(drive.path);
      const before = { site: snapshot(out), dataset: datasetHash() };

      const early = build(['--out', out]);
      await sleep(300);
      await killHard(early);
      expect(snapshot(out)).toEqual(before.site);
      expect(datasetHash()).toBe(before.dataset);

      // Killed once astro has begun writing the pages into the build's own folder.
      const inAstro = build(['--out', out]);
      await inAstro.waitFor(/Datasæt skrevet/);
      for (let waited = 0; !existsSync(join(WORK, String(inAstro.child.pid), 'kommune')) && waited < 60_000; waited += 100) await sleep(100);
      const astroPid = await killHard(inAstro);
      expect(snapshot(out)).toEqual(before.site);
      expect(datasetHash()).toBe(before.dataset);
      expect(litter([drive.path, CACHE, WORK]).length).toBeGreaterThan(0);

      const inSwap = build(['--out', out], { JOBCENTERTJEK_TEST_PAUSE: 'mellem-omdøbningerne' });
      await inSwap.waitFor(/Testpause: mellem-omdøbningerne/);
      const swapPid = await killHard(inSwap);
      console.info(`kill -9 i astro, så ny bygning:\n${inSwap.stderr().trim()}`);
      expect(inSwap.stderr()).toContain(`Fjernede en forældet lås fra en afbrudt bygning (pid ${astroPid} kører ikke længere): .cache/.bygning.lock`);
      expect(inSwap.stderr()).toMatch(
        new RegExp(`Ryddede op efter en afbrudt kørsel \\(pid ${astroPid} kører ikke længere\\): fjernede \\.cache/bygning/${astroPid} \\(\\d+,\\d MB\\)\\.`),
      );
      // Killed between the renames the site is not in its place: the previous one waits beside it, whole.
      expect(existsSync(out)).toBe(false);
      expect(snapshot(join(drive.path, `.site.gammel-${swapPid}`))).toEqual(before.site);

      // The next run — here one that fails on its input, so the old site is what it leaves — puts everything right.
      const next = await build(['--input', BAD_INPUT, '--out', out]).done;
      console.info(`kørslen efter kill -9 i udskiftningen:\n${next.stderr.trim()}`);
      expect(next.status).toBe(1);
      expect(next.stderr).toContain(`Satte den tidligere side på plads igen i ${out}/: en bygning (pid ${swapPid}) blev afbrudt midt i udskiftningen.`);
      expect(next.stderr).toContain(`Fjernede en forældet lås fra en afbrudt bygning (pid ${swapPid} kører ikke længere): ${drive.path}/.site.lock`);
      expect(next.stderr).toMatch(
        new RegExp(`Ryddede op efter en afbrudt kørsel \\(pid ${swapPid} kører ikke længere\\): fjernede ${drive.path}/\\.site\\.ny-${swapPid}`),
      );
      expect(next.stderr).toContain(`Bygningen stoppede i trinnet "data:build". Den tidligere side i ${out}/ og datasættet er uændrede.`);
      expect(snapshot(out)).toEqual(before.site);
      expect(datasetHash()).toBe(before.dataset);
      expect(litter([drive.path, CACHE, WORK])).toEqual([]);
      noStackTrace(next.stderr);
    });

    it('two builds started together in one checkout, one onto a tmpfs: the second waits and says so; both sites whole and alike', async () => {
      const drive = disk(200);
      const outA = previousSite(drive.path);
      const outB = previousSite(scratch('samtidig-'));
      const [a, b] = await Promise.all([build(['--out', outA]).done, build(['--out', outB]).done]);
      console.info(`to bygninger på én gang:\nA: ${a.stderr.trim()}\nB: ${b.stderr.trim()}`);
      expect([a.status, b.status]).toEqual([0, 0]);
      const waited = [a, b].filter((run) => /Venter: en anden bygning \(pid \d+, startet for \d+ s siden\) er i gang i denne checkout/.test(run.stderr));
      expect(waited.length).toBeGreaterThanOrEqual(1);
      expect(waited[0]!.stderr).toMatch(/Den anden bygning er færdig efter \d+ s; fortsætter\./);
      for (const run of [a, b]) noStackTrace(run.stderr);
      expect(readFileSync(join(outA, 'index.html'), 'utf8')).toContain('<title>Jobcentertjek</title>');
      // Alike but for the two files that carry the time of the run itself (the marker and the dataset's build time).
      const notMarker = (path: string) => path === MARKER || path === join('data', 'metadata.json');
      const site = snapshot(outA, notMarker);
      expect(Object.keys(site).length).toBeGreaterThan(500);
      expect(snapshot(outB, notMarker)).toEqual(site);
      expect(litter([drive.path, join(outB, '..'), CACHE, WORK])).toEqual([]);
    });

    it('a disk too small for the new site: "Disken er fuld" in Danish, the previous site and the dataset unchanged, the disk as free as before', async () => {
      const drive = disk(5);
      const out = previousSite(drive.path);
      const before = { site: snapshot(out), dataset: datasetHash() };
      const result = await build(['--out', out]).done;
      console.info(`lille disk: ${result.stderr.trim().split('\n').at(-1)}`);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(
          `Fejl: Disken er fuld: der er ikke plads til at skrive i ${drive.path}/\\. Den nye side fylder \\d+,\\d MB\\. Den tidligere side i ${out}/ og datasættet er uændrede\\.`,
        ),
      );
      noStackTrace(result.stderr);
      expect(snapshot(out)).toEqual(before.site);
      expect(datasetHash()).toBe(before.dataset);
      expect(litter([drive.path, CACHE, WORK])).toEqual([]);
    });

    it('a read-only drive: named in Danish at once, before any building; nothing changed', async () => {
      const drive = disk(5);
      const out = previousSite(drive.path);
      const before = snapshot(out);
      drive.readOnly();
      const result = await build(['--out', out]).done;
      console.info(`skrivebeskyttet drev: ${result.stderr.trim()}`);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `Fejl: ${drive.path}/ ligger på et skrivebeskyttet drev (kun læsning), så der kan ikke skrives. Den tidligere side i ${out}/ og datasættet er uændrede.`,
      );
      expect(result.stderr).not.toContain('Datasæt skrevet');
      expect(result.ms).toBeLessThan(10_000);
      noStackTrace(result.stderr);
      expect(snapshot(out)).toEqual(before);
      expect(litter([CACHE, WORK])).toEqual([]);
    });
  });
});
