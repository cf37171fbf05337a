/**
 * Every link checked, as the site is served: the build on 127.0.0.1 under its own base path (SITE_URL's path; "/" for
 * the default build), crawled from the front page. Every page is reached by links; no internal link, asset, download,
 * feed, share picture, canonical address, embed code or #anchor is broken; the 404 page works at any depth; the sitemap
 * lists exactly the pages a search engine may index. External links are listed with their pages, not fetched.
 */
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { crawl, idsOf, type Crawl } from '../support/crawl.ts';
import { siteBase, siteDir, siteFiles, siteKind, sitePath, siteStatus } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

let server: StaticServer;
let site: Crawl;
const MISSING = sitePath('/findes/ikke/her/');
const htmlFiles = siteFiles()
  .filter((p) => p.endsWith('.html') && p !== '/404.html')
  .map((p) => sitePath(p.replace(/index\.html$/, '')));
const noindex = (html: string) => /<meta\s+name="robots"\s+content="[^"]*noindex/.test(html);

beforeAll(async () => {
  server = await serveStatic(siteDir, { base: siteBase });
  site = await crawl(server.url, siteBase, siteBase, siteStatus.site, MISSING);
  const anchors = site.internal.filter((r) => r.fragment).length;
  const external = [...site.external].sort(([a], [b]) => a.localeCompare(b));
  console.log(
    [
      `Gennemgang af ${siteKind} under ${siteBase}: ${site.pages.size} sider, ${site.status.size} adresser hentet, ${site.internal.length} interne henvisninger, ${anchors} ankre, ${site.external.size} eksterne links (ikke hentet):`,
      ...external.map(([url, pages]) => `  ${url}  ← ${[...pages].slice(0, 3).join(', ')}${pages.size > 3 ? ` og ${pages.size - 3} sider mere` : ''}`),
    ].join('\n'),
  );
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe(`the site served under ${siteBase}`, () => {
  test('every page of the build is reached from the front page by following links', () => {
    const unreached = htmlFiles.filter((p) => !site.pages.has(p));
    expect(unreached, `${unreached.length} sider kan ikke nås fra forsiden`).toEqual([]);
    expect(site.pages.size).toBe(htmlFiles.length);
    expect(site.pages.size).toBeGreaterThan(98 * 2);
  });

  test('no internal link, asset, download, feed, share picture, canonical or embed address is broken', () => {
    // The 404 page's own #indhold is on the missing address it answers (checked below).
    const broken = site.internal
      .filter((r) => r.path !== MISSING && site.status.get(r.path) !== 200)
      .map((r) => `${r.from} → ${r.ref} (${r.where}, HTTP ${site.status.get(r.path)})`);
    expect([...new Set(broken)].slice(0, 40), `${broken.length} brudte henvisninger`).toEqual([]);
    // The crawl saw the kinds of address the site is made of: downloads, map data, feeds, share pictures, scripts.
    for (const kind of [
      /\.csv$/,
      /\/data\/kort\/[^/]+\.json$/,
      /\.atom$/,
      /\/del\/kommune\/[^/]+\.png$/,
      /\/_astro\/[^/]+\.js$/,
      /\/_astro\/[^/]+\.css$/,
      /\/indlejr\//,
    ]) {
      expect(
        [...site.status.keys()].some((path) => kind.test(path)),
        String(kind),
      ).toBe(true);
    }
  });

  test('every #anchor points at an element with that id on its page', () => {
    const broken = site.internal
      .filter((r) => r.fragment && site.pages.has(r.path) && !idsOf(site.pages.get(r.path)!).has(r.fragment))
      .map((r) => `${r.from} → ${r.ref}`);
    expect([...new Set(broken)].slice(0, 40), `${broken.length} ankre uden mål`).toEqual([]);
    expect(site.internal.filter((r) => r.fragment).length).toBeGreaterThan(100);
  });

  test('no address leaves the base path or names another host for the site', () => {
    const outside = site.internal.filter((r) => !r.path.startsWith(siteBase)).map((r) => `${r.from} → ${r.ref}`);
    expect(outside).toEqual([]);
    const site_ = new URL(siteStatus.site);
    const lookalikes = [...site.external.keys()].filter((url) => /jobcentertjek/i.test(new URL(url).hostname) && !url.startsWith(site_.href));
    expect(lookalikes, 'et link til sidens egen adresse skal være den adresse, siden er bygget til').toEqual([]);
  });

  test('a missing address gets the 404 page, whose links work from any depth', () => {
    expect(site.notFound?.status).toBe(404);
    expect(site.notFound?.html).toContain('Siden findes ikke');
    const fromMissing = site.internal.filter((r) => r.from === MISSING);
    expect(fromMissing.map((r) => r.path)).toEqual(expect.arrayContaining([siteBase, sitePath('/tabel/'), sitePath('/soeg/')]));
    expect(fromMissing.filter((r) => r.path !== MISSING && site.status.get(r.path) !== 200).map((r) => r.ref)).toEqual([]);
    const ownAnchors = fromMissing.filter((r) => r.path === MISSING);
    expect(ownAnchors.filter((r) => !idsOf(site.notFound!.html).has(r.fragment ?? '')).map((r) => r.ref)).toEqual([]);
  });

  test('external links are well-formed web addresses (listed above, not fetched)', () => {
    const odd = [...site.external.keys()].filter((url) => !/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/i.test(url));
    expect(odd).toEqual([]);
    expect(site.external.size).toBeGreaterThan(0);
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('the sitemap lists every page a search engine may index, at the public address, and nothing else', async () => {
    const response = await fetch(`${server.url}${sitePath('/sitemap.xml')}`);
    expect(response.status).toBe(200);
    const xml = new XMLParser().parse(await response.text()) as { urlset: { url: { loc: string }[] | { loc: string } } };
    const locs = [xml.urlset.url].flat().map((u) => u.loc);
    expect(
      locs.every((loc) => loc.startsWith(siteStatus.site)),
      'alle adresser under sidens adresse',
    ).toBe(true);
    const listed = locs.map((loc) => new URL(loc).pathname).sort();
    const indexable = [...site.pages]
      .filter(([, html]) => !noindex(html))
      .map(([path]) => path)
      .sort();
    expect(listed).toEqual(indexable);
    expect(listed).toContain(sitePath('/kommune/aarhus/'));
    expect(
      listed.some((p) => p.includes('/indlejr/')),
      'indlejringer er noindex',
    ).toBe(false);
  });

  test('robots.txt points at the sitemap', async () => {
    const text = await (await fetch(`${server.url}${sitePath('/robots.txt')}`)).text();
    expect(text).toContain(`Sitemap: ${siteStatus.site}sitemap.xml`);
  });
});
