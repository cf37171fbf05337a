import { SKIP, UNKNOWN, type IngestState } from './ingest-state.ts';
import { PERIOD_FORMATS } from '../period/parse-period.ts';
import type { HeaderLayout } from './read-header.ts';
import { readNumberCell, MISSING_MARKERS, type DecimalMark } from './read-number-cell.ts';
import { storeValue } from './store-value.ts';
import { validateValue } from './validate-value.ts';

export interface RowReader {
  read(fields: string[], line: number): void;
  /** Settles cells whose decimal mark was ambiguous; call after the last row. */
  finish(): void;
  rows: number;
  sample: boolean;
}

interface Pending {
  row: number;
  punktum: number;
  text: string;
  line: number;
  column: number;
}

/** Reads the data rows of one file into the shared store, reporting each bad cell with its place. */
export function createRowReader(fileIndex: number, header: string[], layout: HeaderLayout, state: IngestState): RowReader {
  const file = state.files[fileIndex] ?? '';
  const problems = state.problems;
  let mark: DecimalMark | undefined = state.decimal ?? (layout.ownExport ? 'punktum' : undefined);
  let markSeenAt = mark === undefined ? '' : state.decimal ? 'valgt med --decimal' : 'eksportformatet bruger punktum';
  const pending: Pending[] = [];
  const reader: RowReader = { read, finish, rows: 0, sample: false };

  function problem(line: number, column: number, message: string, value: string, expected?: string): void {
    problems.add({ file, line, column: column + 1, header: header[column] ?? '', value, message, ...(expected === undefined ? {} : { expected }) });
  }

  function area(fields: string[], line: number): number {
    const code = layout.code === -1 ? undefined : state.area(fields[layout.code] ?? '');
    const name = layout.name === -1 ? undefined : state.area(fields[layout.name] ?? '');
    const primary = code ?? name;
    if (primary === undefined) return UNKNOWN;
    const column = code ? layout.code : layout.name;
    if (primary.index === UNKNOWN) {
      const expected = code ? 'en kommunekode med 3 eller 4 cifre fra data/reference/kommuner.csv' : 'et kommunenavn (fx "København", "Høje-Taastrup") eller "Hele landet"';
      problem(line, column, code ? 'ukendt kommunekode' : 'ukendt kommune', fields[column] ?? '', expected);
      return UNKNOWN;
    }
    if (primary.index === SKIP) {
      state.skipped.set(primary.label, (state.skipped.get(primary.label) ?? 0) + 1);
      return SKIP;
    }
    if (code && name && name.index !== code.index) {
      const codeText = state.codes[code.index] ?? '';
      const expected = `navnet på kommune ${codeText}: "${state.registry.byCode.get(codeText)?.name ?? 'Hele landet'}"`;
      problem(line, layout.name, 'kommunenavnet passer ikke til kommunekoden', fields[layout.name] ?? '', expected);
      return UNKNOWN;
    }
    return primary.index;
  }

  function value(measure: number, areaIndex: number, period: number, sample: boolean, fields: string[], column: number, line: number, source = 0): void {
    const text = fields[column] ?? '';
    const cell = readNumberCell(text);
    let result: number | null = null;
    if (cell.kind === 'invalid') {
      return problem(line, column, 'værdien er ikke et tal', text, `et tal (fx "4,9" eller "96.938,5") eller ikke offentliggjort: ${MISSING_MARKERS}`);
    } else if (cell.kind === 'number') {
      if (cell.mark !== null && mark !== undefined && cell.mark !== mark) {
        return problem(line, column, `blandede talformater: decimal-${cell.mark} i en fil med decimal-${mark} (${markSeenAt})`, text, `decimal-${mark} i hele filen`);
      }
      if (cell.mark !== null && mark === undefined) [mark, markSeenAt] = [cell.mark, `se linje ${line}, kolonne ${column + 1}`];
      result = cell.value;
    } else if (cell.kind === 'ambiguous') {
      result = mark === 'punktum' ? cell.punktum : cell.komma;
    }
    if (cell.kind !== 'ambiguous' || mark !== undefined) {
      const invalid = validateValue(result, state.measures.units[measure] ?? 'antal', state.measures.wholeNumbers[measure]);
      if (invalid) return problem(line, column, invalid.message, text, invalid.expected);
    }
    const row = storeValue(state, { measure, area: areaIndex, period, value: result, sample, source, file: fileIndex, line }, (message, expected) =>
      problem(line, column, message, text, expected),
    );
    if (cell.kind === 'ambiguous' && mark === undefined && row !== -1) pending.push({ row, punktum: cell.punktum, text, line, column });
  }

  function read(fields: string[], line: number): void {
    reader.rows++;
    const periodText = fields[layout.period] ?? '';
    const period = state.period(periodText);
    if (period === UNKNOWN) problem(line, layout.period, 'ukendt periode', periodText, PERIOD_FORMATS);
    const areaIndex = area(fields, line);
    if (areaIndex === SKIP) return;
    if (layout.layout === 'wide') {
      if (period === UNKNOWN || areaIndex === UNKNOWN) return;
      for (const { column, measure } of layout.measures) value(measure, areaIndex, period, false, fields, column, line);
      return;
    }
    const measureText = fields[layout.measure] ?? '';
    const measure = state.measure(measureText);
    if (measure === UNKNOWN) problem(line, layout.measure, 'ukendt måling', measureText, state.measures.suggest(measureText));
    const sampleText = layout.sample === -1 ? 'nej' : (fields[layout.sample] ?? '').trim().toLowerCase();
    if (sampleText !== 'ja' && sampleText !== 'nej' && sampleText !== '') {
      problem(line, layout.sample, 'eksempeldata skal være "ja" eller "nej"', fields[layout.sample] ?? '', '"ja" eller "nej"');
      return;
    }
    if (sampleText === 'ja') reader.sample = true;
    const sourceText = layout.source === -1 ? '' : (fields[layout.source] ?? '');
    const source = state.source(sourceText);
    if (source === UNKNOWN) problem(line, layout.source, 'ukendt kilde', sourceText, `en kilde fra data/catalogue/indicators.json: ${state.catalogueSources}`);
    if (period === UNKNOWN || areaIndex === UNKNOWN || measure === UNKNOWN || source === UNKNOWN) return;
    value(measure, areaIndex, period, sampleText === 'ja', fields, layout.value, line, source);
  }

  function finish(): void {
    for (const cell of pending) {
      const measure = state.store.measure[cell.row] ?? 0;
      if (mark === undefined) {
        const komma = state.store.value[cell.row];
        const expected = 'skriv decimaltal med komma (fx "4,9") et sted i filen, eller angiv talformatet med --decimal komma eller --decimal punktum';
        problem(cell.line, cell.column, `tvetydigt tal: kan læses som ${komma} (tusindtalspunktum) eller ${cell.punktum} (decimalpunktum)`, cell.text, expected);
        continue;
      }
      if (mark === 'punktum') state.store.value[cell.row] = cell.punktum;
      const invalid = validateValue(state.store.valueOf(cell.row), state.measures.units[measure] ?? 'antal', state.measures.wholeNumbers[measure]);
      if (invalid) problem(cell.line, cell.column, invalid.message, cell.text, invalid.expected);
    }
  }

  return reader;
}
