import type { Observation, ObservationList } from '../dataset/dataset.ts';
import type { IngestState } from './ingest-state.ts';

/**
 * The stored observations ordered by measure id, kommunekode and period, as a list that builds each Observation only
 * when asked: the order is read off the store's dense key index (measure → area → period, each in rank order), so there
 * is no sort, no string compare and no two million objects held at once.
 */
export function sortObservations(state: IngestState): ObservationList {
  const { store, codes, periods, sources } = state;
  const ids = state.measures.ids;
  const n = store.size;
  const order = new Uint32Array(n);
  const codesInOrder = byRank(codes);
  const periodsInOrder = byRank(periods);
  let next = 0;
  for (const measure of byRank(ids)) {
    const held = Int32Array.from(periodsInOrder.filter((period) => store.hasBlock(measure, period)));
    if (held.length === 0) continue;
    for (const area of codesInOrder) next = appendRows(store, measure, area, held, order, next);
  }
  if (next !== n) throw new Error(`sortObservations: ${next} af ${n} observationer fundet i indekset`);

  function at(index: number): Observation | undefined {
    if (index < 0 || index >= n) return undefined;
    const row = order[index] ?? 0;
    const source = sources[store.source[row] ?? 0];
    return {
      code: codes[store.area[row] ?? 0] ?? '',
      period: periods[store.period[row] ?? 0] ?? '',
      measure: ids[store.measure[row] ?? 0] ?? '',
      value: store.valueOf(row),
      sample: store.isSample(row),
      ...(source ? { source } : {}),
    };
  }
  return { length: n, at };
}

/** Indexes of `values` in the order of their values. */
/** The rows of one measure and area, period by period, appended to `order` at `next`; returns the new end. */
function appendRows(store: IngestState['store'], measure: number, area: number, periods: Int32Array, order: Uint32Array, next: number): number {
  for (let i = 0; i < periods.length; i++) {
    const row = store.find(measure, area, periods[i]!);
    if (row !== -1) order[next++] = row;
  }
  return next;
}

function byRank(values: readonly string[]): number[] {
  return values.map((_, index) => index).sort((a, b) => ((values[a] ?? '') < (values[b] ?? '') ? -1 : 1));
}
