import { describe, expect, it } from 'vitest';
import { boundedPeriods } from '../../../src/lib/period/bounded-periods.ts';
import { monthRange } from '../../../src/lib/sample/generate-sample.ts';

describe('boundedPeriods: the numbers a page writes out stay bounded as history grows', () => {
  it('boundedPeriods: 12 recent months, then the same month in each earlier year, newest first', () => {
    const shown = boundedPeriods(monthRange('2016M07', '2026M06'));
    expect(shown.slice(0, 3)).toEqual(['2026M06', '2026M05', '2026M04']);
    expect(shown[11]).toBe('2025M07');
    expect(shown.slice(12, 15)).toEqual(['2025M06', '2024M06', '2023M06']);
    expect(shown).not.toContain('2025M05');
  });

  it('boundedPeriods: 10 years or 40 years of history give the same number of rows', () => {
    const ten = boundedPeriods(monthRange('2016M07', '2026M06'));
    const forty = boundedPeriods(monthRange('1986M07', '2026M06'));
    expect(ten).toHaveLength(12 + 9);
    expect(forty).toHaveLength(12 + 10);
  });

  it('boundedPeriods: a short series is shown whole', () => {
    expect(boundedPeriods(['2026M05', '2026M06', '2026M04'])).toEqual(['2026M06', '2026M05', '2026M04']);
  });

  it('boundedPeriods: quarters step four at a time', () => {
    const quarters = ['2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1'];
    expect(boundedPeriods(quarters, { recent: 2 })).toEqual(['2025Q1', '2024Q4', '2024Q1', '2023Q1']);
  });
});
