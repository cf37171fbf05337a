import { describe, expect, it } from 'vitest';
import { fileName, periodForFile, viewCsv } from '../../../src/lib/download/view-table.ts';

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
    });
    expect(csv).toBe('kommune,vaerdi\nKøge,13.1\nLæsø,\n"A, B",2\n');
  });
});
