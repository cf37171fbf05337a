/**
 * Behaviour for the server-rendered map: period switching (other periods fetched on demand), hover/tap/focus details,
 * arrow-key movement between kommuner (one tab stop per map), view toggle and URL state. The map reads fine without it.
 * What the map shows for a period comes from the same pure module the build uses (src/lib/map/map-state.ts).
 */
import { mapState, periodOfFile, type MapPeriod, type MapState, type RankItem } from '../../lib/map/map-state.ts';
import { nextInDirection, type Direction } from '../../lib/map/spatial-nav.ts';
import { nearestPeriod } from '../../lib/period/nearest-period.ts';
import { formatPeriod } from '../../lib/words/format.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { aboutLines, fileName, periodForFile, type ViewCell, type ViewTable } from '../../lib/download/view-table.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';
import { wireDownloads } from '../../client/download.ts';
import { startOnPage } from '../../client/handoff-error.ts';
import { readMapHandoff, type MapHandoff } from './map-handoff.ts';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
type View = 'geo' | 'tiles';

/** Tiles show an abbreviation: their name says it too, outside the parentheses ("Aarhus, AAR: …"). */
const withAbbreviation = (label: string, abbreviation: string) => label.replace(/^([^:]+):/, `$1, ${abbreviation}:`);
const shapeOf = (event: Event) => (event.target as Element).closest?.('a.k') as SVGAElement | null;

export class MapExplorer {
  /** The map on this page, once its data reads; when it does not, the page says so and the map as built stays. */
  static start(): MapExplorer | undefined {
    return startOnPage(
      '[data-map-explorer]',
      'map-data',
      readMapHandoff,
      'Kortet kan ikke skifte måned eller vise detaljer',
      (root, data) => new MapExplorer(root, data),
    );
  }

  readonly #index: Map<string, number>;
  readonly #slider: HTMLInputElement;
  readonly #tooltip: HTMLElement;
  readonly #panel: HTMLElement;
  readonly #status: HTMLElement | null;
  readonly #announcer: HTMLElement | null;
  /** Every period's numbers met so far: the built one, then the whole periods file once it is fetched. */
  readonly #loaded: Map<string, MapPeriod>;
  /** Position in `data.periods` of the month shown. */
  #shown: number;
  #state: MapState;
  /** The numbers shown: what the downloads hold. */
  #numbers: MapPeriod;
  #selected: string | undefined;
  /** The latest period asked for: an answer to an older request is dropped. */
  #request = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Announcements wait until the page has opened on the month and kommune its address asks for. */
  #ready = false;
  #lastPointer = '';

  readonly #root: HTMLElement;
  readonly #data: MapHandoff;

  private constructor(root: HTMLElement, data: MapHandoff) {
    this.#root = root;
    this.#data = data;
    this.#index = new Map(data.places.codes.map((c, i) => [c, i]));
    this.#slider = root.querySelector<HTMLInputElement>('#period-slider')!;
    this.#tooltip = root.querySelector<HTMLElement>('.tooltip')!;
    this.#panel = root.querySelector<HTMLElement>('.panel')!;
    this.#status = root.querySelector<HTMLElement>('[data-period-status]');
    this.#announcer = root.querySelector<HTMLElement>('[data-map-announce]');
    this.#loaded = new Map([[data.current.period, data.current]]);
    this.#shown = data.periods.indexOf(data.current.period);
    this.#numbers = data.current;
    this.#state = mapState(data.measure, data.places, data.current);
    this.#listenForShapes();
    this.#listenForKeys();
    this.#listenForControls();
    wireDownloads(root, () => this.#shownTable());
    this.#openFromAddress();
  }

  /** A period's numbers: at once when known, else from the measure's periods file (fetched once). */
  async #periodData(period: string): Promise<MapPeriod> {
    const known = this.#loaded.get(period);
    if (known) return known;
    const all = await fetchPeriodsFile(this.#data.source);
    all.periods.forEach((p, i) => this.#loaded.set(p, periodOfFile(all, i)));
    const found = this.#loaded.get(period);
    if (!found) throw new Error(`ingen tal for ${period}`);
    return found;
  }

  /** Shows a period; while its numbers load the map keeps showing the current one, and a failure says so. */
  async #showPeriod(position: number): Promise<void> {
    const period = this.#data.periods[position]!;
    const mine = ++this.#request;
    this.#setSlider(position, formatPeriod(period));
    if (this.#status && !this.#loaded.has(period)) this.#status.textContent = `Henter tal for ${formatPeriod(period)} …`;
    try {
      const fetched = await this.#periodData(period);
      if (mine !== this.#request) return;
      this.#shown = position;
      this.#numbers = fetched;
      this.#state = mapState(this.#data.measure, this.#data.places, fetched);
      if (this.#status) this.#status.textContent = '';
      this.#render();
      this.#updateUrl();
    } catch {
      if (mine !== this.#request) return;
      const failed = `Tallene for ${formatPeriod(period)} kunne ikke hentes. Kortet viser stadig ${this.#state.periodLabel}. Prøv igen om lidt.`;
      if (this.#status) this.#status.textContent = failed;
      this.#setSlider(this.#shown, this.#state.periodLabel);
    }
  }

  #setSlider(position: number, label: string): void {
    this.#slider.value = String(position);
    this.#slider.setAttribute('aria-valuetext', label);
    const output = this.#root.querySelector('#period-output');
    if (output) output.textContent = label;
  }

  /** Colours, names, key, headline and lists for the state shown. */
  #render(): void {
    const state = this.#state,
      root = this.#root;
    const byCode = new Map(state.shapes.map((s) => [s.code, s]));
    for (const a of this.#shapes()) {
      const shape = byCode.get(a.dataset['code']!)!;
      a.querySelector('path, rect')?.setAttribute('fill', shape.fill);
      a.classList.toggle('dark', shape.dark);
      if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', a.dataset['abbr'] ? withAbbreviation(shape.label, a.dataset['abbr']) : shape.label);
    }
    for (const el of root.querySelectorAll('[data-period-label]')) el.textContent = state.periodLabel;
    const texts: [string, string][] = [
      ['#legend-national', state.national],
      ['#legend-requirement', state.requirement],
      ['#map-summary', state.summary],
      ['#map-headline', state.headline],
      ['#map-detail', state.detail],
    ];
    for (const [selector, text] of texts) {
      const el = root.querySelector(selector);
      if (el) el.textContent = text;
    }
    this.#announce(state.summary);
    this.#fillRanking('worst', state.worst);
    this.#fillRanking('best', state.best);
    if (this.#selected) this.#showTooltip(this.#selected);
  }

  /** One announcement when the period settles, not one per arrow press on the slider. */
  #announce(text: string): void {
    if (!this.#ready) return;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#announcer) this.#announcer.textContent = text;
    }, 600);
  }

  #fillRanking(which: string, items: RankItem[]): void {
    const list = this.#root.querySelector(`[data-rank="${which}"]`);
    list?.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: withBase(`/kommune/${item.slug}/`), textContent: item.name });
        const span = Object.assign(document.createElement('span'), { className: 'num', textContent: item.value });
        li.append(a, ' ', span);
        return li;
      }),
    );
  }

  #updateUrl(): void {
    const url = new URL(location.href);
    if (this.#shown === this.#data.periods.length - 1) url.searchParams.delete('periode');
    else url.searchParams.set('periode', this.#data.periods[this.#shown]!);
    if (this.#selected) url.searchParams.set('kommune', this.#selected);
    else url.searchParams.delete('kommune');
    history.replaceState(null, '', url);
    this.#carryState();
  }

  /** Links to other measures and to the table take the month and the selected kommune along. */
  #carryState(): void {
    const period = this.#data.periods[this.#shown]!;
    const newest = this.#shown === this.#data.periods.length - 1;
    for (const a of this.#root.querySelectorAll<HTMLAnchorElement>('a[data-carry]')) {
      const table = a.dataset['carry'] === 'table';
      const path = table ? withBase(period === this.#data.tableNewest ? '/tabel/' : `/tabel/${period}/`) : (a.dataset['base'] ??= a.pathname);
      const params = new URLSearchParams();
      if (table && a.dataset['topic']) params.set('maaling', a.dataset['topic']);
      if (!table && !newest) params.set('periode', period);
      if (this.#selected) params.set('kommune', this.#selected);
      const query = params.toString();
      a.href = `${path}${query ? `?${query}` : ''}`;
    }
  }

  /** The box with a kommune's value and a link to its page, under the kommune (or above it, near the screen's foot). */
  #showTooltip(code: string, anchor?: Element): void {
    const target = anchor ?? this.#root.querySelector(`[data-keyboard-map] a.k[data-code="${code}"]`);
    const i = this.#index.get(code);
    if (!target || i === undefined) return;
    const tooltip = this.#tooltip,
      data = this.#data;
    const shape = this.#state.shapes[i]!;
    const strong = document.createElement('strong');
    const abbreviation = target instanceof SVGElement ? target.dataset['abbr'] : undefined;
    strong.textContent = abbreviation ? withAbbreviation(shape.label, abbreviation) : shape.label;
    const go = Object.assign(document.createElement('a'), {
      href: withBase(`/kommune/${data.places.slugs[i]}/`),
      textContent: `Gå til ${data.places.names[i]} →`,
      tabIndex: -1,
    });
    tooltip.replaceChildren(strong, document.createElement('br'), go);
    tooltip.hidden = false;
    for (const a of this.#shapes()) a.classList.toggle('active', a.dataset['code'] === code);
    this.#placeTooltip(target.getBoundingClientRect());
  }

  #placeTooltip(box: DOMRect): void {
    const tooltip = this.#tooltip;
    const host = this.#panel.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - host.left + box.width / 2 - 100), host.width - 220);
    tooltip.style.left = `${left}px`;
    // Below the kommune if it fits on the screen, else above it, and never above the screen's top edge.
    const height = tooltip.offsetHeight;
    const below = box.bottom + 6 + height <= window.innerHeight;
    const top = below ? box.bottom + 6 : Math.max(4, box.top - 6 - height);
    tooltip.style.top = `${top - host.top}px`;
  }

  #hideTooltip(): void {
    if (this.#selected) return;
    this.#tooltip.hidden = true;
    for (const a of this.#root.querySelectorAll('a.k.active')) a.classList.remove('active');
  }

  /** Pins a kommune (its box stays open and the address names it), or lets go with undefined. */
  #select(code: string | undefined): void {
    this.#selected = code;
    for (const a of this.#shapes()) a.classList.toggle('selected', a.dataset['code'] === code);
    for (const a of this.#root.querySelectorAll<SVGAElement>(`a.k.selected`)) a.parentNode?.appendChild(a);
    if (code) this.#showTooltip(code);
    else this.#tooltip.hidden = true;
    this.#updateUrl();
  }

  #shapes(): SVGAElement[] {
    return [...this.#root.querySelectorAll<SVGAElement>('a.k[data-code]')];
  }

  /** The shapes of the map in view (the national map or the tiles): the ones the arrow keys move between. */
  #keyboardShapes(): SVGAElement[] {
    return [...this.#root.querySelectorAll<SVGAElement>('[data-keyboard-map] a.k[data-code]')];
  }

  /** One tab stop per map: the kommune given, else the selected one, else the first. */
  #setRovingFocus(code?: string): void {
    const items = this.#keyboardShapes();
    const active = items.find((a) => a.dataset['code'] === code) ?? items.find((a) => a.dataset['code'] === this.#selected) ?? items[0];
    for (const a of this.#shapes()) a.setAttribute('tabindex', a === active ? '0' : '-1');
  }

  /** Arrow keys to the neighbour in that direction, Home and End to the first and last by name, Escape lets go. */
  #onKey(event: KeyboardEvent): void {
    const target = (event.target as Element).closest?.('[data-keyboard-map] a.k') as SVGAElement | null;
    if (!target) return;
    if (event.key === 'Escape') return this.#select(undefined);
    const items = this.#keyboardShapes();
    let next: SVGAElement | undefined;
    if (event.key in KEYS) {
      const points = items.map((a) => ({ id: a.dataset['code']!, x: Number(a.dataset['x']), y: Number(a.dataset['y']) }));
      const id = nextInDirection(points, target.dataset['code']!, KEYS[event.key]!);
      next = items.find((a) => a.dataset['code'] === id);
    } else if (event.key === 'Home' || event.key === 'End') {
      const sorted = [...items].sort((a, b) => a.getAttribute('aria-label')!.localeCompare(b.getAttribute('aria-label')!, 'da'));
      next = event.key === 'Home' ? sorted[0] : sorted[sorted.length - 1];
    } else return;
    event.preventDefault();
    if (next) {
      this.#setRovingFocus(next.dataset['code']);
      next.focus();
    }
  }

  #listenForKeys(): void {
    const root = this.#root,
      tooltip = this.#tooltip;
    root.addEventListener('keydown', (event) => this.#onKey(event));
    root.addEventListener('focusin', (event) => {
      const a = shapeOf(event);
      if (a) this.#showTooltip(a.dataset['code']!, a);
    });
    root.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Element && tooltip.contains(event.relatedTarget))) this.#hideTooltip();
    });
  }

  /**
   * A mouse shows a kommune's box on hover and follows the link on click. On touch, the first tap on a kommune shows its
   * value; the link in the box (or a second tap) opens its page. A tap anywhere else closes a pinned box.
   */
  #listenForShapes(): void {
    const root = this.#root,
      tooltip = this.#tooltip;
    root.addEventListener('pointerover', (event) => {
      const a = shapeOf(event);
      if (a && event.pointerType === 'mouse') this.#showTooltip(a.dataset['code']!, a);
    });
    root.addEventListener('pointerout', (event) => {
      const a = shapeOf(event);
      if (a && event.pointerType === 'mouse' && !(event.relatedTarget instanceof Element && a.contains(event.relatedTarget))) this.#hideTooltip();
    });
    root.addEventListener('pointerdown', (event) => (this.#lastPointer = event.pointerType));
    document.addEventListener('click', (event) => {
      const target = event.target as Element;
      // A link elsewhere (another measure, the table) leaves with the selection, so it is kept for the link to carry.
      if (this.#selected && !target.closest?.('a') && !tooltip.contains(target)) this.#select(undefined);
    });
    root.addEventListener('click', (event) => {
      const a = shapeOf(event);
      if (!a || event.detail === 0 || this.#lastPointer === 'mouse') return;
      const code = a.dataset['code']!;
      if (this.#selected !== code) {
        event.preventDefault();
        this.#select(code);
      }
    });
  }

  /** The month slider and its steps, the map/tiles switch, and the picture downloads. */
  #listenForControls(): void {
    const root = this.#root,
      slider = this.#slider,
      data = this.#data;
    slider.addEventListener('input', () => void this.#showPeriod(Number(slider.value)));
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      button.addEventListener('click', () => {
        const position = Math.min(data.periods.length - 1, Math.max(0, Number(slider.value) + Number(button.dataset['step'])));
        void this.#showPeriod(position);
      });
    }
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      b.addEventListener('click', () => this.#setView(b.dataset['view'] === 'tiles' ? 'tiles' : 'geo'));
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download]')) {
      button.addEventListener('click', () => void this.#downloadPicture(button.dataset['download'] === 'svg' ? 'svg' : 'png'));
    }
  }

  /** The national map or the tile map; the one shown takes the arrow keys, and the address remembers tiles. */
  #setView(view: View): void {
    const root = this.#root;
    root.classList.toggle('show-geo', view === 'geo');
    root.classList.toggle('show-tiles', view === 'tiles');
    for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) b.setAttribute('aria-pressed', String(b.dataset['view'] === view));
    for (const svg of root.querySelectorAll('svg.national, svg.tiles')) {
      const active = svg.classList.contains(view === 'geo' ? 'national' : 'tiles');
      if (active) svg.setAttribute('data-keyboard-map', '');
      else svg.removeAttribute('data-keyboard-map');
    }
    this.#setRovingFocus();
    const url = new URL(location.href);
    if (view === 'tiles') url.searchParams.set('visning', 'fliser');
    else url.searchParams.delete('visning');
    history.replaceState(null, '', url);
  }

  /** The map as a picture: its drawing code is fetched on the first click, so the page loads without it. */
  async #downloadPicture(format: 'png' | 'svg'): Promise<void> {
    const root = this.#root,
      data = this.#data,
      state = this.#state;
    const { downloadMap, pictureMapOf } = await import('../../client/map-image.ts');
    const { measure } = data;
    const name = `jobcentertjek-${measure.id}-${state.period}${measure.sample ? '-eksempeldata' : ''}`;
    const national = root.querySelector<SVGSVGElement>('svg.national')!;
    const inset = root.querySelector<SVGSVGElement>('.inset svg');
    const picture = {
      title: data.title,
      measure,
      state,
      national: pictureMapOf(national),
      credit: data.credit,
      site: data.site,
      ...(inset ? { inset: pictureMapOf(inset) } : {}),
    };
    downloadMap(picture, name, format);
  }

  /** "Hent tallene": the map's measure in the month shown, one row per kommune and the country first. */
  #shownTable(): ViewTable {
    const data = this.#data,
      numbers = this.#numbers,
      state = this.#state;
    const { measure, places } = data;
    const sample = measure.sample ? ['ja'] : [];
    // Shares with the decimals they were published with (one unless the file says otherwise), counts as they are.
    const cell = (value: number | null, decimals: number | undefined): ViewCell =>
      value === null ? null : decimals !== undefined || measure.unit === 'pct' ? { value, decimals: decimals ?? 1 } : value;
    const row = (code: string, name: string, value: ViewCell): ViewCell[] => [code, name, numbers.period, measure.id, value, ...sample];
    const title = `${data.title}, ${state.periodLabel}`;
    return {
      name: fileName(measure.id, periodForFile(numbers.period)),
      title,
      columns: [
        { label: 'kommunekode', kind: 'text' as const },
        { label: 'kommune', kind: 'text' as const },
        { label: 'periode', kind: 'text' as const },
        { label: 'maaling', kind: 'text' as const },
        { label: 'vaerdi', kind: measure.unit },
        ...(measure.sample ? [{ label: 'eksempeldata', kind: 'text' as const }] : []),
      ],
      rows: [
        row('000', 'Hele landet', cell(numbers.national, numbers.nationalDecimals)),
        ...places.codes.map((code, i) => row(code, places.names[i]!, cell(numbers.values[i] ?? null, numbers.decimals?.[i]))),
      ],
      sample: measure.sample,
      about: aboutLines({
        title,
        credit: data.credit,
        caveats: data.caveats,
        sample: measure.sample,
        sampleWarning: SAMPLE_WARNING,
        address: location.href,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  }

  /** The view, kommune and month the address asks for (?visning=fliser&kommune=751&periode=2025M07). */
  #openFromAddress(): void {
    const params = new URLSearchParams(location.search);
    this.#setView(params.get('visning') === 'fliser' ? 'tiles' : 'geo');
    const code = params.get('kommune');
    if (code && this.#index.has(code)) {
      this.#select(code);
      // A cold link to a selected kommune: bring it into view (the shape, with its box under it).
      this.#root.querySelector(`[data-keyboard-map] a.k[data-code="${code}"]`)?.scrollIntoView({ block: 'center' });
      this.#showTooltip(code);
    }
    this.#setRovingFocus();
    this.#ready = true;
    // A month this measure lacks (a link from another measure) opens on the nearest one it has.
    const asked = params.get('periode');
    const periods = this.#data.periods;
    const wanted = asked ? periods.indexOf(nearestPeriod(periods, asked) ?? '') : -1;
    if (wanted >= 0 && wanted !== this.#shown) void this.#showPeriod(wanted);
    else this.#carryState();
  }
}
