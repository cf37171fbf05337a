import { describe, expect, it } from 'vitest';
import { yearBefore } from '../../../src/lib/period/year-before.ts';

describe('yearBefore', () => {
  it('yearBefore: the same month a year earlier, across the century too', () => {
    expect(yearBefore('2026M07')).toBe('2025M07');
    expect(yearBefore('2000M01')).toBe('1999M01');
  });
  it('yearBefore: nothing for quarters and years', () => {
    expect(yearBefore('2024Q1')).toBeUndefined();
    expect(yearBefore('2017Y01')).toBeUndefined();
  });
});
