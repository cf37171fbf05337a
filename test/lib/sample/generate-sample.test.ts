import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSample, kommuneSize, monthRange } from '../../../src/lib/sample/generate-sample.ts';
import { parseRegistry } from '../../../src/lib/reference/registry.ts';

const registry = parseRegistry(readFileSync('data/reference/kommuner.csv', 'utf8'), readFileSync('data/reference/regioner.csv', 'utf8'));
const codes = registry.kommuner.map((k) => k.code);
const periods = monthRange('2017M08', '2018M12');
const anchors = [
  { measure: 'samtaler-dagpenge', period: '2017M11', value: 50 },
  { measure: 'samtaler-dagpenge', period: '2018M12', value: 67 },
];
const series = [{ measure: 'samtaler-dagpenge', start: 0, end: 0, groupShare: 0.35 }];

describe('generateSample', () => {
  it('monthRange: inclusive, across the year boundary', () => {
    expect(monthRange('2017M11', '2018M02')).toEqual(['2017M11', '2017M12', '2018M01', '2018M02']);
  });
  it('generateSample: the same input always gives the same numbers', () => {
    expect(generateSample(codes, series, periods, anchors)).toEqual(generateSample(codes, series, periods, anchors));
  });
  it('generateSample: the caseload-weighted kommune mean follows the 2019 letter (67 % in December 2018)', () => {
    const rows = generateSample(codes, series, periods, anchors).filter((r) => r.period === '2018M12' && r.value !== null);
    const weight = (code: string) => kommuneSize(code);
    const mean = rows.reduce((s, r) => s + r.value! * weight(r.code), 0) / rows.reduce((s, r) => s + weight(r.code), 0);
    expect(mean).toBeGreaterThan(65.5);
    expect(mean).toBeLessThan(68.5);
  });
  it('generateSample: never a national row where the letter has the real figure', () => {
    const national = generateSample(codes, series, periods, anchors).filter((r) => r.code === '000');
    expect(national.map((r) => r.period)).not.toContain('2018M12');
    expect(national.map((r) => r.period)).toContain('2018M06');
  });
  it('generateSample: the smallest kommuner (Læsø, Fanø, Samsø, Ærø) are suppressed, København never is', () => {
    const rows = generateSample(codes, series, periods, anchors);
    for (const code of ['825', '563', '741', '492']) expect(rows.filter((r) => r.code === code).every((r) => r.value === null)).toBe(true);
    expect(rows.filter((r) => r.code === '101').every((r) => r.value !== null)).toBe(true);
  });
  it('generateSample: shares stay between 0 and 100', () => {
    const rows = generateSample(codes, series, periods, anchors);
    expect(rows.every((r) => r.value === null || (r.value >= 0 && r.value <= 100))).toBe(true);
  });
});
