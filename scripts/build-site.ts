/**
 * npm run build — the whole chain: published files → dataset (data:build) → static pages (astro build) → search index
 * (pagefind). A failed, stopped or killed build leaves the previous site and .cache/dataset.json as they were:
 *   - Astro builds into the build's own folder in the checkout (.cache/bygning/<pid>; its pages import the project's
 *     packages, so it must sit inside the project). The result moves beside the target (.<navn>.ny-<pid>) — renamed,
 *     or copied when the target is on another disk — and is swapped in there with two renames on the target's disk.
 *   - One build at a time per checkout and per target (scripts/lock.ts): a second one waits, and says so.
 *   - Ctrl-C or SIGTERM stops the current step and removes the temporary folders; what a killed (kill -9) build left
 *     is cleared by the next one, with a line saying so (scripts/leftovers.ts).
 *   - A full disk, a folder the user may not write in, a read-only drive or a missing folder is named in Danish.
 *   npm run build [-- --input … --release-date … --demo --decimal … --out <mappe>]
 * Output folder: --out, $JOBCENTERTJEK_DIST or dist/ — refused when it is the user's or the project's own folder, or a
 * folder with other things in it (see scripts/out-dir.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { leftoverOf, lockName, previousName, stageName, workLeftoverPid } from '../src/lib/safety/leftover.ts';
import { describeMachineFault, formatMegabytes, machineFault, machineFaultInText } from '../src/lib/safety/machine-fault.ts';
import { onStopSignal, signalExitCode, testPause, type StopSignal } from './interrupt.ts';
import { ROOT, runScript, UsageError } from './io.ts';
import { sizeOf, sweepLeftovers } from './leftovers.ts';
import { acquireLock, type Lock } from './lock.ts';
import { BUILD_MARKER, checkOutDir } from './out-dir.ts';

const CACHE = join(ROOT, '.cache');
const DATASET = join(CACHE, 'dataset.json');
/** Each build's own folder for Astro's output: .cache/bygning/<pid>; the checkout's lock is .cache/.bygning.lock. */
const WORK = join(CACHE, 'bygning');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/**
 * V8 for the Astro build: the pages make much short-lived garbage around a small live heap (about 70 MB at 10 years of
 * history), and by default V8 lets the young generation and the old space grow far past it before collecting. A 16 MB
 * young generation and a 50 % growth step keep the peak near what is alive: at 10 years × all measures about 810 →
 * 555 MB in the same time (farm-bench, median of 3; npm run bench:scale). Neither is a cap, so a longer history cannot
 * run out of heap.
 */
const ASTRO_HEAP = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

/**
 * The pages pagefind should read, as a glob of the top-level folders (and files) holding a page marked
 * data-pagefind-body: pagefind then skips the thousands of embeds, tables and maps that are not searchable.
 */
function searchableGlob(site: string): string {
  const tops = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && readFileSync(path, 'utf8').includes('data-pagefind-body')) {
        const [top, ...rest] = relative(site, path).split(/[\\/]/);
        tops.add(rest.length === 0 ? top! : `${top}/**/*.html`);
      }
    }
  };
  walk(site);
  return tops.size === 0 ? '**/*.html' : `{${[...tops].sort().join(',')}}`;
}

type StepResult = { ok: true } | { ok: false; output: string; signal?: NodeJS.Signals };

const say = (line: string) => process.stderr.write(`${line}\n`);
const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
};
const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** The step now running, so a stop signal can be passed on to its whole process group. */
let current: ChildProcess | undefined;
/** Every step's process group, so a stopped build ends only when none of them runs on. */
const groups: number[] = [];

const alive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * After a stop: waits until no process of any step's group is left (a step's leader can end before the helpers it
 * started); what still runs after two seconds is killed.
 */
async function groupsEnded(): Promise<void> {
  for (let waited = 0; groups.some(alive); waited += 50) {
    if (waited === 2_000) for (const pgid of groups.filter(alive)) process.kill(-pgid, 'SIGKILL');
    if (waited > 5_000) return;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/**
 * Runs a step in its own process group (recorded in the locks, so the next run can stop it if this one is killed);
 * on failure returns its output without stack-trace lines, for a Danish summary.
 */
function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, quiet: boolean, locks: Lock[]): Promise<StepResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      detached: true,
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'pipe'],
    });
    current = child;
    if (child.pid !== undefined) {
      groups.push(child.pid);
      for (const lock of locks) lock.addGroup(child.pid);
    }
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ ok: false, output: `${label} kunne ikke startes: ${error.message}` }));
    child.on('close', (code, signal) => {
      current = undefined;
      if (code === 0) {
        if (!quiet && stderr) process.stderr.write(stderr);
        return resolve({ ok: true });
      }
      const output = `${stdout}\n${stderr}`
        .split('\n')
        .filter((line) => !/^\s+at\s|^\s*$|^\s*(Location|Stack trace):|node_modules\//.test(line))
        .join('\n');
      resolve({ ok: false, output, ...(signal ? { signal } : {}) });
    });
  });
}

/** Where a fault happened, as the user knows the place: the target's folder, the checkout's .cache/, or the path. */
function faultPlace(path: string | undefined, out: string): string {
  if (path === undefined || inside(path, CACHE)) return `${shown(CACHE)}/ (projektets arbejdsmappe)`;
  if (inside(path, dirname(out))) return `${shown(dirname(out))}/`;
  return path;
}

/**
 * The new site into its stage beside the target: a rename on the same disk, else a copy onto the target's disk (the
 * swap that follows is then two renames there, atomic on any filesystem).
 */
/**
 * Some drives (tmpfs in a sandboxed kernel, some network and FUSE drives) answer a write to a full disk with EIO
 * rather than ENOSPC: when the drive has less room left than the site needs, the disk is full whatever the code says.
 */
function fullDiskAsIoError(error: unknown, folder: string, needed: number): ReturnType<typeof machineFault> {
  if ((error as { code?: unknown } | null)?.code !== 'EIO') return undefined;
  try {
    const { bavail, bsize } = statfsSync(folder);
    return bavail * bsize < needed ? { fault: 'ENOSPC', path: folder } : undefined;
  } catch {
    return undefined;
  }
}

function moveToStage(work: string, stage: string): void {
  try {
    renameSync(work, stage);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(work, stage, { recursive: true });
    rmSync(work, { recursive: true, force: true });
  }
}

/** The old build moves aside, the new one takes its place, then the old one goes; on failure the old one goes back. */
function swapIntoPlace(stage: string, out: string): void {
  const previous = join(dirname(out), previousName(basename(out), process.pid));
  const hadPrevious = existsSync(out);
  if (hadPrevious) renameSync(out, previous);
  testPause('mellem-omdøbningerne');
  try {
    renameSync(stage, out);
  } catch (error) {
    if (hadPrevious && !existsSync(out)) renameSync(previous, out);
    throw error;
  }
  rmSync(previous, { recursive: true, force: true });
}

runScript(async () => {
  let values: { input?: string[]; out?: string; 'release-date'?: string; demo?: boolean; decimal?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        'release-date': { type: 'string' },
        demo: { type: 'boolean' },
        decimal: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split('\n')[0]}\nBrug: npm run build -- [--input <fil-eller-mappe> …] [--release-date ÅÅÅÅ-MM-DD] [--demo] [--decimal komma|punktum] [--out <mappe>]`,
    );
  }
  const out = checkOutDir(values.out ?? process.env['JOBCENTERTJEK_DIST'] ?? 'dist');
  const shownOut = shown(out);
  const parent = dirname(out);
  const started = performance.now();
  const kept = () => (existsSync(out) ? `Den tidligere side i ${shownOut}/ og datasættet er uændrede.` : 'Intet er skrevet, og datasættet er uændret.');
  if (!existsSync(parent)) {
    // Inside the checkout (.cache/dist-real on a fresh clone) the folder is ours to make; elsewhere it may be a drive
    // that is not mounted, and writing there would fill the wrong disk.
    if (inside(parent, ROOT)) mkdirSync(parent, { recursive: true });
    else throw new UsageError(`${describeMachineFault('ENOENT', `${parent}/`)} Intet er ændret. Opret mappen først, eller vælg en anden --out.`);
  }

  let stopped: StopSignal | undefined;
  const stage = join(parent, stageName(basename(out), process.pid));
  const work = join(WORK, String(process.pid));
  const tempDataset = `${DATASET}.ny-${process.pid}`;
  const locks: Lock[] = [];
  const cleanUp = () => {
    for (const path of [stage, work, tempDataset]) rmSync(path, { recursive: true, force: true });
    if (existsSync(WORK) && readdirSync(WORK).length === 0) rmSync(WORK, { recursive: true, force: true });
    for (const lock of locks) lock.release();
  };
  const dataArgs = [
    ...(values.input ?? []).flatMap((path) => ['--input', path]),
    ...(values['release-date'] ? ['--release-date', values['release-date']] : []),
    ...(values.demo ? ['--demo'] : []),
    ...(values.decimal ? ['--decimal', values.decimal] : []),
    '--output',
    tempDataset,
  ];
  const steps: [string, string, string[] | (() => string[]), boolean][] = [
    ['data:build', process.execPath, [join(ROOT, 'scripts/build-dataset.ts'), ...dataArgs], false],
    ['astro build', process.execPath, [...ASTRO_HEAP, bin('astro'), 'build', '--silent', '--outDir', work], true],
    ['pagefind', bin('pagefind'), () => ['--site', work, '--silent', '--glob', searchableGlob(work)], true],
  ];
  const stoppedLine = (signal: StopSignal) => {
    say(`Bygningen blev afbrudt (${signal}). ${kept()} De midlertidige mapper er fjernet.`);
    return signalExitCode(signal);
  };
  try {
    locks.push(acquireLock(join(CACHE, lockName('bygning')), { what: 'bygning', scope: 'i denne checkout', say }));
    locks.push(acquireLock(join(parent, lockName(basename(out))), { what: 'bygning', scope: `til ${shownOut}/`, say }));
    // Only now: while a run waits for a lock, Ctrl-C ends it at once (a lock it already holds is cleared by the next run).
    onStopSignal((signal) => {
      stopped = signal;
      if (current?.pid !== undefined) {
        try {
          process.kill(-current.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    });
    // What killed builds left: in the checkout, and beside the target (a previous site moved aside goes back first).
    sweepLeftovers(parent, (name) => leftoverOf(name, basename(out)), say, out);
    sweepLeftovers(CACHE, (name) => leftoverOf(name, 'dataset.json') ?? leftoverOf(name, 'bygning'), say);
    sweepLeftovers(
      WORK,
      (name) => {
        const pid = workLeftoverPid(name);
        return pid === undefined ? undefined : { pid, kind: 'other' };
      },
      say,
    );
    const oldPrerender = join(ROOT, '.astro/.prerender');
    if (existsSync(oldPrerender)) {
      const bytes = sizeOf(oldPrerender);
      rmSync(oldPrerender, { recursive: true, force: true });
      say(`Ryddede op efter en ældre bygning: fjernede .astro/.prerender (${formatMegabytes(bytes)}).`);
    }
    // Can the target's disk be written at all? Asked now, in a second, rather than after the whole build.
    mkdirSync(stage);
    mkdirSync(WORK, { recursive: true });
    for (const [label, command, args, quiet] of steps) {
      // The dataset is written beside its place and swapped in with the site; its message names where it ends up.
      const env = {
        JOBCENTERTJEK_DATASET: tempDataset,
        JOBCENTERTJEK_DATASET_SHOWN: shown(DATASET),
        JOBCENTERTJEK_LOCKED_BY: String(process.pid),
      };
      const result = await step(label, command, typeof args === 'function' ? args() : args, env, quiet, locks);
      if (stopped) {
        await groupsEnded();
        return stoppedLine(stopped);
      }
      if (!result.ok) {
        const fault = machineFaultInText(result.output);
        if (fault) say(`Bygningen stoppede i trinnet "${label}": ${describeMachineFault(fault.fault, faultPlace(fault.path, out))} ${kept()}`);
        else {
          process.stderr.write(`${result.output}\n`);
          say(`Bygningen stoppede i trinnet "${label}". ${kept()}`);
        }
        return 1;
      }
    }
    writeFileSync(join(work, BUILD_MARKER), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
    const bytes = sizeOf(work);
    try {
      moveToStage(work, stage);
      if (stopped) return stoppedLine(stopped);
      swapIntoPlace(stage, out);
    } catch (error) {
      const fault = machineFault(error) ?? fullDiskAsIoError(error, dirname(stage), bytes);
      if (!fault) throw error;
      const room = fault.fault === 'ENOSPC' ? ` Den nye side fylder ${formatMegabytes(bytes)}.` : '';
      say(`Fejl: ${describeMachineFault(fault.fault, faultPlace(fault.path, out))}${room} ${kept()}`);
      return 1;
    }
    mkdirSync(dirname(DATASET), { recursive: true });
    renameSync(tempDataset, DATASET);
  } catch (error) {
    const fault = machineFault(error);
    if (!fault) throw error;
    say(`Fejl: ${describeMachineFault(fault.fault, faultPlace(fault.path, out))} ${kept()}`);
    return 1;
  } finally {
    cleanUp();
  }
  say(`Siden er bygget i ${shownOut}/ på ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return 0;
});
