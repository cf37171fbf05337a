/**
 * What a browser downloads for one page of the built site: the HTML, its stylesheets, scripts and module
 * preloads, and every script those scripts import statically (a chunk loaded on demand with import(), such as the
 * Excel writer behind a download button, is not fetched with the page and not counted), each compressed as
 * a server would send it. Images, the favicon and the search index (loaded only when searching) are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The file a URL path is served from: "/kommune/koege/" → <dir>/kommune/koege/index.html. */
export function fileIn(dir: string, urlPath: string): string {
  const path = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  return join(dir, path.endsWith('/') ? `${path}index.html` : path);
}

export interface AssetWeight {
  path: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  page: string;
  assets: AssetWeight[];
  raw: number;
  gzip: number;
  brotli: number;
  /** Local references that point at no file (a broken page; the built-site test reports these too). */
  missing: string[];
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'`]([^"'`]+?\.m?js)["'`]/g;

function resolveRef(ref: string, from: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(ref) || ref.startsWith('data:')) return undefined;
  const clean = ref.replace(/[?#].*$/, '');
  return clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
}

/** Site paths of the page's stylesheets and scripts, in load order, without duplicates. */
export function pageAssets(dir: string, page: string): { assets: string[]; missing: string[] } {
  const htmlPath = page.endsWith('/') ? `${page}index.html` : page;
  const html = readFileSync(fileIn(dir, page), 'utf8');
  const queue: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(tag, 'href');
    if (href && (rel.includes('stylesheet') || rel.includes('modulepreload') || (rel.includes('preload') && /\.(m?js|css)$/.test(href)))) {
      const path = resolveRef(href, htmlPath);
      if (path) queue.push(path);
    }
  }
  for (const [tag, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attr(tag, 'src');
    if (src) {
      const path = resolveRef(src, htmlPath);
      if (path) queue.push(path);
    } else if (body) {
      for (const [, ref] of body.matchAll(IMPORT)) {
        const path = resolveRef(ref!, htmlPath);
        if (path) queue.push(path);
      }
    }
  }
  const seen = new Set<string>();
  const missing: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const file = fileIn(dir, path);
    if (!existsSync(file)) {
      missing.push(path);
      continue;
    }
    if (/\.m?js$/.test(path)) {
      for (const [, ref] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const next = resolveRef(ref!, path);
        if (next && !ref!.includes('${')) queue.push(next);
      }
    }
  }
  return { assets: [...seen].filter((p) => !missing.includes(p)), missing };
}

/** gzip at zlib's default level; brotli (at its slow best, quality 11, as for precompressed static files) only when asked. */
export function compressedSizes(bytes: Buffer, options: { brotli?: boolean } = {}): { raw: number; gzip: number; brotli: number } {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes).length,
    brotli: options.brotli
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length
      : Number.NaN,
  };
}

/** The page plus everything it loads, each file compressed on its own as it would be served. */
export function pageWeight(dir: string, page: string, options: { brotli?: boolean } = {}): PageWeight {
  const { assets, missing } = pageAssets(dir, page);
  const files = [page, ...assets].map((path) => ({ path, ...compressedSizes(readFileSync(fileIn(dir, path)), options) }));
  const sum = (key: 'raw' | 'gzip' | 'brotli') => files.reduce((total, f) => total + f[key], 0);
  return { page, assets: files, raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli'), missing };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
