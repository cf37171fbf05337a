import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/export-csv.ts';
import { dataset, downloadName, registry } from '../../data/dataset.ts';

export function getStaticPaths() {
  return [{ params: { file: downloadName } }];
}

/** The same normalised long table as `npm run data:export`, offered as "Hent alle data". */
export const GET: APIRoute = () =>
  new Response(exportCsv(dataset.observations, registry), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
