/**
 * A crawler for the built site as it is served (test/support/static-server.ts): from a start page it follows every
 * internal address a page gives a reader or a browser — links, assets, form actions, share-picture and canonical
 * addresses, addresses in data attributes and page JSON (downloads, map periods), and the embed code's iframe — and
 * fetches each once. External addresses are collected with the pages that give them, never fetched.
 */

export interface Reference {
  /** The page (site path) that gives the address. */
  from: string;
  /** The address as written. */
  ref: string;
  /** Where it sits: "a[href]", "meta[content]", "embed code", "json". */
  where: string;
}

export interface Crawl {
  /** Every internal address fetched (site path without query or fragment) and its HTTP status. */
  status: Map<string, number>;
  /** HTML pages reached, with their text. */
  pages: Map<string, string>;
  /** Internal references, each as written on its page. */
  internal: (Reference & { path: string; fragment: string | undefined })[];
  /** External addresses and the pages giving them. */
  external: Map<string, Set<string>>;
  /** The answer to an address that does not exist, when asked for (its links are followed too). */
  notFound?: { path: string; status: number; html: string };
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data']);
const META_URLS = /^(og:url|og:image|twitter:image)$/;

/** The ids a page's fragments can point at. */
export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/<[a-z][^>]*?\s(?:id|name)\s*=\s*"([^"]+)"/gi)].map((m) => decodeEntities(m[1]!)));
}

/** The addresses a page gives, with where each sits. `looksInternal` tells a site address in free text or JSON. */
export function referencesOf(html: string, looksInternal: (value: string) => boolean): { ref: string; where: string }[] {
  const out: { ref: string; where: string }[] = [];
  // JSON a page script reads (map data, compare data): every string in it that is a site address.
  for (const [, json] of html.matchAll(/<script\b[^>]*type="application\/json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, value] of json!.matchAll(/"((?:[^"\\]|\\.)*)"/g)) if (looksInternal(value!)) out.push({ ref: value!, where: 'json' });
  }
  // The embed code a journalist copies: the iframe address in the textarea's text.
  for (const [, code] of html.matchAll(/<textarea\b[^>]*data-embed-code[^>]*>([\s\S]*?)<\/textarea>/gi)) {
    for (const [, src] of decodeEntities(code!).matchAll(/<iframe\b[^>]*\ssrc="([^"]+)"/gi)) out.push({ ref: src!, where: 'embed code' });
  }
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (tag) => tag.replace(/>[\s\S]*</, '><'));
  for (const [, name, attributes] of markup.matchAll(/<([a-z][\w-]*)(\s[^>]*)?>/gi)) {
    const attrs = new Map([...(attributes ?? '').matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), decodeEntities(m[2]!)]));
    const tag = name!.toLowerCase();
    for (const [attr, value] of attrs) {
      if (URL_ATTRIBUTES.has(attr) && !(tag === 'object' && attr !== 'data')) out.push({ ref: value, where: `${tag}[${attr}]` });
      else if (attr === 'srcset') for (const part of value.split(',')) out.push({ ref: part.trim().split(/\s+/)[0]!, where: `${tag}[srcset]` });
      else if (attr.startsWith('data-') && value.startsWith('[')) {
        try {
          for (const item of JSON.parse(value) as unknown[])
            if (typeof item === 'string' && looksInternal(item)) out.push({ ref: item, where: `${tag}[${attr}]` });
        } catch {
          // not a JSON list: nothing to follow
        }
      } else if (attr.startsWith('data-') && looksInternal(value)) out.push({ ref: value, where: `${tag}[${attr}]` });
    }
    if (tag === 'meta' && META_URLS.test(attrs.get('property') ?? attrs.get('name') ?? ''))
      out.push({ ref: attrs.get('content') ?? '', where: 'meta[content]' });
  }
  return out.filter((r) => r.ref !== '');
}

/** Addresses in a feed or a stylesheet. */
function referencesOfText(path: string, text: string): { ref: string; where: string }[] {
  if (path.endsWith('.atom')) return [...text.matchAll(/<link\b[^>]*\shref="([^"]+)"/g)].map((m) => ({ ref: decodeEntities(m[1]!), where: 'atom link' }));
  if (path.endsWith('.css'))
    return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)]
      .filter((m) => !m[1]!.startsWith('data:') && !m[1]!.startsWith('#'))
      .map((m) => ({ ref: m[1]!, where: 'css url()' }));
  return [];
}

/**
 * Crawls from `start` (a site path) on the server at `origin`. `publicSite` is the address the build was made for:
 * absolute addresses under it (canonical, feeds, share pictures, embed code) are the site's own and are fetched here.
 */
export async function crawl(origin: string, start: string, base: string, publicSite: string, missing?: string): Promise<Crawl> {
  const result: Crawl = { status: new Map(), pages: new Map(), internal: [], external: new Map() };
  const looksInternal = (value: string) =>
    value.startsWith(publicSite) || (value.startsWith(base) && /^[^\s{}<>"']+$/.test(value) && /[/.][a-z0-9]+$|\/$|\/[#?]/i.test(value));
  const queue: string[] = [start];
  const queued = new Set(queue);

  const follow = (from: string, refs: { ref: string; where: string }[]) => {
    for (const { ref, where } of refs) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(ref)) continue;
      const url = new URL(ref.startsWith(publicSite) ? origin + new URL(ref).pathname + new URL(ref).search + new URL(ref).hash : ref, origin + from);
      if (url.origin !== origin) {
        if (!result.external.has(url.href)) result.external.set(url.href, new Set());
        result.external.get(url.href)!.add(from);
        continue;
      }
      const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : undefined;
      result.internal.push({ from, ref, where, path: url.pathname, fragment });
      if (!queued.has(url.pathname)) {
        queued.add(url.pathname);
        queue.push(url.pathname);
      }
    }
  };

  if (missing) {
    const response = await fetch(origin + missing);
    const html = await response.text();
    result.notFound = { path: missing, status: response.status, html };
    follow(missing, referencesOf(html, looksInternal));
  }
  while (queue.length > 0) {
    const batch = queue.splice(0, 16);
    await Promise.all(
      batch.map(async (path) => {
        const response = await fetch(origin + path);
        result.status.set(path, response.status);
        const type = response.headers.get('content-type') ?? '';
        if (!response.ok) return void (await response.arrayBuffer());
        if (type.startsWith('text/html')) {
          const html = await response.text();
          result.pages.set(path, html);
          follow(path, referencesOf(html, looksInternal));
        } else if (path.endsWith('.atom') || path.endsWith('.css')) {
          follow(path, referencesOfText(path, await response.text()));
        } else {
          await response.arrayBuffer();
        }
      }),
    );
  }
  return result;
}
