/** The kommune page's Excel workbook: its CSV (every measure, every period, and the country) turned into a sheet. */
import { aboutLines, type ViewColumn } from '../lib/download/view-table.ts';
import { SAMPLE_WARNING } from '../lib/words/sample-warning.ts';
import { wireDownloads } from './download.ts';

export function initKommuneDownload(): void {
  const root = document.querySelector<HTMLElement>('[data-kommune-download]');
  if (!root) return;
  const { csv = '', name = '', title = '', credit = '' } = root.dataset;
  wireDownloads(root, async () => {
    const response = await fetch(csv);
    if (!response.ok) throw new Error(`${csv}: HTTP ${response.status}`);
    const [header = '', ...lines] = (await response.text()).trim().split('\n');
    const labels = header.split(',');
    const valueAt = labels.indexOf('vaerdi');
    const columns: ViewColumn[] = labels.map((label, i) => ({ label, kind: i === valueAt ? 'tal' : 'text' }));
    // Our own export: no field holds a comma or a quote (names, codes, period codes, measure ids, plain numbers).
    const rows = lines.map((line) => line.split(',').map((cell, i) => (i === valueAt ? (cell === '' ? null : Number(cell)) : cell)));
    const sample = labels.includes('eksempeldata');
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
