/**
 * The validated, normalised dataset: the single shape every page, table, map and download is built from.
 * Written by `npm run data:build` to .cache/dataset.json and read by src/data/dataset.ts.
 */
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
}

export interface InputFile {
  /** Path as given on the command line or in the input folder. */
  file: string;
  layout: 'wide' | 'long';
  rows: number;
  observations: number;
  sample: boolean;
}

export interface Dataset {
  /** ISO timestamp of the ingest run. */
  builtAt: string;
  inputs: InputFile[];
  /** True when any observation is sample data. */
  sample: boolean;
  observations: Observation[];
}

/** Read-only indexed observations: an Observation[] is one, and so is the ingest's compact sorted table. */
export interface ObservationList {
  readonly length: number;
  at(index: number): Observation | undefined;
}

/** A Dataset whose observations may still be held compactly (the ingest's result before it is written). */
export type DatasetDraft = Omit<Dataset, 'observations'> & { observations: ObservationList };
