import { schemePuOr } from 'd3-scale-chromatic';
import { describe, expect, test } from 'vitest';
import { changeFinding } from '../../../src/lib/map/change-finding.ts';
import { changeClass, changeLegendItems, changeStep, changeTenths } from '../../../src/lib/map/change-scale.ts';
import { changeLabel, changeState, defaultChange, NO_DATA_FILL, type ChangeMonth, type ChangePlaces } from '../../../src/lib/map/change-state.ts';

const NBSP = '\u00a0';
const MINUS = '\u2212';

/** Eight kommuner in registry order; Læsø and Ærø have so few citizens that they are left out of the movers. */
const places: ChangePlaces = {
  codes: ['101', '147', '461', '751', '851', '657', '825', '492'],
  names: ['København', 'Frederiksberg', 'Odense', 'Aarhus', 'Aalborg', 'Herning', 'Læsø', 'Ærø'],
  slugs: ['koebenhavn', 'frederiksberg', 'odense', 'aarhus', 'aalborg', 'herning', 'laesoe', 'aeroe'],
  small: ['825', '492'],
};

// Aktiveringsgrad for kontanthjælpsmodtagere (higher is better), juli 2025 and juli 2026.
const july2025: ChangeMonth = { period: '2025M07', values: [10.4, 12.9, 14.2, 22.1, 15.0, 18.3, 30.0, 20.5], national: 12.0 };
const july2026: ChangeMonth = { period: '2026M07', values: [11.9, 12.9, 13.1, 24.3, null, 17.8, 45.5, 19.0], national: 13.1 };

describe('changeTenths', () => {
  test('changeTenths: 22,1 % to 24,3 % is exactly 22 tenths, not 21,999…', () => {
    expect(changeTenths(22.1, 24.3)).toBe(22);
    expect(changeTenths(14.2, 13.1)).toBe(-11);
    expect(changeTenths(12.9, 12.9)).toBe(0);
    expect(Object.is(changeTenths(12.94, 12.9), 0)).toBe(true);
  });
  test('changeTenths: a month not published is no change', () => {
    expect(changeTenths(15.0, null)).toBeNull();
    expect(changeTenths(null, 15.0)).toBeNull();
  });
});

describe('change classes', () => {
  test('changeStep: a readable step at least the median change', () => {
    expect(changeStep([22, -11, 15, 0, -5])).toBe(20);
    expect(changeStep([22, -4, 15, 0, -5])).toBe(5);
    expect(changeStep([1, -1, 2, 0, 1])).toBe(2);
    expect(changeStep([])).toBe(2);
  });
  test('changeClass: 0 is the middle class, a rise above it, a fall below, no data -1', () => {
    expect(changeClass(0, 10)).toBe(3);
    expect(changeClass(1, 10)).toBe(4);
    expect(changeClass(-9, 10)).toBe(2);
    expect(changeClass(10, 10)).toBe(5);
    expect(changeClass(-20, 10)).toBe(0);
    expect(changeClass(150, 10)).toBe(6);
    expect(changeClass(null, 10)).toBe(-1);
  });
  test('changeLegendItems: signed ranges in procentpoint with "uændret" in the middle', () => {
    const labels = changeLegendItems(10, schemePuOr[7]!).map((i) => i.label);
    expect(labels).toEqual([
      `${MINUS}2,0 og derunder`,
      `${MINUS}1,9 til ${MINUS}1,0`,
      `${MINUS}0,9 til ${MINUS}0,1`,
      'uændret',
      '+0,1 til +0,9',
      '+1,0 til +1,9',
      '+2,0 og derover',
    ]);
    expect(changeLegendItems(2, schemePuOr[7]!)[4]!.label).toBe('+0,1');
  });
});

describe('changeLabel', () => {
  test('changeLabel: Aarhus rose 2,2 points on a measure where higher is better', () => {
    expect(changeLabel('Aarhus', july2025, july2026, 3, 'higher')).toBe(`Aarhus: fra 22,1${NBSP}% til 24,3${NBSP}% (+2,2 procentpoint, bedre for borgerne)`);
  });
  test('changeLabel: the same rise is worse where lower is better, and just "steg" for a neutral measure', () => {
    expect(changeLabel('Aarhus', july2025, july2026, 3, 'lower')).toContain('(+2,2 procentpoint, dårligere for borgerne)');
    expect(changeLabel('Aarhus', july2025, july2026, 3, 'neutral')).toContain('(+2,2 procentpoint, steg)');
    expect(changeLabel('Frederiksberg', july2025, july2026, 1, 'higher')).toContain('(±0,0 procentpoint, uændret)');
  });
  test('changeLabel: a kommune without the newest month says which month is missing', () => {
    expect(changeLabel('Aalborg', july2025, july2026, 4, 'higher')).toBe(`Aalborg: ikke offentliggjort i juli 2026 (juli 2025: 15,0${NBSP}%)`);
  });
});

describe('changeLabel and changeState with the decimals values were published with', () => {
  // Løntimer shares: Aarhus published whole in 2025 ("8"), with a decimal in 2026; Hele landet whole in both.
  const whole2025: ChangeMonth = { ...july2025, decimals: [1, 1, 1, 0, 1, 1, 1, 1], nationalDecimals: 0 };
  const whole2026: ChangeMonth = { ...july2026, nationalDecimals: 0, nationalDerived: 'brevets tal minus stigningen' };

  test('a whole share is shown whole, and a change from it says "ca." with no decimal', () => {
    expect(changeLabel('Aarhus', whole2025, whole2026, 3, 'higher')).toBe(`Aarhus: fra 22${NBSP}% til 24,3${NBSP}% (ca. +2 procentpoint, bedre for borgerne)`);
    expect(changeLabel('Odense', whole2025, whole2026, 2, 'higher')).toBe(
      `Odense: fra 14,2${NBSP}% til 13,1${NBSP}% (${MINUS}1,1 procentpoint, dårligere for borgerne)`,
    );
  });

  test('the table, the movers and the finding use the same decimals, and a derived national value is marked', () => {
    const state = changeState(places, { better: 'higher', from: whole2025, to: whole2026 });
    expect(state.rows.find((r) => r.name === 'Aarhus')).toMatchObject({ from: `22${NBSP}%`, to: `24,3${NBSP}%`, change: 'ca. +2 procentpoint' });
    expect(state.national).toMatchObject({ from: `12${NBSP}%`, to: `13${NBSP}% (afledt)`, change: 'ca. +1 procentpoint' });
    expect(state.finding).toContain(`for hele landet gik den fra 12${NBSP}% til 13${NBSP}% (afledt).`);
    expect(JSON.stringify(state)).not.toContain(`22,0${NBSP}%`);
  });
});

describe('changeFinding', () => {
  test('changeFinding: counts rises, falls and unchanged, and the country from and to', () => {
    expect(changeFinding([22, -11, 15, 0, -5, 0], july2025, july2026)).toBe(
      `Fra juli 2025 til juli 2026 steg andelen i 2 kommuner, faldt i 2 og var uændret i 2; for hele landet gik den fra 12,0${NBSP}% til 13,1${NBSP}%.`,
    );
  });
  test('changeFinding: empty groups and an unpublished country are left out', () => {
    const noCountry = { ...july2026, national: null };
    expect(changeFinding([3], july2025, noCountry)).toBe('Fra juli 2025 til juli 2026 steg andelen i 1 kommune.');
    expect(changeFinding([0, 0], july2025, noCountry)).toBe('Fra juli 2025 til juli 2026 var andelen uændret i 2 kommuner.');
    expect(changeFinding([], july2025, july2026)).toBe('Fra juli 2025 til juli 2026 er der ingen kommuner med offentliggjorte tal for begge måneder.');
  });
});

describe('changeState', () => {
  const state = changeState(places, { better: 'higher', from: july2025, to: july2026 });

  test('changeState: the finding counts every kommune with both months, Læsø and Ærø too', () => {
    expect(state.finding).toBe(
      `Fra juli 2025 til juli 2026 steg andelen i 3 kommuner, faldt i 3 og var uændret i 1; for hele landet gik den fra 12,0${NBSP}% til 13,1${NBSP}%.`,
    );
    expect(state.description).toContain('1 kommune har ikke offentliggjorte tal for begge måneder');
  });

  // ColorBrewer PuOr, 7 classes.
  const PURPLES = ['#d8daeb', '#998ec3', '#542788'];
  const ORANGES = ['#fee0b6', '#f1a340', '#b35806'];

  test('changeState: a rise is purple and a fall orange where higher is better; a missing month is hatched', () => {
    const fill = (code: string) => state.shapes.find((s) => s.code === code)!.fill;
    expect(PURPLES).toContain(fill('751'));
    expect(ORANGES).toContain(fill('461'));
    expect(fill('147')).toBe('#f7f7f7');
    expect(fill('851')).toBe(NO_DATA_FILL);
    expect(state.shapes.find((s) => s.code === '851')!.cls).toBe(-1);
  });

  test('changeState: where lower is better the same rise is orange, and a neutral measure uses brown and blue-green', () => {
    const lower = changeState(places, { better: 'lower', from: july2025, to: july2026 });
    expect(ORANGES).toContain(lower.shapes[3]!.fill);
    expect(PURPLES).toContain(lower.shapes[2]!.fill);
    const neutral = changeState(places, { better: 'neutral', from: july2025, to: july2026 });
    expect(['#c7eae5', '#5ab4ac', '#01665e']).toContain(neutral.shapes[3]!.fill);
    expect(['#8c510a', '#d8b365', '#f6e8c3']).toContain(neutral.shapes[2]!.fill);
  });

  test('changeState: the key says in words which end is better and which worse for the citizens', () => {
    expect(state.legend.rose).toBe('steg: bedre for borgerne');
    expect(state.legend.fell).toBe('faldt: dårligere for borgerne');
    expect(state.legend.direction).toContain('bedre for borgerne');
    expect(state.legend.title).toBe('Ændring i procentpoint.');
    expect(PURPLES).toContain(state.legend.items[6]!.colour);
    expect(state.legend.items[6]!.label).toBe('+4,0 og derover');
    const lower = changeState(places, { better: 'lower', from: july2025, to: july2026 });
    expect(lower.legend.fell).toBe('faldt: bedre for borgerne');
    const neutral = changeState(places, { better: 'neutral', from: july2025, to: july2026 });
    expect([neutral.legend.fell, neutral.legend.rose]).toEqual(['faldt', 'steg']);
  });

  test('changeState: movers leave out Læsø, whose jump is the biggest, and say why', () => {
    const [better, worse] = state.movers;
    expect(better.title).toBe('Største forbedringer');
    expect(better.rows.map((r) => r.name)).toEqual(['Aarhus', 'København']);
    expect(better.rows[0]).toEqual({ code: '751', name: 'Aarhus', slug: 'aarhus', from: `22,1${NBSP}%`, to: `24,3${NBSP}%`, change: '+2,2 procentpoint' });
    expect(worse.title).toBe('Største forværringer');
    expect(worse.rows.map((r) => r.name)).toEqual(['Odense', 'Herning']);
    expect(worse.rows[0]!.change).toBe(`${MINUS}1,1 procentpoint`);
    expect(state.moversNote).toBe('Læsø og Ærø er ikke med i listerne: de har så få borgere, at deres tal svinger meget.');
  });

  test('changeState: a kommune with under 10 people in a month is left out of the movers and named', () => {
    const few = changeState(places, { better: 'higher', from: july2025, to: july2026, few: ['751', '825'] });
    expect(few.movers[0].rows.map((r) => r.name)).toEqual(['København']);
    expect(few.moversNote).toContain('Heller ikke Aarhus, der havde under 10 personer i en af månederne.');
  });

  test('changeState: where lower is better the biggest fall is the biggest improvement; at most five each', () => {
    const lower = changeState(places, { better: 'lower', from: july2025, to: july2026 });
    expect(lower.movers[0].rows.map((r) => r.name)).toEqual(['Odense', 'Herning']);
    const many: ChangePlaces = {
      codes: places.codes.slice(0, 6),
      names: places.names.slice(0, 6),
      slugs: places.slugs.slice(0, 6),
      small: [],
    };
    const up = changeState(many, { better: 'neutral', from: { ...july2025, values: [1, 1, 1, 1, 1, 1] }, to: { ...july2026, values: [2, 3, 2, 4, 2, 2] } });
    expect(up.movers[0].title).toBe('Største stigninger');
    // Ties in size are in alphabetical order (Danish: Aa after Z).
    expect(up.movers[0].rows.map((r) => r.name)).toEqual(['Aarhus', 'Frederiksberg', 'Herning', 'København', 'Odense']);
    expect(up.movers[1].rows).toEqual([]);
    expect(up.movers[1].empty).toBe('Ingen kommune faldt.');
  });

  test('changeState: the table holds every kommune by Danish name order, with "kan ikke beregnes" for a missing month', () => {
    expect(state.rows.map((r) => r.name)).toEqual(['Frederiksberg', 'Herning', 'København', 'Læsø', 'Odense', 'Ærø', 'Aalborg', 'Aarhus']);
    expect(state.rows.find((r) => r.name === 'Aalborg')).toMatchObject({ to: 'ikke offentliggjort', change: 'kan ikke beregnes' });
    expect(state.national).toMatchObject({ name: 'Hele landet', from: `12,0${NBSP}%`, to: `13,1${NBSP}%`, change: '+1,1 procentpoint' });
  });
});

describe('defaultChange', () => {
  test('defaultChange: the same month a year before the newest', () => {
    const periods = Array.from({ length: 60 }, (_, i) => `${2021 + Math.floor((i + 7) / 12)}M${String(((i + 7) % 12) + 1).padStart(2, '0')}`);
    expect(periods.at(-1)).toBe('2026M07');
    expect(defaultChange(periods)).toEqual({ from: '2025M07', to: '2026M07' });
  });
  test('defaultChange: the first period when the series is shorter than a year', () => {
    expect(defaultChange(['2018M06', '2018M09', '2018M12'])).toEqual({ from: '2018M06', to: '2018M12' });
  });
});
