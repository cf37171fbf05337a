/**
 * The validated, normalised dataset. The ingest produces a DatasetDraft (observations in a compact sorted list);
 * `npm run data:build` writes it as a columnar DatasetFile (.cache/dataset.json) that src/data/site-data.ts reads.
 */

/** One layer of input: a release of the data archive, a folder of published documents, or the files given on the command line. */
export interface Release {
  /** Folder name in the archive ("2026-08-22"); "published" for fixed documents; "input" for files given directly. */
  id: string;
  /** Publication date of the release (ISO date), null for an undated layer. Newer releases win. */
  date: string | null;
  /** Periods ending after this ISO date cannot be in the release; null when unknown. */
  retrieved: string | null;
  /** Short Danish description of where the files came from. */
  title: string;
}

export interface Observation {
  /** 3-digit kommunekode, "000" for Hele landet. */
  code: string;
  /** Period code as published ("2021M08"); spelled-out months are normalised to this form. */
  period: string;
  /** Indicator id from data/catalogue/indicators.json. */
  measure: string;
  /** null = "ikke offentliggjort" (suppressed or missing), never zero. */
  value: number | null;
  /** true when the row came from generated sample data ("Eksempeldata – ikke officielle tal"). */
  sample: boolean;
  /** Catalogue source id when the file named one in a `kilde` column; else the indicator's own source applies. */
  source?: string;
  /** Decimals the value was published with ("8" → 0, "8,0" → 1); unknown: as many as the number needs. */
  decimals?: number;
  /** The rule when the value is worked out from published numbers rather than published itself. */
  derived?: string;
}

/** A value the input names as derived (from a manifest), with the rule in words. */
export interface DerivedCell {
  code: string;
  period: string;
  measure: string;
  rule: string;
}

/** A value a newer release replaced with a different one. */
export interface Revision {
  code: string;
  period: string;
  measure: string;
  /** The earlier value and the value that replaced it (null = not published). */
  from: number | null;
  to: number | null;
  /** Index (into `releases`) of the release that published `from`, and of the one that replaced it. */
  fromRelease: number;
  release: number;
}

export interface InputFile {
  /** Path as given on the command line or in the input folder. */
  file: string;
  /** Index into the dataset's releases. */
  release: number;
  layout: 'wide' | 'long';
  rows: number;
  observations: number;
  sample: boolean;
  /** First and last period in the file and how many distinct periods. */
  periods: { first: string; last: string; count: number } | null;
}

/** What one release brought: new values (and the periods first published in it), revised and unchanged ones. */
export interface ReleaseSummary extends Release {
  files: number;
  /** Values the release holds. */
  values: number;
  /** Values published for the first time in this release. */
  added: number;
  revised: number;
  unchanged: number;
  /** Per measure, the periods that appeared for the first time in this release. */
  newPeriods: { measure: string; periods: string[] }[];
}

/** Read-only indexed observations: an Observation[] is one, and so is the ingest's compact sorted table. */
export interface ObservationList {
  readonly length: number;
  at(index: number): Observation | undefined;
  /** Set when the list is known to be in dataset order (measure, code, period): the export need not check. */
  readonly inOrder?: boolean;
  /** Set when it is known whether any observation is sample data: the export need not look. */
  readonly anySample?: boolean;
}

export interface DatasetDraft {
  /** ISO timestamp of the ingest run. */
  builtAt: string;
  releases: ReleaseSummary[];
  inputs: InputFile[];
  /** True when any observation is sample data. */
  sample: boolean;
  /** Sorted by measure, kommunekode, period. */
  observations: ObservationList;
  /** In the order they happened. */
  revisions: Revision[];
  /** Values worked out from published ones, each with its rule (none when absent). */
  derived?: DerivedCell[];
}

/** The draft with every observation as a plain object: for tests and small inputs. */
export type Dataset = Omit<DatasetDraft, 'observations'> & { observations: Observation[] };

export const DATASET_FORMAT = 'jobcentertjek-dataset/3';

/**
 * The dataset as written to disk: one column block per measure instead of one object per observation, so pages read
 * a few thousand arrays, not a million objects. `values[code][i]` is the value in `periods[i]` (null = not published).
 */
export interface DatasetFile {
  format: typeof DATASET_FORMAT;
  builtAt: string;
  sample: boolean;
  releases: ReleaseSummary[];
  inputs: InputFile[];
  measures: MeasureColumns[];
}

export interface MeasureColumns {
  id: string;
  /** Sorted periods with any value (any area) for this measure. */
  periods: string[];
  /** Area code → value per period; an area without any row for the measure is left out. */
  values: Record<string, (number | null)[]>;
  /** Area code → indexes of periods the area had no row for (shown as not published, but not exported as rows). */
  absent: Record<string, number[]>;
  /** true/false when every value is/is not sample data; else area code → indexes of the periods that are sample data. */
  sample: boolean | Record<string, number[]>;
  /** Catalogue source ids behind the measure's published (not sample) values ("" = the measure's own source). */
  sources: string[];
  /** [area code, period index, earlier value, index of the release that replaced it], oldest first. */
  revisions: [string, number, number | null, number][];
  /** Release index that first published each period (same length as `periods`). */
  firstRelease: number[];
  /**
   * Decimals each value was published with: `usual` for most, and area code → [period index, decimals] for the
   * others ("8" beside "8,3"): pages and downloads show a value as published, never more precise.
   */
  decimals: { usual: number; other: Record<string, [number, number][]> };
  /** Area code → [period index, rule] for values worked out from published numbers, not published themselves. */
  derived: Record<string, [number, string][]>;
}
