import Papa from 'papaparse';
import { decodeText } from './decode-text.ts';
import type { IngestState } from './ingest-state.ts';
import type { InputFile } from '../dataset/dataset.ts';
import { readHeader } from './read-header.ts';
import { createRowReader, type RowReader } from './read-row.ts';

/**
 * Streams one published CSV file into the shared ingest state. Rows are read one at a time (Papa's `step`), so a
 * million-row file never exists as a parsed array; line numbers are counted from the parser's cursor.
 */
export function ingestFile(state: IngestState, file: string, bytes: Uint8Array): InputFile {
  const fileIndex = state.files.push(file) - 1;
  const input: InputFile = { file, layout: 'wide', rows: 0, observations: 0, sample: false };
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
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const delimiter = firstLine.includes(';') ? ';' : ',';
  const storedBefore = state.store.size;

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
        problems.add({ file, line, column: fields.length, header: header?.[fields.length - 1] ?? '', value: abbreviate(fields[fields.length - 1] ?? ''), message, expected: 'felter i anførselstegn skal lukkes med " før næste skilletegn' });
        return;
      }
      if (header === undefined) {
        header = fields.map((field) => field.trim());
        const layout = readHeader(file, header, state.measures, delimiter);
        if (Array.isArray(layout)) {
          for (const problem of layout) problems.add(problem);
          parser.abort();
          return;
        }
        input.layout = layout.layout;
        state.store.reserve(countLines(text) * (layout.layout === 'wide' ? layout.measures.length : 1));
        reader = createRowReader(fileIndex, header, layout, state);
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
  }
  input.observations = state.store.size - storedBefore;
  return input;
}

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function abbreviate(value: string): string {
  const oneLine = value.replace(/\r?\n/g, '⏎');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}
