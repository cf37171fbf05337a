/** "Find din kommune" in the browser: suggestions as links while typing; Enter opens the best match. */
import { findKommuner, unpackEntries, type FindEntry } from '../../lib/words/find-kommune.ts';
import { withBase } from '../../lib/site/with-base.ts';
import { readFindHandoff } from './find-handoff.ts';

const href = (entry: FindEntry) => withBase(`/kommune/${entry.slug}/`);

export class FindKommune {
  /**
   * Every find form on the page (the header's and the front page's). One whose list does not read stays the plain form
   * it is without scripts (it opens the list of all kommuner); the problems go to the console.
   */
  static start(): FindKommune[] {
    return [...document.querySelectorAll<HTMLFormElement>('form[data-find]')].flatMap((form) => {
      try {
        return [new FindKommune(form, unpackEntries(readFindHandoff(form.querySelector('[data-find-entries]')?.textContent ?? '')))];
      } catch (error) {
        console.error((error as Error).message);
        return [];
      }
    });
  }

  readonly #input: HTMLInputElement;
  readonly #list: HTMLUListElement;
  readonly #status: HTMLElement;

  readonly #entries: FindEntry[];

  private constructor(form: HTMLFormElement, entries: FindEntry[]) {
    this.#entries = entries;
    this.#input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
    this.#list = form.querySelector<HTMLUListElement>('[data-find-suggestions]')!;
    this.#status = form.querySelector<HTMLElement>('.find-status')!;
    this.#input.addEventListener('input', () => void this.#suggest());
    this.#input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        this.#list.querySelector('a')?.focus();
        event.preventDefault();
      }
    });
    form.addEventListener('submit', (event) => {
      const best = this.#suggest()[0];
      if (!best) {
        if (this.#input.value.trim() !== '') event.preventDefault();
        return; // an empty field opens the list of all kommuner
      }
      event.preventDefault();
      location.assign(href(best));
    });
  }

  /** The matches for what is typed, shown as links (or "Ingen kommune passer …"); the best first. */
  #suggest(): FindEntry[] {
    const typed = this.#input.value.trim();
    const found = typed === '' ? [] : findKommuner(this.#input.value, this.#entries);
    this.#list.replaceChildren(
      ...found.map((entry) => {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: href(entry), textContent: entry.name }));
        return li;
      }),
    );
    this.#status.textContent = typed !== '' && found.length === 0 ? `Ingen kommune passer til "${typed}".` : '';
    return found;
  }
}
