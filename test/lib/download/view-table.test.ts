import { describe, expect, it } from 'vitest';
import { downloadName, fileName, periodForFile, viewCsv } from '../../../src/lib/download/view-table.ts';

describe('view downloads', () => {
  it('fileName: says what and when', () => {
    expect(fileName('aktiveringsgrad-kontanthjaelp', periodForFile('2026M07'))).toBe('jobcentertjek_aktiveringsgrad-kontanthjaelp_2026-07');
    expect(fileName('tabel', periodForFile('2024Q1'))).toBe('jobcentertjek_tabel_2024Q1');
  });

  it('viewCsv: decimal point, empty for not published, names with commas quoted', () => {
    const csv = viewCsv({
      name: 'x',
      title: 'x',
      columns: [
        { label: 'kommune', kind: 'text' },
        { label: 'vaerdi', kind: 'pct' },
      ],
      rows: [
        ['Køge', 13.1],
        ['Læsø', null],
        ['A, B', 2],
      ],
      about: [],
      sample: false,
    });
    expect(csv).toBe('kommune,vaerdi\nKøge,13.1\nLæsø,\n"A, B",2\n');
  });

  it('viewCsv: generated numbers say "Eksempeldata – ikke officielle tal" on every row and in the file name', () => {
    const table = {
      name: 'jobcentertjek_tabel_2026-07',
      title: 'x',
      columns: [
        { label: 'kommune', kind: 'text' as const },
        { label: 'vaerdi', kind: 'pct' as const },
      ],
      rows: [['Køge', 13.1]],
      about: [],
      sample: true,
    };
    expect(viewCsv(table)).toBe('kommune,vaerdi,bemaerkning\nKøge,13.1,Eksempeldata – ikke officielle tal\n');
    expect(downloadName(table)).toBe('jobcentertjek_tabel_2026-07_eksempeldata');
    expect(downloadName({ ...table, name: 'jobcentertjek_koege-eksempeldata_2026-07' })).toBe('jobcentertjek_koege-eksempeldata_2026-07');
    expect(downloadName({ ...table, sample: false })).toBe('jobcentertjek_tabel_2026-07');
  });
});
