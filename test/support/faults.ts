/**
 * For the fault tests: a script run as a child process that a test can watch and kill, small filesystems (tmpfs) to
 * fill up or make read-only, byte-for-byte snapshots of folders, and the leftovers a run must not leave behind.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Running {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves when stderr has a line matching `pattern`; rejects when the run ends first. */
  waitFor(pattern: RegExp): Promise<void>;
  done: Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }>;
}

export function startScript(script: string, args: string[], env: Record<string, string | undefined> = {}, cwd?: string): Running {
  const started = performance.now();
  const child = spawn(process.execPath, [script, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void; reject: (error: Error) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters])
      if (waiter.pattern.test(stderr)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
  };
  child.stdout!.resume();
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    check();
  });
  const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string; ms: number }>((resolve) =>
    child.on('close', (status, signal) => {
      for (const waiter of waiters.splice(0)) waiter.reject(new Error(`the run ended before ${waiter.pattern}:\n${stderr}`));
      resolve({ status, signal, stderr, ms: performance.now() - started });
    }),
  );
  return {
    child,
    stderr: () => stderr,
    waitFor: (pattern) =>
      new Promise<void>((resolve, reject) => {
        waiters.push({ pattern, resolve, reject });
        check();
      }),
    done,
  };
}

/** kill -9, and wait until the process is gone (reaped, so its pid counts as dead). */
export async function killHard(run: Running): Promise<number> {
  const pid = run.child.pid!;
  run.child.kill('SIGKILL');
  await run.done;
  return pid;
}

/** Every file under the folder (dotfiles too) with its sha256: equal snapshots mean nothing changed. */
export function snapshot(folder: string, skip: (path: string) => boolean = () => false): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (skip(relative(folder, path))) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(folder, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(folder);
  return files;
}

/** A run's temporary names: staged and previous sites, locks, datasets and releases being written, work folders. */
export const TEMPORARY = /\.ny-|\.gammel-|\.lock|\.tmp$|\.bryd$/;

/** The pid behind a temporary name (or in a lock file) still runs: another test's run in progress, not litter. */
function runsStill(folder: string, name: string): boolean {
  let pid = Number(/(\d+)(?:\.\d+)?(?:\.tmp)?$/.exec(name)?.[1] ?? /^(\d+)$/.exec(name)?.[1]);
  if (name.endsWith('.lock')) {
    try {
      pid = (JSON.parse(readFileSync(join(folder, name), 'utf8')) as { pid: number }).pid;
    } catch {
      return false;
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) [ZX]/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** Temporary names in the folders (top level) and the checkout's per-build work folders, of runs that have ended. */
export function litter(folders: string[]): string[] {
  return folders.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names
      .filter((name) => TEMPORARY.test(name) || (folder.endsWith('bygning') && /^\d+$/.test(name)))
      .filter((name) => !runsStill(folder, name))
      .map((name) => join(folder, name));
  });
}

/** Whether this process may mount a tmpfs (root in a VM or a privileged container, not most CI runners). */
export function canMount(): { ok: true } | { ok: false; why: string } {
  if (process.platform !== 'linux') return { ok: false, why: `tmpfs findes kun på Linux (her: ${process.platform})` };
  const dir = mkdtempSync(join(tmpdir(), 'kan-montere-'));
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status === 0) spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return result.status === 0
    ? { ok: true }
    : { ok: false, why: `kan ikke montere et tmpfs her (${(result.stderr || result.error?.message || `status ${result.status}`).trim()})` };
}

/** A fresh tmpfs of `megabytes` MB; unmount() removes it again. */
export function mountTmpfs(megabytes: number): { path: string; readOnly(): void; unmount(): void } {
  const path = mkdtempSync(join(tmpdir(), 'eget-drev-'));
  const run = (args: string[]) => {
    const result = spawnSync('mount', args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`mount ${args.join(' ')}: ${result.stderr}`);
  };
  run(['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', path]);
  return {
    path,
    readOnly: () => run(['-o', 'remount,ro', path]),
    unmount: () => {
      spawnSync('umount', [path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
