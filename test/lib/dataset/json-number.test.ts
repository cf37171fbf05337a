import { describe, expect, it } from 'vitest';
import { writeJsonNumber } from '../../../src/lib/dataset/json-number.ts';

const written = (value: number) => {
  const bytes = new Uint8Array(32);
  return new TextDecoder().decode(bytes.subarray(0, writeJsonNumber(bytes, 0, value)));
};

/** A fixed pseudo-random sequence (mulberry32), so a failure names the same value every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('writeJsonNumber', () => {
  it('writeJsonNumber: the values of the published tables as JSON.stringify writes them (42,9 % → 42.9, 96.938 ledige → 96938)', () => {
    for (const value of [42.9, 96938, 0, -0, 12.4, 0.05, 100, 3.25, -7.5, 0.1 + 0.2, 1e-6, 1e-7, 123456789.123456, 999999999.5, 1e15, 1e21, 2 ** 53, -1.5e-9])
      expect(written(value), String(value)).toBe(JSON.stringify(value));
  });

  it('writeJsonNumber: not-a-number and infinities are null, as in JSON', () => {
    expect([Number.NaN, Infinity, -Infinity].map(written)).toEqual(['null', 'null', 'null']);
  });

  it('writeJsonNumber: 200,000 pseudo-random tenths, hundredths, counts and doubles as JSON.stringify writes them', () => {
    const next = random(2026);
    const scales = [1, 10, 100, 1000, 1e6, 1e9];
    for (let i = 0; i < 200_000; i++) {
      const scale = scales[i % scales.length]!;
      const value = i % 7 === 0 ? (next() - 0.5) * 10 ** Math.floor(next() * 30 - 10) : Math.round(next() * 1e6 * scale) / scale;
      const text = written(value);
      if (text !== JSON.stringify(value)) expect(text, `værdien ${value}`).toBe(JSON.stringify(value));
    }
  });
});
