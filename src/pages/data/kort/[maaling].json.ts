import type { APIRoute } from 'astro';
import { siteData, type IndicatorData } from '../../../data/site-data.ts';
import { mapPeriodsFile } from '../../../data/map-data.ts';

const { mappable } = siteData();

export function getStaticPaths() {
  return mappable.map((data) => ({ params: { maaling: data.indicator.id }, props: { data } }));
}

/** A measure's numbers for every period, fetched by the map only when the reader leaves the newest month. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(mapPeriodsFile(props['data'] as IndicatorData)), { headers: { 'content-type': 'application/json' } });
