/**
 * The site built on two releases (test/support/release-fixtures.ts): the second revises three values and adds June.
 * The right pages show the revisions, the changelog counts them, and the feeds are valid Atom that carry them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { readPage, registry, siteDir, siteKind, textOf } from '../support/site.ts';

type Text = string | { '#text': string };
interface AtomEntry {
  id: string;
  title: Text;
  updated: string;
  link: { '@_href': string } | { '@_href': string }[];
  content?: Text;
  summary?: Text;
}
interface AtomFeed {
  '@_xmlns': string;
  id: string;
  title: string;
  updated: string;
  link: { '@_rel'?: string; '@_href': string }[];
  entry?: AtomEntry | AtomEntry[];
}

/** Parses a feed and checks what RFC 4287 requires of it and each entry; returns the entries. */
function atom(path: string): { feed: AtomFeed; entries: AtomEntry[] } {
  const xml = readFileSync(join(siteDir, path), 'utf8');
  expect(XMLValidator.validate(xml), `${path} er ikke velformet XML`).toBe(true);
  const feed = (new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: AtomFeed }).feed;
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  for (const field of ['id', 'title', 'updated'] as const) expect(feed[field], `${path}: <feed> mangler <${field}>`).toBeTruthy();
  expect(
    feed.link.some((l) => l['@_rel'] === 'self'),
    `${path}: mangler link rel="self"`,
  ).toBe(true);
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  for (const entry of entries) {
    for (const field of ['id', 'title', 'updated'] as const) expect(entry[field], `${path}: en <entry> mangler <${field}>`).toBeTruthy();
    expect(Date.parse(entry.updated)).not.toBeNaN();
    expect(entry.content ?? entry.summary, `${path}: en <entry> uden indhold`).toBeTruthy();
  }
  expect(new Set(entries.map((e) => e.id)).size, `${path}: to entries med samme id`).toBe(entries.length);
  return { feed, entries };
}

/** The text of an element that may carry attributes (`<title type="html">`). */
const text = (node: Text | undefined) => (typeof node === 'object' ? node['#text'] : (node ?? ''));

describe.runIf(siteKind === 'releases')('two releases: revisions on the pages, in the changelog and in the feeds', () => {
  test("Køge's page shows its revised May value with the release that revised it", () => {
    const block = /<article\b[^>]*id="aktiveringsgrad-kontanthjaelp"[\s\S]*?<\/article>/.exec(readPage('/kommune/koege/'))![0];
    const text = textOf(block);
    expect(text).toContain('maj 2026: revideret fra 14,0\u00a0% til 12,4\u00a0% i udgivelsen 3. juli 2026.');
    expect(text).toContain('Køge, juni 2026'); // the newest month is the one the second release added
  });

  test('Læsø\'s page says its May value was withdrawn ("til ikke offentliggjort"), never zero', () => {
    expect(textOf(readPage('/kommune/laesoe/'))).toContain('maj 2026: revideret fra 4,4\u00a0% til ikke offentliggjort i udgivelsen 3. juli 2026.');
  });

  test('a kommune without revisions says nothing about revisions', () => {
    expect(textOf(readPage('/kommune/aalborg/'))).not.toContain('revideret');
  });

  test('the table for May 2026 marks the revised cells and lists the revisions under the table', () => {
    const html = readPage('/tabel/2026M05/');
    const text = textOf(html);
    expect(text).toContain('Rettede tal i maj 2026 (2)');
    expect(text).toContain(
      'Køge, aktiveringsgrad: kontanthjælpsmodtagere (alle visitationskategorier): revideret fra 14,0\u00a0% til 12,4\u00a0% i udgivelsen 3. juli 2026.',
    );
    const koege = /<tr[^>]*data-name="Køge"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(textOf(koege)).toContain('12,4\u00a0% * (revideret)'); // textOf spaces out the tags; on screen: 12,4 %*
    expect(textOf(readPage('/tabel/2026M04/'))).toContain('Rettede tal i april 2026 (1)');
    expect(textOf(readPage('/tabel/2026M03/'))).not.toContain('Rettede tal');
  });

  test('/om-data/ has a dated changelog: the second release added June and revised three values', () => {
    const html = readPage('/om-data/');
    const second = textOf(/<article[^>]*id="udgivelse-2026-07-03"[\s\S]*?<\/article>/.exec(html)![0]);
    expect(second).toContain('3. juli 2026');
    expect(second).toMatch(/792 værdier i 1 fil: 198 nye, 3 rettede og 591 uændrede\./);
    expect(second).toContain('juni 2026');
    expect(second).toContain('3 rettede tal');
    expect(second).toContain('Køge, aktiveringsgrad: kontanthjælpsmodtagere (alle visitationskategorier), maj 2026: revideret fra 14,0\u00a0% til 12,4\u00a0%');
    const first = textOf(/<article[^>]*id="udgivelse-2026-06-03"[\s\S]*?<\/article>/.exec(html)![0]);
    expect(first).toMatch(/594 værdier i 1 fil: 594 nye, 0 rettede og 0 uændrede\./);
    expect(html.indexOf('udgivelse-2026-07-03')).toBeLessThan(html.indexOf('udgivelse-2026-06-03'));
  });

  test('the site feed is valid Atom, newest release first, and its entry carries the revisions', () => {
    const { entries } = atom('nyt.atom');
    expect(entries.map((e) => text(e.title))).toEqual(['Nye tal for juni 2026 og 3 rettede tal', 'Første udgivelse: tal til og med maj 2026']);
    expect(entries[0]!.id).toBe('tag:jobcentertjek.dk,2026-07-03:udgivelse/2026-07-03');
    expect(text(entries[0]!.content)).toContain(
      'Køge, aktiveringsgrad: kontanthjælpsmodtagere (alle visitationskategorier), maj 2026: revideret fra 14,0\u00a0% til 12,4\u00a0% i udgivelsen 3. juli 2026',
    );
  });

  test("every kommune has a valid Atom feed, linked from its page; Køge's carries its revision and its new June value", () => {
    for (const k of registry) {
      const { entries } = atom(`kommune/${k.slug}.atom`);
      expect(entries.length, k.slug).toBeGreaterThanOrEqual(2);
      expect(readPage(`/kommune/${k.slug}/`)).toContain(
        `<link rel="alternate" type="application/atom+xml" title="Nye tal og rettelser for ${k.name}" href="/kommune/${k.slug}.atom">`,
      );
    }
    const [newest] = atom('kommune/koege.atom').entries;
    expect(text(newest!.title)).toBe('Køge: nye tal for juni 2026 og 1 rettet tal');
    expect(text(newest!.content)).toContain('revideret fra 14,0\u00a0% til 12,4\u00a0% i udgivelsen 3. juli 2026');
    expect(text(newest!.content)).toMatch(
      /Aktiveringsgrad: kontanthjælpsmodtagere \(alle visitationskategorier\), juni 2026: \d+,\d\u00a0% \(hele landet \d+,\d\u00a0%\)/,
    );
    expect(text(atom('kommune/aalborg.atom').entries[0]!.title)).toBe('Aalborg: nye tal for juni 2026');
  });

  test('every page links the site feed', () => {
    for (const path of ['/', '/om-data/', '/tabel/', '/kommune/koege/']) {
      expect(readPage(path), path).toContain('<link rel="alternate" type="application/atom+xml" title="Jobcentertjek: nye tal og rettelser" href="/nyt.atom">');
    }
  });
});
