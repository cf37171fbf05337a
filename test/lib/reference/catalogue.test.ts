import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';

const json = () => JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8'));

describe('parseCatalogue', () => {
  it('parseCatalogue: the project catalogue has every measure of the 2019 letter, the tidlig-indsats pair and the 12-month fokusmålinger', () => {
    const indicators = parseCatalogue(json()).indicators;
    const ids = indicators.map((i) => i.id);
    expect(indicators.filter((i) => i.title === 'Andel med det lovpligtige antal samtaler')).toHaveLength(7);
    expect(ids).toEqual(expect.arrayContaining(['passiv-aktivitetsparate', 'passiv-dagpenge', 'aktiveringsgrad-kontanthjaelp']));
    const tidlig = indicators.filter((i) => i.id.startsWith('tidlig-'));
    expect(tidlig.map((i) => i.law!.measure).sort()).toEqual([...Array(4).fill('samtaler-6-mdr'), ...Array(4).fill('tilbud-6-mdr')]);
    // Still to be found in jobindsats' catalogue, all in subject 1815 "Tidlig indsats og skærpet tilsyn".
    const waiting = indicators.filter((i) => i.jobindsats?.table === null);
    expect(new Set(waiting.map((i) => i.jobindsats!.subject))).toEqual(new Set(['1815']));
    expect(waiting.map((i) => i.jobindsats!.tableName)).toEqual(
      expect.arrayContaining(['Afholdelse af samtaler. Antal og andel personer', 'Deltagelse i aktive tilbud. Antal og andel personer']),
    );
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
  it('parseCatalogue: a caveat without a source is refused, one naming an unknown source too, and a headline share without its law link', () => {
    const bad = json();
    const byId = (id: string) => bad.indicators.find((i: { id: string }) => i.id === id);
    byId('ledige-pct').caveats.push({ text: 'Aktivering var underregistreret 2018–2019.' });
    byId('ledige-antal').caveats.push({ text: 'Et forbehold.', source: 'rygte' });
    delete byId('passiv-dagpenge').law;
    expect(() => parseCatalogue(bad)).toThrow(/indicators\.\d+\.caveats\.\d+\.source/);
    byId('ledige-pct').caveats.pop();
    expect(() => parseCatalogue(bad)).toThrow(/"passiv-dagpenge": en hovedmåling skal sige[\s\S]*"ledige-antal": forbehold med ukendt kilde "rygte"/);
  });
  it('parseCatalogue: an unknown topic and a header claimed twice are both reported', () => {
    const bad = json();
    const byId = (id: string) => bad.indicators.find((i: { id: string }) => i.id === id);
    byId('samtaler-alle').topic = 'ukendt';
    byId('ledige-pct').headers.push(byId('aktiveringsgrad-kontanthjaelp').headers[0]);
    expect(() => parseCatalogue(bad)).toThrow(/ukendt emne "ukendt"[\s\S]*peger på både/);
  });
  it('parseCatalogue: a missing field names its path', () => {
    const bad = json();
    delete bad.indicators[3].unit;
    expect(() => parseCatalogue(bad)).toThrow(/indicators\.3\.unit/);
  });
});
