/** Which decimal mark a file uses: Danish "komma" (dot = thousands) or "punktum" (no thousands separator). */
export type DecimalMark = 'komma' | 'punktum';

export type NumberCell =
  /** Empty or a suppression marker: "ikke offentliggjort", never zero. */
  | { kind: 'missing' }
  /** `mark` is the decimal mark the cell proves, or null when it reads the same either way ("42"). */
  | { kind: 'number'; value: number; mark: DecimalMark | null }
  /** Only dots that look like a thousands group ("96.938"): 96938 with komma, 96.938 with punktum. */
  | { kind: 'ambiguous'; komma: number; punktum: number }
  | { kind: 'invalid' };

export const MISSING_MARKERS = 'tom, "..", ".", "-" eller "x"';

const MISSING: NumberCell = { kind: 'missing' };
const INVALID: NumberCell = { kind: 'invalid' };

/** Reads one value cell without knowing the file's decimal mark yet; the caller settles the mark per file. */
export function readNumberCell(cell: string): NumberCell {
  const text = cell.length > 0 && (cell.charCodeAt(0) === 32 || cell.charCodeAt(cell.length - 1) === 32) ? cell.trim() : cell;
  const length = text.length;
  if (length === 0 || text === '..' || text === '.' || text === '-' || text === 'x' || text === 'X') return MISSING;
  const start = text.charCodeAt(0) === 45 ? 1 : 0;
  if (start === length) return INVALID;
  let commas = 0;
  let commaAt = -1;
  let dots = 0;
  let dotAt = -1;
  let groupsOk = true;
  let lastSeparator = start - 1;
  for (let i = start; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c === 44) {
      if (commas++ > 0) return INVALID;
      commaAt = i;
    } else if (c === 46) {
      if (commaAt !== -1) return INVALID;
      // A thousands group: 1–3 digits before the first dot, exactly 3 between dots.
      const digits = i - lastSeparator - 1;
      if (dots === 0 ? digits < 1 || digits > 3 || text.charCodeAt(start) === 48 : digits !== 3) groupsOk = false;
      dots++;
      dotAt = i;
    } else {
      return INVALID;
    }
    lastSeparator = i;
  }
  if (lastSeparator === length - 1 || commaAt === start || dotAt === start) return INVALID;
  if (commas === 1) {
    if (dots > 0 && (!groupsOk || commaAt - dotAt !== 4)) return INVALID;
    return { kind: 'number', value: Number(text.replaceAll('.', '').replace(',', '.')), mark: 'komma' };
  }
  if (dots === 0) return { kind: 'number', value: Number(text), mark: null };
  const thousands = groupsOk && length - dotAt - 1 === 3;
  if (!thousands) return dots === 1 ? { kind: 'number', value: Number(text), mark: 'punktum' } : INVALID;
  const komma = Number(text.replaceAll('.', ''));
  if (dots > 1) return { kind: 'number', value: komma, mark: 'komma' };
  return { kind: 'ambiguous', komma, punktum: Number(text) };
}

/**
 * readPlainNumberAt's answers: read it with readNumberCell instead, an empty cell, or a number (in PLAIN_VALUE[0])
 * without or with a decimal comma.
 */
export const NEEDS_FULL_READ = 0;
export const EMPTY_CELL = 1;
export const PLAIN = 2;
export const PLAIN_KOMMA = 3;
/** The number the last readPlainNumberAt call read; read it at once. A typed array, as a double stored in an object field is a new heap object each time. */
export const PLAIN_VALUE = new Float64Array(1);
/** How many decimals the last readPlainNumberAt call read ("8" → 0, "8,0" → 1): the precision the cell was published with. */
export const PLAIN_DECIMALS = new Uint8Array(1);
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The common cells read in place, without making a string: "" (missing), "42", "-4,9". Anything else (dots, spaces,
 * markers, more than 15 digits) is left to readNumberCell. Same values as readNumberCell: digits over a power of ten
 * are both exact below 2^53, so the one division rounds to the same double as Number("4.9").
 */
export function readPlainNumberAt(text: string, start: number, end: number): number {
  if (start === end) return EMPTY_CELL;
  let i = start;
  const negative = text.charCodeAt(i) === 45;
  if (negative) i++;
  const first = i;
  let digits = 0;
  let scale = -1;
  let mantissa = 0;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 44 && scale === -1 && i > first) scale = 0;
    else return NEEDS_FULL_READ;
  }
  if (digits === 0 || digits > 15 || scale === 0) return NEEDS_FULL_READ;
  const value = scale > 0 ? mantissa / POWERS_OF_TEN[scale]! : mantissa;
  PLAIN_VALUE[0] = negative ? -value : value;
  PLAIN_DECIMALS[0] = scale > 0 ? scale : 0;
  return scale > 0 ? PLAIN_KOMMA : PLAIN;
}

/**
 * How many decimals a number cell was published with, read off its text once its decimal mark is known: "8" → 0,
 * "8,0" → 1, "96.938" → 0 with komma (thousands dot) and 3 with punktum.
 */
export function cellDecimals(cell: string, mark: DecimalMark): number {
  const text = cell.trim();
  const at = text.lastIndexOf(mark === 'komma' ? ',' : '.');
  return at === -1 ? 0 : text.length - at - 1;
}
