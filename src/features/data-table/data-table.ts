/** Sorting, filtering and name search for the server-rendered table; without it the full table still reads fine. */
import { foldDanish } from '../../lib/words/fold-danish.ts';
import { nameMatchRank } from '../../lib/words/name-match-rank.ts';
import { aboutLines, fileName, periodForFile, publishedCell, type ViewCell, type ViewColumn, type ViewTable } from '../../lib/download/view-table.ts';
import { formatPeriod } from '../../lib/words/format.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { wireDownloads } from '../../client/download.ts';

/** ?maaling=alle: every measure's columns (the table opens on one measure without a parameter). */
const ALL = 'alle';
type Direction = 'ascending' | 'descending';

export class DataTable {
  static start(): DataTable | undefined {
    const root = document.querySelector<HTMLElement>('[data-table-explorer]');
    return root ? new DataTable(root) : undefined;
  }

  readonly #body: HTMLTableSectionElement;
  readonly #headers: HTMLTableCellElement[];
  readonly #status: HTMLElement;
  readonly #name: HTMLInputElement;
  readonly #region: HTMLSelectElement;
  readonly #topic: HTMLSelectElement;
  readonly #group: HTMLSelectElement;
  readonly #rows: HTMLTableRowElement[];
  readonly #defaultTopic: string;
  /** One stylesheet rule hides the columns left out (by position), instead of touching thousands of cells. */
  readonly #columnRule: HTMLStyleElement;
  readonly #scroller: HTMLElement;
  /** Each row's folded search text and name, folded once. */
  readonly #keys: Map<HTMLTableRowElement, string>;
  readonly #names: Map<HTMLTableRowElement, string>;
  /** The order before a name was typed: matches are ranked over it while typing and it comes back when the field is cleared. */
  #unranked: HTMLTableRowElement[] | null = null;

  readonly #root: HTMLElement;

  private constructor(root: HTMLElement) {
    this.#root = root;
    this.#body = root.querySelector<HTMLTableSectionElement>('tbody[data-rows]')!;
    this.#headers = [...root.querySelectorAll<HTMLTableCellElement>('thead th')];
    this.#status = root.querySelector<HTMLElement>('[data-table-status]')!;
    this.#name = root.querySelector<HTMLInputElement>('#filter-name')!;
    this.#region = root.querySelector<HTMLSelectElement>('#filter-region')!;
    this.#topic = root.querySelector<HTMLSelectElement>('#filter-topic')!;
    this.#group = root.querySelector<HTMLSelectElement>('#filter-group')!;
    this.#rows = [...this.#body.rows];
    this.#defaultTopic = root.dataset['defaultTopic'] ?? '';
    this.#columnRule = root.querySelector<HTMLStyleElement>('#table-columns') ?? root.appendChild(document.createElement('style'));
    this.#keys = new Map(this.#rows.map((row) => [row, foldDanish(row.dataset['search'] ?? '')]));
    this.#names = new Map(this.#rows.map((row) => [row, foldDanish(row.dataset['name'] ?? '')]));
    this.#scroller = root.querySelector<HTMLElement>('.table-scroll')!;
    new ResizeObserver(() => this.#fit()).observe(this.#scroller);
    this.#listenForSorting();
    this.#openFromAddress();
    wireDownloads(root, () => this.#shownTable());
    this.#markChosen();
  }

  /** "Stryg til siden for flere kolonner" only while columns lie beyond the edge (visibility: its space stays, nothing moves). */
  #fit(): void {
    this.#root.classList.toggle('fits', this.#scroller.scrollWidth <= this.#scroller.clientWidth + 1);
  }

  #sortBy(column: number, direction: Direction): void {
    const headers = this.#headers,
      body = this.#body;
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
    this.#unranked = null; // a chosen sort order wins over the name ranking until the name is typed again
    headers.forEach((th, i) => (i === column ? th.setAttribute('aria-sort', direction) : th.removeAttribute('aria-sort')));
    this.#status.textContent = `Sorteret efter ${headers[column]!.dataset['label'] ?? ''}, ${direction === 'ascending' ? 'stigende' : 'faldende'}.`;
  }

  /** A column's button sorts by it: numbers highest first, names A–Å, and a second press turns the order round. */
  #listenForSorting(): void {
    this.#headers.forEach((th, column) => {
      th.querySelector('button')?.addEventListener('click', () => {
        const current = th.getAttribute('aria-sort');
        const numeric = th.dataset['sort'] === 'number';
        this.#sortBy(column, current ? (current === 'ascending' ? 'descending' : 'ascending') : numeric ? 'descending' : 'ascending');
      });
    });
  }

  /** Rows, order and columns for what the filters say, and the address that says it again. */
  #filter(): void {
    const query = foldDanish(this.#name.value.trim());
    const shown = this.#filterRows(query);
    this.#rankByName(query);
    this.#limitGroups();
    this.#hideColumns();
    this.#fit();
    const total = this.#rows.length;
    this.#status.textContent = shown === total ? `Viser alle ${total} kommuner.` : `Viser ${shown} af ${total} kommuner.`;
    this.#updateUrl();
  }

  /** Hides the rows that do not match the name and region; how many are left. */
  #filterRows(query: string): number {
    let shown = 0;
    for (const row of this.#rows) {
      const visible = (!query || this.#keys.get(row)!.includes(query)) && (!this.#region.value || row.dataset['region'] === this.#region.value);
      row.hidden = !visible;
      if (visible) shown++;
    }
    return shown;
  }

  /** Exact and prefix matches of the name first ("aar": Aarhus before Lyngby-Taarbæk), in the order shown before. */
  #rankByName(query: string): void {
    const body = this.#body,
      names = this.#names;
    if (query) {
      this.#unranked ??= [...body.rows];
      body.append(...[...this.#unranked].sort((a, b) => nameMatchRank(names.get(a)!, query) - nameMatchRank(names.get(b)!, query)));
    } else if (this.#unranked) {
      body.append(...this.#unranked);
      this.#unranked = null;
    }
  }

  /** Only the target groups the chosen measure has can be picked; a group that no longer fits is let go. */
  #limitGroups(): void {
    const topic = this.#topic,
      group = this.#group;
    const groups = new Set(
      this.#headers.filter((th) => th.dataset['topic'] && (!topic.value || th.dataset['topic'] === topic.value)).map((th) => th.dataset['group']),
    );
    for (const option of group.options) if (option.value) option.hidden = option.disabled = !groups.has(option.value);
    if (group.value && !groups.has(group.value)) group.value = '';
  }

  #hideColumns(): void {
    const topic = this.#topic,
      group = this.#group;
    const hidden: number[] = [];
    this.#headers.forEach((th, i) => {
      if (!th.dataset['topic']) return;
      const hide = (topic.value !== '' && th.dataset['topic'] !== topic.value) || (group.value !== '' && th.dataset['group'] !== group.value);
      if (hide) hidden.push(i + 1);
    });
    this.#columnRule.textContent = hidden.length === 0 ? '' : `.data-table tr > :is(${hidden.map((n) => `:nth-child(${n})`).join(',')}) { display: none; }`;
  }

  #updateUrl(): void {
    const url = new URL(location.href);
    for (const [key, el] of [
      ['q', this.#name],
      ['region', this.#region],
      ['maalgruppe', this.#group],
    ] as const) {
      if (el.value) url.searchParams.set(key, el.value);
      else url.searchParams.delete(key);
    }
    // The measure the table opens on needs no parameter; "all measures" does.
    const topic = this.#topic.value;
    if (topic === this.#defaultTopic) url.searchParams.delete('maaling');
    else url.searchParams.set('maaling', topic || ALL);
    history.replaceState(null, '', url);
  }

  /** The filters the address asks for (?q=…&region=…&maaling=…&maalgruppe=…); from then on the fields filter. */
  #openFromAddress(): void {
    const params = new URLSearchParams(location.search);
    this.#name.value = params.get('q') ?? '';
    this.#region.value = params.get('region') ?? '';
    const wanted = params.get('maaling');
    this.#topic.value = wanted === ALL ? '' : (wanted ?? this.#defaultTopic);
    this.#group.value = params.get('maalgruppe') ?? '';
    for (const el of [this.#name, this.#region, this.#topic, this.#group]) el.addEventListener('input', () => this.#filter());
    if (params.size > 0) this.#filter();
  }

  /** "Hent tabellen": the rows and columns as shown (filters and order), the country first. */
  #shownTable(): ViewTable {
    const root = this.#root,
      headers = this.#headers;
    const shownColumns = headers.map((th, i) => ({ th, i })).filter(({ th }) => getComputedStyle(th).display !== 'none');
    const columns: ViewColumn[] = shownColumns.map(({ th }) => ({
      label: th.dataset['label'] ?? th.textContent?.trim() ?? '',
      kind: th.dataset['unit'] === 'pct' ? 'pct' : th.dataset['unit'] === 'antal' ? 'antal' : 'text',
    }));
    const cellValue = (cell: HTMLTableCellElement | undefined, kind: ViewColumn['kind']): ViewCell => {
      if (!cell) return null;
      if (kind === 'text') return (cell.textContent ?? '').trim();
      return publishedCell(cell.dataset['value'] ?? '');
    };
    const visible = [...this.#body.rows].filter((row) => !row.hidden);
    const national = root.querySelector<HTMLTableRowElement>('tbody.pinned tr');
    const rowsOut = visible.map((row) => shownColumns.map(({ i }, c) => cellValue(row.cells[i], columns[c]!.kind)));
    const nationalRow = national ? [shownColumns.map(({ i }, c) => (i === 1 ? '' : cellValue(national.cells[i], columns[c]!.kind)))] : [];
    const period = root.dataset['period'] ?? '';
    const title = `Alle kommuner, ${formatPeriod(period)}`;
    const sample = root.dataset['sample'] === 'ja';
    return {
      name: fileName('tabel', periodForFile(period), ...(this.#topic.value ? [this.#topic.value] : [])),
      title,
      columns,
      rows: [...nationalRow, ...rowsOut],
      sample,
      about: aboutLines({
        title,
        credit: root.dataset['credit'] ?? '',
        caveats: [],
        sample,
        sampleWarning: SAMPLE_WARNING,
        address: location.href,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  }

  /** Coming from the map with a kommune selected: its row is marked and brought into view. */
  #markChosen(): void {
    const code = new URLSearchParams(location.search).get('kommune');
    const chosen = this.#rows.find((row) => row.dataset['code'] === code);
    if (!chosen) return;
    chosen.classList.add('selected');
    chosen.querySelector('th')?.setAttribute('aria-current', 'true');
    chosen.scrollIntoView({ block: 'center' });
    this.#status.textContent = `${chosen.dataset['name']} er markeret i tabellen.`;
  }
}
