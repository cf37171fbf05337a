import { SAMPLE_SOURCE, SKIP, UNKNOWN, type IngestState } from './ingest-state.ts';
import { PERIOD_FORMATS } from '../period/parse-period.ts';
import { periodEnd, periodKind } from '../period/period-end.ts';
import { describeChoices, TABLE_HINT, type HeaderLayout } from './read-header.ts';
import { AreaSet } from './area-set.ts';
import { CellCache } from './cell-cache.ts';
import type { CsvRow } from './csv-rows.ts';
import {
  EMPTY_CELL,
  MISSING_MARKERS,
  NEEDS_FULL_READ,
  PLAIN,
  PLAIN_KOMMA,
  PLAIN_DECIMALS,
  PLAIN_VALUE,
  cellDecimals,
  readNumberCell,
  readPlainNumberAt,
  type DecimalMark,
} from './read-number-cell.ts';
import { isTableId } from './tables-from-name.ts';
import { CONFLICT, conflictMessage, INCOMING, INCOMING_DECIMALS, storeValue } from './store-value.ts';
import { validateValue } from './validate-value.ts';

export interface RowReader {
  read(row: CsvRow): void;
  /** Settles cells whose decimal mark was ambiguous; call after the last row. */
  finish(): void;
  rows: number;
  sample: boolean;
  /**
   * Per measure (-1 for all measures of a wide file) and period index: the kommuner (and Hele landet) the file has rows
   * for, and the first line of the period.
   */
  periodAreas: Map<number, Map<number, { areas: AreaSet; line: number }>>;
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
  /** period × measure → 0 not checked yet, 1 fine, 2 its rows are refused (see periodProblem). */
  let checkedPeriods = new Uint8Array(256);
  const periods = new CellCache(state.period);
  const areas = new CellCache(state.area);
  let lastCount: { measure: number; period: number; seen: { areas: AreaSet; line: number } } | undefined;
  let fileTable: string | undefined;
  const reader: RowReader = { read, finish, rows: 0, sample: false, periodAreas: new Map(), periodColumn: layout.period, derived: layout.derived };

  function problem(line: number, column: number, message: string, value: string, expected?: string): void {
    problems.add({ file, line, column: column + 1, header: header[column] ?? '', value, message, ...(expected === undefined ? {} : { expected }) });
  }

  function area(row: CsvRow, line: number): number {
    const code = layout.code === -1 ? undefined : areas.get(row, layout.code);
    const name = layout.name === -1 ? undefined : areas.get(row, layout.name);
    const primary = code ?? name;
    if (primary === undefined) return UNKNOWN;
    const column = code ? layout.code : layout.name;
    if (primary.index === UNKNOWN) {
      const expected = code
        ? 'en kommunekode med 3 eller 4 cifre fra data/reference/kommuner.csv'
        : 'et kommunenavn (fx "København", "Høje-Taastrup") eller "Hele landet"';
      problem(line, column, code ? 'ukendt kommunekode' : 'ukendt kommune', row.cell(column), expected);
      return UNKNOWN;
    }
    if (primary.index === SKIP) {
      state.skipped.set(primary.label, (state.skipped.get(primary.label) ?? 0) + 1);
      return SKIP;
    }
    if (code && name && name.index !== code.index) {
      const codeText = state.codes[code.index] ?? '';
      const expected = `navnet på kommune ${codeText}: "${state.registry.byCode.get(codeText)?.name ?? 'Hele landet'}"`;
      problem(line, layout.name, 'kommunenavnet passer ikke til kommunekoden', row.cell(layout.name), expected);
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

  function value(measure: number, areaIndex: number, period: number, sample: boolean, row: CsvRow, column: number, line: number, source = 0): void {
    // The same period and measure give the same answer on every row: checked once (a million rows, a few hundred periods).
    const key = period * state.measures.ids.length + measure;
    if (key >= checkedPeriods.length) {
      const larger = new Uint8Array(Math.max(key + 1, checkedPeriods.length * 2));
      larger.set(checkedPeriods);
      checkedPeriods = larger;
    }
    if (checkedPeriods[key] === 0) checkedPeriods[key] = periodProblem(period, measure, line, row.cell(layout.period)) ? 2 : 1;
    if (checkedPeriods[key] === 2) return;
    const indicator = state.measures.indicators[measure]!;
    // Most cells are read in place ("4,9", "", "42"); the rest as strings, with every rule of readNumberCell.
    const plain = row.isRange(column) ? readPlainNumberAt(row.text, row.starts[column] ?? 0, row.ends[column] ?? 0) : NEEDS_FULL_READ;
    // A plain number and a flag, not number | null: a double in a union is boxed, two million times.
    let result = 0;
    let decimals = 0;
    let missing = true;
    let cellMark: DecimalMark | null = null;
    let ambiguous: { komma: number; punktum: number } | undefined;
    if (plain === PLAIN || plain === PLAIN_KOMMA) {
      result = PLAIN_VALUE[0]!;
      decimals = PLAIN_DECIMALS[0]!;
      missing = false;
      cellMark = plain === PLAIN_KOMMA ? 'komma' : null;
    } else if (plain !== EMPTY_CELL) {
      const cell = readNumberCell(row.cell(column));
      if (cell.kind === 'invalid') {
        return problem(
          line,
          column,
          'værdien er ikke et tal',
          row.cell(column),
          `et tal (fx "4,9" eller "96.938,5") eller ikke offentliggjort: ${MISSING_MARKERS}`,
        );
      } else if (cell.kind === 'number') {
        result = cell.value;
        missing = false;
        cellMark = cell.mark;
        decimals = cell.mark === null ? 0 : cellDecimals(row.cell(column), cell.mark);
      } else if (cell.kind === 'ambiguous') {
        ambiguous = cell;
        result = mark === 'punktum' ? cell.punktum : cell.komma;
        decimals = mark === 'punktum' ? 3 : 0;
        missing = false;
      }
    }
    if (cellMark !== null && mark !== undefined && cellMark !== mark) {
      return problem(
        line,
        column,
        `blandede talformater: decimal-${cellMark} i en fil med decimal-${mark} (${markSeenAt})`,
        row.cell(column),
        `decimal-${mark} i hele filen`,
      );
    }
    if (cellMark !== null && mark === undefined) [mark, markSeenAt] = [cellMark, `se linje ${line}, kolonne ${column + 1}`];
    if (!missing && (ambiguous === undefined || mark !== undefined)) {
      const invalid = validateValue(result, indicator);
      if (invalid) return problem(line, column, invalid.message, row.cell(column), invalid.expected);
    }
    INCOMING[0] = result;
    INCOMING_DECIMALS[0] = decimals;
    const stored = storeValue(state, measure, areaIndex, period, missing, sample, source, fileIndex, line, release);
    if (stored === CONFLICT) {
      const { message, expected } = conflictMessage(state, state.store.find(measure, areaIndex, period));
      return problem(line, column, message, row.cell(column), expected);
    }
    if (ambiguous && mark === undefined && stored >= 0) pending.push({ row: stored, punktum: ambiguous.punktum, text: row.cell(column), line, column });
  }

  /** The table a row names in its `tabel` column, checked; undefined when the file has no such column. */
  function rowTable(row: CsvRow, line: number): string | undefined | null {
    if (layout.table === -1) return undefined;
    const text = row.cell(layout.table).trim().toLowerCase();
    if (!isTableId(text)) {
      problem(line, layout.table, 'ukendt tabel-id', row.cell(layout.table), 'et jobindsats tabel-id som "y60a02"');
      return null;
    }
    return text;
  }

  /** Wide files with a `tabel` column: the first row's table settles the generic headers; every row must name it. */
  function settleTable(row: CsvRow, line: number): boolean {
    const table = rowTable(row, line);
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
      problem(line, layout.table, `en fil i bredt format kan kun høre til én tabel (første række: ${fileTable})`, row.cell(layout.table), fileTable);
      return false;
    }
    return true;
  }

  function countArea(measure: number, period: number, areaIndex: number, line: number): void {
    if (lastCount !== undefined && lastCount.measure === measure && lastCount.period === period) return void lastCount.seen.areas.add(areaIndex);
    let periods = reader.periodAreas.get(measure);
    if (!periods) reader.periodAreas.set(measure, (periods = new Map()));
    let seen = periods.get(period);
    if (!seen) periods.set(period, (seen = { areas: new AreaSet(state.store.areaSlots), line }));
    seen.areas.add(areaIndex);
    lastCount = { measure, period, seen };
  }

  function read(row: CsvRow): void {
    reader.rows++;
    const line = row.line;
    const period = periods.get(row, layout.period);
    if (period === UNKNOWN) problem(line, layout.period, 'ukendt periode', row.cell(layout.period), PERIOD_FORMATS);
    const areaIndex = area(row, line);
    if (areaIndex === SKIP) return;
    if (layout.layout === 'wide') {
      if (period !== UNKNOWN && areaIndex !== UNKNOWN) countArea(-1, period, areaIndex, line);
      if (!settleTable(row, line) || period === UNKNOWN || areaIndex === UNKNOWN) return;
      // An indexed loop: an iterator would allocate per row.
      for (let i = 0; i < layout.measures.length; i++) value(layout.measures[i]!.measure, areaIndex, period, false, row, layout.measures[i]!.column, line);
      return;
    }
    const table = rowTable(row, line);
    const measureText = row.cell(layout.measure);
    const measure = table === null ? UNKNOWN : state.measure(measureText, table ? [table] : tables);
    if (measure === UNKNOWN && table !== null) {
      const match = state.measures.match(measureText);
      const generic =
        match.kind === 'needs-table' ? `kolonnenavnet er generelt og betyder kun noget sammen med tabellen: ${describeChoices(match.choices)}` : undefined;
      problem(line, layout.measure, generic ?? 'ukendt måling', measureText, generic ? TABLE_HINT : state.measures.suggest(measureText));
    }
    const sampleText = layout.sample === -1 ? '' : row.cell(layout.sample).trim().toLowerCase();
    if (sampleText !== 'ja' && sampleText !== 'nej' && sampleText !== '') {
      problem(line, layout.sample, 'eksempeldata skal være "ja" eller "nej"', row.cell(layout.sample), '"ja" eller "nej"');
      return;
    }
    const sourceText = layout.source === -1 ? '' : row.cell(layout.source);
    const source = state.source(sourceText);
    if (source === UNKNOWN) problem(line, layout.source, 'ukendt kilde', sourceText, `en kilde fra data/catalogue/indicators.json: ${state.catalogueSources}`);
    // Generated numbers must never pass as official ones: crediting the sample source makes a row sample data.
    const creditsSample = state.sources[source] === SAMPLE_SOURCE;
    if (creditsSample && sampleText === 'nej') {
      problem(
        line,
        layout.sample,
        `rækken krediterer kilden "${SAMPLE_SOURCE}", men siger, at den ikke er eksempeldata`,
        row.cell(layout.sample),
        `"ja" – eller en anden kilde end "${SAMPLE_SOURCE}"`,
      );
      return;
    }
    const sample = sampleText === 'ja' || creditsSample;
    if (sample) reader.sample = true;
    if (period === UNKNOWN || areaIndex === UNKNOWN || measure === UNKNOWN || source === UNKNOWN) return;
    countArea(measure, period, areaIndex, line);
    value(measure, areaIndex, period, sample, row, layout.value, line, source);
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
        state.store.decimals[cell.row] = 3;
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
