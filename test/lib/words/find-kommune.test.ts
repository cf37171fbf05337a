import { describe, expect, it } from 'vitest';
import { cleanQuery, findKommuner, withoutNoise, type FindEntry } from '../../../src/lib/words/find-kommune.ts';
import { foldDanish } from '../../../src/lib/words/fold-danish.ts';

const entry = (name: string, ...more: string[]): FindEntry => ({ name, slug: foldDanish(name).replace(/ /g, '-'), keys: [name, ...more].map(foldDanish) });
const entries = [
  entry('Køge'),
  entry('Kolding'),
  entry('Aarhus', 'Århus'),
  entry('Høje-Taastrup', 'Høje Taastrup'),
  entry('Hørsholm'),
  entry('København', 'Københavns Kommune'),
  entry('Frederiksberg'),
  entry('Frederikshavn'),
  entry('Læsø'),
  entry('Lejre'),
];
const names = (query: string) => findKommuner(query, entries).map((e) => e.name);

describe('findKommuner: forgiving "Find din kommune"', () => {
  it('findKommuner: without æøå, in any case, with old spellings', () => {
    expect(names('koge')[0]).toBe('Køge');
    expect(names('AARHUS')[0]).toBe('Aarhus');
    expect(names('århus')[0]).toBe('Aarhus');
    expect(names('laeso')[0]).toBe('Læsø');
    expect(names('høje taastrup')[0]).toBe('Høje-Taastrup');
    expect(names('hoje-tastrup')[0]).toBe('Høje-Taastrup');
  });

  it('findKommuner: words around the name do not count ("jobcenter køge", "københavns kommune")', () => {
    expect(cleanQuery('Jobcenter Køge')).toBe('koge');
    expect(names('jobcenter køge')[0]).toBe('Køge');
    expect(names('københavns kommune')[0]).toBe('København');
  });

  it('findKommuner: a typo or a start finds the kommune; the start of a name ranks first', () => {
    expect(names('frederiksbreg')[0]).toBe('Frederiksberg');
    expect(names('frederiks')).toEqual(['Frederiksberg', 'Frederikshavn']);
    expect(names('ko').slice(0, 3), 'equal matches in Danish alphabetical order').toEqual(['Kolding', 'København', 'Køge']);
  });

  it('withoutNoise: drops "jobcenter", "kommune" around the name and keeps the letters as typed', () => {
    expect(withoutNoise('Jobcenter Køge')).toBe('Køge');
    expect(withoutNoise('køge kommune')).toBe('køge');
    expect(withoutNoise('kontanthjælp køge')).toBe('kontanthjælp køge');
    expect(withoutNoise('kommune')).toBe('kommune');
  });

  it('findKommuner: nothing for nonsense or an empty field', () => {
    expect(names('zzzz')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });
});
