import type { DatasetDraft, DerivedCell, MeasureColumns, Revision } from './dataset.ts';
import { measureGrids, type MeasureGrid } from './measure-grid.ts';

/** A measure's columns except `values`, which are read off the grid an area at a time (the one part as large as the data). */
export type MeasureParts = Omit<MeasureColumns, 'values'> & {
  grid: MeasureGrid;
  /** Indexes into grid.codes in the order the file lists them. */
  keys: number[];
};

/** Each measure of the draft as a grid with everything but its values worked out; checks that the grids hold every observation. */
export function* measureParts(draft: DatasetDraft): Generator<MeasureParts> {
  const revisionsOf = Map.groupBy(draft.revisions, (revision) => revision.measure);
  const derivedOf = Map.groupBy(draft.derived ?? [], (cell) => cell.measure);
  let cells = 0;
  for (const grid of measureGrids(draft.observations)) {
    const parts = describe(grid, revisionsOf.get(grid.measure) ?? [], firstReleases(draft, grid), derivedOf.get(grid.measure) ?? []);
    cells += parts.cells;
    yield parts.measure;
  }
  if (cells !== draft.observations.length) throw new Error(`measureParts: ${cells} af ${draft.observations.length} observationer fundet i målingerne`);
}

function describe(
  grid: MeasureGrid,
  measureRevisions: Revision[],
  firstRelease: number[],
  derivedCells: DerivedCell[],
): { measure: MeasureParts; cells: number } {
  const { periods, codes } = grid;
  // Codes go into objects in sorted order, but JSON lists an object's keys as JavaScript orders them (array-index-like
  // keys such as "101" first, numerically, then "000"): ask the engine, with a throwaway object of the same keys.
  const position = new Map(codes.map((code, index) => [code, index]));
  const keys = Object.keys(Object.fromEntries(codes.map((code) => [code, 0]))).map((code) => position.get(code)!);
  const absent: Record<string, number[]> = {};
  const sampleCells: Record<string, number[]> = {};
  const sources = new Set<string>();
  const rows = new Int32Array(periods.length);
  const values = new Float64Array(periods.length);
  let cells = 0;
  let samples = 0;
  const decimalCounts = new Map<number, number>();
  const decimalsOf: Record<string, number[]> = {};
  for (const code of keys) {
    grid.read(code, rows, values);
    const missing: number[] = [];
    const sampled: number[] = [];
    const decimals = (decimalsOf[codes[code]!] = new Array<number>(periods.length).fill(-1));
    for (let period = 0; period < periods.length; period++) {
      const row = rows[period]!;
      if (row !== -1 && !Number.isNaN(values[period]!)) {
        const d = grid.decimals(row);
        decimals[period] = d;
        decimalCounts.set(d, (decimalCounts.get(d) ?? 0) + 1);
      }
      if (row === -1) missing.push(period);
      else if (grid.sample(row)) sampled.push(period);
      else sources.add(grid.source(row));
    }
    cells += periods.length - missing.length;
    samples += sampled.length;
    if (missing.length > 0) absent[codes[code]!] = missing;
    if (sampled.length > 0) sampleCells[codes[code]!] = sampled;
  }
  const periodIndex = new Map(periods.map((period, index) => [period, index]));
  // The most common precision (the larger on a tie) is `usual`; every other value is listed with its own.
  const usual = [...decimalCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const other: Record<string, [number, number][]> = {};
  for (const [code, list] of Object.entries(decimalsOf)) {
    const pairs = list.flatMap((d, index): [number, number][] => (d === -1 || d === usual ? [] : [[index, d]]));
    if (pairs.length > 0) other[code] = pairs;
  }
  const derived: Record<string, [number, string][]> = {};
  for (const cell of derivedCells) {
    const index = periodIndex.get(cell.period);
    if (index !== undefined) (derived[cell.code] ??= []).push([index, cell.rule]);
  }
  const measure: MeasureParts = {
    grid,
    keys,
    id: grid.measure,
    periods: [...periods],
    absent,
    sample: samples === 0 ? false : samples === cells ? true : sampleCells,
    sources: [...sources].sort(),
    revisions: measureRevisions.map((r): [string, number, number | null, number] => [r.code, periodIndex.get(r.period)!, r.from, r.release]),
    firstRelease,
    decimals: { usual, other },
    derived,
  };
  return { measure, cells };
}

/** Release index that first published each of the grid's periods (0 when none says). */
function firstReleases(draft: DatasetDraft, grid: MeasureGrid): number[] {
  const publishedIn = new Map<string, number>();
  draft.releases.forEach((release, index) => {
    for (const p of release.newPeriods)
      if (p.measure === grid.measure) for (const period of p.periods) if (!publishedIn.has(period)) publishedIn.set(period, index);
  });
  return grid.periods.map((period) => publishedIn.get(period) ?? 0);
}
