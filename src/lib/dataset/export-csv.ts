import type { Observation, ObservationList } from './dataset.ts';
import { EXPORT_HEADER, NOTE_COLUMN, SAMPLE_COLUMN } from './export-header.ts';
import { publishedNumber } from './plain-number.ts';
import { SAMPLE_WARNING } from '../words/sample-warning.ts';
import { NATIONAL_CODE, NATIONAL_NAME, type Registry } from '../reference/registry.ts';

/**
 * The normalised long table as CSV: `kommunekode,kommune,periode,maaling,vaerdi`, in dataset order (measure, kommunekode,
 * period); values with a decimal point and no thousands separator, empty when not published. Re-ingests as is.
 * When any row is generated sample data, every row also gets `eksempeldata` (ja/nej): a sample number must never
 * lose its label once the file leaves the site, and the column survives a round trip through the ingest.
 * `withSample` sets the column from outside: the site's area files follow the site-wide flag, so they share one schema.
 * Values keep the decimals they were published with ("8" stays 8, "8,0" stays 8.0). `withNote` adds `bemaerkning`:
 * "Eksempeldata – ikke officielle tal" on generated rows, "afledt: <regel>" on values worked out from published ones.
 */
export function exportCsv(
  observations: ObservationList,
  registry: Registry,
  withSample = observations.anySample ?? hasSample(observations),
  withNote = withSample || hasDerived(observations),
): string {
  const names = new Map<string, string>([[NATIONAL_CODE, NATIONAL_NAME]]);
  for (const kommune of registry.kommuner) names.set(kommune.code, kommune.name);
  const field = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const lines = [[...EXPORT_HEADER, ...(withSample ? [SAMPLE_COLUMN] : []), ...(withNote ? [NOTE_COLUMN] : [])].join(',')];
  for (const { code, period, measure, value, sample, decimals, derived } of inDatasetOrder(observations)) {
    const row = [code, field(names.get(code) ?? ''), field(period), field(measure), value === null ? '' : publishedNumber(value, decimals)].join(',');
    const withFlag = withSample ? `${row},${sample ? 'ja' : 'nej'}` : row;
    lines.push(withNote ? `${withFlag},${field(rowNote(sample, derived))}` : withFlag);
  }
  return `${lines.join('\n')}\n`;
}

export interface ExportColumn {
  name: string;
  datatype: 'string' | 'decimal';
  description?: string;
}

const COLUMN_DETAILS: Record<string, Omit<ExportColumn, 'name'>> = {
  kommunekode: { datatype: 'string', description: '3-cifret kommunekode; 000 = hele landet' },
  kommune: { datatype: 'string' },
  periode: { datatype: 'string', description: 'fx 2021M08 (måned), 2024Q1 (kvartal)' },
  maaling: { datatype: 'string', description: 'målingens id, se measures' },
  vaerdi: {
    datatype: 'decimal',
    description: 'decimalpunktum, med de decimaler tallet er offentliggjort med (8 og 8.0 er to forskellige udgivelser); tom = ikke offentliggjort',
  },
  eksempeldata: { datatype: 'string', description: 'ja = genereret eksempeltal, ikke et officielt tal' },
  bemaerkning: {
    datatype: 'string',
    description:
      'advarslen om eksempeldata for genererede tal; "afledt: …" for tal regnet ud af offentliggjorte tal (med reglen); tom = offentliggjort som det står',
  },
};

/** What `bemaerkning` says about a row: sample data, or a value worked out from published ones (and how). */
export function rowNote(sample: boolean, derived: string | undefined): string {
  if (sample) return SAMPLE_WARNING;
  return derived ? `afledt: ${derived}` : '';
}

/** The columns exportCsv writes, described for the CSVW metadata: the same list the file has, sample column included. */
export function exportColumns(withSample: boolean, withNote = withSample): ExportColumn[] {
  return [...EXPORT_HEADER, ...(withSample ? [SAMPLE_COLUMN] : []), ...(withNote ? [NOTE_COLUMN] : [])].map((name) => ({
    name,
    ...(COLUMN_DETAILS[name] ?? { datatype: 'string' }),
  }));
}

function hasDerived(observations: ObservationList): boolean {
  for (let index = 0; index < observations.length; index++) if (observations.at(index)?.derived) return true;
  return false;
}

function hasSample(observations: ObservationList): boolean {
  for (let index = 0; index < observations.length; index++) if (observations.at(index)?.sample) return true;
  return false;
}

/** The list itself when it is already sorted (as the ingest's and dataset.json's are, and says so), else a sorted copy. */
function* inDatasetOrder(observations: ObservationList): Generator<Observation> {
  let sorted = true;
  if (!observations.inOrder) {
    let previous: Observation | undefined;
    for (let index = 0; index < observations.length && sorted; index++) {
      const current = observations.at(index);
      if (previous && current && compareObservations(previous, current) > 0) sorted = false;
      previous = current;
    }
  }
  if (sorted) {
    for (let index = 0; index < observations.length; index++) yield observations.at(index)!;
    return;
  }
  const copy = Array.from({ length: observations.length }, (_, index) => observations.at(index)!);
  yield* copy.sort(compareObservations);
}

function compareObservations(a: Observation, b: Observation): number {
  return compare(a.measure, b.measure) || compare(a.code, b.code) || compare(a.period, b.period);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
