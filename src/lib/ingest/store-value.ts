import type { IngestState } from './ingest-state.ts';

/**
 * The value storeValue stores, handed over in a typed array rather than as an argument: a double passed to a function
 * that is not inlined becomes a new heap object, two million of them for a million rows, and V8's young generation
 * grows by tens of megabytes to hold them.
 */
export const INCOMING = new Float64Array(1);
/** The decimals the incoming value was published with ("8" → 0, "8,0" → 1), beside INCOMING for the same reason. */
export const INCOMING_DECIMALS = new Uint8Array(1);

/** storeValue's answer when the key already holds a different value from the same release (a conflicting duplicate). */
export const CONFLICT = -2;

/**
 * Adds one observation (its value in INCOMING[0]) unless its (measure, area, period) is stored already. Real data wins over sample data. Within
 * one release an identical repeat is dropped (-1) and a different value is a CONFLICT (find the earlier row with
 * `store.find`); a newer release replaces the value, and a different earlier value is kept as a revision.
 * Returns the stored row, -1 or CONFLICT. Positional arguments: this runs twice per row of a million-row file.
 */
export function storeValue(
  state: IngestState,
  measure: number,
  area: number,
  period: number,
  /** Not published (else the value is INCOMING[0]). */
  missing: boolean,
  sample: boolean,
  source: number,
  file: number,
  line: number,
  release: number,
): number {
  const value = INCOMING[0]!;
  const store = state.store;
  const counts = state.releaseCounts[release]!;
  const row = store.find(measure, area, period);
  if (row === -1) {
    counts.values++;
    const added = store.add(measure, area, period, missing, sample, file, line, source, release);
    store.value[added] = missing ? 0 : value;
    store.decimals[added] = INCOMING_DECIMALS[0]!;
    return added;
  }
  const existingSample = store.isSample(row);
  if (existingSample !== sample) {
    state.sampleOverlaps++;
    if (!existingSample) return -1;
    store.set(row, missing, sample, file, line, source, release);
    store.value[row] = missing ? 0 : value;
    store.decimals[row] = INCOMING_DECIMALS[0]!;
    return row;
  }
  const same = store.isMissing(row) ? missing : !missing && store.value[row] === value;
  const existingRelease = store.release[row] ?? 0;
  if (existingRelease !== release) {
    counts.values++;
    if (!same) store.revisions.push({ row, from: store.valueOf(row), fromRelease: existingRelease, release });
    else counts.unchanged++;
    store.set(row, missing, sample, file, line, source, release);
    store.value[row] = missing ? 0 : value;
    store.decimals[row] = INCOMING_DECIMALS[0]!;
    return row;
  }
  return same ? -1 : CONFLICT;
}

/** The message for a CONFLICT: where the key was read first, with its value. */
export function conflictMessage(state: IngestState, row: number): { message: string; expected: string } {
  const { store } = state;
  const where = `${state.files[store.file[row] ?? 0]}:${store.line[row]}`;
  return {
    message: `samme kommune, periode og måling står også i ${where} med værdien ${store.valueOf(row) ?? 'ikke offentliggjort'}`,
    expected: 'én værdi pr. kommune, periode og måling',
  };
}
