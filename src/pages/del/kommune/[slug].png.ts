import type { APIRoute } from 'astro';
import { siteData } from '../../../data/site-data.ts';
import { creditForKommune, kommuneCardSvg, kommuneFacts, renderPng } from '../../../data/share.ts';
import type { Kommune } from '../../../lib/reference/registry.ts';
import { siteUrl } from '../../../lib/site/with-base.ts';

const { kommuner } = siteData();

export function getStaticPaths() {
  return kommuner.map((kommune) => ({ params: { slug: kommune.slug }, props: { kommune } }));
}

/** The share picture of a kommune page (og:image), 1200×630. */
export const GET: APIRoute = async ({ props }) => {
  const kommune = props['kommune'] as Kommune;
  const address = siteUrl(`/kommune/${kommune.slug}/`).replace(/^https?:\/\//, '');
  const { used } = kommuneFacts(kommune);
  const sample = used.some((d) => d.isSample(kommune.code, d.latest));
  const png = await renderPng(kommuneCardSvg(kommune, `Jobcentertjek · ${address}`), {
    title: `${kommune.name} – Jobcentertjek`,
    credit: creditForKommune(kommune),
    sample,
  });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
