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

export function initSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('#search-input')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const kommuneList = root.querySelector<HTMLOListElement>('[data-search-kommuner]');
  const kommuneHeading = root.querySelector<HTMLElement>('[data-search-kommuner-heading]');
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;
  // The URL must be a variable: with a literal import() Vite wraps it in its preload helper, and Astro inlines this
  // small script before Vite fills in the helper's __VITE_PRELOAD__ marker, so the search died with a ReferenceError.
  const url = `${location.origin}${withBase('/pagefind/pagefind.js')}`;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
      // The description is there to be shown (search-excerpt.ts), not to rank: every kommune's description names the measures,
      // which would put 98 kommune pages ahead of the pages that explain a measure. The spellings rank like the body.
      // baseUrl: the index holds site paths ("/kommune/koege/"); results link under the base path.
      await module.options({ baseUrl: BASE, ranking: { metaWeights: { description: 0 } } });
      await module.init();
      return module;
    }));

  async function run(query: string): Promise<void> {
    const ticket = ++latest;
    if (kommuneList && kommuneHeading) {
      kommuneList.replaceChildren();
      kommuneList.hidden = kommuneHeading.hidden = true;
    }
    if (query.trim() === '') {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    let found: Found[];
    let total: number;
    try {
      // "jobcenter køge", "køge kommune": the words around the name would only dilute the match.
      const search = await (await load()).search(withoutNoise(query));
      total = search.results.length;
      found = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
    } catch {
      status.textContent = 'Søgningen kunne ikke indlæses. Brug listen over alle kommuner nedenfor.';
      return;
    }
    const isKommune = (r: Found) => r.url.includes('/kommune/');
    const folded = foldDanish(withoutNoise(query).trim());
    const nameOf = (r: Found) => foldDanish((r.meta.title ?? '').split(':')[0]!.replace(/ – Jobcentertjek$/, ''));
    const words = folded.split(' ').filter((w) => w.length >= 3);
    const namesKommune = found.some(
      (r) =>
        isKommune(r) &&
        (nameOf(r).startsWith(folded) ||
          words.some((w) =>
            nameOf(r)
              .split(' ')
              .some((n) => n.startsWith(w)),
          )),
    );
    // A topic ("aktivering"): the pages that explain it, searched on their own (side:emne, set in Base.astro), since 98
    // kommune pages that name it can outrank them; then the kommune pages, grouped after them.
    let topicPages: Found[] = [];
    if (!namesKommune) {
      try {
        const pages = await (await load()).search(withoutNoise(query), { filters: { side: 'emne' } });
        topicPages = await Promise.all(pages.results.slice(0, 12).map((r) => r.data()));
      } catch {
        topicPages = found.filter((r) => !isKommune(r));
      }
    }
    if (ticket !== latest) return;
    // A kommune's name: the best 12 as found. A topic: its own pages first, then up to 12 kommune pages.
    found = namesKommune ? found.slice(0, 12) : [...topicPages, ...found.filter(isKommune).slice(0, 12)];
    const titles = found.map((r) => r.meta.title?.replace(/ – Jobcentertjek$/, '') ?? r.url);
    const excerpts = chooseExcerpts(
      found.map((r, i) => ({ excerpt: r.excerpt, title: titles[i]!, description: r.meta.description })),
      withoutNoise(query),
    );
    const items = found.map((r, i) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = titles[i]!;
      const p = document.createElement('p');
      p.innerHTML = excerpts[i]!; // escaped page text with only <mark> added (pagefind's or markQuery's)
      li.append(a);
      if (r.meta.eksempeldata === 'ja') {
        const tag = document.createElement('span');
        tag.className = 'tag tag-sample';
        tag.textContent = SAMPLE_WARNING;
        li.append(' ', tag);
      }
      li.append(p);
      return li;
    });
    // A topic ("aktivering"): the pages that explain it (method, law, glossary) first, the kommune pages after them under
    // their own heading. A kommune's name ("køge", "laeso"): the order as found, its page first.
    if (namesKommune || !kommuneList || !kommuneHeading || found.every(isKommune)) list.replaceChildren(...items);
    else {
      list.replaceChildren(...items.filter((_, i) => !isKommune(found[i]!)));
      kommuneList.replaceChildren(...items.filter((_, i) => isKommune(found[i]!)));
      kommuneList.hidden = kommuneHeading.hidden = kommuneList.children.length === 0;
    }
    const count = total === 1 ? '1 resultat' : `${total} resultater`;
    status.textContent =
      total === 0
        ? `Ingen resultater for "${query}".`
        : total > found.length
          ? `${count} for "${query}"; viser de ${found.length} bedste.`
          : `${count} for "${query}".`;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
