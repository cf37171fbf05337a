/**
 * Behaviour for the server-rendered change map: the "Fra" and "Til" months (every month fetched once, on demand),
 * URL state (?fra=2025M07&til=2026M07), names on hover and focus, and arrow keys between kommuner. Everything shown
 * for two months comes from src/lib/map/change-state.ts, as at build time; without this script the page shows the
 * default months.
 */
import { changeState, defaultChange, type ChangeMonth, type ChangeRow, type ChangeState } from '../../lib/map/change-state.ts';
import { periodOfFile } from '../../lib/map/map-state.ts';
import { nextInDirection, type Direction } from '../../lib/map/spatial-nav.ts';
import { formatPeriod } from '../../lib/words/format.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';
import { startOnPage } from '../../client/handoff-error.ts';
import { readChangeHandoff, type ChangeHandoff } from './change-handoff.ts';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const shapeOf = (event: Event) => (event.target as Element).closest?.('a.k') as SVGAElement | null;

export class ChangeMap {
  /** The change map on this page, once its data reads; when it does not, the page says so and the map as built stays. */
  static start(): ChangeMap | undefined {
    return startOnPage(
      '[data-change-map]',
      'change-data',
      readChangeHandoff,
      'Kortet kan ikke skifte måneder eller vise detaljer',
      (root, data) => new ChangeMap(root, data),
    );
  }

  readonly #fromSelect: HTMLSelectElement;
  readonly #toSelect: HTMLSelectElement;
  readonly #status: HTMLElement;
  readonly #tooltip: HTMLElement;
  readonly #panel: HTMLElement;
  readonly #announcer: HTMLElement | null;
  /** Every month's numbers met so far: the two built ones, then the whole periods file once it is fetched. */
  readonly #months: Map<string, ChangeMonth>;
  /** The months the page opens on without ?fra and ?til. */
  readonly #fallback: { from: string; to: string };
  #state: ChangeState;
  /** The latest pair of months asked for: an answer to an older request is dropped. */
  #request = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  readonly #root: HTMLElement;
  readonly #data: ChangeHandoff;

  private constructor(root: HTMLElement, data: ChangeHandoff) {
    this.#root = root;
    this.#data = data;
    this.#fromSelect = root.querySelector<HTMLSelectElement>('#change-from')!;
    this.#toSelect = root.querySelector<HTMLSelectElement>('#change-to')!;
    this.#status = root.querySelector<HTMLElement>('[data-change-status]')!;
    this.#tooltip = root.querySelector<HTMLElement>('.tooltip')!;
    this.#panel = root.querySelector<HTMLElement>('.panel')!;
    this.#announcer = root.querySelector<HTMLElement>('[data-change-announce]');
    this.#months = new Map([data.from, data.to].map((m) => [m.period, m]));
    this.#fallback = defaultChange(data.periods);
    this.#state = this.#stateOf(data.from, data.to);
    this.#listenForShapes();
    this.#listenForKeys();
    const choose = () => void this.#show(this.#fromSelect.value, this.#toSelect.value);
    this.#fromSelect.addEventListener('change', choose);
    this.#toSelect.addEventListener('change', choose);
    this.#openFromAddress();
  }

  #stateOf(from: ChangeMonth, to: ChangeMonth): ChangeState {
    const data = this.#data;
    const few = [...(data.few[from.period] ?? []), ...(data.few[to.period] ?? [])];
    return changeState(data.places, { better: data.better, from, to, few });
  }

  async #monthOf(period: string): Promise<ChangeMonth> {
    const known = this.#months.get(period);
    if (known) return known;
    const all = await fetchPeriodsFile(this.#data.source);
    all.periods.forEach((p, i) => this.#months.set(p, periodOfFile(all, i)));
    const found = this.#months.get(period);
    if (!found) throw new Error(`ingen tal for ${period}`);
    return found;
  }

  /** Shows two months; while they load the page keeps the months it shows, and a failure says so. */
  async #show(from: string, to: string): Promise<void> {
    const mine = ++this.#request;
    const status = this.#status;
    if (!this.#months.has(from) || !this.#months.has(to)) status.textContent = `Henter tal for ${formatPeriod(from)} og ${formatPeriod(to)} …`;
    try {
      const [a, b] = await Promise.all([this.#monthOf(from), this.#monthOf(to)]);
      if (mine !== this.#request) return;
      this.#state = this.#stateOf(a, b);
      status.textContent = '';
      this.#render();
      this.#updateUrl();
    } catch {
      if (mine !== this.#request) return;
      const state = this.#state;
      status.textContent = `Tallene for ${formatPeriod(from)} og ${formatPeriod(to)} kunne ikke hentes. Kortet viser stadig ${state.fromLabel} til ${state.toLabel}. Prøv igen om lidt.`;
      this.#fromSelect.value = state.from;
      this.#toSelect.value = state.to;
    }
  }

  #setText(selector: string, text: string): void {
    for (const el of this.#root.querySelectorAll(selector)) el.textContent = text;
  }

  /** Colours, names, finding, key, movers and table for the two months shown. */
  #render(): void {
    const state = this.#state,
      root = this.#root;
    const byCode = new Map(state.shapes.map((s) => [s.code, s]));
    for (const a of root.querySelectorAll<SVGAElement>('a.k[data-code]')) {
      const shape = byCode.get(a.dataset['code']!)!;
      a.querySelector('path')?.setAttribute('fill', shape.fill);
      a.classList.toggle('dark', shape.dark);
      if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', shape.label);
    }
    this.#setText('[data-from-label]', state.fromLabel);
    this.#setText('[data-to-label]', state.toLabel);
    this.#setText('#change-finding', state.finding);
    this.#setText('#change-description', state.description);
    this.#renderLegend();
    state.movers.forEach((list, i) => {
      this.#setText(`[data-movers-title="${i}"]`, list.title);
      root.querySelector(`[data-movers="${i}"]`)?.replaceChildren(...tableRows(list.rows, list.empty));
      this.#setText(`[data-movers-tie="${i}"]`, list.tie);
    });
    this.#setText('[data-movers-note]', state.moversNote);
    root.querySelector('[data-change-rows]')?.replaceChildren(...tableRows([state.national, ...state.rows]));
    this.#announce(state.finding);
  }

  #renderLegend(): void {
    const { legend } = this.#state;
    this.#setText('[data-legend-title]', legend.title);
    this.#setText('[data-legend-fell]', legend.fell);
    this.#setText('[data-legend-rose]', legend.rose);
    this.#root.querySelector('[data-legend-items]')?.replaceChildren(
      ...legend.items.map((item) => {
        const li = document.createElement('li');
        li.dataset['class'] = String(item.cls);
        const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
        swatch.style.background = item.colour;
        li.append(swatch, item.label);
        return li;
      }),
    );
  }

  #updateUrl(): void {
    const url = new URL(location.href);
    const state = this.#state,
      fallback = this.#fallback;
    if (state.from === fallback.from && state.to === fallback.to) {
      url.searchParams.delete('fra');
      url.searchParams.delete('til');
    } else {
      url.searchParams.set('fra', state.from);
      url.searchParams.set('til', state.to);
    }
    history.replaceState(null, '', url);
  }

  /** One announcement when the months settle, not one per arrow press in a select. */
  #announce(text: string): void {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#announcer) this.#announcer.textContent = text;
    }, 500);
  }

  #showTooltip(a: SVGAElement): void {
    const shape = this.#state.shapes.find((s) => s.code === a.dataset['code']);
    if (!shape) return;
    const tooltip = this.#tooltip;
    tooltip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: shape.label }));
    tooltip.hidden = false;
    const box = a.getBoundingClientRect();
    const host = this.#panel.getBoundingClientRect();
    tooltip.style.left = `${Math.min(Math.max(0, box.left - host.left + box.width / 2 - 100), host.width - 220)}px`;
    tooltip.style.top = `${box.bottom - host.top + 6}px`;
  }

  #hideTooltip(): void {
    this.#tooltip.hidden = true;
  }

  /** A kommune's name and change on mouse hover and on focus. */
  #listenForShapes(): void {
    const root = this.#root;
    root.addEventListener('pointerover', (event) => {
      const a = shapeOf(event);
      if (a && event.pointerType === 'mouse') this.#showTooltip(a);
    });
    root.addEventListener('pointerout', (event) => {
      const a = shapeOf(event);
      if (a && !(event.relatedTarget instanceof Element && a.contains(event.relatedTarget))) this.#hideTooltip();
    });
    root.addEventListener('focusin', (event) => {
      const a = shapeOf(event);
      if (a) this.#showTooltip(a);
    });
    root.addEventListener('focusout', () => this.#hideTooltip());
  }

  #keyboardShapes(): SVGAElement[] {
    return [...this.#root.querySelectorAll<SVGAElement>('[data-keyboard-map] a.k[data-code]')];
  }

  #setRovingFocus(active: SVGAElement | undefined): void {
    for (const a of this.#keyboardShapes()) a.setAttribute('tabindex', a === active ? '0' : '-1');
  }

  /** One tab stop for the map; the arrow keys move between neighbouring kommuner. */
  #listenForKeys(): void {
    this.#root.addEventListener('keydown', (event) => {
      const target = (event.target as Element).closest?.('[data-keyboard-map] a.k') as SVGAElement | null;
      if (!target || !(event.key in KEYS)) return;
      event.preventDefault();
      const items = this.#keyboardShapes();
      const points = items.map((a) => ({ id: a.dataset['code']!, x: Number(a.dataset['x']), y: Number(a.dataset['y']) }));
      const id = nextInDirection(points, target.dataset['code']!, KEYS[event.key]!);
      const next = items.find((a) => a.dataset['code'] === id);
      if (next) {
        this.#setRovingFocus(next);
        next.focus();
      }
    });
    this.#setRovingFocus(this.#keyboardShapes()[0]);
  }

  /** The months the address asks for (?fra=…&til=…); a month the measure lacks falls back to the default. */
  #openFromAddress(): void {
    const params = new URLSearchParams(location.search);
    const valid = (period: string | null) => (period !== null && this.#data.periods.includes(period) ? period : undefined);
    const from = valid(params.get('fra')) ?? this.#fallback.from;
    const to = valid(params.get('til')) ?? this.#fallback.to;
    this.#fromSelect.value = from;
    this.#toSelect.value = to;
    if (from !== this.#state.from || to !== this.#state.to) void this.#show(from, to);
  }
}

/** Table rows as the build writes them (ChangeTableRows.astro). */
function tableRows(rows: ChangeRow[], empty?: string): HTMLTableRowElement[] {
  if (rows.length === 0 && empty) {
    const tr = document.createElement('tr');
    tr.append(Object.assign(document.createElement('td'), { colSpan: 4, textContent: empty }));
    return [tr];
  }
  return rows.map((r) => {
    const tr = document.createElement('tr');
    if (!r.slug) tr.className = 'national';
    const th = Object.assign(document.createElement('th'), { scope: 'row' });
    th.append(r.slug ? Object.assign(document.createElement('a'), { href: withBase(`/kommune/${r.slug}/`), textContent: r.name }) : r.name);
    const cells = [r.from, r.to, r.change].map((text) => Object.assign(document.createElement('td'), { className: 'num', textContent: text }));
    tr.append(th, ...cells);
    return tr;
  });
}
