/** The kommune page's Excel workbook: its CSV and Hele landet's (every measure, every period) in one sheet. */
import { EXPORT_HEADER, SAMPLE_COLUMN } from '../lib/dataset/export-header.ts';
import { aboutLines, type ViewColumn } from '../lib/download/view-table.ts';
import { SAMPLE_WARNING } from '../lib/words/sample-warning.ts';
import { wireDownloads } from './download.ts';

export function initKommuneDownload(): void {
  const root = document.querySelector<HTMLElement>('[data-kommune-download]');
  if (!root) return;
  const { csv = '', national = '', name = '', title = '', credit = '' } = root.dataset;
  wireDownloads(root, async () => {
    // Hele landet first, as in "Hent alle data" (code 000 sorts first); our own export, so no field holds a comma or quote.
    const files = await Promise.all([national, csv].filter(Boolean).map(readExport));
    const labels: string[] = files.some((f) => f.labels.includes(SAMPLE_COLUMN)) ? [...EXPORT_HEADER, SAMPLE_COLUMN] : [...EXPORT_HEADER];
    const valueAt = labels.indexOf('vaerdi');
    const columns: ViewColumn[] = labels.map((label, i) => ({ label, kind: i === valueAt ? 'tal' : 'text' }));
    const rows = files.flatMap((file) =>
      file.rows.map((cells) =>
        labels.map((label, i) => (i === valueAt ? toNumber(cells.get(label)) : (cells.get(label) ?? (label === SAMPLE_COLUMN ? 'nej' : '')))),
      ),
    );
    const sample = labels.includes(SAMPLE_COLUMN);
    return {
      name,
      title,
      columns,
      rows,
      about: aboutLines({
        title,
        credit,
        caveats: [],
        sample,
        sampleWarning: SAMPLE_WARNING,
        address: location.href,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  });
}

const toNumber = (cell: string | undefined) => (cell === undefined || cell === '' ? null : Number(cell));

/** One of the site's CSV exports as rows of named cells. */
async function readExport(url: string): Promise<{ labels: string[]; rows: Map<string, string>[] }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const [header = '', ...lines] = (await response.text()).trim().split('\n');
  const labels = header.split(',');
  return { labels, rows: lines.map((line) => new Map(line.split(',').map((cell, i) => [labels[i]!, cell]))) };
}
