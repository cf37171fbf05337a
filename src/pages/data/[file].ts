import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { downloadName, observations, registry } from '../../data/dataset.ts';

export function getStaticPaths() {
  return [{ params: { file: downloadName } }];
}

/** The same normalised long table as `npm run data:export`, offered as "Hent alle data". Excel workbooks of what a view
 * shows are made in the browser (map, table, kommune page), so the numbers are not kept here in a second dialect. */
export const GET: APIRoute = () => new Response(exportCsv(observations, registry), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
