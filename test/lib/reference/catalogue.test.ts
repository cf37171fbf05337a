import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';

const json = () => JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8'));

describe('parseCatalogue', () => {
  it('parseCatalogue: the project catalogue has every measure of the 2019 letter and their live successors', () => {
    const indicators = parseCatalogue(json()).indicators;
    const ids = indicators.map((i) => i.id);
    expect(indicators.filter((i) => i.title === 'Andel med det lovpligtige antal samtaler')).toHaveLength(7);
    expect(ids).toEqual(expect.arrayContaining(['passiv-aktivitetsparate', 'passiv-dagpenge', 'aktiveringsgrad-kontanthjaelp']));
    const successors = indicators.filter((i) => i.jobindsats?.table === null).map((i) => i.jobindsats!.tableName);
    expect(successors).toEqual(['Afholdelse af samtaler. Antal og andel personer', 'Deltagelse i aktive tilbud. Antal og andel personer']);
  });
  it('parseCatalogue: every column of the embedded real files has a measure (langtidsledige, løntimer, visitation, tilbud)', () => {
    const indicators = parseCatalogue(json()).indicators;
    const headers = new Set(indicators.flatMap((i) => [...i.headers, ...(i.tableHeaders ?? [])].map((h) => h.toLowerCase())));
    for (const file of readdirSync('data/releases/2026-08-22').filter((f) => f.endsWith('.csv'))) {
      const first = readFileSync(`data/releases/2026-08-22/${file}`, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]!;
      for (const column of first.split(';').slice(2)) expect(headers.has(column.toLowerCase()), `${file}: ${column}`).toBe(true);
    }
  });
  it('parseCatalogue: a requirement naming an unknown law, and requirements out of order, are both reported', () => {
    const bad = json();
    const samtaler = bad.indicators.find((i: { id: string }) => i.id === 'samtaler-dagpenge');
    samtaler.requirements[1].law = 'ingen-lov';
    samtaler.requirements[2].from = '2019M01';
    expect(() => parseCatalogue(bad)).toThrow(
      /krav nr\. 2 henviser til ukendt lov "ingen-lov"[\s\S]*krav nr\. 3 skal have en "from"-periode efter det forrige kravs/,
    );
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
