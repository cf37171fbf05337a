/** The kommune page's Excel workbook: its CSV and Hele landet's (every measure, every period) in one sheet. */
import { SAMPLE_COLUMN } from '../lib/dataset/export-header.ts';
import { joinExports } from '../lib/download/join-exports.ts';
import { aboutLines, publishedCell, type ViewColumn } from '../lib/download/view-table.ts';
import { SAMPLE_WARNING } from '../lib/words/sample-warning.ts';
import { fetchText, wireDownloads } from './download.ts';

export function initKommuneDownload(): void {
  const root = document.querySelector<HTMLElement>('[data-kommune-download]');
  if (!root) return;
  const { csv = '', national = '', name = '', title = '', credit = '' } = root.dataset;
  wireDownloads(root, async () => {
    // Hele landet first, as in "Hent alle data"; joined as that file is, so the columns agree.
    const files = await Promise.all([national, csv].filter(Boolean).map(async (url) => ({ name: url, text: await fetchText(url) })));
    // Our own export: no field holds a comma or a quote (names, codes, period codes, measure ids, plain numbers).
    const [header = '', ...lines] = joinExports(files).trim().split('\n');
    const labels = header.split(',');
    const valueAt = labels.indexOf('vaerdi');
    const columns: ViewColumn[] = labels.map((label, i) => ({ label, kind: i === valueAt ? 'tal' : 'text' }));
    const rows = lines.map((line) => line.split(',').map((cell, i) => (i === valueAt ? publishedCell(cell) : cell)));
    const sample = labels.includes(SAMPLE_COLUMN);
    return {
      name,
      title,
      columns,
      rows,
      sample: sample,
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
