import type { ObservationList } from './dataset.ts';

/** The decimals a number needs when nobody said how it was published: 8 → 0, 8.25 → 2. */
export function impliedDecimals(value: number): number {
  const text = String(Math.abs(value));
  if (text.includes('e')) return 0;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * One measure's observations as the grid dataset.json stores (areas × periods), read an area at a time into typed
 * arrays. The ingest hands its store over in this form, so the columns are built without an object per observation.
 */
export interface MeasureGrid {
  readonly measure: string;
  /** Sorted periods with any row for the measure. */
  readonly periods: readonly string[];
  /** Sorted area codes with any row for the measure. */
  readonly codes: readonly string[];
  /**
   * For codes[code], per period: the row (for `sample` and `source`; -1 when the area had no row for the period) into
   * `rows`, and the value into `values` (NaN when there is no row or the value is not published). Both are periods long.
   */
  read(code: number, rows: Int32Array, values: Float64Array): void;
  sample(row: number): boolean;
  /** Decimals the row's value was published with. */
  decimals(row: number): number;
  /** The catalogue source id the file named, '' when none. */
  source(row: number): string;
}

/** An observation list that can also give its measures as grids (the ingest's). */
export interface GridList extends ObservationList {
  grids(): Iterable<MeasureGrid>;
}

/** The list's measures as grids, in its order: its own when it has them, else read off the (sorted) observations. */
export function measureGrids(observations: ObservationList): Iterable<MeasureGrid> {
  return 'grids' in observations && typeof observations.grids === 'function' ? (observations as GridList).grids() : gridsOf(observations);
}

/** Observations sorted by measure, code and period → one grid per measure run; the codes keep the list's order. */
function* gridsOf(observations: ObservationList): Generator<MeasureGrid> {
  let start = 0;
  while (start < observations.length) {
    const measure = observations.at(start)!.measure;
    const periodSet = new Set<string>();
    const codeIndex = new Map<string, number>();
    let end = start;
    for (let o = observations.at(end); o !== undefined && o.measure === measure; o = observations.at(++end)) {
      periodSet.add(o.period);
      if (!codeIndex.has(o.code)) codeIndex.set(o.code, codeIndex.size);
    }
    const periods = [...periodSet].sort();
    const periodIndex = new Map(periods.map((period, index) => [period, index]));
    const cells = new Int32Array(codeIndex.size * periods.length).fill(-1);
    for (let i = start; i < end; i++) {
      const o = observations.at(i)!;
      cells[codeIndex.get(o.code)! * periods.length + periodIndex.get(o.period)!] = i;
    }
    yield {
      measure,
      periods,
      codes: [...codeIndex.keys()],
      read(code, rows, values) {
        for (let period = 0; period < periods.length; period++) {
          const row = cells[code * periods.length + period]!;
          rows[period] = row;
          values[period] = row === -1 ? Number.NaN : (observations.at(row)!.value ?? Number.NaN);
        }
      },
      sample: (row) => observations.at(row)!.sample,
      decimals: (row) => {
        const o = observations.at(row)!;
        return o.decimals ?? (o.value === null ? 0 : impliedDecimals(o.value));
      },
      source: (row) => observations.at(row)!.source ?? '',
    };
    start = end;
  }
}
