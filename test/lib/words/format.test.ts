import { describe, expect, it } from 'vitest';
import { formatChange, formatDate, formatList, formatNumber, formatPeriod, formatPeriodShort, formatValue } from '../../../src/lib/words/format.ts';

describe('formatValue', () => {
  it('formatValue: a share gets a decimal comma and a non-breaking space before %', () => {
    expect(formatValue(67.3, 'pct')).toBe('67,3\u00a0%');
    expect(formatValue(67, 'pct')).toBe('67,0\u00a0%');
  });
  it('formatValue: counts get a thousands dot (Hele landet 2021M08: 96.938 ledige)', () => {
    expect(formatValue(96938, 'antal')).toBe('96.938');
    expect(formatValue(4952, 'antal')).toBe('4.952');
    expect(formatValue(654, 'antal')).toBe('654');
  });
  it('formatValue: a suppressed value reads "ikke offentliggjort", never 0', () => {
    expect(formatValue(null, 'pct')).toBe('ikke offentliggjort');
  });
});

describe('formatNumber and formatChange', () => {
  it('formatNumber: negative numbers get a real minus sign, not a hyphen', () => expect(formatNumber(-1234.5, 1)).toBe('\u22121.234,5'));
  it('formatChange: signs and procentpoint', () => {
    expect(formatChange(2.44, 'pct')).toBe('+2,4 procentpoint');
    expect(formatChange(-0.5, 'pct')).toBe('\u22120,5 procentpoint');
    expect(formatChange(0, 'pct')).toBe('±0,0 procentpoint');
    expect(formatChange(1203, 'antal')).toBe('+1.203');
  });
});

describe('formatPeriod', () => {
  it('formatPeriod: months, quarters, rolling years and years in Danish', () => {
    expect(formatPeriod('2018M12')).toBe('december 2018');
    expect(formatPeriod('2021M08')).toBe('august 2021');
    expect(formatPeriod('2024Q1')).toBe('1. kvartal 2024');
    expect(formatPeriod('2024QMAT05')).toBe('12 måneder til maj 2024');
    expect(formatPeriod('2017Y01')).toBe('2017');
  });
  it('formatPeriodShort: abbreviates long month names only', () => {
    expect(formatPeriodShort('2018M12')).toBe('dec. 2018');
    expect(formatPeriodShort('2019M05')).toBe('maj 2019');
    expect(formatPeriodShort('2019M06')).toBe('juni 2019');
  });
});

describe('formatDate', () => {
  it('formatDate: an ISO timestamp reads as a Danish date', () => expect(formatDate('2026-11-24T06:03:25.000Z')).toBe('24. november 2026'));
});

describe('formatList', () => {
  it('formatList: Danish lists end with "og", without a comma before it', () => {
    expect(formatList(['Fanø', 'Læsø', 'Samsø', 'Ærø'])).toBe('Fanø, Læsø, Samsø og Ærø');
    expect(formatList(['Læsø'])).toBe('Læsø');
  });
});
