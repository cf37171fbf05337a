import type { APIRoute } from 'astro';
import { catalogue, dataset, datasetCredits, downloadName, indicators, newestPeriod } from '../../data/dataset.ts';

/** CSVW-style description of the download: columns, units, sources, licence, and whether it holds sample data. */
export const GET: APIRoute = () => {
  const measures = indicators.map((d) => d.indicator.id);
  const sampleMeasures = indicators.filter((d) => d.sample).map((d) => d.indicator.id);
  const body = {
    '@context': 'http://www.w3.org/ns/csvw',
    url: downloadName,
    'dc:title': 'Jobcentertjek: samtaler og aktiv indsats pr. kommune',
    'dc:publisher': 'Jobcentertjek',
    'dc:source': datasetCredits,
    'dc:modified': dataset.builtAt,
    newestPeriod,
    warning: dataset.sample ? `Eksempeldata – ikke officielle tal: målingerne ${sampleMeasures.join(', ')} indeholder genererede eksempeltal.` : null,
    tableSchema: {
      columns: [
        { name: 'kommunekode', titles: 'kommunekode', datatype: 'string', 'dc:description': '3-cifret kommunekode; 000 = hele landet' },
        { name: 'kommune', titles: 'kommune', datatype: 'string' },
        { name: 'periode', titles: 'periode', datatype: 'string', 'dc:description': 'fx 2021M08 (måned), 2024Q1 (kvartal)' },
        { name: 'maaling', titles: 'maaling', datatype: 'string', 'dc:description': 'målingens id, se measures' },
        { name: 'vaerdi', titles: 'vaerdi', datatype: 'decimal', null: '', 'dc:description': 'tom = ikke offentliggjort' },
      ],
    },
    measures: catalogue.indicators.filter((i) => measures.includes(i.id)).map((i) => ({
      id: i.id, title: i.title, targetGroup: i.targetGroup, unit: i.unit === 'pct' ? 'procent' : 'antal', better: i.better,
      sample: sampleMeasures.includes(i.id), caveats: i.caveats,
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
