/**
 * What each search result shows under its title. Pagefind's excerpt is the text around the words found, but the 98
 * kommune pages are one template: for "kontanthjælp" the text found is the same sentence with another name in it,
 * which tells the reader nothing. An excerpt that another result repeats (the page's own name aside), or an empty
 * one, gives way to the page's own description ("Køge, juli 2026: aktiveringsgrad 12,3 % …"), query words marked.
 */
import { foldDanish } from './fold-danish.ts';

export interface ExcerptSource {
  /** Pagefind's excerpt: the page text escaped, with <mark> around the words found. */
  excerpt: string;
  title: string;
  description?: string | undefined;
}

/** The text a reader sees: no markup, entities read, spaces collapsed. */
export function excerptText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An excerpt as a reader compares it with the others: without the page's own name. */
function likeness({ excerpt, title }: ExcerptSource): string {
  const text = excerptText(excerpt).toLowerCase();
  return title === '' ? text : text.split(title.toLowerCase()).join('…');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as excerpt HTML, with <mark> on each word that starts with a word of the query ("kontanthjælp…"). */
export function markQuery(text: string, query: string): string {
  const wanted = foldDanish(query)
    .split(' ')
    .filter((w) => w.length >= 2);
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((part, i) => {
      const word = i % 2 === 1 && wanted.some((w) => foldDanish(part).startsWith(w));
      return word ? `<mark>${escapeHtml(part)}</mark>` : escapeHtml(part);
    })
    .join('');
}

/** One excerpt (HTML) per result, in order; never empty where the page has a description, never one shown twice. */
export function chooseExcerpts(results: readonly ExcerptSource[], query: string): string[] {
  const keys = results.map(likeness);
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const shown = new Set<string>();
  return results.map((result, i) => {
    const own = keys[i] !== '' && seen.get(keys[i]!) === 1;
    const description = result.description?.trim() ?? '';
    const html = own || description === '' || shown.has(description) ? result.excerpt : markQuery(description, query);
    shown.add(excerptText(html));
    return html;
  });
}
