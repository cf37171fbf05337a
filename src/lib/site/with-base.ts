/**
 * The site's address. SITE_URL (astro.config.mjs) sets it at build time, and its path is the base path every internal
 * address sits under: "/" at https://jobcentertjek.dk, "/jobcentertjek/" at https://eksempel.github.io/jobcentertjek/.
 * Vite writes both values into server and browser code alike, so pages, components and src/client use the same helper:
 *   withBase('/kommune/aarhus/')  → '/jobcentertjek/kommune/aarhus/'
 *   siteUrl('/kommune/aarhus/')   → 'https://eksempel.github.io/jobcentertjek/kommune/aarhus/'
 * Outside a Vite build (a Node script, a unit test) the base is "/".
 */

/** The base path, always with a slash at each end ("/" or "/jobcentertjek/"). */
export const BASE: string = normaliseBase(import.meta.env?.BASE_URL ?? '/');

/** The site's own address, with the base path (ends with "/"). */
export const SITE: string = new URL(BASE, import.meta.env?.SITE ?? 'https://jobcentertjek.dk').href;

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * A site path ("/kommune/aarhus/", "/data/kort/ledige-pct.json?x#y", "/") under the base path. Anything that is not a
 * site path (an absolute URL, "#anchor", "?query", "mailto:") is returned as it is. Apply it once, where an address is
 * made: a path given twice gets the base twice, and the link crawl at a base path finds it.
 */
export function withBase(path: string, base: string = BASE): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return normaliseBase(base) + path.slice(1);
}

/** The absolute address of a site path: canonical URLs, feeds, share pictures, embed code, the sitemap. */
export function siteUrl(path: string, site: string = SITE): string {
  const root = new URL(site);
  return new URL(withBase(path, root.pathname), root).href;
}
