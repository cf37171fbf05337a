import { isUtf16 } from './decode-text.ts';

/** What one pass over a file's bytes tells before its rows are read. */
export interface ByteFacts {
  /** Line feeds in the file (a bound for its number of rows). */
  lines: number;
  /** The first line holds a ";": the separator is ";", else ",". */
  semicolon: boolean;
  /** Any visible ASCII character; a file without one may be empty (its text is checked). */
  visible: boolean;
  /** UTF-16, NUL or control bytes, or bytes that are not UTF-8: decodeText must look at the whole file. */
  needsDecodeCheck: boolean;
  /** A CR not followed by LF outside quotes, or CRs but no LF: lineEndingProblems must look at the whole text. */
  strayCr: boolean;
  /** The last line has content but no line ending, and the file has other lines. */
  unfinishedLastLine: boolean;
}

const LF = 10;
const CR = 13;
// What each byte value is: most bytes (letters, digits, separators) are PLAIN and cost one table look-up.
const PLAIN = 0;
const BLANK = 1;
const NEWLINE = 2;
const RETURN = 3;
const QUOTE = 4;
const CONTROL = 5;
const HIGH = 6;
const KIND = new Uint8Array(256).map((_, b) =>
  b === LF ? NEWLINE : b === CR ? RETURN : b === 0x22 ? QUOTE : b === 0x20 || b === 9 ? BLANK : b < 0x20 || b === 0x7f ? CONTROL : b >= 0x80 ? HIGH : PLAIN,
);

/**
 * One pass over the bytes, chunk by chunk, without decoding them: only ASCII matters here (separators, quotes, line
 * ends), and UTF-8 and Windows-1252 both write ASCII as one byte. UTF-8 is checked as strictly as a fatal TextDecoder
 * does, so a file that passes decodes without error; anything unusual is left to the whole-file checks.
 */
export function scanBytes(chunks: Iterable<Uint8Array>): ByteFacts {
  const scanner = new ByteScanner();
  for (const chunk of chunks) if (chunk.length > 0) scanner.scan(chunk);
  return scanner.facts();
}

/** The pass's state between chunks; one method call per chunk, so the loop is compiled early and well. */
class ByteScanner {
  private readonly head = new Uint8Array(64);
  private headLength = 0;
  private lines = 0;
  private semicolon = false;
  private visible = false;
  private control = false;
  private quoted = false;
  private anyCr = false;
  private strayCr = false;
  private crPending = false;
  private lastLineContent = false;
  private lastByte = -1;
  // UTF-8: continuation bytes still needed (across a chunk boundary), and the range the next one must fall in.
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private invalid = false;

  scan(chunk: Uint8Array): void {
    const length = chunk.length;
    if (this.headLength < this.head.length) {
      const part = chunk.subarray(0, this.head.length - this.headLength);
      this.head.set(part, this.headLength);
      this.headLength += part.length;
    }
    if (this.lines === 0) {
      const semi = chunk.indexOf(0x3b);
      const lf = chunk.indexOf(LF);
      if (semi !== -1 && (lf === -1 || semi < lf)) this.semicolon = true;
    }
    if (this.crPending && chunk[0] !== LF) this.strayCr = true;
    this.crPending = false;
    // A character cut at the chunk boundary. A byte that does not continue it is read again as a byte of its own.
    let at = this.continuation(chunk, 0);
    // Byte by byte up to a 4-byte boundary; then four bytes at a time: a word of plain ASCII (space to "~", but no quote
    // or DEL) needs no look at its bytes.
    const base = Math.min(length, at + ((4 - ((chunk.byteOffset + at) & 3)) & 3));
    while (at < base) at = this.byte(chunk, at);
    at = this.words(chunk, base, at);
    while (at < length) at = this.byte(chunk, at);
    // Whether the line after the chunk's last LF has content so far.
    const lastLf = chunk.lastIndexOf(LF);
    if (lastLf !== -1) this.lastLineContent = false;
    for (let j = lastLf + 1; j < length && !this.lastLineContent; j++) this.lastLineContent = KIND[chunk[j]!] !== BLANK && chunk[j] !== CR;
    this.lastByte = chunk[length - 1]!;
  }

  /** The aligned words from `base` on (bytes before `at` are done already); returns where the bytes after them start. */
  private words(chunk: Uint8Array, base: number, at: number): number {
    // (`base` is aligned unless it is the end; the offset is rounded down only to make an empty view there.)
    const words = new Uint32Array(chunk.buffer, chunk.byteOffset + base - ((chunk.byteOffset + base) & 3), (chunk.length - base) >>> 2);
    for (let w = 0; w < words.length; w++) {
      const start = base + w * 4;
      if (at <= start) {
        const word = words[w]!;
        if (((((word - 0x20202020) & ~word) | word | zeroByte(word ^ 0x22222222) | zeroByte(word ^ 0x7f7f7f7f)) & 0x80808080) === 0) {
          if (word !== 0x20202020) this.visible = true;
          at = start + 4;
          continue;
        }
      }
      while (at < start + 4) at = this.byte(chunk, at);
    }
    return at;
  }

  /** Looks at the byte at `i` (with its continuation bytes, for a UTF-8 lead byte); returns where the next byte is. */
  private byte(chunk: Uint8Array, i: number): number {
    const b = chunk[i]!;
    const kind = KIND[b]!;
    if (kind === PLAIN) this.visible = true;
    else if (kind === NEWLINE) this.lines++;
    else if (kind === QUOTE) {
      this.quoted = !this.quoted;
      this.visible = true;
    } else if (kind === RETURN) {
      this.anyCr = true;
      if (!this.quoted) {
        if (i + 1 === chunk.length) this.crPending = true;
        else if (chunk[i + 1] !== LF) this.strayCr = true;
      }
    } else if (kind === CONTROL) this.control = true;
    else if (kind === HIGH) {
      // A UTF-8 lead byte; the second byte's narrower range rules out overlong forms, surrogates and code points above U+10FFFF.
      this.need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      if (this.need === 0) this.invalid = true;
      this.lower = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      this.upper = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      return this.continuation(chunk, i + 1);
    }
    return i + 1;
  }

  /** Reads the continuation bytes still needed from `i` on; one that does not fit makes the file not UTF-8. */
  private continuation(chunk: Uint8Array, i: number): number {
    for (; this.need > 0 && i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b < this.lower || b > this.upper) {
        this.invalid = true;
        this.need = 0;
        break;
      }
      this.need--;
      this.lower = 0x80;
      this.upper = 0xbf;
    }
    return i;
  }

  facts(): ByteFacts {
    return {
      lines: this.lines,
      semicolon: this.semicolon,
      visible: this.visible,
      needsDecodeCheck: this.control || this.invalid || this.need !== 0 || isUtf16(this.head.subarray(0, this.headLength)),
      strayCr: this.strayCr || this.crPending || (this.anyCr && this.lines === 0),
      unfinishedLastLine: this.lines > 0 && this.lastByte !== LF && this.lastLineContent && !this.quoted,
    };
  }
}

/** Whether any byte of a 32-bit word is zero (the high bit of that byte is set in the answer). */
function zeroByte(word: number): number {
  return (word - 0x01010101) & ~word & 0x80808080;
}

/** The chunks as one array: for the rare checks that need the whole file at once. */
export function joinChunks(chunks: Iterable<Uint8Array>): Uint8Array {
  const parts = [...chunks].map((chunk) => chunk.slice());
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.length;
  }
  return whole;
}
