import type { IngestState } from './ingest-state.ts';

export interface NewObservation {
  measure: number;
  area: number;
  period: number;
  value: number | null;
  sample: boolean;
  /** Index into the run's named sources; 0 when the file named none. */
  source: number;
  file: number;
  line: number;
}

/**
 * Adds one observation unless its (measure, area, period) is stored already. An identical repeat is dropped; real data
 * wins over sample data; two different real values are a problem naming both places. Returns the stored row or -1.
 */
export function storeValue(state: IngestState, next: NewObservation, report: (message: string, expected: string) => void): number {
  const store = state.store;
  const row = store.find(next.measure, next.area, next.period);
  if (row === -1) return store.add(next.measure, next.area, next.period, next.value, next.sample, next.file, next.line, next.source);
  const existingSample = store.isSample(row);
  if (existingSample !== next.sample) {
    state.sampleOverlaps++;
    if (!existingSample) return -1;
    store.set(row, next.value, next.sample, next.file, next.line, next.source);
    return row;
  }
  const existing = store.valueOf(row);
  if (existing === next.value) return -1;
  const where = `${state.files[store.file[row] ?? 0]}:${store.line[row]}`;
  report(
    `samme kommune, periode og måling står også i ${where} med værdien ${existing ?? 'ikke offentliggjort'}`,
    'én værdi pr. kommune, periode og måling',
  );
  return -1;
}
