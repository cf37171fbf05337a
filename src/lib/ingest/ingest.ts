import type { Catalogue } from '../reference/catalogue.ts';
import type { Dataset, DatasetDraft, DerivedCell, ObservationList, InputFile, Release, ReleaseSummary, Revision } from '../dataset/dataset.ts';
import { ingestFile } from './ingest-file.ts';
import { createIngestState, type IngestState } from './ingest-state.ts';
import type { Problem } from './problem.ts';
import type { DecimalMark } from './read-number-cell.ts';
import type { Registry } from '../reference/registry.ts';
import { sortObservations } from './sort-observations.ts';
import { tablesFromName } from './tables-from-name.ts';

/** Cells a manifest names as derived: one period and area, some measures, the rule in words. */
export interface DerivedCells {
  period: string;
  area: string;
  measures: string[];
  rule: string;
}

/** A file to ingest: its bytes, or a way to read them in chunks (a large file need never be in memory whole). */
export type IngestSource = {
  /** Name used in messages (path as given). */
  file: string;
  /** Index into IngestOptions.releases; sources must come in release order. Default 0. */
  release?: number;
  /** Jobindsats tables the file holds, from its release manifest; else read off its name. */
  tables?: string[];
  /** Values of the file that were worked out from published ones, with the rule (from its manifest). */
  derived?: DerivedCells[];
} & (
  | { bytes: Uint8Array }
  | {
      /** Reads the file from its start in chunks, each valid until the next is asked for; called more than once. */
      chunks: () => Iterable<Uint8Array>;
    }
);

/** Decoding and scanning run over pieces of this size (small enough for short-lived strings), also for bytes held in memory. */
const CHUNK = 1 << 16;

function* inChunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += CHUNK) yield bytes.subarray(offset, offset + CHUNK);
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
  const derived: DerivedCell[] = [];
  for (const source of sources) {
    for (const cells of source.derived ?? [])
      for (const measure of cells.measures) derived.push({ code: cells.area, period: cells.period, measure, rule: cells.rule });
    const release = source.release ?? 0;
    if (release < lastRelease || release >= releases.length)
      throw new Error(`ingest: ${source.file} har udgivelse nr. ${release}, men filerne skal komme i udgivelsernes rækkefølge`);
    lastRelease = release;
    const chunks = 'chunks' in source ? source.chunks : () => inChunks(source.bytes);
    inputs.push(ingestFile(state, { file: source.file, chunks, release, tables: source.tables ?? tablesFromName(source.file) }));
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
        observations: withDerived(sortObservations(state), derived),
        revisions: listRevisions(state),
        derived,
      }
    : undefined;
  const kommuner = state.codes.filter((code) => code !== '000').length;
  return { dataset, problems: state.problems.items, problemCount: state.problems.count, notices, kommuner, periods: state.periods.length };
}

/** The list with each derived value's rule on its observation (the export writes it), or the list itself when none is. */
function withDerived<T extends ObservationList>(list: T, derived: DerivedCell[]): T {
  if (derived.length === 0) return list;
  const rules = new Map(derived.map((d) => [`${d.measure}|${d.code}|${d.period}`, d.rule]));
  const at = list.at.bind(list);
  return Object.assign(Object.create(list) as T, {
    at(index: number) {
      const o = at(index);
      const rule = o && rules.get(`${o.measure}|${o.code}|${o.period}`);
      return o && rule ? { ...o, derived: rule } : o;
    },
  });
}

/** Every revision with its key spelled out, in the order the releases made them. */
function listRevisions(state: IngestState): Revision[] {
  const { store } = state;
  // Each revision's `to` is the next revision's `from` for the same row, or the value now: found walking backwards.
  const next = new Map<number, number | null>();
  const revisions: Revision[] = new Array<Revision>(store.revisions.length);
  for (let index = store.revisions.length - 1; index >= 0; index--) {
    const r = store.revisions[index]!;
    revisions[index] = {
      code: state.codes[store.area[r.row] ?? 0] ?? '',
      period: state.periods[store.period[r.row] ?? 0] ?? '',
      measure: state.measures.ids[store.measure[r.row] ?? 0] ?? '',
      from: r.from,
      to: next.has(r.row) ? next.get(r.row)! : store.valueOf(r.row),
      fromRelease: r.fromRelease,
      release: r.release,
    };
    next.set(r.row, r.from);
  }
  return revisions;
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
  // measure × period (as one number) → 1 + the earliest release holding any of its values (0: none).
  const periodCount = state.periods.length;
  const earliest = new Int32Array(state.measures.ids.length * periodCount);
  for (let row = 0; row < store.size; row++) {
    const first = store.first[row] ?? 0;
    summaries[first]!.added++;
    const key = (store.measure[row] ?? 0) * periodCount + (store.period[row] ?? 0);
    const known = earliest[key] ?? 0;
    if (known === 0 || first + 1 < known) earliest[key] = first + 1;
  }
  for (const revision of store.revisions) summaries[revision.release]!.revised++;
  state.releaseCounts.forEach((counts, index) => Object.assign(summaries[index]!, counts));
  const byRelease = new Map<number, Map<string, string[]>>();
  earliest.forEach((first, key) => {
    if (first === 0) return;
    const id = state.measures.ids[Math.floor(key / periodCount)]!;
    const release = first - 1;
    if (!byRelease.has(release)) byRelease.set(release, new Map());
    const list = byRelease.get(release)!;
    if (!list.has(id)) list.set(id, []);
    list.get(id)!.push(state.periods[key % periodCount]!);
  });
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
