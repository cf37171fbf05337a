import type { Observation, ObservationList } from '../dataset/dataset.ts';
import type { IngestState } from './ingest-state.ts';

/**
 * The stored observations ordered by measure id, kommunekode and period, as a list that builds each Observation only
 * when asked: one numeric sort over packed rank keys, no string compares and no two million objects held at once.
 */
export function sortObservations(state: IngestState): ObservationList {
  const { store, codes, periods, sources } = state;
  const ids = state.measures.ids;
  const measureRank = ranks(ids);
  const codeRank = ranks(codes);
  const periodRank = ranks(periods);
  const n = store.size;
  const keys = new Float64Array(n);
  for (let row = 0; row < n; row++) {
    const composite = ((measureRank[store.measure[row] ?? 0] ?? 0) * codes.length + (codeRank[store.area[row] ?? 0] ?? 0)) * periods.length;
    keys[row] = composite + (periodRank[store.period[row] ?? 0] ?? 0);
  }
  let order: Uint32Array;
  if (ids.length * codes.length * periods.length * n < Number.MAX_SAFE_INTEGER) {
    // Each key is unique, so key * n + row sorts like the key and carries the row along.
    for (let row = 0; row < n; row++) keys[row] = (keys[row] ?? 0) * n + row;
    keys.sort();
    order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = (keys[i] ?? 0) % n;
  } else {
    order = Uint32Array.from({ length: n }, (_, row) => row).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
  }

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

function ranks(values: readonly string[]): Uint32Array {
  const order = values.map((_, index) => index).sort((a, b) => ((values[a] ?? '') < (values[b] ?? '') ? -1 : 1));
  const rank = new Uint32Array(values.length);
  order.forEach((index, position) => (rank[index] = position));
  return rank;
}
