import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { NATIONAL_CODE } from '../../lib/reference/registry.ts';
import { siteData } from '../../data/site-data.ts';

const { dataset, exportNotes, nationalDownloadName, observationsFor, registry } = siteData();

export function getStaticPaths() {
  return [{ params: { file: nationalDownloadName } }];
}

/**
 * Hele landet's rows, beside each kommune's own file (/kommune/<slug>.csv): together the area files hold every number
 * once, and "Hent alle data" joins them (src/lib/download/join-exports.ts). Excel workbooks of what a view shows are
 * made in the browser (map, table, kommune page), so the numbers are not kept here in a second dialect.
 */
// The eksempeldata column by the site's flag, as the CSVW schema says: every area file has the same columns.
export const GET: APIRoute = () =>
  new Response(exportCsv(observationsFor(NATIONAL_CODE), registry, dataset.sample, exportNotes), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
