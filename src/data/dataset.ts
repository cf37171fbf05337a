/**
 * The one door through which pages get data: the validated dataset (.cache/dataset.json from `npm run data:build`),
 * the indicator catalogue, the kommune registry and, when built, the boundaries (.cache/geo/kommuner.topo.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { parseCatalogue, type Indicator } from '../lib/reference/catalogue.ts';
import { colourScale, type ColourScale } from '../lib/map/colour-scale.ts';
import type { Dataset, Observation } from '../lib/dataset/dataset.ts';
import { NATIONAL_CODE, parseRegistry, type Kommune } from '../lib/reference/registry.ts';

const root = process.cwd();
const read = (path: string) => readFileSync(resolve(root, path), 'utf8');

function loadDataset(): Dataset {
  const path = resolve(root, '.cache/dataset.json');
  if (!existsSync(path)) throw new Error('Mangler .cache/dataset.json: kør "npm run data:build" først (npm run build gør det selv).');
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}

export const catalogue = parseCatalogue(JSON.parse(read('data/catalogue/indicators.json')));
export const registry = parseRegistry(read('data/reference/kommuner.csv'), read('data/reference/regioner.csv'));
export const dataset = loadDataset();
export const kommuner: Kommune[] = [...registry.kommuner].sort((a, b) => a.name.localeCompare(b.name, 'da'));

const geoPath = resolve(root, '.cache/geo/kommuner.topo.json');
export const topology: Topology | null = existsSync(geoPath) ? (JSON.parse(readFileSync(geoPath, 'utf8')) as Topology) : null;

export interface IndicatorData {
  indicator: Indicator;
  /** Periods with at least one kommune value, sorted. */
  periods: string[];
  latest: string;
  /** True when any of its values is generated sample data. */
  sample: boolean;
  /** Where its numbers come from, as credit lines: the sources of the observations themselves. */
  credits: string[];
  /** Colour classes over all periods, so a colour means the same in every month. */
  scale: ColourScale;
  value(code: string, period: string): number | null | undefined;
  series(code: string): { period: string; value: number | null }[];
}

const byMeasure = new Map<string, Observation[]>();
for (const o of dataset.observations) {
  const list = byMeasure.get(o.measure) ?? [];
  list.push(o);
  byMeasure.set(o.measure, list);
}

const SAMPLE_SOURCE = 'eksempeldata';

/** The source an observation is credited to: sample data is ours; else the file's `kilde`, else the measure's source. */
function sourceOf(o: Observation, indicator: Indicator): string {
  return o.sample ? SAMPLE_SOURCE : (o.source ?? indicator.source);
}

function creditsOf(ids: Iterable<string>): string[] {
  const wanted = new Set(ids);
  return catalogue.sources.filter((s) => wanted.has(s.id)).map((s) => s.credit);
}

function indicatorData(indicator: Indicator, observations: Observation[]): IndicatorData {
  const cells = new Map<string, number | null>();
  const periodSet = new Set<string>();
  for (const o of observations) {
    cells.set(`${o.code}|${o.period}`, o.value);
    if (o.code !== NATIONAL_CODE) periodSet.add(o.period);
  }
  const periods = [...periodSet].sort();
  const kommuneValues = observations.filter((o) => o.code !== NATIONAL_CODE && o.value !== null).map((o) => o.value as number);
  const allPeriods = [...new Set(observations.map((o) => o.period))].sort();
  return {
    indicator,
    periods,
    latest: periods[periods.length - 1] ?? allPeriods[allPeriods.length - 1] ?? '',
    sample: observations.some((o) => o.sample),
    credits: creditsOf(observations.map((o) => sourceOf(o, indicator))),
    scale: colourScale(kommuneValues, indicator.better),
    value: (code, period) => cells.get(`${code}|${period}`),
    series: (code) => allPeriods.filter((p) => cells.has(`${code}|${p}`)).map((period) => ({ period, value: cells.get(`${code}|${period}`) ?? null })),
  };
}

/** Indicators in catalogue order that have any data at all. */
export const indicators: IndicatorData[] = catalogue.indicators
  .filter((i) => byMeasure.has(i.id))
  .map((i) => indicatorData(i, byMeasure.get(i.id)!));

/** Indicators with values per kommune: these get a map, a table column and a block on each kommune page. */
export const mappable = indicators.filter((d) => d.periods.length > 0);

if (mappable.length === 0) throw new Error('Datasættet har ingen tal pr. kommune: kortet kan ikke tegnes. Tjek input til data:build.');

export const defaultIndicator: IndicatorData = mappable.find((d) => d.indicator.role === 'headline') ?? mappable[0]!;

export const indicatorById = new Map(indicators.map((d) => [d.indicator.id, d]));
export const sourceById = new Map(catalogue.sources.map((s) => [s.id, s]));
export const topicById = new Map(catalogue.topics.map((t) => [t.id, t]));

/** The newest period with any data: "date of the newest data" on /om-data/. */
export const newestPeriod = dataset.observations.reduce((max, o) => (o.period > max ? o.period : max), '');

export function kommuneUrl(k: Kommune): string {
  return `/kommune/${k.slug}/`;
}

export function mapUrl(measure: string, options: { period?: string; code?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.period) params.set('periode', options.period);
  if (options.code) params.set('kommune', options.code);
  const query = params.toString();
  return `/kort/${measure}/${query ? `?${query}` : ''}`;
}

/** Periods with kommune values in any mappable indicator: one table page each, the newest at /tabel/. */
export const tablePeriods: string[] = [...new Set(mappable.flatMap((d) => d.periods))].sort();

/** "Hent alle data": the export table; its name says so when it holds sample data. */
export const downloadName = dataset.sample ? 'jobcentertjek-data-eksempeldata.csv' : 'jobcentertjek-data.csv';
export const downloadUrl = `/data/${downloadName}`;
/** The same table for Excel on Danish Windows: ";" and decimal comma. */
export const excelDownloadName = downloadName.replace(/\.csv$/, '-excel.csv');
export const excelDownloadUrl = `/data/${excelDownloadName}`;

/**
 * How an indicator is named among the others of its topic: by target group when they share a title (the interview
 * measure), by title when they share a target group (aktiveringsgrad / aktiveringsberørte), else by both.
 */
export function indicatorLabel(indicator: Indicator): { heading: string; sub: string } {
  const siblings = catalogue.indicators.filter((i) => i.topic === indicator.topic && indicatorById.has(i.id));
  if (siblings.every((i) => i.title === indicator.title)) return { heading: indicator.targetGroup, sub: indicator.title };
  if (siblings.every((i) => i.targetGroup === indicator.targetGroup)) return { heading: indicator.title, sub: indicator.targetGroup };
  return { heading: `${indicator.title}: ${indicator.targetGroup.toLowerCase()}`, sub: '' };
}

/** Credit lines for everything in the dataset (footer), and for a set of indicators (table, map). */
export const datasetCredits: string[] = catalogue.sources
  .map((s) => s.credit)
  .filter((credit) => indicators.some((d) => d.credits.includes(credit)));
export function creditsFor(list: IndicatorData[]): string[] {
  return [...new Set(list.flatMap((d) => d.credits))];
}

/** Indicators published only for Hele landet (e.g. the 2019 letter's interview shares when no kommune file is given). */
export const nationalOnly = indicators.filter((d) => d.periods.length === 0);

/** "Andel med det lovpligtige antal samtaler: dagpengemodtagere"; just the title when the target group says the same. */
export function fullName(indicator: Indicator): string {
  const same = indicator.title.toLowerCase() === indicator.targetGroup.toLowerCase();
  return same ? indicator.title : `${indicator.title}: ${indicator.targetGroup.toLowerCase()}`;
}
