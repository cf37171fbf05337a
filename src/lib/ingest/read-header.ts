import { normaliseHeader } from '../reference/catalogue.ts';
import type { MeasureLookup } from './measure-lookup.ts';
import type { Problem } from './problem.ts';

/** Where each kind of field sits in a row; -1 when the file has no such column. */
export interface HeaderLayout {
  layout: 'wide' | 'long';
  period: number;
  code: number;
  name: number;
  /** Long layout: the measure and value columns and the optional sample flag. */
  measure: number;
  value: number;
  sample: number;
  /** Long layout: optional source id per row (a catalogue source, e.g. "star-brev-2019"). */
  source: number;
  /** Wide layout: one entry per measure column. */
  measures: Array<{ column: number; measure: number }>;
  /** The header is exactly our own ","-separated export's, which promises a decimal point. */
  ownExport: boolean;
}

export const EXPORT_HEADER = ['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi'] as const;
/** Added to the export when it holds sample rows. */
export const SAMPLE_COLUMN = 'eksempeldata';

/** Danish header names → field, in this one place. */
const ROLES: Record<string, 'period' | 'code' | 'name' | 'measure' | 'value' | 'sample' | 'source'> = {
  periode: 'period',
  kommunekode: 'code',
  områdekode: 'code',
  omraadekode: 'code',
  kode: 'code',
  område: 'name',
  omraade: 'name',
  kommune: 'name',
  kommunenavn: 'name',
  maaling: 'measure',
  måling: 'measure',
  nøgletal: 'measure',
  noegletal: 'measure',
  vaerdi: 'value',
  værdi: 'value',
  eksempeldata: 'sample',
  kilde: 'source',
};

/** Header row → layout, or every problem with the header (unknown measure columns, missing period/area columns). */
export function readHeader(file: string, fields: string[], measures: MeasureLookup, delimiter = ','): HeaderLayout | Problem[] {
  const layout: HeaderLayout = { layout: 'wide', period: -1, code: -1, name: -1, measure: -1, value: -1, sample: -1, source: -1, measures: [], ownExport: false };
  const problems: Problem[] = [];
  const unknown: number[] = [];
  fields.forEach((field, index) => {
    const role = ROLES[normaliseHeader(field)];
    if (role === undefined) {
      const measure = measures.find(field);
      if (measure === undefined) unknown.push(index);
      else layout.measures.push({ column: index, measure });
    } else if (layout[role] !== -1) {
      problems.push({ file, line: 1, column: index + 1, header: field, message: 'kolonnen findes to gange', value: field });
    } else {
      layout[role] = index;
    }
  });
  if (layout.measure !== -1 || layout.value !== -1) layout.layout = 'long';
  for (const index of unknown) {
    const header = fields[index] ?? '';
    const expected = layout.layout === 'long' ? 'periode, kommunekode, kommune, maaling, vaerdi, eksempeldata, kilde' : measures.suggest(header);
    problems.push({ file, line: 1, column: index + 1, header, value: header, message: 'kolonnenavnet svarer ikke til nogen måling', expected });
  }
  const missing = (what: string, expected: string) => problems.push({ file, line: 1, message: `overskriften mangler en kolonne for ${what}`, expected });
  if (layout.period === -1) missing('periode', '"Periode"');
  if (layout.code === -1 && layout.name === -1) missing('område', '"Område", "Kommune" eller "Kommunekode"');
  if (layout.layout === 'long') {
    if (layout.measure === -1) missing('måling', '"Måling", "Nøgletal" eller "maaling"');
    if (layout.value === -1) missing('værdi', '"Værdi" eller "vaerdi"');
    if (layout.measures.length > 0) {
      for (const { column } of layout.measures) {
        problems.push({ file, line: 1, column: column + 1, header: fields[column] ?? '', message: 'en fil i langt format kan ikke også have målinger som kolonner' });
      }
    }
  } else if (layout.measures.length === 0 && unknown.length === 0) {
    missing('nogen måling', measures.suggest(''));
  }
  for (const role of ['sample', 'source'] as const) {
    if (layout[role] !== -1 && layout.layout === 'wide') {
      const header = fields[layout[role]] ?? '';
      problems.push({ file, line: 1, column: layout[role] + 1, header, message: `kolonnen "${header}" bruges kun i langt format` });
    }
  }
  const exportColumns = fields[EXPORT_HEADER.length] === SAMPLE_COLUMN ? EXPORT_HEADER.length + 1 : EXPORT_HEADER.length;
  // Only the ","-separated export promises a decimal point; its Excel variant (";") uses a decimal comma.
  layout.ownExport = delimiter === ',' && fields.length === exportColumns && EXPORT_HEADER.every((name, index) => fields[index] === name);
  return problems.length > 0 ? problems : layout;
}
