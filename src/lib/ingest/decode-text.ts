import type { Problem } from './problem.ts';

export type DecodedText =
  | { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' }
  | { ok: false; problem: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

/** Bytes of a published CSV file → text. UTF-8 (BOM or not) first; Windows-1252 (Excel on Danish Windows) as fallback. */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(file, lineAt(bytes, nul), 'filen indeholder NUL-bytes og er ikke en tekstfil (binær fil?)', 'en CSV-fil i UTF-8 eller Windows-1252');
  }
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const cut = incompleteUtf8Tail(bytes);
    if (cut > 0) {
      return fail(file, lineAt(bytes, bytes.length - 1), 'filen slutter midt i et tegn – er filen afkortet?', 'en komplet fil');
    }
    return { ok: true, text: cp1252.decode(bytes), encoding: 'windows-1252' };
  }
}

/** Number of bytes of an unfinished UTF-8 sequence at the very end, when everything before it is valid UTF-8; else 0. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let n = 1; n <= 3 && n < bytes.length; n++) {
    const lead = bytes[bytes.length - n] ?? 0;
    if (lead >= 0x80 && lead < 0xc0) continue;
    const needed = lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (needed <= n || lead >= 0xf5) return 0;
    try {
      utf8.decode(bytes.subarray(0, bytes.length - n));
      return n;
    } catch {
      return 0;
    }
  }
  return 0;
}

function lineAt(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

function fail(file: string, line: number, message: string, expected: string): DecodedText {
  return { ok: false, problem: { file, line, message, expected } };
}
