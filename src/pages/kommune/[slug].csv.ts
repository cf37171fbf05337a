import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { siteData } from '../../data/site-data.ts';

const { dataset, exportNotes, kommuneCsvName, kommuner, observationsFor, registry } = siteData();

export function getStaticPaths() {
  return kommuner.map((kommune) => ({ params: { slug: kommuneCsvName(kommune) }, props: { code: kommune.code } }));
}

/** One kommune's numbers, every measure and period: one of the area files "Hent alle data" joins; Hele landet's are in /data/hele-landet.csv. */
export const GET: APIRoute = ({ props }) => {
  const rows = observationsFor(props['code'] as string);
  // The eksempeldata column by the site's flag, as the CSVW schema says: every area file has the same columns.
  return new Response(exportCsv(rows, registry, dataset.sample, exportNotes), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
