import type { Observation } from '../dataset/dataset.ts';
import type { GridList, MeasureGrid } from '../dataset/measure-grid.ts';
import type { IngestState } from './ingest-state.ts';

/**
 * The stored observations ordered by measure id, kommunekode and period, read off the store's dense key index
 * (measure → area → period, each in rank order): no sort, no string compare, no two million objects held at once.
 * As a list it builds each Observation only when asked (the order is worked out on the first ask) and says it is in
 * order, so data:export need not check; as grids it hands toColumns the typed arrays themselves, one measure at a time.
 */
export function sortObservations(state: IngestState): GridList {
  const { store, codes, periods, sources } = state;
  const ids = state.measures.ids;
  const n = store.size;
  const codesInOrder = byRank(codes);
  const periodsInOrder = byRank(periods);
  let order: Uint32Array | undefined;

  /** Per measure in id order: the areas and periods it has any row for, in rank order. */
  function* held(): Generator<{ measure: number; areas: Int32Array; periods: Int32Array }> {
    for (const measure of byRank(ids)) {
      const withBlock = Int32Array.from(periodsInOrder.filter((period) => store.hasBlock(measure, period)));
      if (withBlock.length === 0) continue;
      const areas = Int32Array.from(codesInOrder.filter((area) => withBlock.some((period) => store.find(measure, area, period) !== -1)));
      yield { measure, areas, periods: withBlock };
    }
  }

  function rowOrder(): Uint32Array {
    const rows = new Uint32Array(n);
    let next = 0;
    for (const { measure, areas, periods: withBlock } of held()) {
      for (const area of areas) {
        for (const period of withBlock) {
          const row = store.find(measure, area, period);
          if (row !== -1) rows[next++] = row;
        }
      }
    }
    if (next !== n) throw new Error(`sortObservations: ${next} af ${n} observationer fundet i indekset`);
    return rows;
  }

  function at(index: number): Observation | undefined {
    if (index < 0 || index >= n) return undefined;
    order ??= rowOrder();
    const row = order[index] ?? 0;
    const source = sources[store.source[row] ?? 0];
    return {
      code: codes[store.area[row] ?? 0] ?? '',
      period: periods[store.period[row] ?? 0] ?? '',
      measure: ids[store.measure[row] ?? 0] ?? '',
      value: store.valueOf(row),
      sample: store.isSample(row),
      ...(source ? { source } : {}),
      ...(store.isMissing(row) ? {} : { decimals: store.decimals[row]! }),
    };
  }

  function* grids(): Generator<MeasureGrid> {
    for (const { measure, areas, periods: withBlock } of held()) {
      yield {
        measure: ids[measure]!,
        periods: Array.from(withBlock, (period) => periods[period]!),
        codes: Array.from(areas, (area) => codes[area]!),
        read(code, rows, values) {
          const area = areas[code]!;
          for (let period = 0; period < withBlock.length; period++) {
            const row = store.find(measure, area, withBlock[period]!);
            rows[period] = row;
            values[period] = row === -1 || store.isMissing(row) ? Number.NaN : store.value[row]!;
          }
        },
        sample: (row) => store.isSample(row),
        decimals: (row) => store.decimals[row]!,
        source: (row) => sources[store.source[row] ?? 0] ?? '',
      };
    }
  }

  return { length: n, at, grids, inOrder: true, anySample: store.hasSample() };
}

/** Indexes of `values` in the order of their values. */
function byRank(values: readonly string[]): number[] {
  return values.map((_, index) => index).sort((a, b) => ((values[a] ?? '') < (values[b] ?? '') ? -1 : 1));
}
