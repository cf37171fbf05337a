/**
 * Behaviour for the server-rendered change map: the "Fra" and "Til" months (every month fetched once, on demand),
 * URL state (?fra=2025M07&til=2026M07), names on hover and focus, and arrow keys between kommuner. Everything shown
 * for two months comes from src/lib/map/change-state.ts, as at build time; without this script the page shows the
 * default months.
 */
import { changeState, defaultChange, type ChangeMonth, type ChangeRow, type ChangeState } from '../../lib/map/change-state.ts';
import { readChangeHandoff } from './change-handoff.ts';
import { readPageData } from '../../client/handoff-error.ts';
import { nextInDirection, type Direction } from '../../lib/map/spatial-nav.ts';
import { formatPeriod } from '../../lib/words/format.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function initChangeMap(): void {
  const root = document.querySelector<HTMLElement>('[data-change-map]');
  const json = document.getElementById('change-data');
  if (!root || !json) return;
  const checked = readPageData(root, json, readChangeHandoff, 'Kortet kan ikke skifte måneder eller vise detaljer');
  if (!checked) return;
  const data = checked;
  const { places, periods } = data;
  const fromSelect = root.querySelector<HTMLSelectElement>('#change-from')!;
  const toSelect = root.querySelector<HTMLSelectElement>('#change-to')!;
  const status = root.querySelector<HTMLElement>('[data-change-status]')!;
  const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const months = new Map<string, ChangeMonth>([data.from, data.to].map((m) => [m.period, m]));
  const fallback = defaultChange(periods);
  const stateOf = (from: ChangeMonth, to: ChangeMonth): ChangeState =>
    changeState(places, { better: data.better, from, to, few: [...(data.few[from.period] ?? []), ...(data.few[to.period] ?? [])] });
  let state = stateOf(data.from, data.to);

  async function monthOf(period: string): Promise<ChangeMonth> {
    const known = months.get(period);
    if (known) return known;
    const all = await fetchPeriodsFile(data.source);
    all.periods.forEach((p, i) => months.set(p, { period: p, values: all.values[i]!, national: all.national[i] ?? null }));
    const found = months.get(period);
    if (!found) throw new Error(`ingen tal for ${period}`);
    return found;
  }

  let request = 0;
  /** Shows two months; while they load the page keeps the months it shows, and a failure says so. */
  async function show(from: string, to: string): Promise<void> {
    const mine = ++request;
    if (!months.has(from) || !months.has(to)) status.textContent = `Henter tal for ${formatPeriod(from)} og ${formatPeriod(to)} …`;
    try {
      const [a, b] = await Promise.all([monthOf(from), monthOf(to)]);
      if (mine !== request) return;
      state = stateOf(a, b);
      status.textContent = '';
      render();
      updateUrl();
    } catch {
      if (mine !== request) return;
      status.textContent = `Tallene for ${formatPeriod(from)} og ${formatPeriod(to)} kunne ikke hentes. Kortet viser stadig ${state.fromLabel} til ${state.toLabel}. Prøv igen om lidt.`;
      fromSelect.value = state.from;
      toSelect.value = state.to;
    }
  }

  const setText = (selector: string, text: string) => {
    for (const el of root.querySelectorAll(selector)) el.textContent = text;
  };

  function render(): void {
    const byCode = new Map(state.shapes.map((s) => [s.code, s]));
    for (const a of root!.querySelectorAll<SVGAElement>('a.k[data-code]')) {
      const shape = byCode.get(a.dataset['code']!)!;
      a.querySelector('path')?.setAttribute('fill', shape.fill);
      a.classList.toggle('dark', shape.dark);
      if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', shape.label);
    }
    setText('[data-from-label]', state.fromLabel);
    setText('[data-to-label]', state.toLabel);
    setText('#change-finding', state.finding);
    setText('#change-description', state.description);
    setText('[data-legend-title]', state.legend.title);
    setText('[data-legend-fell]', state.legend.fell);
    setText('[data-legend-rose]', state.legend.rose);
    root!.querySelector('[data-legend-items]')?.replaceChildren(
      ...state.legend.items.map((item) => {
        const li = document.createElement('li');
        li.dataset['class'] = String(item.cls);
        const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
        swatch.style.background = item.colour;
        li.append(swatch, item.label);
        return li;
      }),
    );
    state.movers.forEach((list, i) => {
      setText(`[data-movers-title="${i}"]`, list.title);
      root!.querySelector(`[data-movers="${i}"]`)?.replaceChildren(...tableRows(list.rows, list.empty));
      setText(`[data-movers-tie="${i}"]`, list.tie);
    });
    setText('[data-movers-note]', state.moversNote);
    root!.querySelector('[data-change-rows]')?.replaceChildren(...tableRows([state.national, ...state.rows]));
    announce(state.finding);
  }

  function updateUrl(): void {
    const url = new URL(location.href);
    if (state.from === fallback.from && state.to === fallback.to) {
      url.searchParams.delete('fra');
      url.searchParams.delete('til');
    } else {
      url.searchParams.set('fra', state.from);
      url.searchParams.set('til', state.to);
    }
    history.replaceState(null, '', url);
  }

  // One announcement when the months settle, not one per arrow press in a select.
  const announcer = root.querySelector<HTMLElement>('[data-change-announce]');
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  function announce(text: string): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (announcer) announcer.textContent = text;
    }, 500);
  }

  function showTooltip(a: SVGAElement): void {
    const shape = state.shapes.find((s) => s.code === a.dataset['code']);
    if (!shape) return;
    tooltip.replaceChildren(Object.assign(document.createElement('strong'), { textContent: shape.label }));
    tooltip.hidden = false;
    const box = a.getBoundingClientRect();
    const host = panel.getBoundingClientRect();
    tooltip.style.left = `${Math.min(Math.max(0, box.left - host.left + box.width / 2 - 100), host.width - 220)}px`;
    tooltip.style.top = `${box.bottom - host.top + 6}px`;
  }
  const hideTooltip = () => (tooltip.hidden = true);
  const shapeOf = (event: Event) => (event.target as Element).closest?.('a.k') as SVGAElement | null;
  root.addEventListener('pointerover', (event) => {
    const a = shapeOf(event);
    if (a && event.pointerType === 'mouse') showTooltip(a);
  });
  root.addEventListener('pointerout', (event) => {
    if (shapeOf(event) && !(event.relatedTarget instanceof Element && shapeOf(event)!.contains(event.relatedTarget))) hideTooltip();
  });
  root.addEventListener('focusin', (event) => {
    const a = shapeOf(event);
    if (a) showTooltip(a);
  });
  root.addEventListener('focusout', hideTooltip);

  // One tab stop for the map; the arrow keys move between neighbouring kommuner.
  const keyboardLinks = () => [...root.querySelectorAll<SVGAElement>('[data-keyboard-map] a.k[data-code]')];
  function setRovingFocus(active: SVGAElement | undefined): void {
    for (const a of keyboardLinks()) a.setAttribute('tabindex', a === active ? '0' : '-1');
  }
  root.addEventListener('keydown', (event) => {
    const target = (event.target as Element).closest?.('[data-keyboard-map] a.k') as SVGAElement | null;
    if (!target || !(event.key in KEYS)) return;
    event.preventDefault();
    const items = keyboardLinks();
    const points = items.map((a) => ({ id: a.dataset['code']!, x: Number(a.dataset['x']), y: Number(a.dataset['y']) }));
    const id = nextInDirection(points, target.dataset['code']!, KEYS[event.key]!);
    const next = items.find((a) => a.dataset['code'] === id);
    if (next) {
      setRovingFocus(next);
      next.focus();
    }
  });
  setRovingFocus(keyboardLinks()[0]);

  const choose = () => void show(fromSelect.value, toSelect.value);
  fromSelect.addEventListener('change', choose);
  toSelect.addEventListener('change', choose);

  const params = new URLSearchParams(location.search);
  const valid = (period: string | null) => (period !== null && periods.includes(period) ? period : undefined);
  const from = valid(params.get('fra')) ?? fallback.from;
  const to = valid(params.get('til')) ?? fallback.to;
  fromSelect.value = from;
  toSelect.value = to;
  if (from !== state.from || to !== state.to) void show(from, to);
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
