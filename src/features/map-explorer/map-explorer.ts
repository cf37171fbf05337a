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
import { downloadMap, pictureMapOf } from '../../client/map-image.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';
import { wireDownloads } from '../../client/download.ts';
import { aboutLines, fileName, periodForFile, type ViewCell } from '../../lib/download/view-table.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { readMapHandoff } from './map-handoff.ts';
import { readPageData } from '../../client/handoff-error.ts';

const KEYS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export function initMapExplorer(): void {
  const root = document.querySelector<HTMLElement>('[data-map-explorer]');
  const json = document.getElementById('map-data');
  if (!root || !json) return;
  const checked = readPageData(root, json, readMapHandoff, 'Kortet kan ikke skifte måned eller vise detaljer');
  if (!checked) return;
  const data = checked;
  const { measure, places } = data;
  const index = new Map(places.codes.map((c, i) => [c, i]));
  const slider = root.querySelector<HTMLInputElement>('#period-slider')!;
  const tooltip = root.querySelector<HTMLElement>('.tooltip')!;
  const panel = root.querySelector<HTMLElement>('.panel')!;
  const status = root.querySelector<HTMLElement>('[data-period-status]');
  const links = () => [...root.querySelectorAll<SVGAElement>('a.k[data-code]')];
  const loaded = new Map<string, MapPeriod>([[data.current.period, data.current]]);
  let shown = data.periods.indexOf(data.current.period);
  let state: MapState = mapState(measure, places, data.current);
  /** The numbers shown: what the downloads hold. */
  let numbers: MapPeriod = data.current;
  let selected: string | undefined;

  /** A period's numbers: at once when known, else from the measure's periods file (fetched once). */
  async function periodData(period: string): Promise<MapPeriod> {
    const known = loaded.get(period);
    if (known) return known;
    const all = await fetchPeriodsFile(data.source);
    all.periods.forEach((p, i) => loaded.set(p, periodOfFile(all, i)));
    const found = loaded.get(period);
    if (!found) throw new Error(`ingen tal for ${period}`);
    return found;
  }

  let request = 0;
  /** Shows a period; while its numbers load the map keeps showing the current one, and a failure says so. */
  async function showPeriod(position: number): Promise<void> {
    const period = data.periods[position]!;
    const mine = ++request;
    slider.value = String(position);
    slider.setAttribute('aria-valuetext', formatPeriod(period));
    const output = root!.querySelector('#period-output');
    if (output) output.textContent = formatPeriod(period);
    if (status && !loaded.has(period)) status.textContent = `Henter tal for ${formatPeriod(period)} …`;
    try {
      const fetched = await periodData(period);
      if (mine !== request) return;
      shown = position;
      numbers = fetched;
      state = mapState(measure, places, numbers);
      if (status) status.textContent = '';
      render();
      updateUrl();
    } catch {
      if (mine !== request) return;
      if (status) status.textContent = `Tallene for ${formatPeriod(period)} kunne ikke hentes. Kortet viser stadig ${state.periodLabel}. Prøv igen om lidt.`;
      slider.value = String(shown);
      slider.setAttribute('aria-valuetext', state.periodLabel);
      if (output) output.textContent = state.periodLabel;
    }
  }

  function render(): void {
    const byCode = new Map(state.shapes.map((s) => [s.code, s]));
    for (const a of links()) {
      const shape = byCode.get(a.dataset['code']!)!;
      a.querySelector('path, rect')?.setAttribute('fill', shape.fill);
      a.classList.toggle('dark', shape.dark);
      if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', a.dataset['abbr'] ? withAbbreviation(shape.label, a.dataset['abbr']) : shape.label);
    }
    for (const el of root!.querySelectorAll('[data-period-label]')) el.textContent = state.periodLabel;
    const set = (selector: string, text: string) => {
      const el = root!.querySelector(selector);
      if (el) el.textContent = text;
    };
    set('#legend-national', state.national);
    set('#legend-requirement', state.requirement);
    set('#map-summary', state.summary);
    set('#map-headline', state.headline);
    set('#map-detail', state.detail);
    announce(state.summary);
    fillRanking('worst', state.worst);
    fillRanking('best', state.best);
    if (selected) showTooltip(selected);
  }

  /** Tiles show an abbreviation: their name says it too, outside the parentheses ("Aarhus, AAR: …"). */
  const withAbbreviation = (label: string, abbreviation: string) => label.replace(/^([^:]+):/, `$1, ${abbreviation}:`);

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

  function fillRanking(which: string, items: RankItem[]): void {
    const list = root!.querySelector(`[data-rank="${which}"]`);
    if (!list) return;
    list.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: withBase(`/kommune/${item.slug}/`), textContent: item.name });
        const span = Object.assign(document.createElement('span'), { className: 'num', textContent: item.value });
        li.append(a, ' ', span);
        return li;
      }),
    );
  }

  function updateUrl(): void {
    const url = new URL(location.href);
    if (shown === data.periods.length - 1) url.searchParams.delete('periode');
    else url.searchParams.set('periode', data.periods[shown]!);
    if (selected) url.searchParams.set('kommune', selected);
    else url.searchParams.delete('kommune');
    history.replaceState(null, '', url);
    carryState();
  }

  /** Links to other measures and to the table take the month and the selected kommune along. */
  function carryState(): void {
    const period = data.periods[shown]!;
    const newest = shown === data.periods.length - 1;
    for (const a of root!.querySelectorAll<HTMLAnchorElement>('a[data-carry]')) {
      const table = a.dataset['carry'] === 'table';
      const path = table ? withBase(period === data.tableNewest ? '/tabel/' : `/tabel/${period}/`) : (a.dataset['base'] ??= a.pathname);
      const params = new URLSearchParams();
      if (table && a.dataset['topic']) params.set('maaling', a.dataset['topic']);
      if (!table && !newest) params.set('periode', period);
      if (selected) params.set('kommune', selected);
      const query = params.toString();
      a.href = `${path}${query ? `?${query}` : ''}`;
    }
  }

  function showTooltip(code: string, anchor?: Element): void {
    const target = anchor ?? root!.querySelector(`[data-keyboard-map] a.k[data-code="${code}"]`);
    const i = index.get(code);
    if (!target || i === undefined) return;
    const shape = state.shapes[i]!;
    tooltip.replaceChildren();
    const strong = document.createElement('strong');
    const abbreviation = target instanceof SVGElement ? (target as SVGElement).dataset['abbr'] : undefined;
    strong.textContent = abbreviation ? withAbbreviation(shape.label, abbreviation) : shape.label;
    const go = Object.assign(document.createElement('a'), {
      href: withBase(`/kommune/${places.slugs[i]}/`),
      textContent: `Gå til ${places.names[i]} →`,
      tabIndex: -1,
    });
    tooltip.append(strong, document.createElement('br'), go);
    tooltip.hidden = false;
    for (const a of links()) a.classList.toggle('active', a.dataset['code'] === code);
    const box = target.getBoundingClientRect();
    const host = panel.getBoundingClientRect();
    const left = Math.min(Math.max(0, box.left - host.left + box.width / 2 - 100), host.width - 220);
    tooltip.style.left = `${left}px`;
    // Below the kommune if it fits on the screen, else above it, and never above the screen's top edge.
    const height = tooltip.offsetHeight;
    const below = box.bottom + 6 + height <= window.innerHeight;
    const top = below ? box.bottom + 6 : Math.max(4, box.top - 6 - height);
    tooltip.style.top = `${top - host.top}px`;
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
    // A link elsewhere (another measure, the table) leaves with the selection, so it is kept for the link to carry.
    if (selected && !target.closest?.('a') && !tooltip.contains(target)) select(undefined);
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

  slider.addEventListener('input', () => void showPeriod(Number(slider.value)));
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-step]')) {
    button.addEventListener('click', () => {
      const position = Math.min(data.periods.length - 1, Math.max(0, Number(slider.value) + Number(button.dataset['step'])));
      void showPeriod(position);
    });
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
    if (view === 'tiles') url.searchParams.set('visning', 'fliser');
    else url.searchParams.delete('visning');
    history.replaceState(null, '', url);
  }
  for (const b of root.querySelectorAll<HTMLButtonElement>('[data-view]')) {
    b.addEventListener('click', () => setView(b.dataset['view'] === 'tiles' ? 'tiles' : 'geo'));
  }

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-download]')) {
    button.addEventListener('click', () => {
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
      downloadMap(picture, name, button.dataset['download'] === 'svg' ? 'svg' : 'png');
    });
  }

  // "Hent tallene": the map's measure in the month shown, one row per kommune and the country first.
  wireDownloads(root, () => {
    const sample = measure.sample ? ['ja'] : [];
    // Shares with the decimals they were published with (one unless the file says otherwise), counts as they are.
    const cell = (value: number | null, decimals: number | undefined): ViewCell =>
      value === null ? null : decimals !== undefined || measure.unit === 'pct' ? { value, decimals: decimals ?? 1 } : value;
    const row = (code: string, name: string, value: ViewCell): ViewCell[] => [code, name, numbers.period, measure.id, value, ...sample];
    return {
      name: fileName(measure.id, periodForFile(numbers.period)),
      title: `${data.title}, ${state.periodLabel}`,
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
        title: `${data.title}, ${state.periodLabel}`,
        credit: data.credit,
        caveats: data.caveats,
        sample: measure.sample,
        sampleWarning: SAMPLE_WARNING,
        address: location.href,
        date: new Date().toISOString().slice(0, 10),
      }),
    };
  });

  const params = new URLSearchParams(location.search);
  setView(params.get('visning') === 'fliser' ? 'tiles' : 'geo');
  const code = params.get('kommune');
  if (code && index.has(code)) {
    select(code);
    // A cold link to a selected kommune: bring it into view (the shape, with its box under it).
    root.querySelector(`[data-keyboard-map] a.k[data-code="${code}"]`)?.scrollIntoView({ block: 'center' });
    showTooltip(code);
  }
  setRovingFocus();
  ready = true;
  // A month this measure lacks (a link from another measure) opens on the nearest one it has.
  const asked = params.get('periode');
  const wanted = asked ? data.periods.indexOf(nearestPeriod(data.periods, asked) ?? '') : -1;
  if (wanted >= 0 && wanted !== shown) void showPeriod(wanted);
  else carryState();
}
