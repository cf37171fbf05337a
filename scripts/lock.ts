/**
 * One run at a time per checkout and per target: a lock file beside what the run changes, holding the run's pid. A
 * second run waits for the first (and says so), or refuses in Danish when the wait is over; the lock of a killed run
 * (its pid no longer runs) is removed with a line saying so, after stopping any step the killed run left running.
 *   JOBCENTERTJEK_LOCK_WAIT_S  how long to wait for another run (standard 1800 s; 0 = refuse at once)
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative } from 'node:path';
import { lockState, parseLock, refuseLine, serializeLock, staleLine, waitLine, type LockHolder } from '../src/lib/safety/lock-file.ts';
import { UsageError } from './io.ts';

const HERE = hostname();
/** An unreadable lock younger than this is being written; older, it is a killed run's. */
const UNREADABLE_GRACE_MS = 5_000;
const POLL_MS = 200;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
};

interface ProcStat {
  state: string;
  pgrp: number;
  start: string;
}

/** /proc/<pid>/stat where there is a /proc (Linux): state, process group and start time. */
function procStat(pid: number | 'self'): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0]!, pgrp: Number(fields[2]), start: fields[19]! };
  } catch {
    return undefined;
  }
}
const HAS_PROC = procStat('self') !== undefined;

export function processStart(pid: number): string | null {
  return procStat(pid)?.start ?? null;
}

/** The process runs (a zombie does not; a pid reused by a later process does not count as the one recorded). */
export function isAlive(pid: number, start: string | null = null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (!HAS_PROC) return true;
  const stat = procStat(pid);
  if (!stat || stat.state === 'Z' || stat.state === 'X') return false;
  return start === null || stat.start === start;
}

/** Some process of the group still runs (zombies left to an init that does not reap them do not count). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  if (!HAS_PROC) return true;
  return readdirSync('/proc').some((name) => {
    if (!/^\d+$/.test(name)) return false;
    const stat = procStat(Number(name));
    return stat !== undefined && stat.pgrp === pgid && stat.state !== 'Z' && stat.state !== 'X';
  });
}

/** Stops the steps a killed run left running: only its own groups, never a group whose leader's pid was reused. */
function stopGroups(holder: LockHolder, say: (line: string) => void): void {
  for (const { pgid, start } of holder.groups) {
    if (!groupAlive(pgid)) continue;
    const leader = procStat(pgid);
    if (leader && start !== null && leader.start !== start) continue;
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      continue;
    }
    for (let waited = 0; groupAlive(pgid) && waited < 5_000; waited += 50) sleep(50);
    say(`Stoppede et trin, som den afbrudte ${holder.what} (pid ${holder.pid}) havde sat i gang, og som stadig kørte (procesgruppe ${pgid}).`);
  }
}

export interface Lock {
  /** Records a step's process group, so a later run can stop it if this run is killed. */
  addGroup(pgid: number): void;
  release(): void;
}

export interface LockOptions {
  /** What this run is, as a Danish noun ("bygning", "hentning", "udgivelse", "datasæt"). */
  what: string;
  /** Where, as the wait line says it: "i denne checkout", "til dist/". */
  scope: string;
  say: (line: string) => void;
}

export function waitMsFromEnv(): number {
  const given = process.env['JOBCENTERTJEK_LOCK_WAIT_S'];
  const seconds = given === undefined || given === '' ? 1800 : Number(given);
  if (!Number.isFinite(seconds) || seconds < 0) throw new UsageError(`JOBCENTERTJEK_LOCK_WAIT_S skal være et antal sekunder (0 eller mere), ikke "${given}"`);
  return seconds * 1000;
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Removes a dead run's lock, but only while it still says what we read: two waiting runs that both find it dead
 * must not remove the lock the first of them has just taken. A short-lived second lock (".bryd") decides who breaks it.
 */
function breakStale(path: string, seen: string, holder: LockHolder | undefined, say: (line: string) => void): void {
  const breaker = `${path}.bryd`;
  if (!tryCreate(breaker, `${process.pid}\n`)) {
    const age = Date.now() - (statSync(breaker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > UNREADABLE_GRACE_MS) unlinkSync(breaker);
    else sleep(POLL_MS);
    return;
  }
  try {
    if (readText(path) !== seen) return;
    if (holder) stopGroups(holder, say);
    unlinkSync(path);
    say(holder ? staleLine(holder, shown(path)) : `Fjernede en ulæselig lås fra en afbrudt kørsel: ${shown(path)}`);
  } finally {
    unlinkSync(breaker);
  }
}

/** Takes the lock at `path`, waiting for a live holder up to JOBCENTERTJEK_LOCK_WAIT_S; released when the process exits. */
export function acquireLock(path: string, options: LockOptions): Lock {
  const waitMs = waitMsFromEnv();
  const holder: LockHolder = {
    pid: process.pid,
    start: processStart(process.pid),
    host: HERE,
    what: options.what,
    since: new Date().toISOString(),
    groups: [],
  };
  mkdirSync(dirname(path), { recursive: true });
  const started = Date.now();
  let waitedFor: LockHolder | undefined;
  while (!tryCreate(path, serializeLock(holder))) {
    const text = readText(path);
    if (text === undefined) continue;
    const other = parseLock(text);
    if (!other) {
      const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > UNREADABLE_GRACE_MS) breakStale(path, text, undefined, options.say);
      else sleep(POLL_MS);
      continue;
    }
    if (lockState(other, { host: HERE, alive: isAlive }) === 'dead') {
      breakStale(path, text, other, options.say);
      continue;
    }
    if (Date.now() - started >= waitMs) throw new UsageError(refuseLine(other, options.scope, shown(path), waitMs === 0 ? 0 : Date.now() - started, HERE));
    if (!waitedFor) options.say(waitLine(other, options.scope, shown(path), waitMs, HERE));
    waitedFor = other;
    sleep(POLL_MS);
  }
  if (waitedFor) options.say(`Den anden ${waitedFor.what} er færdig efter ${Math.round((Date.now() - started) / 1000)} s; fortsætter.`);

  const release = () => {
    if (parseLock(readText(path) ?? '')?.pid === process.pid && existsSync(path)) unlinkSync(path);
  };
  process.on('exit', release);
  return {
    addGroup(pgid: number) {
      holder.groups.push({ pgid, start: processStart(pgid) });
      // Replaced whole (write beside, rename over): a reader sees the old lock or the new one, never half of one.
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, serializeLock(holder));
      renameSync(temp, path);
    },
    release() {
      release();
      process.off('exit', release);
    },
  };
}
