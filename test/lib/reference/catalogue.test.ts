import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';

const json = () => JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8'));

describe('parseCatalogue', () => {
  it('parseCatalogue: the project catalogue has every measure of the 2019 letter', () => {
    const ids = parseCatalogue(json()).indicators.map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('samtaler-'))).toHaveLength(7);
    expect(ids).toEqual(expect.arrayContaining(['passiv-aktivitetsparate', 'passiv-dagpenge', 'aktiveringsgrad-kontanthjaelp']));
  });
  it('parseCatalogue: an unknown topic and a header claimed twice are both reported', () => {
    const bad = json();
    bad.indicators[0].topic = 'ukendt';
    bad.indicators[1].headers.push(bad.indicators[2].headers[0]);
    expect(() => parseCatalogue(bad)).toThrow(/ukendt emne "ukendt"[\s\S]*peger på både/);
  });
  it('parseCatalogue: a missing field names its path', () => {
    const bad = json();
    delete bad.indicators[3].unit;
    expect(() => parseCatalogue(bad)).toThrow(/indicators\.3\.unit/);
  });
});
