import type { APIRoute } from 'astro';
import { fullName, mapped, type IndicatorData } from '../../../data/dataset.ts';
import { creditForMap, mapCardSvg, renderPng } from '../../../data/share.ts';

export function getStaticPaths() {
  return mapped.map((data) => ({ params: { maaling: data.indicator.id }, props: { data } }));
}

/** The share picture of a map (og:image), 1200×630. */
export const GET: APIRoute = async ({ props, site }) => {
  const data = props['data'] as IndicatorData;
  const address = new URL(`/kort/${data.indicator.id}/`, site).href.replace(/^https?:\/\//, '');
  const png = await renderPng(mapCardSvg(data, `Jobcentertjek · ${address}`), {
    title: `${fullName(data.indicator)} – Jobcentertjek`,
    credit: creditForMap(data),
    sample: data.sample,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
