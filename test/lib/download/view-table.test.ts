import { describe, expect, it } from 'vitest';
import { downloadName, excelFormat, fileName, periodForFile, publishedCell, viewCsv } from '../../../src/lib/download/view-table.ts';

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

  it('a share published as a whole number stays whole, one published "8,0" keeps its decimal (CSV and Excel)', () => {
    const cells = ['8', '8.0', '13.25', '', '-0.0'].map(publishedCell);
    expect(cells).toEqual([{ value: 8, decimals: 0 }, { value: 8, decimals: 1 }, { value: 13.25, decimals: 2 }, null, { value: -0, decimals: 1 }]);
    const csv = viewCsv({
      name: 'x',
      title: 'x',
      columns: [{ label: 'vaerdi', kind: 'pct' }],
      rows: cells.map((cell) => [cell]),
      about: [],
      sample: false,
    });
    expect(csv).toBe('vaerdi\n8\n8.0\n13.25\n\n0.0\n');
    expect(cells.map((cell) => (cell ? excelFormat('pct', cell) : undefined))).toEqual(['0', '0.0', '0.00', undefined, '0.0']);
    expect(excelFormat('antal', { value: 1234, decimals: 0 })).toBe('#,##0');
    expect(excelFormat('tal', { value: 12.5, decimals: 1 })).toBe('0.0');
    expect(excelFormat('pct'), 'a share of unknown precision: one decimal').toBe('0.0');
  });
});
