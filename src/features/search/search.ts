/** Site search on the pagefind index (built after astro build), with results as a plain list of links. */
import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import { withoutNoise } from '../../lib/words/find-kommune.ts';
import { chooseExcerpts } from '../../lib/words/search-excerpt.ts';
import { BASE, withBase } from '../../lib/site/with-base.ts';
import { foldDanish } from '../../lib/words/fold-danish.ts';

interface Found {
  url: string;
  excerpt: string;
  meta: { title?: string; description?: string; eksempeldata?: string };
}
interface PagefindResult {
  data(): Promise<Found>;
}
interface Pagefind {
  options(options: { baseUrl?: string; ranking?: { metaWeights?: Record<string, number> } }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** What a search found: the results to show, the topic pages among them first, and how many pagefind had. */
interface Answer {
  found: Found[];
  total: number;
  /** Whether the query names a kommune ("køge", "laeso"): then the results stay in pagefind's order. */
  namesKommune: boolean;
}

const isKommune = (r: Found) => r.url.includes('/kommune/');
const titleOf = (r: Found) => r.meta.title?.replace(/ – Jobcentertjek$/, '') ?? r.url;

/** Whether a kommune page among the results is named by the query (its name starts with the query or one of its words). */
function namesAKommune(query: string, found: Found[]): boolean {
  const folded = foldDanish(withoutNoise(query).trim());
  const nameOf = (r: Found) => foldDanish((r.meta.title ?? '').split(':')[0]!.replace(/ – Jobcentertjek$/, ''));
  const words = folded.split(' ').filter((w) => w.length >= 3);
  return found.some(
    (r) =>
      isKommune(r) &&
      (nameOf(r).startsWith(folded) ||
        words.some((w) =>
          nameOf(r)
            .split(' ')
            .some((n) => n.startsWith(w)),
        )),
  );
}

/** A result as a list item: its title as a link, the sample tag where it is sample data, and its excerpt. */
function resultItem(r: Found, title: string, excerpt: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = title;
  const p = document.createElement('p');
  p.innerHTML = excerpt; // escaped page text with only <mark> added (pagefind's or markQuery's)
  li.append(a);
  if (r.meta.eksempeldata === 'ja') {
    const tag = document.createElement('span');
    tag.className = 'tag tag-sample';
    tag.textContent = SAMPLE_WARNING;
    li.append(' ', tag);
  }
  li.append(p);
  return li;
}

function countSentence(query: string, total: number, shown: number): string {
  const count = total === 1 ? '1 resultat' : `${total} resultater`;
  if (total === 0) return `Ingen resultater for "${query}".`;
  return total > shown ? `${count} for "${query}"; viser de ${shown} bedste.` : `${count} for "${query}".`;
}

export class Search {
  static start(): Search | undefined {
    const root = document.querySelector<HTMLElement>('[data-search]');
    return root ? new Search(root) : undefined;
  }

  readonly #input: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #list: HTMLOListElement;
  readonly #kommuneList: HTMLOListElement | null;
  readonly #kommuneHeading: HTMLElement | null;
  #pagefind: Promise<Pagefind> | undefined;
  /** The latest search typed: an answer to an older one is dropped. */
  #latest = 0;

  private constructor(root: HTMLElement) {
    const form = root.querySelector('form')!;
    this.#input = root.querySelector<HTMLInputElement>('#search-input')!;
    this.#status = root.querySelector<HTMLElement>('[data-search-status]')!;
    this.#list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
    this.#kommuneList = root.querySelector<HTMLOListElement>('[data-search-kommuner]');
    this.#kommuneHeading = root.querySelector<HTMLElement>('[data-search-kommuner-heading]');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const url = new URL(location.href);
      url.searchParams.set('q', this.#input.value);
      history.replaceState(null, '', url);
      void this.#run(this.#input.value);
    });
    this.#input.addEventListener('input', () => void this.#run(this.#input.value));
    const initial = new URLSearchParams(location.search).get('q');
    if (initial) {
      this.#input.value = initial;
      void this.#run(initial);
    }
  }

  #load(): Promise<Pagefind> {
    // The URL must be a variable: with a literal import() Vite wraps it in its preload helper, and Astro inlines this
    // small script before Vite fills in the helper's __VITE_PRELOAD__ marker, so the search died with a ReferenceError.
    const url = `${location.origin}${withBase('/pagefind/pagefind.js')}`;
    return (this.#pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      // The description is there to be shown (search-excerpt.ts), not to rank: every kommune's description names the measures,
      // which would put 98 kommune pages ahead of the pages that explain a measure. The spellings rank like the body.
      // baseUrl: the index holds site paths ("/kommune/koege/"); results link under the base path.
      await module.options({ baseUrl: BASE, ranking: { metaWeights: { description: 0 } } });
      await module.init();
      return module;
    }));
  }

  /** Searches and shows the results; an empty field empties the list. */
  async #run(query: string): Promise<void> {
    const ticket = ++this.#latest;
    const kommuneList = this.#kommuneList,
      kommuneHeading = this.#kommuneHeading;
    if (kommuneList && kommuneHeading) {
      kommuneList.replaceChildren();
      kommuneList.hidden = kommuneHeading.hidden = true;
    }
    if (query.trim() === '') {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let answer: Answer;
    try {
      answer = await this.#find(query);
    } catch {
      this.#status.textContent = 'Søgningen kunne ikke indlæses. Brug listen over alle kommuner nedenfor.';
      return;
    }
    if (ticket !== this.#latest) return;
    this.#show(query, answer);
  }

  /**
   * A kommune's name: the best 12 as found. A topic ("aktivering"): the pages that explain it, searched on their own
   * (side:emne, set in Base.astro), since 98 kommune pages that name it can outrank them; then up to 12 kommune pages.
   */
  async #find(query: string): Promise<Answer> {
    // "jobcenter køge", "køge kommune": the words around the name would only dilute the match.
    const search = await (await this.#load()).search(withoutNoise(query));
    const total = search.results.length;
    const found = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
    const namesKommune = namesAKommune(query, found);
    if (namesKommune) return { found: found.slice(0, 12), total, namesKommune };
    let topicPages: Found[];
    try {
      const pages = await (await this.#load()).search(withoutNoise(query), { filters: { side: 'emne' } });
      topicPages = await Promise.all(pages.results.slice(0, 12).map((r) => r.data()));
    } catch {
      topicPages = found.filter((r) => !isKommune(r));
    }
    return { found: [...topicPages, ...found.filter(isKommune).slice(0, 12)], total, namesKommune };
  }

  /**
   * A topic: the pages that explain it (method, law, glossary) first, the kommune pages after them under their own
   * heading. A kommune's name ("køge", "laeso"): the order as found, its page first.
   */
  #show(query: string, { found, total, namesKommune }: Answer): void {
    const list = this.#list,
      kommuneList = this.#kommuneList,
      kommuneHeading = this.#kommuneHeading;
    const titles = found.map(titleOf);
    const excerpts = chooseExcerpts(
      found.map((r, i) => ({ excerpt: r.excerpt, title: titles[i]!, description: r.meta.description })),
      withoutNoise(query),
    );
    const items = found.map((r, i) => resultItem(r, titles[i]!, excerpts[i]!));
    if (namesKommune || !kommuneList || !kommuneHeading || found.every(isKommune)) list.replaceChildren(...items);
    else {
      list.replaceChildren(...items.filter((_, i) => !isKommune(found[i]!)));
      kommuneList.replaceChildren(...items.filter((_, i) => isKommune(found[i]!)));
      kommuneList.hidden = kommuneHeading.hidden = kommuneList.children.length === 0;
    }
    this.#status.textContent = countSentence(query, total, found.length);
  }
}
