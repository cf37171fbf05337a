import { describe, expect, it } from 'vitest';
import { mapDetail, mapHeadline, mapSummary, rankCodes } from '../../../src/lib/map/map-summary.ts';

describe('mapSummary', () => {
  it('mapSummary: counts kommuner clearly under and over Hele landet, worse side first', () => {
    expect(mapSummary({ values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      'I december 2018 lå 2 kommuner klart under hele landet (67,0\u00a0%) og 2 klart over. 1 kommune har ikke offentliggjorte tal.',
    );
  });
  it('mapSummary: when lower is better, "over" is the worse side', () => {
    expect(mapSummary({ values: [10, 30, 31], national: 20, better: 'lower', unit: 'pct', period: '2018M11' })).toBe(
      'I november 2018 lå 2 kommuner klart over hele landet (20,0\u00a0%) og 1 klart under.',
    );
  });

  it('mapSummary: one kommune is "1 kommune", never "1 kommuner"', () => {
    expect(mapSummary({ values: [50, 80, 67], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      'I december 2018 lå 1 kommune klart under hele landet (67,0\u00a0%) og 1 klart over.',
    );
  });
});

describe('mapHeadline', () => {
  it('mapHeadline: counts the kommuner on the worse side, in a sentence short enough for a headline', () => {
    const input = { values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher' as const, unit: 'pct' as const, period: '2018M12' };
    expect(mapHeadline(input, 'Andel med det lovpligtige antal samtaler')).toBe('2 af 5 kommuner lå klart under hele landet i december 2018');
    expect(mapHeadline({ ...input, better: 'lower' }, 'Passivandel')).toBe('2 af 5 kommuner lå klart over hele landet i december 2018');
  });
  it('mapHeadline: without a national value it names the measure and the month', () => {
    expect(mapHeadline({ values: [1, 2], national: null, better: 'neutral', unit: 'antal', period: '2026M07' }, 'Ledige')).toBe('Ledige i juli 2026');
  });
});

describe('mapDetail', () => {
  it('mapDetail: the other side, those on level with the nation, and the missing', () => {
    expect(mapDetail({ values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      '2 lå klart over, og 1 lå på niveau med hele landet (67,0\u00a0%). 1 kommune har ikke offentliggjorte tal.',
    );
  });
});

describe('rankCodes', () => {
  it('rankCodes: worst first, suppressed left out', () => {
    expect(rankCodes(['101', '147', '151', '153'], [60, null, 40, 80], 'higher')).toEqual(['151', '101', '153']);
    expect(rankCodes(['101', '147', '151'], [60, 20, 40], 'lower')).toEqual(['101', '151', '147']);
  });
  it('rankCodes: kommuner with very few citizens (Læsø) are left out rather than topping the list', () => {
    expect(rankCodes(['101', '825', '151'], [60, 5, 40], 'higher', new Set(['825']))).toEqual(['151', '101']);
  });
});
