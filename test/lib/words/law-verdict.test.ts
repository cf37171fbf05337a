import { describe, expect, it } from 'vitest';
import { countMeeting, lawVerdict, outOfTen } from '../../../src/lib/words/law-verdict.ts';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const dagpenge = 'dagpengemodtagere i {sted} fik ikke de samtaler, loven kræver';

describe('lawVerdict: distance to the law first', () => {
  it('lawVerdict: where the law promises everyone (100 %), Aarhus at 67,3 % reads "3 ud af 10 … fik ikke de samtaler, loven kræver"', () => {
    const verdict = lawVerdict({ value: 67.3, level: 100, better: 'higher', place: 'Aarhus', shortfall: dagpenge });
    expect(verdict.kind).toBe('short');
    expect(verdict.gap).toBe(32.7);
    expect(plain(verdict.text)).toBe('3 ud af 10 dagpengemodtagere i Aarhus fik ikke de samtaler, loven kræver (32,7 %).');
  });
  it('lawVerdict: a share published whole ("67") gives a whole gap: "(33 %)", never "(33,0 %)"', () => {
    const verdict = lawVerdict({ value: 67, level: 100, better: 'higher', place: 'hele landet', shortfall: dagpenge, decimals: 0 });
    expect(plain(verdict.text)).toBe('3 ud af 10 dagpengemodtagere i hele landet fik ikke de samtaler, loven kræver (33 %).');
    expect(plain(lawVerdict({ value: 56, level: 75, better: 'higher', place: 'Aarhus', decimals: 0 }).text)).toMatch(
      /^Aarhus ligger 19 procentpoint under lovens krav/,
    );
  });
  it('lawVerdict: "on level with the country" at 67 % is still a third short of the law — the verdict never hides it', () => {
    expect(lawVerdict({ value: 67, level: 100, better: 'higher', place: 'Odense', shortfall: dagpenge }).text).toMatch(/^3 ud af 10 /);
  });
  it('lawVerdict: where no one may be left without active measures (0 %), the share itself is the shortfall', () => {
    const verdict = lawVerdict({
      value: 41.5,
      level: 0,
      better: 'lower',
      place: 'Guldborgsund',
      shortfall: 'aktivitetsparate kontant- og uddannelseshjælpsmodtagere i {sted} havde ikke fået den aktive indsats, loven lover, i 12 måneder',
    });
    expect(plain(verdict.text)).toBe(
      '4 ud af 10 aktivitetsparate kontant- og uddannelseshjælpsmodtagere i Guldborgsund havde ikke fået den aktive indsats, loven lover, i 12 måneder (41,5 %).',
    );
  });
  it('lawVerdict: a level in between (mindst 75 % from July 2026) is said as percentage points from the law, the level in whole percents as the act writes it', () => {
    const verdict = lawVerdict({ value: 56, level: 75, better: 'higher', place: 'Aarhus', shortfall: dagpenge });
    expect(plain(verdict.text)).toBe('Aarhus ligger 19,0 procentpoint under lovens krav: mindst 75 %.');
    expect(plain(lawVerdict({ value: 30, level: 25, better: 'lower', place: 'Køge' }).text)).toBe('Køge ligger 5,0 procentpoint over lovens krav: højst 25 %.');
  });
  it('lawVerdict: meeting the level is said plainly', () => {
    expect(lawVerdict({ value: 80.4, level: 75, better: 'higher', place: 'Aarhus' })).toMatchObject({ kind: 'met', gap: 0 });
    expect(plain(lawVerdict({ value: 80.4, level: 75, better: 'higher', place: 'Aarhus' }).text)).toBe('Aarhus lever op til lovens krav: mindst 75 %.');
  });
  it('lawVerdict: no level (aktiveringsgrad), no number, or a neutral measure gives no verdict — the page says so once instead', () => {
    expect(lawVerdict({ value: 15.6, level: null, better: 'higher', place: 'Aarhus' })).toEqual({ kind: 'no-level', gap: 0, text: '' });
    expect(lawVerdict({ value: null, level: 100, better: 'higher', place: 'Læsø' }).kind).toBe('no-level');
    expect(lawVerdict({ value: 4, level: 100, better: 'neutral', place: 'Aarhus' }).kind).toBe('no-level');
  });
});

describe('outOfTen and countMeeting', () => {
  it('outOfTen: rounds to tenths, never says "0 ud af 10" or "10 ud af 10" for a share in between', () => {
    expect([outOfTen(32.7), outOfTen(4.9), outOfTen(5), outOfTen(96), outOfTen(100)]).toEqual([
      '3 ud af 10',
      'Færre end 1 ud af 20',
      '1 ud af 10',
      'Over 9 ud af 10',
      'Alle',
    ]);
  });
  it('countMeeting: at least for higher-is-better, at most for lower-is-better, suppressed values left out', () => {
    expect(countMeeting([80, 75, 74.9, null], 75, 'higher')).toEqual({ met: 2, short: 1 });
    expect(countMeeting([20, 25, 30], 25, 'lower')).toEqual({ met: 2, short: 1 });
  });
});
