/**
 * The numbers a view shows, as a table to download: the same rows and columns in CSV and in an Excel workbook, named
 * for what and when ("jobcentertjek_aktiveringsgrad-kontanthjaelp_2026-07"), with a sheet saying source, licence,
 * caveats and — for generated numbers — that they are not official.
 */
import { publishedNumber } from '../dataset/plain-number.ts';
import { cellDecimals } from '../ingest/read-number-cell.ts';
import { SAMPLE_WARNING } from '../words/sample-warning.ts';

/** Shares, counts, or numbers of both kinds in one column (shown as they are). */
export type ColumnKind = 'text' | 'pct' | 'antal' | 'tal';

/** A number as published: "8" and "8,0" are different cells, and a download keeps the difference. */
export interface PublishedCell {
  value: number;
  decimals: number;
}

export type ViewCell = string | number | PublishedCell | null;

/** A published number from its plain text ("8.0" → 8 with one decimal); empty → not published. */
export function publishedCell(text: string): PublishedCell | null {
  if (text.trim() === '') return null;
  return { value: Number(text), decimals: cellDecimals(text, 'punktum') };
}

/** A cell's number for a spreadsheet (null for text and empty cells). */
export const cellNumber = (cell: ViewCell): number | null => (typeof cell === 'number' ? cell : cell !== null && typeof cell === 'object' ? cell.value : null);

export interface ViewColumn {
  label: string;
  kind: ColumnKind;
}

export interface ViewTable {
  /** File name without extension. */
  name: string;
  /** The sheet's title line. */
  title: string;
  columns: ViewColumn[];
  rows: ViewCell[][];
  /** Lines for the "Om tallene" sheet: source, licence, caveats, the sample warning. */
  about: string[];
  /** Generated numbers: the file name says so, and every row carries the warning. */
  sample: boolean;
}

const SAMPLE_COLUMN = 'bemaerkning';

/** The file name (without extension) a download gets: generated numbers say so in it. */
export function downloadName(table: ViewTable): string {
  return table.sample && !table.name.includes('eksempeldata') ? `${table.name}_eksempeldata` : table.name;
}

/**
 * The columns and rows as written to a file: generated numbers get a bemaerkning column with the warning on every row
 * (unless the rows already carry one, as the site's own CSV files do).
 */
export function labelledRows(table: ViewTable): { columns: ViewColumn[]; rows: ViewCell[][] } {
  if (!table.sample || table.columns.some((c) => c.label === SAMPLE_COLUMN)) return { columns: table.columns, rows: table.rows };
  return {
    columns: [...table.columns, { label: SAMPLE_COLUMN, kind: 'text' }],
    rows: table.rows.map((row) => [...row, SAMPLE_WARNING]),
  };
}

/** "2026M07" → "2026-07" for file names; other period codes as they are. */
export function periodForFile(period: string): string {
  const month = /^(\d{4})M(\d{2})$/.exec(period);
  return month ? `${month[1]}-${month[2]}` : period;
}

export function fileName(...parts: string[]): string {
  return ['jobcentertjek', ...parts].map((p) => p.replace(/[^a-z0-9æøå-]+/gi, '-').replace(/^-|-$/g, '')).join('_');
}

const quote = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Plain CSV as the site's other downloads: comma, decimal point, empty = not published. */
export function viewCsv(table: ViewTable): string {
  const { columns, rows } = labelledRows(table);
  const lines = [columns.map((c) => quote(c.label)).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

function csvCell(cell: ViewCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return quote(cell);
  return typeof cell === 'number' ? String(cell) : publishedNumber(cell.value, cell.decimals);
}

/**
 * Excel number formats (shown with the reader's separators): a published number with exactly its decimals ("8" stays
 * 8, "8,0" stays 8,0), counts with thousands grouped; shares without a known precision one decimal.
 */
export function excelFormat(kind: ColumnKind, cell?: ViewCell): string | undefined {
  if (cell !== undefined && cell !== null && typeof cell === 'object') {
    const digits = cell.decimals > 0 ? `.${'0'.repeat(cell.decimals)}` : '';
    return kind === 'antal' || (kind === 'tal' && cell.decimals === 0) ? `#,##0${digits}` : `0${digits}`;
  }
  return kind === 'pct' ? '0.0' : kind === 'antal' ? '#,##0' : undefined;
}

/** The "Om tallene" sheet: what the numbers are, where from, on what terms, and what to watch out for. */
export function aboutLines(input: {
  title: string;
  credit: string;
  caveats: readonly string[];
  sample: boolean;
  sampleWarning: string;
  address: string;
  date: string;
}): string[] {
  return [
    input.title,
    ...(input.sample ? [`${input.sampleWarning}: tallene er genererede eksempeltal og må ikke bruges som officielle tal.`] : []),
    `Kilde: ${input.credit}`,
    'Vilkår: offentlige tal fra Jobindsats.dk (STAR), som må gengives med kildeangivelse; kommunegrænser under CC BY 4.0.',
    'En tom celle betyder ikke offentliggjort (for få personer eller ikke udgivet) – aldrig nul.',
    ...input.caveats.map((c) => `Forbehold: ${c}`),
    `Hentet fra ${input.address} den ${input.date}.`,
  ];
}
