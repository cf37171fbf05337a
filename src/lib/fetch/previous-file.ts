/** The file a new answer is compared with: the same request's file in the newest earlier release that has one. */
import type { ManifestFile } from '../release/manifest.ts';
import type { PreviousFile } from './answer-to-file.ts';
import type { TableRequest } from './plan-requests.ts';

export interface ArchivedRelease {
  release: string;
  files: Pick<ManifestFile, 'file' | 'tables' | 'rows' | 'periods'>[];
}

/**
 * The newest release dated before `before` with a file of the same name, or — for a request of the whole table
 * (no measure group or breakdown of its own) — a file holding just that table (the largest, when there are several).
 */
export function previousFile(archive: readonly ArchivedRelease[], request: TableRequest, before: string): PreviousFile | undefined {
  const wholeTable = request.mgroup === '*' && request.hierarchy.length === 1 && !request.indicators.some((i) => i.jobindsats?.rows);
  const earlier = archive.filter((r) => r.release < before).sort((a, b) => (a.release < b.release ? 1 : a.release > b.release ? -1 : 0));
  for (const release of earlier) {
    const same = release.files.find((f) => f.file === request.file);
    const candidates = same ? [same] : wholeTable ? release.files.filter((f) => f.tables.length === 1 && f.tables[0] === request.table) : [];
    const best = candidates.sort((a, b) => b.rows - a.rows)[0];
    if (best) return { release: release.release, file: best.file, rows: best.rows, periods: best.periods?.count ?? null };
  }
  return undefined;
}
