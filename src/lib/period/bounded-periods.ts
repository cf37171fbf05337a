/**
 * Which periods a page writes out as numbers, newest first, so a page stays the same size however long the history:
 * the most recent `recent` periods, then the same month (or quarter) one year apart for up to `years` years before.
 * The full series is in the CSV download.
 */
const PER_YEAR: Record<string, number> = { M: 12, Q: 4, Y: 1 };

export function boundedPeriods(periods: readonly string[], options: { recent?: number; years?: number } = {}): string[] {
  const recent = options.recent ?? 12;
  const years = options.years ?? 10;
  const sorted = [...periods].sort().reverse();
  if (sorted.length === 0) return [];
  const kind = /^\d{4}([MQY])/.exec(sorted[0]!)?.[1] ?? 'M';
  const step = PER_YEAR[kind] ?? 1;
  const shown = sorted.slice(0, recent);
  const newest = sorted[0]!;
  const same = (p: string) => p.slice(4) === newest.slice(4);
  const older = sorted
    .slice(recent)
    .filter((p) => step === 1 || same(p))
    .slice(0, years);
  return [...shown, ...older];
}
