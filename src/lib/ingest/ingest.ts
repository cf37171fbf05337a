import type { Catalogue } from '../reference/catalogue.ts';
import type { Dataset, DatasetDraft, InputFile } from '../dataset/dataset.ts';
import { ingestFile } from './ingest-file.ts';
import { createIngestState } from './ingest-state.ts';
import type { Problem } from './problem.ts';
import type { DecimalMark } from './read-number-cell.ts';
import type { Registry } from '../reference/registry.ts';
import { sortObservations } from './sort-observations.ts';

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
  dataset: DatasetDraft | undefined;
  problems: Problem[];
  problemCount: number;
  /** Things worth knowing that are not errors (rows skipped for non-kommune areas, sample rows replaced by real ones). */
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
  for (const [label, count] of state.skipped) notices.push(`${count} ${count === 1 ? 'række' : 'rækker'} for "${label}" er sprunget over (ikke en kommune)`);
  if (state.sampleOverlaps > 0) notices.push(`${state.sampleOverlaps} værdier fandtes både som eksempeldata og som rigtige tal; de rigtige tal er brugt`);
  const observations = state.problems.count === 0 ? sortObservations(state) : [];
  const sample = state.store.hasSample();
  const dataset: DatasetDraft | undefined =
    state.problems.count === 0 ? { builtAt: options.builtAt ?? new Date().toISOString(), inputs, sample, observations } : undefined;
  const kommuner = state.codes.filter((code) => code !== '000').length;
  return { dataset, problems: state.problems.items, problemCount: state.problems.count, notices, kommuner, periods: state.periods.length };
}

/** Every observation as an object: for tests and small inputs; the scripts stream the draft instead. */
export function toDataset(draft: DatasetDraft): Dataset {
  return { ...draft, observations: Array.from({ length: draft.observations.length }, (_, index) => draft.observations.at(index)!) };
}
