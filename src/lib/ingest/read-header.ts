import { EXPORT_HEADER, NOTE_COLUMN, SAMPLE_COLUMN } from '../dataset/export-header.ts';
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
  /** Optional remark per row (our export's "bemaerkning": sample data, derived values); read past, not stored. */
  note: number;
  /** Optional jobindsats table id per row ("y60a02"): says what generic headers or measure names mean. */
  table: number;
  /** Wide layout: one entry per measure column. */
  measures: Array<{ column: number; measure: number }>;
  /** Wide layout: generic headers waiting for the table named in the first row's `tabel` cell. */
  pending: Array<{ column: number; header: string }>;
  /** The header is exactly our own ","-separated export's, which promises a decimal point. */
  ownExport: boolean;
  /** The header is our own export's, in either variant: a derived table, not a download that can stop partway. */
  derived: boolean;
}

/** Danish header names → field, in this one place. */
const ROLES: Record<string, 'period' | 'code' | 'name' | 'measure' | 'value' | 'sample' | 'source' | 'table' | 'note'> = {
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
  tabel: 'table',
  bemaerkning: 'note',
  bemærkning: 'note',
};

/** What a column is by its Danish header ("Periode" → period), or undefined for a measure or an unknown column. */
export function headerRole(field: string): (typeof ROLES)[string] | undefined {
  return ROLES[normaliseHeader(field)];
}

export const TABLE_HINT =
  'angiv tabellen: en kolonne "tabel" med tabel-id\'et, et filnavn der begynder med det (fx "y60a02_kontanthjaelp.csv") eller filen i en udgivelse med manifest.json';

/** "kontanthjaelp-personer i tabel y60a02" for a generic header's possible meanings. */
export function describeChoices(choices: { table: string; id: string }[]): string {
  return choices.map((choice) => `"${choice.id}" i tabel ${choice.table}`).join(' eller ');
}

/**
 * Header row → layout, or every problem with the header (unknown or repeated measure columns, missing period/area
 * columns, generic headers without a table). `tables` are the jobindsats tables the file is known to hold.
 */
export function readHeader(file: string, fields: string[], measures: MeasureLookup, delimiter = ',', tables: readonly string[] = []): HeaderLayout | Problem[] {
  const layout: HeaderLayout = {
    layout: 'wide',
    period: -1,
    code: -1,
    name: -1,
    measure: -1,
    value: -1,
    sample: -1,
    source: -1,
    table: -1,
    note: -1,
    measures: [],
    pending: [],
    ownExport: false,
    derived: false,
  };
  const problems: Problem[] = [];
  const unknown: number[] = [];
  const generic: Array<{ column: number; header: string; choices: { table: string; id: string }[] }> = [];
  const measureColumn = new Map<number, number>();
  fields.forEach((field, index) => {
    const role = ROLES[normaliseHeader(field)];
    if (role !== undefined) {
      if (layout[role] !== -1) {
        problems.push({
          file,
          line: 1,
          column: index + 1,
          header: field,
          message: `kolonnen findes to gange (også kolonne ${layout[role] + 1})`,
          value: field,
        });
      } else layout[role] = index;
      return;
    }
    const match = measures.match(field, tables);
    if (match.kind === 'unknown') return void unknown.push(index);
    if (match.kind === 'needs-table') return void generic.push({ column: index, header: field, choices: match.choices });
    const earlier = measureColumn.get(match.measure);
    if (earlier !== undefined) {
      problems.push({
        file,
        line: 1,
        column: index + 1,
        header: field,
        value: field,
        message: `kolonnen for målingen "${measures.ids[match.measure]}" findes to gange (også kolonne ${earlier + 1})`,
        expected: 'hver måling i én kolonne',
      });
      return;
    }
    measureColumn.set(match.measure, index);
    layout.measures.push({ column: index, measure: match.measure });
  });
  if (layout.measure !== -1 || layout.value !== -1) layout.layout = 'long';
  for (const index of unknown) {
    const header = fields[index] ?? '';
    const expected =
      layout.layout === 'long' ? 'periode, kommunekode, kommune, maaling, vaerdi, eksempeldata, bemaerkning, kilde, tabel' : measures.suggest(header);
    problems.push({ file, line: 1, column: index + 1, header, value: header, message: 'kolonnenavnet svarer ikke til nogen måling', expected });
  }
  for (const { column, header, choices } of generic) {
    if (layout.table !== -1 && layout.layout === 'wide') {
      layout.pending.push({ column, header });
      continue;
    }
    const message = `kolonnenavnet er generelt og betyder kun noget sammen med tabellen: ${describeChoices(choices)}`;
    problems.push({ file, line: 1, column: column + 1, header, value: header, message, expected: TABLE_HINT });
  }
  const missing = (what: string, expected: string) => problems.push({ file, line: 1, message: `overskriften mangler en kolonne for ${what}`, expected });
  if (layout.period === -1) missing('periode', '"Periode"');
  if (layout.code === -1 && layout.name === -1) missing('område', '"Område", "Kommune" eller "Kommunekode"');
  if (layout.layout === 'long') {
    if (layout.measure === -1) missing('måling', '"Måling", "Nøgletal" eller "maaling"');
    if (layout.value === -1) missing('værdi', '"Værdi" eller "vaerdi"');
    for (const { column } of layout.measures) {
      problems.push({
        file,
        line: 1,
        column: column + 1,
        header: fields[column] ?? '',
        message: 'en fil i langt format kan ikke også have målinger som kolonner',
      });
    }
  } else if (layout.measures.length === 0 && layout.pending.length === 0 && unknown.length === 0 && generic.length === 0) {
    missing('nogen måling', measures.suggest(''));
  }
  for (const role of ['sample', 'source', 'note'] as const) {
    if (layout[role] !== -1 && layout.layout === 'wide') {
      const header = fields[layout[role]] ?? '';
      problems.push({ file, line: 1, column: layout[role] + 1, header, message: `kolonnen "${header}" bruges kun i langt format` });
    }
  }
  const extra = fields.slice(EXPORT_HEADER.length);
  const exportExtras = [[], [SAMPLE_COLUMN], [NOTE_COLUMN], [SAMPLE_COLUMN, NOTE_COLUMN]].some((list) => list.join() === extra.join());
  // Only the ","-separated export promises a decimal point; its Excel variant (";") uses a decimal comma.
  layout.derived = exportExtras && EXPORT_HEADER.every((name, index) => fields[index] === name);
  layout.ownExport = delimiter === ',' && layout.derived;
  return problems.length > 0 ? problems : layout;
}
