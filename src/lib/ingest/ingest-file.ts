import Papa from 'papaparse';
import { decodeText } from './decode-text.ts';
import type { IngestState } from './ingest-state.ts';
import type { InputFile } from '../dataset/dataset.ts';
import { lineEndingProblems } from './line-endings.ts';
import { readHeader } from './read-header.ts';
import { createRowReader, type RowReader } from './read-row.ts';

/** A period with fewer areas than this share of its neighbours' looks cut off. */
const CUT_OFF_SHARE = 0.75;

export interface FileContext {
  file: string;
  bytes: Uint8Array;
  /** Index of the release (layer) the file belongs to. */
  release: number;
  /** Jobindsats tables the file is known to hold (from its manifest or its name). */
  tables: readonly string[];
}

/**
 * Streams one published CSV file into the shared ingest state. Rows are read one at a time (Papa's `step`), so a
 * million-row file never exists as a parsed array; line numbers are counted from the parser's cursor.
 */
export function ingestFile(state: IngestState, { file, bytes, release, tables }: FileContext): InputFile {
  const fileIndex = state.files.push(file) - 1;
  const input: InputFile = { file, release, layout: 'wide', rows: 0, observations: 0, sample: false, periods: null };
  const problems = state.problems;
  const decoded = decodeText(file, bytes);
  if (!decoded.ok) {
    problems.add(decoded.problem);
    return input;
  }
  const text = decoded.text;
  if (text.trim() === '') {
    problems.add({ file, line: 1, message: 'filen er tom', expected: 'en overskrift og mindst én række data' });
    return input;
  }
  const endings = lineEndingProblems(file, text);
  if (endings.unfinished) problems.add(endings.unfinished);
  // A stray carriage return splits rows wrongly: reading on would only add confusing errors after the real one.
  for (const problem of endings.breaking) problems.add(problem);
  if (endings.breaking.length > 0) return input;
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const valuesBefore = state.releaseCounts[release]!.values;

  let header: string[] | undefined;
  let reader: RowReader | undefined;
  let dataRows = 0;
  let cursor = 0;
  /** Physical line of the character at `cursor`. */
  let lineAtCursor = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: true,
    // Small chunks keep the parser's temporary line arrays short-lived (less garbage, lower peak memory).
    chunkSize: 1 << 16,
    step(result, parser) {
      const fields = result.data;
      const end = result.meta.cursor;
      // Empty lines before the row were skipped by the parser; the row starts after them.
      let start = cursor;
      let line = lineAtCursor;
      for (let c = text.charCodeAt(start); (c === 10 || c === 13) && start < end; c = text.charCodeAt(++start)) if (c === 10) line++;
      for (let at = text.indexOf('\n', cursor); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lineAtCursor++;
      cursor = end;

      if (result.errors.length > 0) {
        if (header !== undefined) dataRows++;
        const codes = result.errors.map((error) => error.code);
        const truncated = end >= text.length && codes.includes('MissingQuotes') && !codes.includes('InvalidQuotes');
        const message = truncated ? 'filen slutter inde i et felt i anførselstegn – er filen afkortet?' : 'anførselstegn er ikke lukket korrekt';
        problems.add({
          file,
          line,
          column: fields.length,
          header: header?.[fields.length - 1] ?? '',
          value: fields[fields.length - 1] ?? '',
          message,
          expected: 'felter i anførselstegn skal lukkes med " før næste skilletegn',
        });
        return;
      }
      if (header === undefined) {
        header = fields.map((field) => field.trim());
        const layout = readHeader(file, header, state.measures, delimiter, tables);
        if (Array.isArray(layout)) {
          for (const problem of layout) problems.add(problem);
          parser.abort();
          return;
        }
        input.layout = layout.layout;
        state.store.reserve(countLines(text) * (layout.layout === 'wide' ? layout.measures.length + layout.pending.length : 1));
        reader = createRowReader(fileIndex, header, layout, state, release, tables);
        return;
      }
      if (reader === undefined) return;
      dataRows++;
      if (fields.length !== header.length) {
        const column = Math.min(fields.length, header.length) + 1;
        const value = fields.length > header.length ? fields.slice(header.length).join(delimiter) : '';
        const message = `rækken har ${fields.length} felter, men overskriften har ${header.length}`;
        const named = column <= header.length ? { header: header[column - 1] ?? '' } : {};
        problems.add({ file, line, column, ...named, value, message, expected: `${header.length} felter adskilt af "${delimiter}"` });
        return;
      }
      reader.read(fields, line);
    },
  });
  if (header !== undefined && reader !== undefined) {
    reader.finish();
    if (dataRows === 0) problems.add({ file, line: 2, message: 'filen har kun en overskrift og ingen rækker', expected: 'mindst én række data' });
    input.rows = reader.rows;
    input.sample = reader.sample;
    input.periods = periodSpan(state, reader);
    if (!reader.derived) reportCutOffPeriods(state, file, header, reader);
  }
  input.observations = state.releaseCounts[release]!.values - valuesBefore;
  return input;
}

function periodSpan(state: IngestState, reader: RowReader): InputFile['periods'] {
  const periods = [...new Set([...reader.periodAreas.values()].flatMap((byPeriod) => [...byPeriod.keys()]))].map((index) => state.periods[index]!).sort();
  return periods.length === 0 ? null : { first: periods[0]!, last: periods[periods.length - 1]!, count: periods.length };
}

/** A period with far fewer areas than the periods beside it (per measure), as when a download stops partway. */
function reportCutOffPeriods(state: IngestState, file: string, header: string[], reader: RowReader): void {
  for (const byPeriod of reader.periodAreas.values()) {
    const periods = [...byPeriod].map(([index, seen]) => ({ code: state.periods[index]!, ...seen })).sort((a, b) => (a.code < b.code ? -1 : 1));
    reportCutOff(state, file, header, reader.periodColumn, periods);
  }
}

function reportCutOff(state: IngestState, file: string, header: string[], column: number, periods: { code: string; areas: Set<number>; line: number }[]): void {
  periods.forEach((period, i) => {
    const neighbours = [periods[i - 1], periods[i + 1]].filter((p) => p !== undefined).map((p) => p.areas.size);
    const most = Math.max(0, ...neighbours);
    if (most >= 10 && period.areas.size < most * CUT_OFF_SHARE) {
      state.problems.add({
        file,
        line: period.line,
        column: column + 1,
        header: header[column] ?? '',
        value: period.code,
        message: `perioden har kun rækker for ${period.areas.size} områder mod ${most} i perioden ved siden af – er filen afkortet?`,
        expected: 'lige så mange kommuner i hver periode (undertrykte tal står som tomme felter, ikke som manglende rækker)',
      });
    }
  });
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
