import type { APIRoute } from 'astro';
import { siteEntries } from '../lib/release/feed-entries.ts';
import { siteData } from '../data/site-data.ts';
import { areaName, atomFeed, feedCodes, feedMeasures } from '../data/feeds.ts';

const { releases } = siteData();

/** The site's Atom feed: one entry per release of the data — new months and revised numbers. */
export const GET: APIRoute = () =>
  new Response(
    atomFeed({
      path: '/nyt.atom',
      title: 'Jobcentertjek: nye tal og rettelser',
      description: 'Hver gang jobindsats udgiver nye tal eller retter gamle, og Jobcentertjek henter dem.',
      page: '/',
      entries: siteEntries(releases, feedMeasures(), areaName, feedCodes()),
    }),
    { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
  );
