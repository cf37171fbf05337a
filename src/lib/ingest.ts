import type { Catalogue } from './catalogue.ts';
import type { Dataset, InputFile, Observation } from './dataset.ts';
import { ingestFile } from './ingest-file.ts';
import { createIngestState, type IngestState } from './ingest-state.ts';
import type { Problem } from './problem.ts';
import type { DecimalMark } from './read-number-cell.ts';
import type { Registry } from './registry.ts';

export interface IngestSource {
  /** Name used in messages (path as given). */
  file: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** Declared decimal mark for every file; without it each file's mark is detected and ambiguity is an error. */
  decimal?: DecimalMark;
  /** ISO time stamp for Dataset.builtAt. */
  builtAt?: string;
  /** How many problems to keep in memory (all are counted). */
  problemCap?: number;
}

export interface IngestResult {
  /** Undefined when there is any problem: a partly valid dataset is never handed on. */
  dataset: Dataset | undefined;
  problems: Problem[];
  problemCount: number;
  /** Things worth knowing that are not errors (rows skipped for non-kommune areas, sample data). */
  notices: string[];
  kommuner: number;
  periods: number;
}

export const SAMPLE_WARNING = 'Eksempeldata – ikke officielle tal';

/** Published CSV files → one validated, normalised dataset, or every problem found in all files. */
export function ingest(sources: Iterable<IngestSource>, catalogue: Catalogue, registry: Registry, options: IngestOptions = {}): IngestResult {
  const state = createIngestState(catalogue, registry, options.decimal, options.problemCap);
  const inputs: InputFile[] = [];
  for (const source of sources) inputs.push(ingestFile(state, source.file, source.bytes));
  if (inputs.length === 0) state.problems.add({ file: '(ingen filer)', message: 'der er ingen inputfiler', expected: 'mindst én CSV-fil' });

  const notices: string[] = [];
  for (const [label, count] of state.skipped) notices.push(`${count} rækker for "${label}" er sprunget over (ikke en kommune)`);
  if (state.sampleOverlaps > 0) notices.push(`${state.sampleOverlaps} værdier fandtes både som eksempeldata og som rigtige tal; de rigtige tal er brugt`);
  const observations = state.problems.count === 0 ? sortedObservations(state) : [];
  const sample = observations.some((observation) => observation.sample);
  if (sample) notices.push(SAMPLE_WARNING);
  const dataset: Dataset | undefined =
    state.problems.count === 0 ? { builtAt: options.builtAt ?? new Date().toISOString(), inputs, sample, observations } : undefined;
  const kommuner = state.codes.filter((code) => code !== '000').length;
  return { dataset, problems: state.problems.items, problemCount: state.problems.count, notices, kommuner, periods: state.periods.length };
}

/** Observations ordered by measure id, kommunekode, period: one numeric sort over packed rank keys, no string compares. */
function sortedObservations(state: IngestState): Observation[] {
  const { store, codes, periods } = state;
  const ids = state.measures.ids;
  const measureRank = ranks(ids);
  const codeRank = ranks(codes);
  const periodRank = ranks(periods);
  const n = store.size;
  const keys = new Float64Array(n);
  const packable = ids.length * codes.length * periods.length * n < Number.MAX_SAFE_INTEGER;
  for (let row = 0; row < n; row++) {
    const composite = ((measureRank[store.measure[row] ?? 0] ?? 0) * codes.length + (codeRank[store.area[row] ?? 0] ?? 0)) * periods.length;
    keys[row] = composite + (periodRank[store.period[row] ?? 0] ?? 0);
  }
  let order: ArrayLike<number>;
  if (packable) {
    for (let row = 0; row < n; row++) keys[row] = (keys[row] ?? 0) * n + row;
    keys.sort();
    order = keys.map((key) => key % n);
  } else {
    order = Uint32Array.from({ length: n }, (_, row) => row).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
  }
  const observations: Observation[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row = order[i] ?? 0;
    observations[i] = {
      code: codes[store.area[row] ?? 0] ?? '',
      period: periods[store.period[row] ?? 0] ?? '',
      measure: ids[store.measure[row] ?? 0] ?? '',
      value: store.valueOf(row),
      sample: store.isSample(row),
    };
  }
  return observations;
}

function ranks(values: readonly string[]): Uint32Array {
  const order = values.map((_, index) => index).sort((a, b) => ((values[a] ?? '') < (values[b] ?? '') ? -1 : 1));
  const rank = new Uint32Array(values.length);
  order.forEach((index, position) => (rank[index] = position));
  return rank;
}
