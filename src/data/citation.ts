/** The citation line beside a map, a table and every chart card (src/lib/words/citation.ts), from the shown release. */
import { citation } from '../lib/words/citation.ts';
import { SAMPLE_WARNING } from '../lib/words/sample-warning.ts';
import { buildInfo } from './build-info.ts';
import { siteData, type IndicatorData } from './site-data.ts';

export function citationFor(list: readonly IndicatorData[]): string {
  const tables = list.flatMap((d) => (d.indicator.jobindsats?.table ? [d.indicator.jobindsats.table] : []));
  const { shownRelease } = buildInfo();
  return citation({
    publisher: 'jobindsats.dk',
    tables,
    retrieved: shownRelease?.retrieved ?? shownRelease?.date ?? null,
    sample: siteData().dataset.sample || list.some((d) => d.sample) ? SAMPLE_WARNING : null,
  });
}
