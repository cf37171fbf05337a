/**
 * The lock a run holds on a checkout or a target folder: who holds it (pid, and the process's start time so a reused
 * pid is not taken for the holder), on which machine, since when, and the process groups of the steps it started, so
 * the next run can stop what a killed run left running. The Danish lines a waiting or refused run prints.
 */
export interface LockHolder {
  pid: number;
  /** The kernel's start time of the process (/proc/<pid>/stat), or null where that cannot be read. */
  start: string | null;
  host: string;
  /** What the holder is doing, as a Danish noun: "bygning", "hentning", "udgivelse", "datasæt". */
  what: string;
  since: string;
  /** Process groups of the steps the holder started (each step runs in its own group), with their leader's start time. */
  groups: { pgid: number; start: string | null }[];
}

export function serializeLock(holder: LockHolder): string {
  return `${JSON.stringify(holder)}\n`;
}

/** The holder written in a lock file, or undefined when the file is unreadable (cut short, or not ours). */
export function parseLock(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (!Number.isInteger(value.pid) || typeof value.host !== 'string' || typeof value.what !== 'string' || typeof value.since !== 'string') return undefined;
    const groups = (Array.isArray(value.groups) ? value.groups : [])
      .filter((g) => Number.isInteger(g?.pgid))
      .map((g) => ({ pgid: g.pgid, start: typeof g.start === 'string' ? g.start : null }));
    return { pid: value.pid!, start: typeof value.start === 'string' ? value.start : null, host: value.host, what: value.what, since: value.since, groups };
  } catch {
    return undefined;
  }
}

/** live: the holder runs (or runs on another machine, which cannot be checked); dead: a killed run's lock. */
export function lockState(holder: LockHolder, here: { host: string; alive: (pid: number, start: string | null) => boolean }): 'live' | 'dead' {
  if (holder.host !== here.host) return 'live';
  return here.alive(holder.pid, holder.start) ? 'live' : 'dead';
}

/** "12 s", "4 min": how long ago, for the wait line. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds < 120 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

const holderText = (holder: LockHolder, here: string, now: number) =>
  `en anden ${holder.what} (pid ${holder.pid}${holder.host !== here ? ` på ${holder.host}` : ''}, startet for ${formatDuration(now - Date.parse(holder.since))} siden)`;

/** Printed once when a run has to wait; `scope` is "i denne checkout" or "til dist/". */
export function waitLine(holder: LockHolder, scope: string, lock: string, waitMs: number, here: string, now = Date.now()): string {
  return `Venter: ${holderText(holder, here, now)} er i gang ${scope} (lås: ${lock}). Venter højst ${formatDuration(waitMs)} …`;
}

/** The refusal when the wait is over, or at once when waiting is turned off. */
export function refuseLine(holder: LockHolder, scope: string, lock: string, waitedMs: number, here: string, now = Date.now()): string {
  return (
    `${holderText(holder, here, now)} er stadig i gang ${scope}${waitedMs > 0 ? ` efter ${formatDuration(waitedMs)} ventetid` : ''}. ` +
    `Intet er ændret. Kør igen, når den er færdig; er du sikker på, at den ikke kører, så slet låsen ${lock}.`
  );
}

export function staleLine(holder: LockHolder, lock: string): string {
  return `Fjernede en forældet lås fra en afbrudt ${holder.what} (pid ${holder.pid} kører ikke længere): ${lock}`;
}
