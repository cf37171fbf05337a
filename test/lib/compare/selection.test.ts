import { describe, expect, it } from 'vitest';
import { addKommune, DEFAULT_SLUGS, MAX_KOMMUNER, parseSelection, removeKommune, selectionQuery } from '../../../src/lib/compare/selection.ts';

const known = {
  slugs: ['koebenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg', 'laesoe', 'hoeje-taastrup', 'koege'],
  measures: ['aktiveringsgrad-kontanthjaelp', 'ledige-pct'],
  defaultMeasure: 'aktiveringsgrad-kontanthjaelp',
};

describe('parseSelection', () => {
  it('parseSelection: no query is the default five and the default measure', () => {
    expect(parseSelection('', known)).toEqual({
      slugs: [...DEFAULT_SLUGS],
      measure: 'aktiveringsgrad-kontanthjaelp',
      unknown: [],
      dropped: [],
      unknownMeasure: undefined,
    });
  });
  it('parseSelection: kommuner in the order given, with the measure', () => {
    const parsed = parseSelection('?kommuner=aarhus,koebenhavn,laesoe&maaling=ledige-pct', known);
    expect(parsed.slugs).toEqual(['aarhus', 'koebenhavn', 'laesoe']);
    expect(parsed.measure).toBe('ledige-pct');
  });
  it('parseSelection: unknown slugs are left out and named; repeats count once', () => {
    const parsed = parseSelection('?kommuner=aarhus,gotham,AARHUS,,laesoe', known);
    expect(parsed.slugs).toEqual(['aarhus', 'laesoe']);
    expect(parsed.unknown).toEqual(['gotham']);
  });
  it('parseSelection: at most five; the rest are named as dropped', () => {
    const parsed = parseSelection('?kommuner=koebenhavn,aarhus,odense,aalborg,esbjerg,laesoe,koege', known);
    expect(parsed.slugs).toHaveLength(MAX_KOMMUNER);
    expect(parsed.dropped).toEqual(['laesoe', 'koege']);
  });
  it('parseSelection: an unknown measure falls back to the default and is named', () => {
    const parsed = parseSelection('?kommuner=koege&maaling=lykke', known);
    expect(parsed.measure).toBe('aktiveringsgrad-kontanthjaelp');
    expect(parsed.unknownMeasure).toBe('lykke');
  });
  it('parseSelection: an empty list means no kommuner (Hele landet alone), not the default', () => {
    expect(parseSelection('?kommuner=&maaling=ledige-pct', known).slugs).toEqual([]);
  });
});

describe('selectionQuery', () => {
  it('selectionQuery: readable commas, and it parses back to the same selection', () => {
    const selection = { slugs: ['hoeje-taastrup', 'laesoe'], measure: 'ledige-pct' };
    const query = selectionQuery(selection);
    expect(query).toBe('?kommuner=hoeje-taastrup,laesoe&maaling=ledige-pct');
    const parsed = parseSelection(query, known);
    expect({ slugs: parsed.slugs, measure: parsed.measure }).toEqual(selection);
  });
});

describe('addKommune and removeKommune', () => {
  const five = { slugs: ['koebenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg'], measure: 'ledige-pct' };
  it('addKommune: a sixth kommune is refused as full', () => {
    expect(addKommune(five, 'laesoe')).toEqual({ ok: false, reason: 'full' });
  });
  it('addKommune: a kommune already chosen is refused as chosen', () => {
    expect(addKommune({ slugs: ['aarhus'], measure: 'ledige-pct' }, 'aarhus')).toEqual({ ok: false, reason: 'chosen' });
  });
  it('addKommune: Læsø is added at the end', () => {
    const added = addKommune({ slugs: ['koebenhavn'], measure: 'ledige-pct' }, 'laesoe');
    expect(added.ok && added.selection.slugs).toEqual(['koebenhavn', 'laesoe']);
  });
  it('removeKommune: keeps the order of the others', () => {
    expect(removeKommune(five, 'odense').slugs).toEqual(['koebenhavn', 'aarhus', 'aalborg', 'esbjerg']);
  });
});
