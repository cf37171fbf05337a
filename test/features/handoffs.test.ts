import { describe, expect, it } from 'vitest';
import { HandoffError, readMapHandoff, type MapHandoff } from '../../src/features/map-explorer/map-handoff.ts';
import { readChangeHandoff, type ChangeHandoff } from '../../src/features/change-map/change-handoff.ts';
import { readCompareHandoff, type CompareHandoff } from '../../src/features/compare/compare-handoff.ts';
import { readFindHandoff, type FindHandoff } from '../../src/features/find-kommune/find-handoff.ts';
import { packEntries, unpackEntries } from '../../src/lib/words/find-kommune.ts';

const valid: MapHandoff = {
  measure: {
    id: 'aktiveringsgrad-kontanthjaelp',
    title: 'Aktiveringsgrad',
    unit: 'pct',
    better: 'higher',
    thresholds: [20, 30],
    colours: ['#7f2704', '#d94801', '#fdd0a2'],
    sample: false,
  },
  places: { codes: ['101', '147'], names: ['København', 'Frederiksberg'], slugs: ['koebenhavn', 'frederiksberg'], small: [] },
  current: { period: '2026M07', values: [15.2, null], national: 15.6, requirement: 'intet niveau', level: null, decimals: [1, 0] },
  periods: ['2026M06', '2026M07'],
  source: '/data/kort/aktiveringsgrad-kontanthjaelp.json',
  tableNewest: '2026M07',
  caveats: [],
  title: 'Aktiveringsgrad, kontanthjælpsmodtagere',
  credit: 'Kilde: Jobindsats.dk.',
  site: 'Jobcentertjek · example.org/',
};

/** What a checked reader finds wrong with a text: the HandoffError's problems, none when it reads. */
const problemsOf = (read: (json: string) => unknown, json: string): string[] => {
  try {
    read(json);
  } catch (error) {
    if (error instanceof HandoffError) return error.problems;
    throw error;
  }
  return [];
};
const problems = (json: string) => problemsOf(readMapHandoff, json);

describe('the map explorer handoff: what the page writes is what the browser reads', () => {
  it('reads back what the component writes', () => {
    expect(readMapHandoff(JSON.stringify(valid))).toEqual(valid);
  });

  it('names every missing or mistyped field at once, in Danish', () => {
    const { measure, ...rest } = valid;
    const renamed = { ...rest, maaling: measure, current: { ...valid.current, values: 'ingen' }, periods: [2026] };
    expect(problems(JSON.stringify(renamed))).toEqual([
      'kort.measure mangler',
      'kort.current.values skal være en liste, ikke "ingen"',
      'kort.periods[0] skal være en tekst, ikke 2026',
    ]);
  });

  it('catches numbers that do not line up with the kommuner, and a month that is not among the months', () => {
    const skewed = { ...valid, current: { ...valid.current, period: '2026M08', values: [1] }, places: { ...valid.places, names: ['København'] } };
    expect(problems(JSON.stringify(skewed))).toEqual([
      'kort.places har 2 koder, men 1 navne og 2 adresser',
      'kort.current.values har 1 tal for 2 kommuner',
      'kort.current.period (2026M08) er ikke blandt kort.periods',
    ]);
  });

  it('says when the text is not JSON at all', () => {
    expect(problems('{"measure": ')[0]).toMatch(/^teksten er ikke gyldig JSON/);
    expect(() => readMapHandoff('')).toThrow(/^Kortets data kunne ikke læses: teksten er ikke gyldig JSON/);
  });

  it('a renamed field fails the type check on the side that writes it (astro check / tsc run this file)', () => {
    const { measure, ...rest } = valid;
    // @ts-expect-error — "measure" renamed: not a MapHandoff. If the type stopped requiring it, this line fails tsc.
    const written: MapHandoff = { ...rest, maaling: measure };
    expect(problems(JSON.stringify(written))).toEqual(['kort.measure mangler']);
  });
});

describe('the change map handoff', () => {
  const change: ChangeHandoff = {
    better: 'higher',
    places: valid.places,
    periods: ['2025M07', '2026M07'],
    from: { period: '2025M07', values: [14, 12], national: 15 },
    to: { period: '2026M07', values: [15.2, null], national: 15.6 },
    few: { '2026M07': ['147'] },
    source: '/data/kort/aktiveringsgrad-kontanthjaelp.json',
  };
  const changeProblems = (json: string) => problemsOf(readChangeHandoff, json);

  it('reads back what the component writes, and names what does not match', () => {
    expect(readChangeHandoff(JSON.stringify(change))).toEqual(change);
    const { to, ...rest } = change;
    expect(changeProblems(JSON.stringify({ ...rest, til: to, few: { '2026M07': [147] } }))).toEqual([
      'aendring.to mangler',
      'aendring.few.2026M07[0] skal være en tekst, ikke 147',
    ]);
    expect(changeProblems(JSON.stringify({ ...change, from: { ...change.from, values: [1] } }))).toEqual(['aendring: 2025M07 har 1 tal for 2 kommuner']);
    expect(() => readChangeHandoff('[]')).toThrow(/^Ændringskortets data kunne ikke læses: aendring skal være et objekt, ikke en liste$/);
  });
});

describe('the compare handoff', () => {
  const compare: CompareHandoff = {
    places: { names: valid.places.names, slugs: valid.places.slugs },
    measures: [
      {
        id: 'aktiveringsgrad-kontanthjaelp',
        title: 'Aktiveringsgrad',
        unit: 'pct',
        sample: false,
        levels: { '2026M07': 100 },
        lawUrl: '/loven/',
        breaks: [],
        credits: ['Kilde: Jobindsats.dk'],
      },
    ],
    defaultMeasure: 'aktiveringsgrad-kontanthjaelp',
    defaultSlugs: ['koebenhavn'],
    entries: [['København', 'koebenhavn', ['kbh']]],
    source: '/data/kort/{id}.json',
  };
  const compareProblems = (json: string) => problemsOf(readCompareHandoff, json);

  it('reads back what the component writes, and names what does not match', () => {
    expect(readCompareHandoff(JSON.stringify(compare))).toEqual(compare);
    expect(
      compareProblems(
        JSON.stringify({
          ...compare,
          defaultMeasure: 'ledige-pct',
          entries: [['København', 'koebenhavn']],
          measures: [{ ...compare.measures[0], levels: { '2026M07': 'alle' } }],
        }),
      ),
    ).toEqual([
      'sammenlign.measures[0].levels skal være et objekt af tal, ikke et objekt',
      'sammenlign.entries[0] skal have 3 dele (navn, adresse, stavemåder), ikke 2',
    ]);
    expect(compareProblems(JSON.stringify({ ...compare, defaultMeasure: 'ledige-pct', source: '/data/kort/x.json' }))).toEqual([
      'sammenlign.defaultMeasure (ledige-pct) er ikke blandt sammenlign.measures',
      'sammenlign.source mangler {id}',
    ]);
  });
});

describe('the find-kommune handoff', () => {
  it('reads back the packed entries the component writes', () => {
    const entries: FindHandoff = packEntries([{ name: 'Køge', slug: 'koege', keys: ['koge', 'koege'] }]);
    expect(unpackEntries(readFindHandoff(JSON.stringify(entries)))).toEqual([{ name: 'Køge', slug: 'koege', keys: ['koge', 'koege'] }]);
  });

  it('names the first entry that is not a name, an address and a list of spellings', () => {
    expect(() =>
      readFindHandoff(
        JSON.stringify([
          ['Køge', 'koege', ['koge']],
          ['Læsø', 'laeso'],
        ]),
      ),
    ).toThrow('kommuner[1] skal være navn, adresse og stavemåder, ikke ["Læsø","laeso"]');
    expect(() => readFindHandoff('{"Køge": "koege"}')).toThrow('kommuner skal være en liste');
  });
});
