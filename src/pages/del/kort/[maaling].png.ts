import type { APIRoute } from 'astro';
import { siteData, fullName, type IndicatorData } from '../../../data/site-data.ts';
import { creditForMap, mapCardSvg, renderPng } from '../../../data/share.ts';
import { siteUrl } from '../../../lib/site/with-base.ts';

const { mapped } = siteData();

export function getStaticPaths() {
  return mapped.map((data) => ({ params: { maaling: data.indicator.id }, props: { data } }));
}

/** The share picture of a map (og:image), 1200×630. */
export const GET: APIRoute = async ({ props }) => {
  const data = props['data'] as IndicatorData;
  const address = siteUrl(`/kort/${data.indicator.id}/`).replace(/^https?:\/\//, '');
  const png = await renderPng(mapCardSvg(data, `Jobcentertjek · ${address}`), {
    title: `${fullName(data.indicator)} – Jobcentertjek`,
    credit: creditForMap(data),
    sample: data.sample,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
