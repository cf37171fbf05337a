import { DATASET_FORMAT, type DatasetDraft, type DatasetFile, type MeasureColumns } from './dataset.ts';

/**
 * The ingest's sorted observations → one column block per measure (periods × areas), the form written to disk.
 * Observations arrive sorted by measure, code and period, so each measure and each area is one run.
 */
export function toColumns(draft: DatasetDraft): DatasetFile {
  const measures: MeasureColumns[] = [];
  const { observations } = draft;
  let start = 0;
  while (start < observations.length) {
    const measure = observations.at(start)!.measure;
    let end = start;
    while (end < observations.length && observations.at(end)!.measure === measure) end++;
    measures.push(measureColumns(draft, start, end));
    start = end;
  }
  const { builtAt, sample, releases, inputs } = draft;
  return { format: DATASET_FORMAT, builtAt, sample, releases, inputs, measures };
}

function measureColumns(draft: DatasetDraft, start: number, end: number): MeasureColumns {
  const { observations } = draft;
  const id = observations.at(start)!.measure;
  const periodSet = new Set<string>();
  for (let i = start; i < end; i++) periodSet.add(observations.at(i)!.period);
  const periods = [...periodSet].sort();
  const periodIndex = new Map(periods.map((period, index) => [period, index]));
  const values: Record<string, (number | null)[]> = {};
  const sampleCells: Record<string, number[]> = {};
  const sources = new Set<string>();
  let samples = 0;
  for (let i = start; i < end; i++) {
    const o = observations.at(i)!;
    const row = (values[o.code] ??= new Array<number | null>(periods.length).fill(null));
    const index = periodIndex.get(o.period)!;
    row[index] = o.value;
    if (o.sample) {
      samples++;
      (sampleCells[o.code] ??= []).push(index);
    } else sources.add(o.source ?? '');
  }
  const count = end - start;
  const absent: Record<string, number[]> = {};
  const seen = new Map<string, Set<number>>();
  for (let i = start; i < end; i++) {
    const o = observations.at(i)!;
    if (!seen.has(o.code)) seen.set(o.code, new Set());
    seen.get(o.code)!.add(periodIndex.get(o.period)!);
  }
  for (const [code, indexes] of seen) {
    if (indexes.size < periods.length) absent[code] = periods.map((_, index) => index).filter((index) => !indexes.has(index));
  }
  const revisions = draft.revisions
    .filter((r) => r.measure === id)
    .map((r): [string, number, number | null, number] => [r.code, periodIndex.get(r.period)!, r.from, r.release]);
  // Period → the first release that published it (once per measure, not a search per period).
  const publishedIn = new Map<string, number>();
  draft.releases.forEach((release, index) => {
    for (const p of release.newPeriods) if (p.measure === id) for (const period of p.periods) if (!publishedIn.has(period)) publishedIn.set(period, index);
  });
  const firstRelease = periods.map((period) => publishedIn.get(period) ?? 0);
  return {
    id,
    periods,
    values,
    absent,
    sample: samples === 0 ? false : samples === count ? true : sampleCells,
    sources: [...sources].sort(),
    revisions,
    firstRelease,
  };
}
