/**
 * Downloads of what a view shows: CSV at once, an Excel workbook with exceljs loaded only when asked for (it is
 * large, and most readers never need it).
 */
import { cellNumber, downloadName, excelFormat, labelledRows, viewCsv, type ViewTable } from '../lib/download/view-table.ts';
// The library's own prebuilt browser file, served as it is: the build neither parses nor bundles its megabyte.
import excelUrl from 'exceljs/dist/exceljs.min.js?url';

type Excel = typeof import('exceljs');
let excel: Promise<Excel> | undefined;

/** exceljs, fetched the first time a workbook is asked for (it sets the global ExcelJS). */
function loadExcel(): Promise<Excel> {
  excel ??= new Promise<Excel>((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: excelUrl, async: true });
    script.addEventListener('load', () => resolve((window as unknown as { ExcelJS: Excel }).ExcelJS));
    script.addEventListener('error', () => {
      excel = undefined; // the next click tries again
      script.remove();
      reject(new Error(`${excelUrl} kunne ikke hentes`));
    });
    document.head.append(script);
  });
  return excel;
}

/** A failed fetch of one of the site's own files, said in Danish with the file's address. */
export class FetchError extends Error {}

/** One of the site's own files as text. */
export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url).catch(() => {
    throw new FetchError(`${url} kunne ikke hentes (ingen forbindelse)`);
  });
  if (!response.ok) throw new FetchError(`${url} svarede ${response.status}`);
  return response.text();
}

export function save(blob: Blob, name: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadCsv(table: ViewTable): void {
  save(new Blob([viewCsv(table)], { type: 'text/csv;charset=utf-8' }), `${downloadName(table)}.csv`);
}

export async function downloadXlsx(table: ViewTable): Promise<void> {
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.Workbook();
  book.creator = 'Jobcentertjek';
  const sheet = book.addWorksheet('Tal');
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  const { columns, rows } = labelledRows(table);
  const header = sheet.addRow(columns.map((c) => c.label));
  header.font = { bold: true };
  for (const row of rows) {
    const line = sheet.addRow(row.map((cell) => cellNumber(cell) ?? cell ?? ''));
    // Each published number shows with exactly its decimals ("8" and "8,0" stay apart), in the reader's separators.
    row.forEach((cell, i) => {
      const format = cell !== null && typeof cell === 'object' ? excelFormat(columns[i]!.kind, cell) : undefined;
      if (format) line.getCell(i + 1).numFmt = format;
    });
  }
  columns.forEach((column, i) => {
    const format = excelFormat(column.kind);
    const col = sheet.getColumn(i + 1);
    col.width = Math.min(40, Math.max(10, column.label.length + 2));
    if (format) col.numFmt = format;
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  const about = book.addWorksheet('Om tallene');
  about.getColumn(1).width = 110;
  for (const line of table.about) about.addRow([line]);
  const bytes = await book.xlsx.writeBuffer();
  save(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${downloadName(table)}.xlsx`);
}

/** Wires a pair of buttons ([data-download-view="csv|xlsx"]) inside root to a table made when clicked. */
export function wireDownloads(root: ParentNode, make: () => ViewTable | Promise<ViewTable>): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download-view]')) {
    button.addEventListener('click', async () => {
      const table = await make();
      if (button.dataset['downloadView'] === 'xlsx') await downloadXlsx(table);
      else downloadCsv(table);
    });
  }
}
