import type { APIRoute } from 'astro';
import { kommuneEntries } from '../../lib/release/feed-entries.ts';
import type { Kommune } from '../../lib/reference/registry.ts';
import { siteData } from '../../data/site-data.ts';
import { atomFeed, feedMeasures } from '../../data/feeds.ts';

const { kommuner, releases } = siteData();

export function getStaticPaths() {
  return kommuner.map((kommune) => ({ params: { slug: kommune.slug }, props: { kommune } }));
}

/** A kommune's Atom feed: its newest numbers when a release adds a month, and every revision of its numbers. */
export const GET: APIRoute = ({ props }) => {
  const kommune = props['kommune'] as Kommune;
  return new Response(
    atomFeed({
      path: `/kommune/${kommune.slug}.atom`,
      title: `Jobcentertjek: ${kommune.name}`,
      description: `Nye tal og rettelser for ${kommune.officialName}.`,
      page: `/kommune/${kommune.slug}/`,
      entries: kommuneEntries(kommune.code, kommune.name, releases, feedMeasures()),
    }),
    { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
  );
};
