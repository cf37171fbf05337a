import { describe, expect, it } from 'vitest';
import { searchAliases } from '../../../src/lib/words/search-aliases.ts';

describe('searchAliases', () => {
  it('searchAliases: Køge gets koge and koege', () => {
    expect(searchAliases({ name: 'Køge', officialName: 'Køge Kommune', variants: [] })).toEqual(expect.arrayContaining(['Koge', 'Koege']));
  });
  it('searchAliases: Høje-Taastrup gets an unhyphenated, unaccented spelling', () => {
    expect(searchAliases({ name: 'Høje-Taastrup', officialName: 'Høje-Taastrup Kommune', variants: ['Høje Taastrup'] })).toEqual(
      expect.arrayContaining(['Hoje Taastrup', 'Hoeje Taastrup']),
    );
  });
  it('searchAliases: Aarhus keeps its old spelling Århus', () => {
    expect(searchAliases({ name: 'Aarhus', officialName: 'Aarhus Kommune', variants: ['Århus'] })).toContain('Århus');
  });
  it('searchAliases: never repeats the name itself', () => {
    expect(searchAliases({ name: 'Odense', officialName: 'Odense Kommune', variants: [] })).not.toContain('Odense');
  });
});
