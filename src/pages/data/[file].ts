import type { APIRoute } from 'astro';
import { exportCsv } from '../../lib/dataset/export-csv.ts';
import { downloadName, excelDownloadName, observations, registry } from '../../data/dataset.ts';

export function getStaticPaths() {
  return [
    { params: { file: downloadName }, props: { excel: false } },
    { params: { file: excelDownloadName }, props: { excel: true } },
  ];
}

/** The same normalised long table as `npm run data:export`, offered as "Hent alle data", plus its Excel variant. */
export const GET: APIRoute = ({ props }) =>
  new Response(exportCsv(observations, registry, { excel: props['excel'] === true }), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
