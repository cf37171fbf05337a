import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/lib/period/parse-period.ts';

describe('parsePeriod', () => {
  it('parsePeriod: codes are kept as published', () => {
    for (const code of ['2024M05', '2024Q1', '2024QMAT05', '2017Y01']) expect(parsePeriod(code)).toBe(code);
  });
  it('parsePeriod: spelled-out Danish months become month codes', () => {
    expect(parsePeriod('december 2018')).toBe('2018M12');
    expect(parsePeriod('Marts 2020')).toBe('2020M03');
  });
  it('parsePeriod: unknown periods are undefined', () => {
    for (const text of ['2021M13', '2024Q5', '2024', 'decembr 2018', '']) expect(parsePeriod(text)).toBeUndefined();
  });
});
