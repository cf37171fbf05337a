import { describe, expect, it } from 'vitest';
import { classOf } from '../../../src/lib/map/colour-scale.ts';
import { mapState, NO_DATA_FILL, shapeLabel, type MapMeasure, type MapPlaces } from '../../../src/lib/map/map-state.ts';

const measure: MapMeasure = {
  id: 'aktiveringsgrad-kontanthjaelp',
  title: 'Aktiveringsgrad',
  unit: 'pct',
  better: 'higher',
  thresholds: [20, 30, 40],
  colours: ['#7f2704', '#d94801', '#fd8d3c', '#fdd0a2'],
  sample: false,
};
const places: MapPlaces = {
  codes: ['101', '147', '151', '825', '751', '461'],
  names: ['København', 'Frederiksberg', 'Ballerup', 'Læsø', 'Aarhus', 'Odense'],
  slugs: ['koebenhavn', 'frederiksberg', 'ballerup', 'laesoe', 'aarhus', 'odense'],
  small: ['825'],
};
/** The site writes a non-breaking space before % ("30,0\u00a0%"); the expectations here read plainly. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const period = { period: '2026M07', values: [15, 45, null, 5, 33, 25], national: 30, requirement: '', level: null };

describe('map state: what the map shows for one measure and period', () => {
  it('classOf: values fall into the class below the first threshold they stay under; none is -1', () => {
    expect([classOf(10, [20, 30]), classOf(20, [20, 30]), classOf(29.9, [20, 30]), classOf(99, [20, 30]), classOf(null, [20, 30])]).toEqual([0, 1, 1, 2, -1]);
  });

  it('mapState: one shape per kommune, a hatch for a suppressed value, white labels on dark fills', () => {
    const state = mapState(measure, places, period);
    expect(state.shapes.map((s) => s.code)).toEqual(places.codes);
    expect(state.shapes[2]).toMatchObject({ fill: NO_DATA_FILL, cls: -1, dark: false, label: 'Ballerup: ikke offentliggjort' });
    expect(state.shapes[0]).toMatchObject({ fill: '#7f2704', dark: true });
    expect(state.shapes[1]).toMatchObject({ fill: '#fdd0a2', dark: false });
  });

  it('shapeLabel: says whether a value is better or worse for the citizens, not only over or under', () => {
    expect(plain(shapeLabel('Frederiksberg', 45, 30, measure))).toBe('Frederiksberg: 45,0 % – bedre for borgerne end hele landet (30,0 %)');
    expect(plain(shapeLabel('København', 15, 30, { unit: 'pct', better: 'lower' }))).toBe('København: 15,0 % – bedre for borgerne end hele landet (30,0 %)');
    expect(shapeLabel('København', 15, 30, measure)).toContain('dårligere for borgerne');
  });

  it('shapeLabel: the law first where it sets a level, and no verdict for a group too small to compare', () => {
    const samtaler = { unit: 'pct' as const, better: 'higher' as const, shortfall: 'dagpengemodtagere i {sted} fik ikke de samtaler, loven kræver' };
    expect(plain(shapeLabel('Aarhus', 67.3, 60, samtaler, { level: 100 }))).toBe(
      'Aarhus: 67,3 %. 3 ud af 10 dagpengemodtagere i Aarhus fik ikke de samtaler, loven kræver (32,7 %). Bedre for borgerne end hele landet (60,0 %).',
    );
    expect(plain(shapeLabel('Læsø', 11.7, 15.6, measure, { headcount: 7 }))).toBe(
      'Læsø: 11,7 % – for få personer (7) til at sammenligne med hele landet (15,6 %)',
    );
  });

  it('mapState: rankings go worst first, leave out suppressed values and kommuner too small to compare', () => {
    const state = mapState(measure, places, period);
    expect(state.rankTitles).toEqual(['Dårligst', 'Bedst']);
    expect(state.worst.map((r) => r.name)).toEqual(['København', 'Odense', 'Aarhus', 'Frederiksberg']);
    expect({ ...state.best[0], value: plain(state.best[0]!.value) }).toEqual({ code: '147', name: 'Frederiksberg', slug: 'frederiksberg', value: '45,0 %' });
    expect(state.worst.map((r) => r.code)).not.toContain('825');
  });

  it('mapState: a kommune whose group is under 10 persons in the period is not ranked', () => {
    const state = mapState(measure, places, { ...period, headcounts: [8, 900, null, 3, 2000, 1500] });
    expect(state.worst.map((r) => r.name)).toEqual(['Odense', 'Aarhus', 'Frederiksberg']);
  });

  it('mapState: the period is written out in Danish and the national value formatted', () => {
    const state = mapState(measure, places, period);
    expect(state.periodLabel).toBe('juli 2026');
    expect(plain(state.national)).toBe('30,0 %');
  });

  it('mapState: a derived Hele landet value (the letter\'s November 2017 figure) says "afledt" in the key and every tooltip', () => {
    const state = mapState(measure, places, {
      ...period,
      period: '2017M11',
      national: 58,
      nationalDecimals: 0,
      nationalDerived: 'brevets tal minus stigningen',
    });
    expect(plain(state.national)).toBe('58 % (afledt)');
    expect(plain(state.shapes[1]!.label)).toBe('Frederiksberg: 45,0 % – dårligere for borgerne end hele landet (58 % (afledt))');
    expect(plain(mapState(measure, places, period).national), 'a published value: no mark').toBe('30,0 %');
  });
});
