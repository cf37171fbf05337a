import type { Problem } from './problem.ts';

export type DecodedText = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');
/** Bytes Windows-1252 leaves undefined: a file with them is not Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Bytes of a published CSV file → text. UTF-8 (BOM or not) first; Windows-1252 (Excel on Danish Windows) when the
 * file has no UTF-8 characters at all. Every other case names its cause and place: UTF-16, NUL or control bytes, a
 * UTF-8 file with one broken byte, a file cut off inside a character.
 */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  if (isUtf16(bytes)) {
    return fail(file, bytes, 0, 'filen er gemt som UTF-16 (Unicode), ikke UTF-8', 'gem filen som "CSV UTF-8" (i Excel: Gem som → CSV UTF-8)');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(file, bytes, nul, 'filen indeholder NUL-bytes og er ikke en tekstfil (binær fil?)', 'en CSV-fil i UTF-8 eller Windows-1252');
  const control = firstControlByte(bytes);
  if (control !== -1) {
    return fail(
      file,
      bytes,
      control,
      `filen indeholder kontroltegnet ${hex(bytes[control]!)}, som ikke hører hjemme i en CSV-fil`,
      'en CSV-fil i UTF-8 eller Windows-1252 uden kontroltegn',
    );
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const invalid = firstInvalidUtf8(bytes);
    if (invalid.at === -1) return fail(file, bytes, bytes.length - 1, 'filen slutter midt i et tegn – er filen afkortet?', 'en komplet fil');
    if (invalid.multibyte > 0) {
      const message = `ugyldig byte ${hex(bytes[invalid.at]!)} i en UTF-8-fil (resten af filen er UTF-8)`;
      return fail(file, bytes, invalid.at, message, 'gyldig UTF-8 – ret eller fjern tegnet');
    }
    const undefined1252 = bytes.findIndex((byte) => UNDEFINED_1252.has(byte));
    if (undefined1252 !== -1) {
      return fail(
        file,
        bytes,
        undefined1252,
        `byten ${hex(bytes[undefined1252]!)} er hverken UTF-8 eller Windows-1252`,
        'en CSV-fil i UTF-8 eller Windows-1252',
      );
    }
    return { ok: true, text: cp1252.decode(bytes), encoding: 'windows-1252' };
  }
}

/** A BOM for UTF-16, or every other byte NUL at the start (UTF-16 without BOM). */
export function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 8) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  return evenNul >= sample / 2 - 1 || oddNul >= sample / 2 - 1;
}

/** Index of the first byte below 0x20 other than tab, LF and CR (or DEL), or -1. */
function firstControlByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13) || byte === 0x7f) return i;
  }
  return -1;
}

/**
 * The first byte that breaks UTF-8 (-1 when the only fault is an unfinished character at the very end), and how many
 * well-formed multi-byte characters came before it: a file with some is UTF-8 with a broken byte, not Windows-1252.
 */
function firstInvalidUtf8(bytes: Uint8Array): { at: number; multibyte: number } {
  let multibyte = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const needed = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (needed === -1) return { at: i, multibyte };
    if (i + needed >= bytes.length) {
      const tailOk = bytes.subarray(i + 1).every((b) => b >= 0x80 && b < 0xc0);
      return { at: tailOk ? -1 : i, multibyte };
    }
    for (let k = 1; k <= needed; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next >= 0xc0) return { at: i, multibyte };
    }
    multibyte++;
    i += needed + 1;
  }
  return { at: -1, multibyte };
}

/** Line and column (in characters, counting a multi-byte character once) of a byte. */
function placeOf(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < index; i++) {
    const byte = bytes[i]!;
    if (byte === 10) [line, column] = [line + 1, 1];
    else if (byte < 0x80 || byte >= 0xc0) column++;
  }
  return { line, column };
}

function fail(file: string, bytes: Uint8Array, index: number, message: string, expected: string): DecodedText {
  return { ok: false, problem: { file, ...placeOf(bytes, Math.max(0, index)), message, expected } };
}
