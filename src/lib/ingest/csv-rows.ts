const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * One row of a CSV file as ranges of the text it was read from: a cell becomes a string only when asked for, so a
 * million rows make no million arrays of strings. Valid until the next row is read.
 */
export class CsvRow {
  text = '';
  count = 0;
  /** Physical line (1-based) the row starts on. */
  line = 1;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** Quoted cells with doubled quotes, unescaped; the others are read from `text`. */
  private unescaped: (string | undefined)[] = [];
  private anyUnescaped = false;

  cell(index: number): string {
    if (index >= this.count) return '';
    if (this.anyUnescaped) {
      const cell = this.unescaped[index];
      if (cell !== undefined) return cell;
    }
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  /** Whether the cell is the text itself (not an unescaped copy): then `starts` and `ends` locate it in `text`. */
  isRange(index: number): boolean {
    return !this.anyUnescaped || this.unescaped[index] === undefined;
  }

  reset(text: string, line: number): void {
    this.text = text;
    this.line = line;
    this.count = 0;
    if (this.anyUnescaped) this.unescaped = [];
    this.anyUnescaped = false;
  }

  push(start: number, end: number, unescaped?: string): void {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      [this.starts, this.ends] = [starts, ends];
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    if (unescaped !== undefined) {
      this.unescaped[this.count] = unescaped;
      this.anyUnescaped = true;
    }
    this.count++;
  }
}

export interface CsvHandler {
  /** A complete row (empty lines are skipped); `false` stops the reading. */
  row(row: CsvRow): boolean | void;
  /**
   * A quoted cell that is not closed properly: the row is skipped and reading goes on at the next line. `column` is
   * 1-based; `truncated` when the file ends inside the quoted cell.
   */
  broken(row: CsvRow, column: number, value: string, truncated: boolean): void;
}

/**
 * Reads CSV rows from text arriving in pieces (decoded chunk by chunk). LF ends a row, CRLF too (the CR is not part
 * of the cell; a CR anywhere else outside quotes is refused before this runs). Quoted cells may hold the separator,
 * line breaks and doubled quotes, and may be followed by spaces, as papaparse allows.
 */
export function readCsvRows(pieces: Iterable<string>, delimiter: string, handler: CsvHandler): void {
  const separator = delimiter.charCodeAt(0);
  const row = new CsvRow();
  let line = 1;
  /** Set by readRow: line breaks inside quoted cells, and a broken quoted cell. */
  let innerLines = 0;
  let broken: { column: number; value: string; truncated: boolean } | undefined;

  /**
   * Reads the row starting at `p`; the position after it, or -1 when it may go on in the next piece. Every read is
   * inside the text (`at`): reading past the end deoptimises the loop into a slow general form.
   */
  function readRow(text: string, p: number, final: boolean): number {
    const length = text.length;
    row.reset(text, line);
    innerLines = 0;
    broken = undefined;
    for (;;) {
      if (at(text, p) === QUOTE) {
        const open = p;
        let from = p + 1;
        let escaped = false;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) {
            if (!final) return -1;
            row.push(open + 1, length);
            innerLines += countLines(text, open + 1, length);
            broken = { column: row.count, value: text.slice(open + 1), truncated: true };
            return length;
          }
          if (at(text, close + 1) === QUOTE) {
            escaped = true;
            from = close + 2;
            continue;
          }
          let after = close + 1;
          while (at(text, after) === SPACE) after++;
          if (after >= length && !final) return -1;
          const next = at(text, after);
          innerLines += countLines(text, open + 1, close);
          if (after >= length || next === separator || next === LF || next === CR) {
            row.push(open + 1, close, escaped ? text.slice(open + 1, close).replaceAll('""', '"') : undefined);
            p = after;
            break;
          }
          // A quote that neither closes the cell nor is doubled: the row cannot be read reliably; go on at the next line.
          const lineEnd = text.indexOf('\n', after);
          if (lineEnd === -1 && !final) return -1;
          let cellEnd = after;
          for (let c = at(text, cellEnd); cellEnd < length && c !== separator && c !== LF && c !== CR; c = at(text, ++cellEnd));
          row.push(open, cellEnd);
          broken = { column: row.count, value: text.slice(open, cellEnd), truncated: false };
          return lineEnd === -1 ? length : lineEnd + 1;
        }
      } else {
        const start = p;
        for (; p < length; p++) {
          const c = text.charCodeAt(p);
          if (c === separator || c === LF) break;
        }
        if (p >= length && !final) return -1;
        row.push(start, p < length && p > start && text.charCodeAt(p) === LF && text.charCodeAt(p - 1) === CR ? p - 1 : p);
      }
      if (p >= length) return length;
      let c = text.charCodeAt(p);
      if (c === separator) {
        p++;
        continue;
      }
      if (c === CR) {
        if (p + 1 >= length) return final ? length : -1;
        c = text.charCodeAt(++p);
      }
      return c === LF ? p + 1 : p;
    }
  }

  let stopped = false;
  function readText(text: string, from: number, final: boolean): number {
    let p = from;
    while (p < text.length && !stopped) {
      const next = readRow(text, p, final);
      if (next === -1) break;
      const ended = text.charCodeAt(next - 1) === LF;
      if (broken) handler.broken(row, broken.column, broken.value, broken.truncated);
      else if ((row.count > 1 || row.cell(0) !== '') && handler.row(row) === false) stopped = true;
      line += innerLines + (ended ? 1 : 0);
      p = next;
    }
    return p;
  }

  // Each piece is read where it stands, from an offset: a slice or a joined string would be read through an
  // indirection on every character. Only the row cut at a piece boundary is joined, on its own.
  let carry = '';
  for (const piece of pieces) {
    if (stopped) return;
    let from = 0;
    if (carry !== '') {
      const lineEnd = piece.indexOf('\n');
      const joined = carry + piece.slice(0, lineEnd + 1);
      const used = lineEnd === -1 ? 0 : readText(joined, 0, false);
      if (used < joined.length) {
        // The row goes on beyond this line (a quoted line break) or beyond this piece: keep gathering.
        carry = joined.slice(used) + piece.slice(lineEnd + 1);
        continue;
      }
      from = lineEnd + 1;
    }
    carry = piece.slice(readText(piece, from, false));
  }
  if (carry !== '' && !stopped) readText(carry, 0, true);
}

/** The character at `index`, or -1 past the end. */
function at(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : -1;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/**
 * A small CSV file as records keyed by its header row (the project's own reference files): the same reader as the
 * ingest, so the project reads CSV one way. A badly quoted cell is an error naming the file, line and column.
 */
export function csvRecords(text: string, delimiter: string, file: string): Record<string, string>[] {
  let header: string[] | undefined;
  const records: Record<string, string>[] = [];
  const problems: string[] = [];
  readCsvRows([text.replace(/^\ufeff/, '')], delimiter, {
    row(row) {
      const cells = Array.from({ length: row.count }, (_, i) => row.cell(i));
      if (!header) header = cells;
      else records.push(Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
    },
    broken(row, column, value) {
      problems.push(`${file}, linje ${row.line}, kolonne ${column}: citationstegnet lukkes ikke rigtigt i "${value}"`);
    },
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return records;
}
