/**
 * Behaviour for /sammenlign/: the address says which kommuner and which measure (?kommuner=…&maaling=…), the form
 * changes them, and the chart, key, table and address follow without a reload. The numbers come from the measure's
 * periods file (/data/kort/<id>.json, fetched once per measure); the drawing is the build's own (src/lib/compare).
 */
import { chosenList, compareChart, compareLegend, compareTable } from '../../lib/compare/compare-markup.ts';
import { compareView, type CompareMeasure, type CompareNumbers, type CompareView } from '../../lib/compare/compare-view.ts';
import { changeAnnouncement, latestSentence, selectionNotes } from '../../lib/compare/compare-words.ts';
import { addKommune, MAX_KOMMUNER, parseSelection, removeKommune, selectionQuery, type CompareSelection } from '../../lib/compare/selection.ts';
import { cleanQuery, findKommuner, unpackEntries, type FindEntry } from '../../lib/words/find-kommune.ts';
import { formatList } from '../../lib/words/format.ts';
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { fetchPeriodsFile } from '../../client/periods-file.ts';
import { startOnPage } from '../../client/handoff-error.ts';
import { readCompareHandoff, type CompareHandoff } from './compare-handoff.ts';

interface ShowOptions {
  /** Whether the address takes the selection (not when it came from the address). */
  updateAddress: boolean;
  /** What to say under the form once it is shown (kommuner in the address that are not kommuner, and the like). */
  notes?: string[];
}

export class Compare {
  /** The comparison on this page, once its data reads; when it does not, the page says so and the chart as built stays. */
  static start(): Compare | undefined {
    return startOnPage(
      '[data-compare]',
      'compare-data',
      readCompareHandoff,
      'Sammenligningen kan ikke skifte kommuner eller måling',
      (root, data) => new Compare(root, data),
      '[data-compare-form]',
    );
  }

  readonly #form: HTMLFormElement;
  readonly #select: HTMLSelectElement;
  readonly #input: HTMLInputElement;
  readonly #chosen: HTMLElement;
  readonly #message: HTMLElement;
  readonly #section: HTMLElement;
  readonly #measureById: Map<string, CompareMeasure>;
  readonly #nameBySlug: Map<string, string>;
  readonly #entries: FindEntry[];
  /** The selection drawn. */
  #shown: CompareSelection;
  /** What the reader last asked for: the base of the next change, even while its numbers are on their way. */
  #wanted: CompareSelection;
  #latestRequest = 0;

  readonly #root: HTMLElement;
  readonly #data: CompareHandoff;

  private constructor(root: HTMLElement, data: CompareHandoff) {
    this.#root = root;
    this.#data = data;
    this.#form = this.#part('form') as HTMLFormElement;
    this.#select = this.#form.querySelector<HTMLSelectElement>('#compare-measure')!;
    this.#input = this.#form.querySelector<HTMLInputElement>('#compare-add')!;
    this.#chosen = this.#part('chosen');
    this.#message = this.#part('message');
    this.#section = this.#part('view');
    this.#measureById = new Map(data.measures.map((m) => [m.id, m]));
    this.#nameBySlug = new Map(data.places.slugs.map((s, i) => [s, data.places.names[i]!]));
    this.#entries = unpackEntries(data.entries);
    this.#shown = this.#wanted = { slugs: [...data.defaultSlugs], measure: data.defaultMeasure };
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#add(this.#input.value);
    });
    this.#select.addEventListener('change', () => void this.#show({ ...this.#wanted, measure: this.#select.value }, { updateAddress: true }));
    this.#chosen.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-remove]');
      if (button) this.#remove(button.dataset['remove']!);
    });
    this.#openFromAddress();
  }

  #part(name: string): HTMLElement {
    return this.#root.querySelector<HTMLElement>(`[data-compare-${name}]`)!;
  }

  #say(text: string): void {
    this.#message.textContent = text;
  }

  /** Draws a selection once its numbers are here; on failure the chart that is shown stays, and the form with it. */
  async #show(next: CompareSelection, options: ShowOptions): Promise<boolean> {
    const request = ++this.#latestRequest;
    this.#wanted = next;
    const measure = this.#measureById.get(next.measure)!;
    this.#section.setAttribute('aria-busy', 'true');
    let file: CompareNumbers;
    try {
      file = await fetchPeriodsFile(this.#data.source.replace('{id}', encodeURIComponent(next.measure)));
    } catch {
      if (request !== this.#latestRequest) return false;
      this.#wanted = this.#shown;
      this.#section.removeAttribute('aria-busy');
      this.#select.value = this.#shown.measure;
      this.#say(`Tallene for ${measure.title.toLowerCase()} kunne ikke hentes. Grafen viser stadig det forrige valg – prøv igen om lidt.`);
      return false;
    }
    if (request !== this.#latestRequest) return false;
    const view = this.#draw(measure, file, next);
    if (options.updateAddress) history.replaceState(history.state, '', `${location.pathname}${selectionQuery(next)}`);
    this.#say((options.notes ?? []).join(' '));
    this.#part('announce').textContent = changeAnnouncement(view);
    return true;
  }

  /** Title, chart, key, table and the list of chosen kommuner for a selection whose numbers are here. */
  #draw(measure: CompareMeasure, file: CompareNumbers, next: CompareSelection): CompareView {
    const view = compareView(measure, this.#data.places, file, next.slugs);
    this.#part('title').textContent = measure.title;
    // The warning's words are only in the page while it shows sample data (a real build never says "eksempeldata").
    const sample = this.#part('sample');
    sample.textContent = measure.sample ? SAMPLE_WARNING : '';
    sample.hidden = !measure.sample;
    this.#part('latest').textContent = latestSentence(view);
    this.#part('chart').innerHTML = compareChart(view);
    this.#part('legend').innerHTML = compareLegend(view);
    this.#part('table').innerHTML = compareTable(view);
    this.#part('credits').textContent = measure.credits.join('. ');
    this.#chosen.innerHTML = chosenList(view.lines);
    this.#select.value = next.measure;
    this.#section.removeAttribute('aria-busy');
    this.#shown = next;
    return view;
  }

  /** The kommune a typed name means: an exact spelling, else the only near match. */
  #kommuneFor(text: string): { slug: string } | { problem: string } {
    const query = cleanQuery(text);
    if (query === '') return { problem: 'Skriv navnet på en kommune, fx Læsø.' };
    const exact = this.#entries.find((e) => e.keys.includes(query));
    if (exact) return { slug: exact.slug };
    const found = findKommuner(text, this.#entries, 4);
    if (found.length === 1) return { slug: found[0]!.slug };
    if (found.length === 0) return { problem: `Ingen kommune hedder »${text.trim()}«. Vælg et navn fra listen.` };
    return { problem: `Flere kommuner passer på »${text.trim()}«: ${formatList(found.map((e) => e.name))}. Skriv hele navnet.` };
  }

  /** Adds the kommune a typed name means, or says why not (no such kommune, already chosen, five already). */
  #add(text: string): void {
    const match = this.#kommuneFor(text);
    if ('problem' in match) return this.#say(match.problem);
    const name = this.#nameBySlug.get(match.slug) ?? match.slug;
    const added = addKommune(this.#wanted, match.slug);
    if (!added.ok) {
      const full = `Der kan højst sammenlignes ${MAX_KOMMUNER} kommuner. Fjern en kommune for at tilføje ${name}.`;
      return this.#say(added.reason === 'full' ? full : `${name} er allerede valgt.`);
    }
    void this.#show(added.selection, { updateAddress: true }).then((ok) => {
      if (ok) this.#input.value = '';
    });
  }

  /** Takes a kommune out; focus stays in the list, on the kommune that took its place, else the field to add one. */
  #remove(slug: string): void {
    const at = this.#wanted.slugs.indexOf(slug);
    void this.#show(removeKommune(this.#wanted, slug), { updateAddress: true }).then((ok) => {
      if (!ok) return;
      const buttons = this.#chosen.querySelectorAll<HTMLButtonElement>('button[data-remove]');
      (buttons[Math.min(at, buttons.length - 1)] ?? this.#input).focus();
    });
  }

  /** The kommuner and measure the address asks for; what it asks for that is not there is said under the form. */
  #openFromAddress(): void {
    const data = this.#data;
    const parsed = parseSelection(location.search, {
      slugs: data.places.slugs,
      measures: data.measures.map((m) => m.id),
      defaultMeasure: data.defaultMeasure,
      defaultSlugs: data.defaultSlugs,
    });
    const notes = selectionNotes(parsed, this.#nameBySlug, this.#measureById.get(parsed.measure)!.title);
    const same = parsed.measure === this.#shown.measure && parsed.slugs.join() === this.#shown.slugs.join();
    if (same) this.#say(notes.join(' '));
    else void this.#show({ slugs: parsed.slugs, measure: parsed.measure }, { updateAddress: false, notes });
  }
}
