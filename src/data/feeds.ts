/** Atom feeds of the site and of each kommune: entries from src/lib/release/feed-entries.ts, written by the `feed` library. */
import { Feed } from 'feed';
import type { FeedEntry, FeedMeasure } from '../lib/release/feed-entries.ts';
import { NATIONAL_CODE, NATIONAL_NAME } from '../lib/reference/registry.ts';
import { SITE, siteUrl } from '../lib/site/with-base.ts';
import { once } from './once.ts';
import { fullName, siteData } from './site-data.ts';

export const feedMeasures = once((): FeedMeasure[] =>
  siteData().indicators.map((d) => ({
  id: d.indicator.id,
  name: fullName(d.indicator),
  unit: d.indicator.unit,
  value: d.value,
  decimals: d.decimals,
  revisions: d.revisions,
  firstRelease: d.firstRelease,
  periods: d.allPeriods,
  })),
);

export const feedCodes = once(() => [NATIONAL_CODE, ...siteData().registry.kommuner.map((k) => k.code)]);
export const areaName = (code: string) => (code === NATIONAL_CODE ? NATIONAL_NAME : (siteData().registry.byCode.get(code)?.name ?? code));

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The newest dated release, else the build date: a feed's "updated" changes only when the data does. */
const newestDate = once(() => {
  const { releases, dataset } = siteData();
  return releases.map((r) => r.date).filter((d): d is string => d !== null).sort().at(-1) ?? dataset.builtAt.slice(0, 10);
});

/** `path` and `page` are site paths ("/nyt.atom", "/kommune/aarhus/"), made absolute under the site's address. */
export function atomFeed(options: { path: string; title: string; description: string; page: string; entries: FeedEntry[] }): string {
  const { path, title, description, page, entries } = options;
  const feed = new Feed({
    id: siteUrl(path),
    title,
    description,
    link: siteUrl(page),
    language: 'da',
    updated: new Date(`${entries[0]?.date ?? newestDate()}T00:00:00Z`),
    feedLinks: { atom: siteUrl(path) },
    author: { name: 'Jobcentertjek', link: SITE },
    copyright: 'Tal: Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering (STAR)',
    generator: 'Jobcentertjek',
  });
  for (const entry of entries) {
    const date = new Date(`${entry.date}T00:00:00Z`);
    const anchor = page === '/' ? `/om-data/#udgivelse-${entry.date}` : page;
    feed.addItem({
      title: entry.title,
      id: entry.id,
      link: siteUrl(anchor),
      date,
      published: date,
      description: entry.summary,
      content: `<p>${escape(entry.summary)}</p>${entry.lines.length > 0 ? `<ul>${entry.lines.map((line) => `<li>${escape(line)}</li>`).join('')}</ul>` : ''}`,
    });
  }
  return feed.atom1();
}
