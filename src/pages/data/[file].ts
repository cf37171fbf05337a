import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { NATIONAL_CODE } from '../../lib/reference/registry.ts';
import { downloadName, nationalDownloadName, observations, observationsFor, registry } from '../../data/dataset.ts';

export function getStaticPaths() {
  return [{ params: { file: downloadName } }, { params: { file: nationalDownloadName } }];
}

/**
 * The same normalised long table as `npm run data:export`, offered as "Hent alle data", and Hele landet's rows alone
 * (beside each kommune's own file). Excel workbooks of what a view shows are made in the browser (map, table, kommune
 * page), so the numbers are not kept here in a second dialect.
 */
export const GET: APIRoute = ({ params }) => {
  const rows = params['file'] === nationalDownloadName ? observationsFor(NATIONAL_CODE) : observations;
  return new Response(exportCsv(rows, registry), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
