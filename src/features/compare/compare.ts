/**
 * Behaviour for /sammenlign/: the address says which kommuner and which measure (?kommuner=…&maaling=…), the form
 * changes them, and the chart, key, table and address follow without a reload. The numbers come from the measure's
 * periods file (/data/kort/<id>.json, fetched once per measure); the drawing is the build's own (src/lib/compare).
 */
import { chosenList, compareChart, compareLegend, compareTable } from '../../lib/compare/compare-markup.ts';
import { compareView, type CompareNumbers } from '../../lib/compare/compare-view.ts';
import { readCompareHandoff } from './compare-handoff.ts';
import { readPageData } from '../../client/handoff-error.ts';
import { changeAnnouncement, latestSentence, selectionNotes } from '../../lib/compare/compare-words.ts';
import { addKommune, MAX_KOMMUNER, parseSelection, removeKommune, selectionQuery, type CompareSelection } from '../../lib/compare/selection.ts';
import { cleanQuery, findKommuner, type FindEntry } from '../../lib/words/find-kommune.ts';
import { formatList } from '../../lib/words/format.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';

export function initCompare(): void {
  const root = document.querySelector<HTMLElement>('[data-compare]');
  const json = document.getElementById('compare-data');
  if (!root || !json) return;
  const checked = readPageData(root, json, readCompareHandoff, 'Sammenligningen kan ikke skifte kommuner eller måling', '[data-compare-form]');
  if (!checked) return;
  const data = checked;
  const part = (name: string) => root.querySelector<HTMLElement>(`[data-compare-${name}]`)!;
  const form = part('form') as HTMLFormElement;
  const select = form.querySelector<HTMLSelectElement>('#compare-measure')!;
  const input = form.querySelector<HTMLInputElement>('#compare-add')!;
  const chosen = part('chosen');
  const message = part('message');
  const announce = part('announce');
  const section = part('view');
  const measureById = new Map(data.measures.map((m) => [m.id, m]));
  const nameBySlug = new Map(data.places.slugs.map((s, i) => [s, data.places.names[i]!]));
  const entries: FindEntry[] = data.entries.map(([name, slug, keys]) => ({ name, slug, keys }));
  let shown: CompareSelection = { slugs: [...data.defaultSlugs], measure: data.defaultMeasure };
  /** What the reader last asked for: the base of the next change, even while its numbers are on their way. */
  let wanted: CompareSelection = shown;
  let latestRequest = 0;

  const numbers = (id: string): Promise<CompareNumbers> => fetchPeriodsFile(data.source.replace('{id}', encodeURIComponent(id)));

  const say = (text: string) => (message.textContent = text);

  /** Draws a selection once its numbers are here; on failure the chart that is shown stays, and the form with it. */
  async function show(next: CompareSelection, options: { updateAddress: boolean; notes?: string[] }): Promise<boolean> {
    const request = ++latestRequest;
    wanted = next;
    const measure = measureById.get(next.measure)!;
    section.setAttribute('aria-busy', 'true');
    let file: CompareNumbers;
    try {
      file = await numbers(next.measure);
    } catch {
      if (request !== latestRequest) return false;
      wanted = shown;
      section.removeAttribute('aria-busy');
      select.value = shown.measure;
      say(`Tallene for ${measure.title.toLowerCase()} kunne ikke hentes. Grafen viser stadig det forrige valg – prøv igen om lidt.`);
      return false;
    }
    if (request !== latestRequest) return false;
    const view = compareView(measure, data.places, file, next.slugs);
    part('title').textContent = measure.title;
    // The warning's words are only in the page while it shows sample data (a real build never says "eksempeldata").
    part('sample').textContent = measure.sample ? SAMPLE_WARNING : '';
    part('sample').hidden = !measure.sample;
    part('latest').textContent = latestSentence(view);
    part('chart').innerHTML = compareChart(view);
    part('legend').innerHTML = compareLegend(view);
    part('table').innerHTML = compareTable(view);
    part('credits').textContent = measure.credits.join('. ');
    chosen.innerHTML = chosenList(view.lines);
    select.value = next.measure;
    section.removeAttribute('aria-busy');
    shown = next;
    if (options.updateAddress) history.replaceState(history.state, '', `${location.pathname}${selectionQuery(next)}`);
    say((options.notes ?? []).join(' '));
    announce.textContent = changeAnnouncement(view);
    return true;
  }

  /** The kommune a typed name means: an exact spelling, else the only near match. */
  function kommuneFor(text: string): { slug: string } | { problem: string } {
    const query = cleanQuery(text);
    if (query === '') return { problem: 'Skriv navnet på en kommune, fx Læsø.' };
    const exact = entries.find((e) => e.keys.includes(query));
    if (exact) return { slug: exact.slug };
    const found = findKommuner(text, entries, 4);
    if (found.length === 1) return { slug: found[0]!.slug };
    if (found.length === 0) return { problem: `Ingen kommune hedder »${text.trim()}«. Vælg et navn fra listen.` };
    return { problem: `Flere kommuner passer på »${text.trim()}«: ${formatList(found.map((e) => e.name))}. Skriv hele navnet.` };
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const match = kommuneFor(input.value);
    if ('problem' in match) {
      say(match.problem);
      return;
    }
    const name = nameBySlug.get(match.slug) ?? match.slug;
    const added = addKommune(wanted, match.slug);
    if (!added.ok) {
      say(
        added.reason === 'full'
          ? `Der kan højst sammenlignes ${MAX_KOMMUNER} kommuner. Fjern en kommune for at tilføje ${name}.`
          : `${name} er allerede valgt.`,
      );
      return;
    }
    void show(added.selection, { updateAddress: true }).then((ok) => {
      if (ok) input.value = '';
    });
  });

  select.addEventListener('change', () => void show({ ...wanted, measure: select.value }, { updateAddress: true }));

  chosen.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
    if (!button) return;
    const slug = button.dataset['remove']!;
    const at = wanted.slugs.indexOf(slug);
    void show(removeKommune(wanted, slug), { updateAddress: true }).then((ok) => {
      if (!ok) return;
      // Focus stays in the list: on the kommune that took the removed one's place, else the field to add one.
      const buttons = chosen.querySelectorAll<HTMLButtonElement>('button[data-remove]');
      (buttons[Math.min(at, buttons.length - 1)] ?? input).focus();
    });
  });

  const parsed = parseSelection(location.search, {
    slugs: data.places.slugs,
    measures: data.measures.map((m) => m.id),
    defaultMeasure: data.defaultMeasure,
    defaultSlugs: data.defaultSlugs,
  });
  const notes = selectionNotes(parsed, nameBySlug, measureById.get(parsed.measure)!.title);
  const same = parsed.measure === shown.measure && parsed.slugs.join() === shown.slugs.join();
  if (same) say(notes.join(' '));
  else void show({ slugs: parsed.slugs, measure: parsed.measure }, { updateAddress: false, notes });
}
