/**
 * What a killed run left behind, cleared by the next run while it holds the lock: temporary files and folders whose
 * pid no longer runs, each with a line saying what went. A previous site moved aside by a build killed in the middle
 * of its swap is put back in place rather than removed.
 */
import { existsSync, lstatSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatMegabytes } from '../src/lib/safety/machine-fault.ts';
import type { LeftoverKind } from '../src/lib/safety/leftover.ts';
import { isAlive } from './lock.ts';

const shown = (path: string) => {
  const near = relative(process.cwd(), path);
  return near === '' || near.startsWith('..') ? path : near;
};

/** Bytes under a file or folder (links not followed). */
export function sizeOf(path: string): number {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/**
 * Clears the leftovers in `folder` that `parse` recognises, of runs that no longer run. `target` names the folder a
 * 'previous' leftover belongs in: when that is missing, the previous site goes back there.
 */
export function sweepLeftovers(
  folder: string,
  parse: (name: string) => { pid: number; kind: LeftoverKind } | undefined,
  say: (line: string) => void,
  target?: string,
): void {
  if (!existsSync(folder)) return;
  const found = readdirSync(folder)
    .map((name) => ({ name, ...parse(name) }))
    .filter((entry): entry is { name: string; pid: number; kind: LeftoverKind } => entry.pid !== undefined && entry.pid !== process.pid && !isAlive(entry.pid));
  // The previous site first: put back before anything else is judged.
  found.sort((a, b) => Number(b.kind === 'previous') - Number(a.kind === 'previous'));
  for (const { name, pid, kind } of found) {
    const path = join(folder, name);
    if (kind === 'previous' && target !== undefined && !existsSync(target)) {
      renameSync(path, target);
      say(`Satte den tidligere side på plads igen i ${shown(target)}/: en bygning (pid ${pid}) blev afbrudt midt i udskiftningen.`);
      continue;
    }
    const bytes = sizeOf(path);
    rmSync(path, { recursive: true, force: true });
    say(`Ryddede op efter en afbrudt kørsel (pid ${pid} kører ikke længere): fjernede ${shown(path)} (${formatMegabytes(bytes)}).`);
  }
}
