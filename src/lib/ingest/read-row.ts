import { SAMPLE_SOURCE, SKIP, UNKNOWN, type IngestState } from './ingest-state.ts';
import { PERIOD_FORMATS } from '../period/parse-period.ts';
import { periodEnd, periodKind } from '../period/period-end.ts';
import { describeChoices, TABLE_HINT, type HeaderLayout } from './read-header.ts';
import { readNumberCell, MISSING_MARKERS, type DecimalMark } from './read-number-cell.ts';
import { isTableId } from './tables-from-name.ts';
import { storeValue } from './store-value.ts';
import { validateValue } from './validate-value.ts';

export interface RowReader {
  read(fields: string[], line: number): void;
  /** Settles cells whose decimal mark was ambiguous; call after the last row. */
  finish(): void;
  rows: number;
  sample: boolean;
  /**
   * Per measure (-1 for all measures of a wide file) and period index: the kommuner (and Hele landet) the file has rows
   * for, and the first line of the period.
   */
  periodAreas: Map<number, Map<number, { areas: Set<number>; line: number }>>;
  /** Column index of the period. */
  periodColumn: number;
  /** Our own export read back in: its periods may hold different kommuner by design. */
  derived: boolean;
}

interface Pending {
  row: number;
  punktum: number;
  text: string;
  line: number;
  column: number;
}

const PERIOD_TYPE_WORDS = { month: 'måneder', quarter: 'kvartaler', year: 'år' } as const;

/** Reads the data rows of one file into the shared store, reporting each bad cell with its place. */
export function createRowReader(
  fileIndex: number,
  header: string[],
  layout: HeaderLayout,
  state: IngestState,
  release: number,
  tables: readonly string[],
): RowReader {
  const file = state.files[fileIndex] ?? '';
  const problems = state.problems;
  const retrieved = state.releases[release]?.retrieved ?? null;
  let mark: DecimalMark | undefined = state.decimal ?? (layout.ownExport ? 'punktum' : undefined);
  let markSeenAt = mark === undefined ? '' : state.decimal ? 'valgt med --decimal' : 'eksportformatet bruger punktum';
  const pending: Pending[] = [];
  /** Periods already reported for this file, so one wrong period is one message, not one per row. */
  const reportedPeriods = new Set<string>();
  /** period × measure → whether its rows are refused (see periodProblem). */
  const checkedPeriods = new Map<number, boolean>();
  let fileTable: string | undefined;
  const reader: RowReader = { read, finish, rows: 0, sample: false, periodAreas: new Map(), periodColumn: layout.period, derived: layout.derived };

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
      const expected = code
        ? 'en kommunekode med 3 eller 4 cifre fra data/reference/kommuner.csv'
        : 'et kommunenavn (fx "København", "Høje-Taastrup") eller "Hele landet"';
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

  /** A period the measure cannot have: not of its period type, or ending after the release was retrieved. */
  function periodProblem(period: number, measure: number, line: number, text: string): boolean {
    const code = state.periods[period] ?? '';
    const indicator = state.measures.indicators[measure]!;
    const kind = periodKind(code);
    if (kind !== indicator.periodType) {
      const key = `${code}|${measure}`;
      if (!reportedPeriods.has(key)) {
        reportedPeriods.add(key);
        problem(
          line,
          layout.period,
          `perioden passer ikke til målingen "${indicator.id}", der opgøres i ${PERIOD_TYPE_WORDS[indicator.periodType]}`,
          text,
          `en periode som "2026M07" (${PERIOD_TYPE_WORDS[indicator.periodType]})`,
        );
      }
      return true;
    }
    const end = periodEnd(code);
    if (retrieved !== null && end !== undefined && end > retrieved) {
      if (!reportedPeriods.has(code)) {
        reportedPeriods.add(code);
        problem(
          line,
          layout.period,
          `perioden slutter ${end}, efter at tallene blev hentet (${retrieved}) – tal fra fremtiden kan ikke være offentliggjort`,
          text,
          `en periode, der sluttede senest ${retrieved}`,
        );
      }
      return true;
    }
    return false;
  }

  function value(measure: number, areaIndex: number, period: number, sample: boolean, fields: string[], column: number, line: number, source = 0): void {
    const text = fields[column] ?? '';
    // The same period and measure give the same answer on every row: checked once (a million rows, a few hundred periods).
    const key = period * state.measures.ids.length + measure;
    let bad = checkedPeriods.get(key);
    if (bad === undefined) checkedPeriods.set(key, (bad = periodProblem(period, measure, line, fields[layout.period] ?? '')));
    if (bad) return;
    const cell = readNumberCell(text);
    const indicator = state.measures.indicators[measure]!;
    let result: number | null = null;
    if (cell.kind === 'invalid') {
      return problem(line, column, 'værdien er ikke et tal', text, `et tal (fx "4,9" eller "96.938,5") eller ikke offentliggjort: ${MISSING_MARKERS}`);
    } else if (cell.kind === 'number') {
      if (cell.mark !== null && mark !== undefined && cell.mark !== mark) {
        return problem(
          line,
          column,
          `blandede talformater: decimal-${cell.mark} i en fil med decimal-${mark} (${markSeenAt})`,
          text,
          `decimal-${mark} i hele filen`,
        );
      }
      if (cell.mark !== null && mark === undefined) [mark, markSeenAt] = [cell.mark, `se linje ${line}, kolonne ${column + 1}`];
      result = cell.value;
    } else if (cell.kind === 'ambiguous') {
      result = mark === 'punktum' ? cell.punktum : cell.komma;
    }
    if (cell.kind !== 'ambiguous' || mark !== undefined) {
      const invalid = validateValue(result, indicator);
      if (invalid) return problem(line, column, invalid.message, text, invalid.expected);
    }
    const row = storeValue(state, { measure, area: areaIndex, period, value: result, sample, source, file: fileIndex, line, release }, (message, expected) =>
      problem(line, column, message, text, expected),
    );
    if (cell.kind === 'ambiguous' && mark === undefined && row !== -1) pending.push({ row, punktum: cell.punktum, text, line, column });
  }

  /** The table a row names in its `tabel` column, checked; undefined when the file has no such column. */
  function rowTable(fields: string[], line: number): string | undefined | null {
    if (layout.table === -1) return undefined;
    const text = (fields[layout.table] ?? '').trim().toLowerCase();
    if (!isTableId(text)) {
      problem(line, layout.table, 'ukendt tabel-id', fields[layout.table] ?? '', 'et jobindsats tabel-id som "y60a02"');
      return null;
    }
    return text;
  }

  /** Wide files with a `tabel` column: the first row's table settles the generic headers; every row must name it. */
  function settleTable(fields: string[], line: number): boolean {
    const table = rowTable(fields, line);
    if (table === undefined) return true;
    if (table === null) return false;
    if (fileTable === undefined) {
      fileTable = table;
      for (const { column, header: text } of layout.pending) {
        const match = state.measures.match(text, [table, ...tables]);
        if (match.kind === 'measure') layout.measures.push({ column, measure: match.measure });
        else
          problems.add({
            file,
            line: 1,
            column: column + 1,
            header: text,
            value: text,
            message: `kolonnenavnet betyder ikke noget i tabel ${table}${match.kind === 'needs-table' ? `, kun som ${describeChoices(match.choices)}` : ''}`,
            expected: TABLE_HINT,
          });
      }
      layout.pending = [];
    } else if (table !== fileTable) {
      problem(line, layout.table, `en fil i bredt format kan kun høre til én tabel (første række: ${fileTable})`, fields[layout.table] ?? '', fileTable);
      return false;
    }
    return true;
  }

  function countArea(measure: number, period: number, areaIndex: number, line: number): void {
    let periods = reader.periodAreas.get(measure);
    if (!periods) reader.periodAreas.set(measure, (periods = new Map()));
    let seen = periods.get(period);
    if (!seen) periods.set(period, (seen = { areas: new Set(), line }));
    seen.areas.add(areaIndex);
  }

  function read(fields: string[], line: number): void {
    reader.rows++;
    const periodText = fields[layout.period] ?? '';
    const period = state.period(periodText);
    if (period === UNKNOWN) problem(line, layout.period, 'ukendt periode', periodText, PERIOD_FORMATS);
    const areaIndex = area(fields, line);
    if (areaIndex === SKIP) return;
    if (layout.layout === 'wide') {
      if (period !== UNKNOWN && areaIndex !== UNKNOWN) countArea(-1, period, areaIndex, line);
      if (!settleTable(fields, line) || period === UNKNOWN || areaIndex === UNKNOWN) return;
      for (const { column, measure } of layout.measures) value(measure, areaIndex, period, false, fields, column, line);
      return;
    }
    const table = rowTable(fields, line);
    const measureText = fields[layout.measure] ?? '';
    const measure = table === null ? UNKNOWN : state.measure(measureText, table ? [table] : tables);
    if (measure === UNKNOWN && table !== null) {
      const match = state.measures.match(measureText);
      const generic =
        match.kind === 'needs-table' ? `kolonnenavnet er generelt og betyder kun noget sammen med tabellen: ${describeChoices(match.choices)}` : undefined;
      problem(line, layout.measure, generic ?? 'ukendt måling', measureText, generic ? TABLE_HINT : state.measures.suggest(measureText));
    }
    const sampleText = layout.sample === -1 ? '' : (fields[layout.sample] ?? '').trim().toLowerCase();
    if (sampleText !== 'ja' && sampleText !== 'nej' && sampleText !== '') {
      problem(line, layout.sample, 'eksempeldata skal være "ja" eller "nej"', fields[layout.sample] ?? '', '"ja" eller "nej"');
      return;
    }
    const sourceText = layout.source === -1 ? '' : (fields[layout.source] ?? '');
    const source = state.source(sourceText);
    if (source === UNKNOWN) problem(line, layout.source, 'ukendt kilde', sourceText, `en kilde fra data/catalogue/indicators.json: ${state.catalogueSources}`);
    // Generated numbers must never pass as official ones: crediting the sample source makes a row sample data.
    const creditsSample = state.sources[source] === SAMPLE_SOURCE;
    if (creditsSample && sampleText === 'nej') {
      problem(
        line,
        layout.sample,
        `rækken krediterer kilden "${SAMPLE_SOURCE}", men siger, at den ikke er eksempeldata`,
        fields[layout.sample] ?? '',
        `"ja" – eller en anden kilde end "${SAMPLE_SOURCE}"`,
      );
      return;
    }
    const sample = sampleText === 'ja' || creditsSample;
    if (sample) reader.sample = true;
    if (period === UNKNOWN || areaIndex === UNKNOWN || measure === UNKNOWN || source === UNKNOWN) return;
    countArea(measure, period, areaIndex, line);
    value(measure, areaIndex, period, sample, fields, layout.value, line, source);
  }

  function finish(): void {
    for (const cell of pending) {
      const measure = state.store.measure[cell.row] ?? 0;
      if (mark === undefined) {
        const komma = state.store.value[cell.row];
        const expected = 'skriv decimaltal med komma (fx "4,9") et sted i filen, eller angiv talformatet med --decimal komma eller --decimal punktum';
        problem(
          cell.line,
          cell.column,
          `tvetydigt tal: kan læses som ${komma} (tusindtalspunktum) eller ${cell.punktum} (decimalpunktum)`,
          cell.text,
          expected,
        );
        continue;
      }
      if (mark === 'punktum') {
        state.store.value[cell.row] = cell.punktum;
        // A revision recorded against the provisional reading is no revision once the value is settled.
        const revisions = state.store.revisions;
        const index = revisions.findIndex((r) => r.row === cell.row && r.release === state.store.release[cell.row]);
        if (index !== -1 && revisions[index]!.from === cell.punktum) revisions.splice(index, 1);
      }
      const invalid = validateValue(state.store.valueOf(cell.row), state.measures.indicators[measure]!);
      if (invalid) problem(cell.line, cell.column, invalid.message, cell.text, invalid.expected);
    }
  }

  return reader;
}
