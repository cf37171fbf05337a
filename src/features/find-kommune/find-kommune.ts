/** "Find din kommune" in the browser: suggestions as links while typing; Enter opens the best match. */
import { findKommuner, type FindEntry } from '../../lib/words/find-kommune.ts';
import { withBase } from '../../lib/site/with-base.ts';

export function initFindKommune(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-find]')) {
    const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
    const list = form.querySelector<HTMLUListElement>('[data-find-suggestions]')!;
    const status = form.querySelector<HTMLElement>('.find-status')!;
    const raw = JSON.parse(form.querySelector('[data-find-entries]')?.textContent ?? '[]') as [string, string, string[]][];
    const entries: FindEntry[] = raw.map(([name, slug, keys]) => ({ name, slug, keys }));
    const href = (entry: FindEntry) => withBase(`/kommune/${entry.slug}/`);

    function suggest(): FindEntry[] {
      const found = input.value.trim() === '' ? [] : findKommuner(input.value, entries);
      list.replaceChildren(
        ...found.map((entry) => {
          const li = document.createElement('li');
          li.append(Object.assign(document.createElement('a'), { href: href(entry), textContent: entry.name }));
          return li;
        }),
      );
      status.textContent = input.value.trim() === '' ? '' : found.length === 0 ? `Ingen kommune passer til "${input.value.trim()}".` : '';
      return found;
    }

    input.addEventListener('input', () => void suggest());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        list.querySelector('a')?.focus();
        event.preventDefault();
      }
    });
    form.addEventListener('submit', (event) => {
      const best = suggest()[0];
      if (!best) {
        if (input.value.trim() !== '') event.preventDefault();
        return; // an empty field opens the list of all kommuner
      }
      event.preventDefault();
      location.assign(href(best));
    });
  }
}
