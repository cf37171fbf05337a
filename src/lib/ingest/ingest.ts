import type { Catalogue } from '../reference/catalogue.ts';
import type { Dataset, DatasetDraft, InputFile, Release, ReleaseSummary, Revision } from '../dataset/dataset.ts';
import { ingestFile } from './ingest-file.ts';
import { createIngestState, type IngestState } from './ingest-state.ts';
import type { Problem } from './problem.ts';
import type { DecimalMark } from './read-number-cell.ts';
import type { Registry } from '../reference/registry.ts';
import { sortObservations } from './sort-observations.ts';
import { tablesFromName } from './tables-from-name.ts';

export interface IngestSource {
  /** Name used in messages (path as given). */
  file: string;
  bytes: Uint8Array;
  /** Index into IngestOptions.releases; sources must come in release order. Default 0. */
  release?: number;
  /** Jobindsats tables the file holds, from its release manifest; else read off its name. */
  tables?: string[];
}

export interface IngestOptions {
  /** Declared decimal mark for every file; without it each file's mark is detected and ambiguity is an error. */
  decimal?: DecimalMark;
  /** ISO time stamp for Dataset.builtAt. */
  builtAt?: string;
  /** How many problems to keep in memory (all are counted). */
  problemCap?: number;
  /** The layers the sources belong to, oldest first. Default: one undated layer of files retrieved `builtAt`. */
  releases?: Release[];
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

/** Published CSV files → one validated, normalised dataset, or every problem found in all files. */
export function ingest(sources: Iterable<IngestSource>, catalogue: Catalogue, registry: Registry, options: IngestOptions = {}): IngestResult {
  const builtAt = options.builtAt ?? new Date().toISOString();
  const releases = options.releases ?? [{ id: 'input', date: null, retrieved: builtAt.slice(0, 10), title: 'Indlæste filer' }];
  const state = createIngestState(catalogue, registry, releases, options.decimal, options.problemCap);
  const inputs: InputFile[] = [];
  let lastRelease = 0;
  for (const source of sources) {
    const release = source.release ?? 0;
    if (release < lastRelease || release >= releases.length)
      throw new Error(`ingest: ${source.file} har udgivelse nr. ${release}, men filerne skal komme i udgivelsernes rækkefølge`);
    lastRelease = release;
    inputs.push(ingestFile(state, { file: source.file, bytes: source.bytes, release, tables: source.tables ?? tablesFromName(source.file) }));
  }
  if (inputs.length === 0) state.problems.add({ file: '(ingen filer)', message: 'der er ingen inputfiler', expected: 'mindst én CSV-fil' });

  const notices: string[] = [];
  for (const [label, count] of state.skipped) notices.push(`${count} ${count === 1 ? 'række' : 'rækker'} for "${label}" er sprunget over (ikke en kommune)`);
  if (state.sampleOverlaps > 0) notices.push(`${state.sampleOverlaps} værdier fandtes både som eksempeldata og som rigtige tal; de rigtige tal er brugt`);
  const valid = state.problems.count === 0;
  const dataset: DatasetDraft | undefined = valid
    ? {
        builtAt,
        releases: summariseReleases(state, inputs),
        inputs,
        sample: state.store.hasSample(),
        observations: sortObservations(state),
        revisions: listRevisions(state),
      }
    : undefined;
  const kommuner = state.codes.filter((code) => code !== '000').length;
  return { dataset, problems: state.problems.items, problemCount: state.problems.count, notices, kommuner, periods: state.periods.length };
}

/** Every revision with its key spelled out, in the order the releases made them. */
function listRevisions(state: IngestState): Revision[] {
  const { store } = state;
  return store.revisions.map((r, index) => {
    const later = store.revisions.slice(index + 1).find((next) => next.row === r.row);
    return {
      code: state.codes[store.area[r.row] ?? 0] ?? '',
      period: state.periods[store.period[r.row] ?? 0] ?? '',
      measure: state.measures.ids[store.measure[r.row] ?? 0] ?? '',
      from: r.from,
      to: later ? later.from : store.valueOf(r.row),
      fromRelease: r.fromRelease,
      release: r.release,
    };
  });
}

/** Per release: how many values it holds, which were new, revised or unchanged, and which periods it first published. */
function summariseReleases(state: IngestState, inputs: InputFile[]): ReleaseSummary[] {
  const { store } = state;
  const summaries: ReleaseSummary[] = state.releases.map((release, index) => ({
    ...release,
    files: inputs.filter((input) => input.release === index).length,
    values: 0,
    added: 0,
    revised: 0,
    unchanged: 0,
    newPeriods: [],
  }));
  // measure × period (as one number) → the earliest release holding any of its values.
  const periodCount = state.periods.length;
  const firstOfPeriod = new Map<number, number>();
  for (let row = 0; row < store.size; row++) {
    const first = store.first[row] ?? 0;
    summaries[first]!.added++;
    const key = (store.measure[row] ?? 0) * periodCount + (store.period[row] ?? 0);
    const known = firstOfPeriod.get(key);
    if (known === undefined || first < known) firstOfPeriod.set(key, first);
  }
  for (const revision of store.revisions) summaries[revision.release]!.revised++;
  state.releaseCounts.forEach((counts, index) => Object.assign(summaries[index]!, counts));
  const byRelease = new Map<number, Map<string, string[]>>();
  for (const [key, release] of firstOfPeriod) {
    const measure = Math.floor(key / periodCount);
    const period = key % periodCount;
    const id = state.measures.ids[measure]!;
    if (!byRelease.has(release)) byRelease.set(release, new Map());
    const list = byRelease.get(release)!;
    list.set(id, [...(list.get(id) ?? []), state.periods[period]!]);
  }
  for (const [release, measures] of byRelease) {
    summaries[release]!.newPeriods = [...measures]
      .map(([measure, periods]) => ({ measure, periods: periods.sort() }))
      .sort((a, b) => state.measures.ids.indexOf(a.measure) - state.measures.ids.indexOf(b.measure));
  }
  return summaries;
}

/** Every observation as an object: for tests and small inputs; the scripts write the draft's columns instead. */
export function toDataset(draft: DatasetDraft): Dataset {
  return { ...draft, observations: Array.from({ length: draft.observations.length }, (_, index) => draft.observations.at(index)!) };
}
