/**
 * The built site under test: its folder (SITE_DIR, default dist/) and what it was built from (SITE_DATA):
 * "real" = the embedded default data, "demo" = with the generated sample numbers (--demo), "releases" = the test
 * archive of two releases (test/support/release-fixtures.ts). When SITE_DATA is not set, the kind is read off the
 * build itself, so `vitest --project site` works on any dist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileIn } from './page-weight.ts';

export type SiteKind = 'real' | 'demo' | 'releases';

export const root = resolve(import.meta.dirname, '..', '..');
export const siteDir = resolve(root, process.env['SITE_DIR'] ?? 'dist');

if (!existsSync(join(siteDir, 'index.html'))) {
  throw new Error(`Ingen bygget side i ${siteDir}: kør "npm run build" (eller npm run test:e2e, der bygger selv).`);
}

function guessKind(): SiteKind {
  if (!existsSync(join(siteDir, 'data', 'hele-landet-eksempeldata.csv'))) return 'real';
  return readFileSync(join(siteDir, 'om-data', 'index.html'), 'utf8').includes('id="udgivelse-2026-07-03"') ? 'releases' : 'demo';
}

export const siteKind: SiteKind = (process.env['SITE_DATA'] as SiteKind | undefined) ?? guessKind();
if (!['real', 'demo', 'releases'].includes(siteKind)) throw new Error(`SITE_DATA skal være real, demo eller releases, ikke "${siteKind}"`);
/** Every number on the site is generated sample data, or some are (demo). */
export const sampleData = siteKind !== 'real';

/** The build's own account of itself (/data/status.json): its address, release, build time. */
export const siteStatus = JSON.parse(readFileSync(join(siteDir, 'data', 'status.json'), 'utf8')) as {
  site: string;
  release: { id: string; date: string | null; retrieved: string | null; title: string } | null;
  newestPeriod: string;
  measures: Record<string, { newestPeriod: string | null; newestKommunePeriod: string | null }>;
  builtAt: string;
  commit: string | null;
  ageDays: number | null;
  staleAfterDays: number;
  stale: boolean;
  freshness: string;
};
/** The base path the build was made for (SITE_URL's path): "/" or "/jobcentertjek/". */
export const siteBase = new URL(siteStatus.site).pathname;
/** A site path ("/kommune/koege/") as this build serves it: under its base path. */
export const sitePath = (path: string) => (path.startsWith('/') ? siteBase + path.slice(1) : path);

/** Every file below the site folder, as site paths ("/kommune/koege/index.html"). */
export function siteFiles(dir = siteDir): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(`/${relative(dir, path).split(sep).join('/')}`);
    }
  };
  walk(dir);
  return out.sort();
}

export function fileFor(urlPath: string, dir = siteDir): string {
  return fileIn(dir, urlPath);
}

export function readPage(urlPath: string, dir = siteDir): string {
  return readFileSync(fileFor(urlPath, dir), 'utf8');
}

/** The kommune registry as the site knows it (code, name, slug, region code). */
export const registry = readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [code, name, , region, slug] = line.split(';');
    return { code: code!, name: name!, region: region!, slug: slug! };
  });

export const regions = readFileSync(join(root, 'data/reference/regioner.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [code, name, shortName] = line.split(';');
    return { code: code!, name: name!, shortName: shortName! };
  });

/** Visible text of an HTML fragment: tags, scripts and styles dropped, common entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}
