import { SAMPLE_WARNING } from '../../lib/words/sample-warning.ts';
import type { APIRoute } from 'astro';
import { exportColumns } from '../../lib/dataset/export-csv.ts';
import { siteData } from '../../data/site-data.ts';
import { withBase } from '../../lib/site/with-base.ts';

const { areaFiles, catalogue, caveatLines, dataset, exportNotes, siteCredits, indicatorById, indicators, newestPeriod } = siteData();

/**
 * CSVW description of the downloads: a table group of the area files (Hele landet and each kommune; "Hent alle data"
 * joins them), one schema for all, with units, sources and whether it holds sample data. URLs are relative to this file.
 */
export const GET: APIRoute = () => {
  const measures = indicators.map((d) => d.indicator.id);
  const sampleMeasures = indicators.filter((d) => d.sample).map((d) => d.indicator.id);
  const body = {
    '@context': 'http://www.w3.org/ns/csvw',
    'dc:title': 'Jobcentertjek: samtaler og aktiv indsats pr. kommune',
    'dc:publisher': 'Jobcentertjek',
    'dc:source': siteCredits,
    'dc:modified': dataset.builtAt,
    newestPeriod,
    warning: dataset.sample ? `${SAMPLE_WARNING}: målingerne ${sampleMeasures.join(', ')} indeholder genererede eksempeltal.` : null,
    tables: areaFiles.map((f) => ({ url: f.url.replace(withBase('/'), '../'), 'dc:title': f.name })),
    tableSchema: {
      columns: exportColumns(dataset.sample, exportNotes).map((c) => ({
        name: c.name,
        titles: c.name,
        datatype: c.datatype,
        ...(c.datatype === 'decimal' ? { null: '' } : {}),
        ...(c.description ? { 'dc:description': c.description } : {}),
      })),
    },
    measures: catalogue.indicators.filter((i) => measures.includes(i.id)).map((i) => ({
      id: i.id, title: i.title, targetGroup: i.targetGroup, unit: i.unit === 'pct' ? 'procent' : 'antal', better: i.better,
      sample: sampleMeasures.includes(i.id), caveats: caveatLines(indicatorById.get(i.id)!),
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
