import { DATASET_FORMAT, type DatasetFile, type MeasureColumns, type Observation, type ObservationList } from './dataset.ts';

/** A revision as pages show it: the earlier value, the value that replaced it, and the release that did. */
export interface CellRevision {
  period: string;
  from: number | null;
  to: number | null;
  release: number;
}

/** One measure's columns with lookups: what pages ask of the dataset. */
export interface MeasureView {
  id: string;
  periods: readonly string[];
  /** Areas with any row for the measure. */
  codes: readonly string[];
  /** undefined when the area has no row for the measure or the period is not among its periods; null = not published. */
  value(code: string, period: string): number | null | undefined;
  /** The area's values in period order (periods without a row are left out). */
  series(code: string): { period: string; value: number | null }[];
  isSample(code: string, period: string): boolean;
  /** Decimals the value was published with ("8" → 0, "8,0" → 1): show it so. */
  decimals(code: string, period: string): number;
  /** The rule, when the value is worked out from published numbers (not published itself); else undefined. */
  derived(code: string, period: string): string | undefined;
  /** Every change a newer release made to this area's values, oldest first. */
  revisions(code: string): CellRevision[];
  /** Sources named for the values ("" = the measure's own). */
  sources: readonly string[];
  /** Whether any value is sample data. */
  sample: boolean;
  /** Release index that first published a period. */
  firstRelease(period: string): number | undefined;
}

/** Parses the dataset file's text and checks its format, so an old or foreign file fails with a clear message. */
export function parseDatasetFile(text: string, path: string): DatasetFile {
  const data = JSON.parse(text) as Partial<DatasetFile>;
  if (data.format !== DATASET_FORMAT) {
    throw new Error(`${path} er ikke et datasæt i formatet ${DATASET_FORMAT}: kør "npm run data:build" igen.`);
  }
  return data as DatasetFile;
}

export function measureView(columns: MeasureColumns): MeasureView {
  const periodIndex = new Map(columns.periods.map((period, index) => [period, index]));
  const absentSets = new Map(Object.entries(columns.absent).map(([code, list]) => [code, new Set(list)]));
  const sampleSets = typeof columns.sample === 'object' ? new Map(Object.entries(columns.sample).map(([code, list]) => [code, new Set(list)])) : undefined;
  const otherDecimals = new Map(Object.entries(columns.decimals.other).map(([code, pairs]) => [code, new Map(pairs)]));
  const derivedRules = new Map(Object.entries(columns.derived).map(([code, pairs]) => [code, new Map(pairs)]));
  const revisionsByCode = new Map<string, CellRevision[]>();
  // Each revision's `to` is the next revision's `from` for the same cell, or the value shown now.
  const pending = new Map<string, CellRevision>();
  for (const [code, index, from, release] of columns.revisions) {
    const period = columns.periods[index]!;
    const revision: CellRevision = { period, from, to: null, release };
    const key = `${code}|${index}`;
    const earlier = pending.get(key);
    if (earlier) earlier.to = from;
    pending.set(key, revision);
    revisionsByCode.set(code, [...(revisionsByCode.get(code) ?? []), revision]);
  }
  for (const [key, revision] of pending) {
    const [code, index] = key.split('|') as [string, string];
    revision.to = columns.values[code]?.[Number(index)] ?? null;
  }
  return {
    id: columns.id,
    periods: columns.periods,
    codes: Object.keys(columns.values),
    sources: columns.sources,
    sample: columns.sample !== false,
    value(code, period) {
      const row = columns.values[code];
      const index = periodIndex.get(period);
      if (row === undefined || index === undefined || absentSets.get(code)?.has(index)) return undefined;
      return row[index] ?? null;
    },
    series(code) {
      const row = columns.values[code];
      if (!row) return [];
      const absent = absentSets.get(code);
      return columns.periods.flatMap((period, index) => (absent?.has(index) ? [] : [{ period, value: row[index] ?? null }]));
    },
    isSample(code, period) {
      if (typeof columns.sample === 'boolean') return columns.sample;
      const index = periodIndex.get(period);
      return index !== undefined && (sampleSets?.get(code)?.has(index) ?? false);
    },
    decimals(code, period) {
      const index = periodIndex.get(period);
      return (index === undefined ? undefined : otherDecimals.get(code)?.get(index)) ?? columns.decimals.usual;
    },
    derived(code, period) {
      const index = periodIndex.get(period);
      return index === undefined ? undefined : derivedRules.get(code)?.get(index);
    },
    revisions: (code) => revisionsByCode.get(code) ?? [],
    firstRelease(period) {
      const index = periodIndex.get(period);
      return index === undefined ? undefined : columns.firstRelease[index];
    },
  };
}

/**
 * The columns as observations in dataset order (measure, code, period), built one at a time: for the CSV downloads.
 * `codes` keeps only those areas (a kommune's own download: the kommune and Hele landet); `views` are measure views
 * already made (by id), so 98 kommune downloads do not each rebuild every measure's lookups.
 */
export function observationsOf(file: DatasetFile, codes?: ReadonlySet<string>, views?: ReadonlyMap<string, MeasureView>): ObservationList {
  const blocks: Array<{ view: MeasureView; code: string; periods: string[] }> = [];
  for (const columns of [...file.measures].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const view = views?.get(columns.id) ?? measureView(columns);
    for (const code of Object.keys(columns.values).sort()) {
      if (!codes || codes.has(code)) blocks.push({ view, code, periods: view.series(code).map((p) => p.period) });
    }
  }
  const starts: number[] = [];
  let length = 0;
  for (const block of blocks) {
    starts.push(length);
    length += block.periods.length;
  }
  return {
    length,
    inOrder: true,
    anySample: blocks.some(({ view, code, periods }) => view.sample && periods.some((period) => view.isSample(code, period))),
    at(index) {
      if (index < 0 || index >= length) return undefined;
      let low = 0;
      let high = blocks.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= index) low = mid;
        else high = mid - 1;
      }
      const { view, code, periods } = blocks[low]!;
      const period = periods[index - starts[low]!]!;
      const value = view.value(code, period) ?? null;
      const derived = view.derived(code, period);
      const observation: Observation = {
        code,
        period,
        measure: view.id,
        value,
        sample: view.isSample(code, period),
        ...(value === null ? {} : { decimals: view.decimals(code, period) }),
        ...(derived ? { derived } : {}),
      };
      return observation;
    },
  };
}
