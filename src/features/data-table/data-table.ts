/** Sorting, filtering and name search for the server-rendered table; without it the full table still reads fine. */
import { foldDanish } from '../../lib/words/fold-danish.ts';
import { nameMatchRank } from '../../lib/words/name-match-rank.ts';
import { aboutLines, fileName, periodForFile, publishedCell, type ViewColumn } from '../../lib/download/view-table.ts';
import { formatPeriod } from '../../lib/words/format.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { wireDownloads } from '../../client/download.ts';

const ALL = 'alle';

export function initTable(): void {
  const root = document.querySelector<HTMLElement>('[data-table-explorer]');
  if (!root) return;
  const body = root.querySelector<HTMLTableSectionElement>('tbody[data-rows]')!;
  const headers = [...root.querySelectorAll<HTMLTableCellElement>('thead th')];
  const status = root.querySelector<HTMLElement>('[data-table-status]')!;
  const name = root.querySelector<HTMLInputElement>('#filter-name')!;
  const region = root.querySelector<HTMLSelectElement>('#filter-region')!;
  const topic = root.querySelector<HTMLSelectElement>('#filter-topic')!;
  const group = root.querySelector<HTMLSelectElement>('#filter-group')!;
  const rows = [...body.rows];
  const defaultTopic = root.dataset['defaultTopic'] ?? '';
  const columnRule = root.querySelector<HTMLStyleElement>('#table-columns') ?? root.appendChild(document.createElement('style'));
  const keys = new Map(rows.map((row) => [row, foldDanish(row.dataset['search'] ?? '')]));
  const names = new Map(rows.map((row) => [row, foldDanish(row.dataset['name'] ?? '')]));
  // The order before a name was typed: matches are ranked over it while typing and it comes back when the field is cleared.
  let unranked: HTMLTableRowElement[] | null = null;
  // "Stryg til siden for flere kolonner" only while columns lie beyond the edge (visibility: its space stays, nothing moves).
  const scroller = root.querySelector<HTMLElement>('.table-scroll')!;
  const fit = () => root.classList.toggle('fits', scroller.scrollWidth <= scroller.clientWidth + 1);
  new ResizeObserver(fit).observe(scroller);

  function sortBy(column: number, direction: 'ascending' | 'descending'): void {
    const numeric = headers[column]!.dataset['sort'] === 'number';
    const sign = direction === 'ascending' ? 1 : -1;
    const valueOf = (row: HTMLTableRowElement) => {
      const cell = row.cells[column]!;
      return numeric ? (cell.dataset['value'] === '' ? null : Number(cell.dataset['value'])) : (cell.textContent ?? '').trim();
    };
    const sorted = [...body.rows].sort((a, b) => {
      const va = valueOf(a);
      const vb = valueOf(b);
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1; // not published: always last
      return sign * (typeof va === 'number' ? va - (vb as number) : va.localeCompare(vb as string, 'da'));
    });
    body.append(...sorted);
    unranked = null; // a chosen sort order wins over the name ranking until the name is typed again
    headers.forEach((th, i) => (i === column ? th.setAttribute('aria-sort', direction) : th.removeAttribute('aria-sort')));
    status.textContent = `Sorteret efter ${headers[column]!.dataset['label'] ?? ''}, ${direction === 'ascending' ? 'stigende' : 'faldende'}.`;
  }

  headers.forEach((th, column) => {
    th.querySelector('button')?.addEventListener('click', () => {
      const current = th.getAttribute('aria-sort');
      const numeric = th.dataset['sort'] === 'number';
      sortBy(column, current ? (current === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending');
    });
  });

  function filter(): void {
    const query = foldDanish(name.value.trim());
    let shown = 0;
    for (const row of rows) {
      const visible = (!query || keys.get(row)!.includes(query)) && (!region.value || row.dataset['region'] === region.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    // Exact and prefix matches of the name first ("aar": Aarhus before Lyngby-Taarbæk), in the order shown before.
    if (query) {
      unranked ??= [...body.rows];
      body.append(...[...unranked].sort((a, b) => nameMatchRank(names.get(a)!, query) - nameMatchRank(names.get(b)!, query)));
    } else if (unranked) {
      body.append(...unranked);
      unranked = null;
    }
    // Only the target groups the chosen measure has can be picked; a group that no longer fits is let go.
    const groups = new Set(
      headers.filter((th) => th.dataset['topic'] && (!topic.value || th.dataset['topic'] === topic.value)).map((th) => th.dataset['group']),
    );
    for (const option of group.options) if (option.value) option.hidden = option.disabled = !groups.has(option.value);
    if (group.value && !groups.has(group.value)) group.value = '';
    // One stylesheet rule hides the columns left out (by position), instead of touching thousands of cells.
    const hidden: number[] = [];
    headers.forEach((th, i) => {
      if (!th.dataset['topic']) return;
      const hide = (topic.value !== '' && th.dataset['topic'] !== topic.value) || (group.value !== '' && th.dataset['group'] !== group.value);
      if (hide) hidden.push(i + 1);
    });
    columnRule.textContent = hidden.length === 0 ? '' : `.data-table tr > :is(${hidden.map((n) => `:nth-child(${n})`).join(',')}) { display: none; }`;
    fit();
    status.textContent = shown === rows.length ? `Viser alle ${rows.length} kommuner.` : `Viser ${shown} af ${rows.length} kommuner.`;
    const url = new URL(location.href);
    for (const [key, el] of [
      ['q', name],
      ['region', region],
      ['maalgruppe', group],
    ] as const) {
      if (el.value) url.searchParams.set(key, el.value);
      else url.searchParams.delete(key);
    }
    // The measure the table opens on needs no parameter; "all measures" does.
    if (topic.value === defaultTopic) url.searchParams.delete('maaling');
    else url.searchParams.set('maaling', topic.value || ALL);
    history.replaceState(null, '', url);
  }

  const params = new URLSearchParams(location.search);
  name.value = params.get('q') ?? '';
  region.value = params.get('region') ?? '';
  const wanted = params.get('maaling');
  topic.value = wanted === ALL ? '' : (wanted ?? defaultTopic);
  group.value = params.get('maalgruppe') ?? '';
  for (const el of [name, region, topic, group]) el.addEventListener('input', filter);
  if (params.size > 0) filter();
  // "Hent tabellen": the rows and columns as shown (filters and order), the country first.
  wireDownloads(root, () => {
    const shownColumns = headers.map((th, i) => ({ th, i })).filter(({ th }) => getComputedStyle(th).display !== 'none');
    const columns: ViewColumn[] = shownColumns.map(({ th }) => ({
      label: th.dataset['label'] ?? th.textContent?.trim() ?? '',
      kind: th.dataset['unit'] === 'pct' ? 'pct' : th.dataset['unit'] === 'antal' ? 'antal' : 'text',
    }));
    const cellValue = (cell: HTMLTableCellElement | undefined, kind: ViewColumn['kind']) => {
      if (!cell) return null;
      if (kind === 'text') return (cell.textContent ?? '').trim();
      return publishedCell(cell.dataset['value'] ?? '');
    };
    const visible = [...body.rows].filter((row) => !row.hidden);
    const national = root.querySelector<HTMLTableRowElement>('tbody.pinned tr');
    const rowsOut = visible.map((row) => shownColumns.map(({ i }, c) => cellValue(row.cells[i], columns[c]!.kind)));
    const nationalRow = national ? [shownColumns.map(({ i }, c) => (i === 1 ? '' : cellValue(national.cells[i], columns[c]!.kind)))] : [];
    const period = root.dataset['period'] ?? '';
    const title = `Alle kommuner, ${formatPeriod(period)}`;
    return {
      name: fileName('tabel', periodForFile(period), ...(topic.value ? [topic.value] : [])),
      title,
      columns,
      rows: [...nationalRow, ...rowsOut],
      sample: root.dataset['sample'] === 'ja',
      about: aboutLines({
        title,
        credit: root.dataset['credit'] ?? '',
        caveats: [],
        sample: root.dataset['sample'] === 'ja',
        sampleWarning: SAMPLE_WARNING,
        address: location.href,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  });

  // Coming from the map with a kommune selected: its row is marked and brought into view.
  const chosen = rows.find((row) => row.dataset['code'] === params.get('kommune'));
  if (chosen) {
    chosen.classList.add('selected');
    chosen.querySelector('th')?.setAttribute('aria-current', 'true');
    chosen.scrollIntoView({ block: 'center' });
    status.textContent = `${chosen.dataset['name']} er markeret i tabellen.`;
  }
}
