import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { observationsOf } from '../../lib/dataset/read-columns.ts';
import { NATIONAL_CODE } from '../../lib/reference/registry.ts';
import { dataset, kommuner, registry } from '../../data/dataset.ts';

export function getStaticPaths() {
  return kommuner.map((kommune) => ({ params: { slug: kommune.slug }, props: { code: kommune.code } }));
}

/** One kommune's numbers with Hele landet beside them, in the same format as "Hent alle data" (eksempeldata column included). */
export const GET: APIRoute = ({ props }) => {
  const rows = observationsOf(dataset, new Set([props['code'] as string, NATIONAL_CODE]));
  return new Response(exportCsv(rows, registry), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
