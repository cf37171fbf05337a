import { describe, expect, it } from 'vitest';
import { scanBytes } from '../../../src/lib/ingest/scan-bytes.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The facts from reading the bytes in pieces of `size`: they must not depend on where the pieces are cut. */
function facts(input: Uint8Array, size = input.length) {
  return scanBytes(Array.from({ length: Math.ceil(input.length / size) }, (_, i) => input.subarray(i * size, (i + 1) * size)));
}

describe('scanBytes', () => {
  it('scanBytes: a clean UTF-8 file: lines, separator, nothing for the whole-file checks', () => {
    const file = bytes('\ufeffPeriode;Område\r\n2026M07;Høje-Taastrup\r\n2026M07;"Køge"\r\n');
    for (const size of [1, 2, 3, 64, file.length]) {
      expect(facts(file, size), `pieces of ${size}`).toEqual({
        lines: 3,
        semicolon: true,
        visible: true,
        needsDecodeCheck: false,
        strayCr: false,
        unfinishedLastLine: false,
      });
    }
  });

  it('scanBytes: what sends a file to the whole-file checks, wherever the pieces are cut', () => {
    for (const size of [1, 2, 5, 100]) {
      expect(facts(bytes('a;b\n1;2\r3\n'), size).strayCr).toBe(true);
      expect(facts(bytes('a;b\n1;"2\r3"\n'), size).strayCr, 'a CR inside quotes is part of the cell').toBe(false);
      expect(facts(bytes('a;b\n1;2\n3;4'), size).unfinishedLastLine).toBe(true);
      expect(facts(bytes('a;b\n1;2\n  '), size).unfinishedLastLine).toBe(false);
      expect(facts(new Uint8Array([0x61, 0x3b, 0xf8, 0x0a]), size).needsDecodeCheck, 'Windows-1252 "ø"').toBe(true);
      expect(facts(new Uint8Array([0x61, 0xc3, 0xb8, 0x0a]), size).needsDecodeCheck, 'UTF-8 "ø"').toBe(false);
      expect(facts(new Uint8Array([0x61, 0xe0, 0x80, 0x80, 0x0a]), size).needsDecodeCheck, 'overlong UTF-8').toBe(true);
      expect(facts(new Uint8Array([0x61, 0xc3]), size).needsDecodeCheck, 'cut inside a character').toBe(true);
      expect(facts(bytes('a\u0007b\n'), size).needsDecodeCheck, 'a control character').toBe(true);
    }
    expect(facts(bytes('a,b\n1;2\n')).semicolon, 'only the first line decides').toBe(false);
    expect(facts(bytes(' \r\n\t\n')).visible).toBe(false);
  });
});
