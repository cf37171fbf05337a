import { describe, expect, it } from 'vitest';
import { formatTables, readTablesCatalogue, searchTables, type ApiTable } from '../../../src/lib/fetch/find-tables.ts';
import { catalogue } from '../../support/ingest-fixtures.ts';
import { TABLES_CATALOGUE } from '../../support/mock-jobindsats.ts';

const tables = readTablesCatalogue(TABLES_CATALOGUE) as ApiTable[];

describe('find tables', { timeout: 5_000 }, () => {
  it('readTablesCatalogue: subjects → table groups → tables, with their place, updates and measure groups', () => {
    expect(tables.map((t) => t.id)).toEqual(['y60c07', 'y99t01', 'y99t02', 'y99t03', 'y99t04']);
    expect(tables[0]).toEqual({
      id: 'y60c07',
      name: 'Aktiveringsgrad og andel aktiveringsberørte',
      place: 'Kontanthjælp › Aktivering',
      subject: 'kontanthjaelp',
      updateLatest: '2026-10-28',
      updateNext: '2026-11-26',
      mgroups: [{ id: 'mgrpc07_1', name: 'Aktiveringsgrad og andel aktiveringsberørte' }],
    });
  });
  it('readTablesCatalogue: a flat list is read too; an answer without tables is an error', () => {
    expect(readTablesCatalogue([{ table_id: 'y25i01', table_name: 'Ledighed' }])).toMatchObject([{ id: 'y25i01', name: 'Ledighed', place: '', mgroups: [] }]);
    expect(readTablesCatalogue({ subjects: [] })).toEqual({
      error: 'svaret indeholder ingen tabeller (ventede subjects → table_groups → tables med table_id)',
    });
  });
  it('searchTables: every word must be in the id or name; case, æ/ø/å and punctuation do not matter', () => {
    expect(searchTables(tables, 'samtaler').map((t) => t.id)).toEqual(['y99t01', 'y99t03']);
    expect(searchTables(tables, 'jobsamtaler').map((t) => t.id)).toEqual(['y99t03']);
    expect(searchTables(tables, 'AKTIVERINGSBERORTE').map((t) => t.id)).toEqual(['y60c07']);
    expect(searchTables(tables, 'antal og andel personer').map((t) => t.id)).toEqual(['y99t01', 'y99t02']);
    expect(searchTables(tables, 'Y60C07').map((t) => t.id)).toEqual(['y60c07']);
    expect(searchTables(tables, 'Afholdelse af samtaler. Antal og andel personer').map((t) => t.id)).toEqual(['y99t01']);
    expect(searchTables(tables, '  ')).toEqual([]);
  });
  it('formatTables: a table an unfilled catalogue entry waits for gets the line to write', () => {
    const text = formatTables(searchTables(tables, 'tilbud'), 'tilbud', catalogue);
    expect(text).toContain('y99t02  Deltagelse i aktive tilbud. Antal og andel personer\n');
    expect(text).toContain(
      '  → aktive-tilbud-seneste-12-mdr venter på denne tabel: sæt "table": "y99t02" under "jobindsats" i data/catalogue/indicators.json\n',
    );
  });
  it('searchTables and formatTables: a subject id lists its tables; in subject 1815 the tidlig-indsats pair gets its candidates', () => {
    const found = searchTables(tables, '1815');
    expect(found.map((t) => t.id)).toEqual(['y99t01', 'y99t02', 'y99t03', 'y99t04']);
    const text = formatTables(found, '1815', catalogue);
    expect(text).toContain('  → samtaler-4-seneste-12-mdr venter på denne tabel: sæt "table": "y99t01"');
    expect(text).toContain(
      '  → kan være tabellen for tidlig-samtaler-alle, tidlig-samtaler-dagpenge, tidlig-samtaler-jobparate-kontanthjaelp, tidlig-samtaler-aktivitetsparate-kontanthjaelp (emne 1815, navnet nævner "jobsamtaler"): tjek tabellens dimensioner, og sæt "table": "y99t03"',
    );
    expect(text).toMatch(/y99t04[\s\S]*kan være tabellen for tidlig-tilbud-alle, [^\n]*"tilbud"/);
    // A table outside the measure's subject is never offered as its candidate.
    expect(formatTables(searchTables(tables, 'aktivering'), 'aktivering', catalogue)).not.toContain('kan være');
    expect(formatTables([], 'xyz')).toBe('Ingen tabeller i jobindsats\' katalog matcher "xyz". Prøv et kortere ord (fx "samtaler" eller "tilbud").\n');
  });
});
