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
  /** Index of the release (layer) the file belongs to; files arrive in release order. */
  release: number;
}

/**
 * Adds one observation unless its (measure, area, period) is stored already. Real data wins over sample data. Within
 * one release an identical repeat is dropped and a different value is a problem naming both places; a newer release
 * replaces the value, and a different earlier value is kept as a revision. Returns the stored row or -1.
 */
export function storeValue(state: IngestState, next: NewObservation, report: (message: string, expected: string) => void): number {
  const store = state.store;
  const counts = state.releaseCounts[next.release]!;
  const row = store.find(next.measure, next.area, next.period);
  if (row === -1) {
    counts.values++;
    return store.add(next.measure, next.area, next.period, next.value, next.sample, next.file, next.line, next.source, next.release);
  }
  const existingSample = store.isSample(row);
  if (existingSample !== next.sample) {
    state.sampleOverlaps++;
    if (!existingSample) return -1;
    store.set(row, next.value, next.sample, next.file, next.line, next.source, next.release);
    return row;
  }
  const existing = store.valueOf(row);
  const existingRelease = store.release[row] ?? 0;
  if (existingRelease !== next.release) {
    counts.values++;
    if (existing !== next.value) store.revisions.push({ row, from: existing, fromRelease: existingRelease, release: next.release });
    else counts.unchanged++;
    store.set(row, next.value, next.sample, next.file, next.line, next.source, next.release);
    return row;
  }
  if (existing === next.value) return -1;
  const where = `${state.files[store.file[row] ?? 0]}:${store.line[row]}`;
  report(`samme kommune, periode og måling står også i ${where} med værdien ${existing ?? 'ikke offentliggjort'}`, 'én værdi pr. kommune, periode og måling');
  return -1;
}
