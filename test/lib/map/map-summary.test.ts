import { describe, expect, it } from 'vitest';
import { mapDetail, mapHeadline, mapSummary, rankCodes } from '../../../src/lib/map/map-summary.ts';

/** Five kommuner and one not published, against Hele landet at 67 % in December 2018. */
const base = {
  values: [50, 60, 66.5, 70, 80, null],
  national: 67,
  better: 'higher' as const,
  unit: 'pct' as const,
  period: '2018M12',
};

describe('mapSummary', () => {
  it('mapSummary: counts kommuner clearly under and over Hele landet, worse side first', () => {
    expect(mapSummary({ values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      'I december 2018 lå 2 kommuner klart dårligere end hele landet (67,0\u00a0%), 2 klart bedre, og 1 på niveau. 1 kommune har ikke offentliggjorte tal.',
    );
  });
  it('mapSummary: Hele landet with the decimals it was published with, and marked when derived', () => {
    const input = { ...base, nationalDecimals: 0 };
    expect(mapSummary(input)).toContain('klart dårligere end hele landet (67\u00a0%)');
    expect(mapDetail({ ...input, period: '2017M11', national: 58, nationalDerived: 'brevets tal minus stigningen' })).toContain(
      'på niveau med hele landet (58\u00a0% (afledt))',
    );
  });
  it('mapSummary: when lower is better, a higher share is the worse side', () => {
    expect(mapSummary({ values: [10, 30, 31], national: 20, better: 'lower', unit: 'pct', period: '2018M11' })).toBe(
      'I november 2018 lå 2 kommuner klart dårligere end hele landet (20,0\u00a0%), 1 klart bedre, og 0 på niveau.',
    );
  });

  it('mapSummary: one kommune is "1 kommune", never "1 kommuner"', () => {
    expect(mapSummary({ values: [50, 80, 67], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      'I december 2018 lå 1 kommune klart dårligere end hele landet (67,0\u00a0%), 1 klart bedre, og 1 på niveau.',
    );
  });
});

describe('mapHeadline', () => {
  it('mapHeadline: counts the kommuner on the worse side, in a sentence short enough for a headline', () => {
    const input = { values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher' as const, unit: 'pct' as const, period: '2018M12' };
    expect(mapHeadline(input, 'Aktiveringsgrad')).toBe('2 af 5 kommuner lå klart dårligere end hele landet i december 2018');
    expect(mapHeadline({ ...input, better: 'lower' }, 'Passivandel')).toBe('2 af 5 kommuner lå klart dårligere end hele landet i december 2018');
    expect(mapHeadline({ ...input, better: 'neutral' }, 'Ledige')).toBe('2 af 5 kommuner lå klart højere end hele landet i december 2018');
  });
  it('mapHeadline: without a national value it names the measure and the month', () => {
    expect(mapHeadline({ values: [1, 2], national: null, better: 'neutral', unit: 'antal', period: '2026M07' }, 'Ledige')).toBe('Ledige i juli 2026');
  });
});

describe('mapDetail', () => {
  it('mapDetail: the other side, those on level with the nation, and the missing', () => {
    expect(mapDetail({ values: [50, 60, 66.5, 70, 80, null], national: 67, better: 'higher', unit: 'pct', period: '2018M12' })).toBe(
      '2 lå klart bedre, og 1 lå på niveau med hele landet (67,0\u00a0%). 1 kommune har ikke offentliggjorte tal.',
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

describe('the map against the law, and small groups', () => {
  const shortfall = 'dagpengemodtagere i {sted} fik ikke de samtaler, loven kræver';
  const input = { ...base, level: 100, shortfall };
  it('mapHeadline: where the law sets a level the headline counts who lives up to it, not who beats the average', () => {
    expect(mapHeadline(input, 'Samtaler')).toBe('Ingen af 5 kommuner levede op til lovens krav (100\u00a0%) i december 2018');
    expect(mapHeadline({ ...input, level: 75, period: '2026M07' }, 'Samtaler')).toBe(
      '1 af 5 kommuner levede op til lovens krav (mindst 75\u00a0%) i juli 2026',
    );
  });
  it("mapDetail: the nation's distance to the law first, then the comparison said as better or worse", () => {
    expect(mapDetail(input)).toBe(
      '3 ud af 10 dagpengemodtagere i hele landet fik ikke de samtaler, loven kræver (33,0\u00a0%). 2 kommuner lå klart dårligere end hele landet (67,0\u00a0%), 2 klart bedre, og 1 på niveau. 1 kommune har ikke offentliggjorte tal.',
    );
  });
  it('mapDetail: kommuner whose group is under 10 persons are counted apart, never as better or worse', () => {
    const detail = mapDetail({
      values: [11.7, 20, 10, 15.6],
      national: 15.6,
      better: 'higher',
      unit: 'pct',
      period: '2026M07',
      headcounts: [7, 5000, 5000, 5000],
    });
    expect(detail).toBe('1 lå klart bedre, og 1 lå på niveau med hele landet (15,6\u00a0%). 1 kommune har for få personer i målgruppen til at sammenligne.');
  });
});
