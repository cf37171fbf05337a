/**
 * The names of a run's temporary files and folders, each carrying the pid of the run that made it, so a later run can
 * tell what a killed run left behind (its pid no longer runs) from what a running one is still using.
 */

/** Beside the target: the new site while it is staged, and the previous one during the swap. */
export const stageName = (target: string, pid: number) => `.${target}.ny-${pid}`;
export const previousName = (target: string, pid: number) => `.${target}.gammel-${pid}`;
/** The lock on a target, beside it. */
export const lockName = (target: string) => `.${target}.lock`;

export type LeftoverKind = 'stage' | 'previous' | 'other';

/**
 * The pid and kind of a temporary name made for `target` (a file or folder name beside it), or undefined for any
 * other name: the target itself, another target's temporaries, the user's files.
 *   .dist.ny-123, .dist.gammel-123       the staged and the previous site (build)
 *   .dist.lock.123.tmp                   a lock being written
 *   dataset.json.ny-123[.456.tmp]        a dataset being built (build, data:build)
 *   dataset.json.123.tmp                 a dataset being written (data:build)
 */
export function leftoverOf(name: string, target: string): { pid: number; kind: LeftoverKind } | undefined {
  const escaped = target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: [RegExp, LeftoverKind][] = [
    [new RegExp(`^\\.${escaped}\\.ny-(\\d+)$`), 'stage'],
    [new RegExp(`^\\.${escaped}\\.gammel-(\\d+)$`), 'previous'],
    [new RegExp(`^\\.${escaped}\\.lock\\.(\\d+)\\.tmp$`), 'other'],
    [new RegExp(`^${escaped}\\.ny-(\\d+)(\\.\\d+\\.tmp)?$`), 'other'],
    [new RegExp(`^${escaped}\\.(\\d+)\\.tmp$`), 'other'],
  ];
  for (const [pattern, kind] of patterns) {
    const match = pattern.exec(name);
    if (match) return { pid: Number(match[1]), kind };
  }
  return undefined;
}

/** A release being written into the archive: .ny-2026-10-01-123 (data:fetch, data:release). */
export const releaseTempName = (date: string, pid: number) => `.ny-${date}-${pid}`;
export function releaseLeftoverPid(name: string): number | undefined {
  const match = /^\.ny-\d{4}-\d{2}-\d{2}-(\d+)$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** A build's own working folder for Astro, inside the checkout: .cache/bygning/<pid>. */
export function workLeftoverPid(name: string): number | undefined {
  return /^\d+$/.test(name) ? Number(name) : undefined;
}
