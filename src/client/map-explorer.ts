/**
 * Behaviour for the server-rendered map: period switching, hover/tap/focus details, arrow-key movement between
 * kommuner (one tab stop per map), view toggle and URL state. The map reads fine without it.
 */
import { isDarkFill } from '../lib/map/colour-scale.ts';
import { compare } from '../lib/words/compare.ts';
import { formatPeriod, formatValue, type Unit } from '../lib/words/format.ts';
import { mapDetail, mapHeadline, mapSummary, rankCodes } from '../lib/map/map-summary.ts';
import { nextInDirection, type Direction } from '../lib/map/spatial-nav.ts';
import { downloadMap } from './map-image.ts';

interface MapData {
  id: string;
  title: string;
  unit: Unit;
  better: 'higher' | 'lower' | 'neutral';
  periods: string[];
  codes: string[];
  names: string[];
  slugs: string[];
  /** Kommuner with so few citizens that their figures jump: left out of the rankings. */
  small: string[];
  values: (number | null)[][];
  national: (number | null)[];
  thresholds: number[];
  colours: string[];
  sample: boolean;
  /** The law's level in words per period ("alle (100 %)", "intet bestemt niveau"). */
  requirements: string[];
}

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function initMapExplorer(): void {
  const root = document.querySelector<HTMLElement>('[data-map-explorer]');
  const json = document.getElementById('map-data');
  if (!root || !json) return;
  const data = JSON.parse(json.textContent ?? '{}') as MapData;
  const index = new Map(data.codes.map((c, i) => [c, i]));
  const slider = root.querySelector<HTMLInputElement>('#period-slider')!;
  const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const links = () => [...root.querySelectorAll<SVGAElement>('a.k[data-code]')];
  const hasGeo = root.querySelector('[data-view-panel="geo"]') !== null;
  const small = new Set(data.small);
  let period = data.periods.length - 1;
  let selected: string | undefined;

  for (const el of root.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;

  const valueOf = (code: string) => data.values[period]?.[index.get(code) ?? -1] ?? null;
  const classOf = (v: number | null) => (v === null ? -1 : (data.thresholds.findIndex((t) => v < t) + 1 || data.thresholds.length + 1) - 1);
  /** "Aarhus: 71,2 % (over hele landet, 67,0 %)"; tiles add their visible abbreviation, outside parentheses: "Aarhus, AAR: …". */
  const describe = (code: string, abbreviation?: string) => {
    const v = valueOf(code);
    const national = data.national[period] ?? null;
    const name = data.names[index.get(code)!]!;
    let text = `${name}${abbreviation ? `, ${abbreviation}` : ''}: ${formatValue(v, data.unit)}`;
    if (v !== null && national !== null && data.unit === 'pct') {
      text += ` (${compare(v, national, data.better).words} hele landet, ${formatValue(national, data.unit)})`;
    }
    return text;
  };

  function render(): void {
    const label = formatPeriod(data.periods[period]!);
    for (const a of links()) {
      const code = a.dataset['code']!;
      const cls = classOf(valueOf(code));
      a.querySelector('path, rect')?.setAttribute('fill', cls < 0 ? 'url(#hatch)' : data.colours[cls]!);
      a.classList.toggle('dark', cls >= 0 && isDarkFill(data.colours[cls]!));
      if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', describe(code, a.dataset['abbr']));
    }
    for (const el of root!.querySelectorAll('[data-period-label]')) el.textContent = label;
    const output = root!.querySelector('#period-output');
    if (output) output.textContent = label;
    slider.value = String(period);
    slider.setAttribute('aria-valuetext', label);
    const national = root!.querySelector('#legend-national');
    if (national) national.textContent = formatValue(data.national[period] ?? null, data.unit);
    const requirement = root!.querySelector('#legend-requirement');
    if (requirement) requirement.textContent = data.requirements[period] ?? '';
    const values = data.codes.map((c) => valueOf(c));
    const input = { values, national: data.national[period], better: data.better, unit: data.unit, period: data.periods[period]! };
    const summary = mapSummary(input);
    root!.querySelector('#map-summary')!.textContent = summary;
    root!.querySelector('#map-headline')!.textContent = mapHeadline(input, data.title);
    root!.querySelector('#map-detail')!.textContent = mapDetail(input);
    announce(summary);
    const ranked = rankCodes(data.codes, values, data.better, small);
    fillRanking('worst', ranked.slice(0, 5));
    fillRanking('best', [...ranked].reverse().slice(0, 5));
    if (selected) showTooltip(selected);
  }

  // One announcement when the period settles, not one per arrow press on the slider.
  let announceTimer: ReturnType<typeof setTimeout> | undefined;
  const announcer = root.querySelector<HTMLElement>('[data-map-announce]');
  let ready = false;
  function announce(text: string): void {
    if (!ready) return;
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      if (announcer) announcer.textContent = text;
    }, 600);
  }

  function fillRanking(which: string, codes: string[]): void {
    const list = root!.querySelector(`[data-rank="${which}"]`);
    if (!list) return;
    list.replaceChildren(...codes.map((code) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `/kommune/${data.slugs[index.get(code)!]}/`;
      a.textContent = data.names[index.get(code)!]!;
      const span = document.createElement('span');
      span.className = 'num';
      span.textContent = formatValue(valueOf(code), data.unit);
      li.append(a, ' ', span);
      return li;
    }));
  }

  function updateUrl(): void {
    const url = new URL(location.href);
    url.searchParams.set('periode', data.periods[period]!);
    if (selected) url.searchParams.set('kommune', selected);
    else url.searchParams.delete('kommune');
    history.replaceState(null, '', url);
  }

  function showTooltip(code: string, anchor?: Element): void {
    const target = anchor ?? root!.querySelector(`[data-keyboard-map] a.k[data-code="${code}"]`);
    const i = index.get(code);
    if (!target || i === undefined) return;
    tooltip.replaceChildren();
    const strong = document.createElement('strong');
    strong.textContent = describe(code, target instanceof SVGElement ? (target as SVGElement).dataset['abbr'] : undefined);
    const go = document.createElement('a');
    go.href = `/kommune/${data.slugs[i]}/`;
    go.textContent = `Gå til ${data.names[i]} →`;
    go.tabIndex = -1; // keyboard users open the page with Enter on the kommune itself
    tooltip.append(strong, document.createElement('br'), go);
    tooltip.hidden = false;
    for (const a of links()) a.classList.toggle('active', a.dataset['code'] === code);
    const box = target.getBoundingClientRect();
    const host = panel.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - host.left + box.width / 2 - 100), host.width - 220);
    tooltip.style.left = `${left}px`;
    tooltip.style.top = `${box.bottom - host.top + 6}px`;
  }

  function hideTooltip(): void {
    if (selected) return;
    tooltip.hidden = true;
    for (const a of root!.querySelectorAll('a.k.active')) a.classList.remove('active');
  }

  function select(code: string | undefined): void {
    selected = code;
    for (const a of links()) a.classList.toggle('selected', a.dataset['code'] === code);
    for (const a of root!.querySelectorAll<SVGAElement>(`a.k.selected`)) a.parentNode?.appendChild(a);
    if (code) showTooltip(code);
    else tooltip.hidden = true;
    updateUrl();
  }

  function keyboardLinks(): SVGAElement[] {
    return [...root!.querySelectorAll<SVGAElement>('[data-keyboard-map] a.k[data-code]')];
  }

  function setRovingFocus(code?: string): void {
    const items = keyboardLinks();
    const active = items.find((a) => a.dataset['code'] === code) ?? items.find((a) => a.dataset['code'] === selected) ?? items[0];
    for (const a of links()) a.setAttribute('tabindex', a === active ? '0' : '-1');
  }

  root.addEventListener('keydown', (event) => {
    const target = (event.target as Element).closest?.('[data-keyboard-map] a.k') as SVGAElement | null;
    if (!target) return;
    const items = keyboardLinks();
    let next: SVGAElement | undefined;
    if (event.key in KEYS) {
      const points = items.map((a) => ({ id: a.dataset['code']!, x: Number(a.dataset['x']), y: Number(a.dataset['y']) }));
      const id = nextInDirection(points, target.dataset['code']!, KEYS[event.key]!);
      next = items.find((a) => a.dataset['code'] === id);
    } else if (event.key === 'Home' || event.key === 'End') {
      const sorted = [...items].sort((a, b) => a.getAttribute('aria-label')!.localeCompare(b.getAttribute('aria-label')!, 'da'));
      next = event.key === 'Home' ? sorted[0] : sorted[sorted.length - 1];
    } else if (event.key === 'Escape') {
      select(undefined);
      return;
    } else return;
    event.preventDefault();
    if (next) {
      setRovingFocus(next.dataset['code']);
      next.focus();
    }
  });

  root.addEventListener('focusin', (event) => {
    const a = (event.target as Element).closest?.('a.k') as SVGAElement | null;
    if (a) showTooltip(a.dataset['code']!, a);
  });
  root.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Element && tooltip.contains(event.relatedTarget))) hideTooltip();
  });
  root.addEventListener('pointerover', (event) => {
    const a = (event.target as Element).closest?.('a.k') as SVGAElement | null;
    if (a && event.pointerType === 'mouse') showTooltip(a.dataset['code']!, a);
  });
  root.addEventListener('pointerout', (event) => {
    const a = (event.target as Element).closest?.('a.k');
    if (a && (event as PointerEvent).pointerType === 'mouse' && !(event.relatedTarget instanceof Element && a.contains(event.relatedTarget))) hideTooltip();
  });
  // On touch, the first tap on a kommune shows its value; the link in the box (or a second tap) opens its page.
  // Mouse clicks and Enter follow the link at once: hover and focus have already shown the value.
  let lastPointer = '';
  root.addEventListener('pointerdown', (event) => {
    lastPointer = event.pointerType;
  });
  // A tap anywhere else closes a pinned box, so it never keeps covering the kommuner under it.
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (selected && !target.closest?.('a.k') && !tooltip.contains(target)) select(undefined);
  });
  root.addEventListener('click', (event) => {
    const a = (event.target as Element).closest?.('a.k') as SVGAElement | null;
    if (!a || event.detail === 0 || lastPointer === 'mouse') return;
    const code = a.dataset['code']!;
    if (selected !== code) {
      event.preventDefault();
      select(code);
    }
  });

  const step = (delta: number) => {
    period = Math.min(data.periods.length - 1, Math.max(0, period + delta));
    render();
    updateUrl();
  };
  slider.addEventListener('input', () => {
    period = Number(slider.value);
    render();
  });
  // The URL follows once the slider is let go: replaceState on every input step is throttled by browsers.
  slider.addEventListener('change', updateUrl);
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-step]')) {
    button.addEventListener('click', () => step(Number(button.dataset['step'])));
  }

  function setView(view: 'geo' | 'tiles'): void {
    root!.classList.toggle('show-geo', view === 'geo');
    root!.classList.toggle('show-tiles', view === 'tiles');
    for (const b of root!.querySelectorAll<HTMLButtonElement>('[data-view]')) b.setAttribute('aria-pressed', String(b.dataset['view'] === view));
    for (const svg of root!.querySelectorAll('svg.national, svg.tiles')) {
      const active = svg.classList.contains(view === 'geo' ? 'national' : 'tiles');
      if (active) svg.setAttribute('data-keyboard-map', '');
      else svg.removeAttribute('data-keyboard-map');
    }
    setRovingFocus();
    const url = new URL(location.href);
    if (view === 'tiles' && hasGeo) url.searchParams.set('visning', 'fliser');
    else url.searchParams.delete('visning');
    history.replaceState(null, '', url);
  }
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    b.addEventListener('click', () => setView(b.dataset['view'] === 'tiles' ? 'tiles' : 'geo'));
  }

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', () => {
      const name = `jobcentertjek-${data.id}-${data.periods[period]}${data.sample ? '-eksempeldata' : ''}`;
      downloadMap(root, data.sample, name, button.dataset['download'] === 'svg' ? 'svg' : 'png');
    });
  }

  const params = new URLSearchParams(location.search);
  const wanted = data.periods.indexOf(params.get('periode') ?? '');
  if (wanted >= 0) period = wanted;
  setView(hasGeo && params.get('visning') !== 'fliser' ? 'geo' : 'tiles');
  render();
  const code = params.get('kommune');
  if (code && index.has(code)) select(code);
  setRovingFocus();
  ready = true;
}
