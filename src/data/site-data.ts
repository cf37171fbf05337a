/**
 * The one door through which pages get data: the validated dataset (.cache/dataset.json from `npm run data:build`,
 * or $JOBCENTERTJEK_DATASET), the indicator catalogue, the kommune registry and the release history, read from the
 * files on the first call of siteData() (not on import: a page or module that only needs an address reads nothing).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogue, type Indicator } from '../lib/reference/catalogue.ts';
import { parseLawCatalogue, type Act } from '../lib/law/law-catalogue.ts';
import { lawInPeriod, type LawInPeriod } from '../lib/law/law-in-period.ts';
import { linkCatalogues } from '../lib/law/link-catalogues.ts';
import { seriesBreaks, type ChartBreak } from '../lib/law/series-breaks.ts';
import { colourScale, type ColourScale } from '../lib/map/colour-scale.ts';
import type { ReleaseSummary } from '../lib/dataset/dataset.ts';
import { measureView, observationsOf, parseDatasetFile, type MeasureView } from '../lib/dataset/read-columns.ts';
import { NATIONAL_CODE, parseRegistry, type Kommune } from '../lib/reference/registry.ts';
import { formatPeriod } from '../lib/words/format.ts';
import { withBase } from '../lib/site/with-base.ts';

/** A measure as pages read it: its catalogue entry, its periods and colour scale, and its values as published. */
export interface IndicatorData extends Pick<MeasureView, 'value' | 'series' | 'isSample' | 'decimals' | 'derived' | 'revisions' | 'firstRelease'> {
  indicator: Indicator;
  /** Periods with at least one kommune row, sorted. */
  periods: string[];
  /** Every period with any row (Hele landet too), sorted. */
  allPeriods: string[];
  latest: string;
  /** True when any of its values is generated sample data. */
  sample: boolean;
  /** Where its numbers come from, as credit lines: the sources of the values themselves. */
  credits: string[];
  /** Colour classes over all periods, so a colour means the same in every month. */
  scale: ColourScale;
  /** What the law (and STAR's monitoring) says about the measure in a period; undefined for figures the law leaves alone. */
  law(period: string): LawInPeriod | undefined;
  /** Rule changes that break the series, with their sources. */
  breaks: ChartBreak[];
  /** Persons in the group a share is of (the catalogue's headcount measure), where published. */
  headcount(code: string, period: string): number | null | undefined;
}

export const SAMPLE_SOURCE = 'eksempeldata';

/** Where the law page tells a period: /loven/#fra-juli-2026. */
export const lawPageUrl = (stretch?: string) => withBase(`/loven/${stretch ? `#${stretch}` : ''}`);

export function kommuneUrl(k: Kommune): string {
  return withBase(`/kommune/${k.slug}/`);
}

export function mapUrl(measure: string, options: { period?: string; code?: string } = {}): string {
  const params = new URLSearchParams();
  if (options.period) params.set('periode', options.period);
  if (options.code) params.set('kommune', options.code);
  const query = params.toString();
  return withBase(`/kort/${measure}/${query ? `?${query}` : ''}`);
}

/** Where "Hent alle data" is. */
export const allDataUrl = withBase('/om-data/#hent');

/** "Andel med det lovpligtige antal samtaler: dagpengemodtagere"; just the title when the target group says the same. */
export function fullName(indicator: Indicator): string {
  const same = indicator.title.toLowerCase() === indicator.targetGroup.toLowerCase();
  return same ? indicator.title : `${indicator.title}: ${indicator.targetGroup.toLowerCase()}`;
}

/** Everything pages read, worked out from the files under `root` and the dataset at `datasetPath`. */
export function openSiteData({ root, datasetPath }: { root: string; datasetPath: string }) {
  const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
  const loadDataset = () => {
    if (!existsSync(datasetPath)) throw new Error(`Mangler ${datasetPath}: kør "npm run data:build" først (npm run build gør det selv).`);
    return parseDatasetFile(readFileSync(datasetPath, 'utf8'), datasetPath);
  };

  const catalogue = parseCatalogue(JSON.parse(read('data/catalogue/indicators.json')));
  /** What the law requires per period and target group, each rule with its source (data/catalogue/law.json). */
  const law = parseLawCatalogue(JSON.parse(read('data/catalogue/law.json')));
  linkCatalogues(catalogue, law);
  const registry = parseRegistry(read('data/reference/kommuner.csv'), read('data/reference/regioner.csv'));
  const dataset = loadDataset();
  const kommuner: Kommune[] = [...registry.kommuner].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  /** Each measure's lookups, made once for every page that reads it. */
  const measureViews = new Map(dataset.measures.map((columns) => [columns.id, measureView(columns)]));
  /** Every observation in dataset order, built one at a time: the CSV downloads. */
  const observations = observationsOf(dataset, undefined, measureViews);
  /** One area's observations: a kommune's own download, or Hele landet's (written once, not beside every kommune). */
  const observationsFor = (code: string) => observationsOf(dataset, new Set([code]), measureViews);

  /** Layers of input, oldest first: published documents (undated), archived releases, files given directly. */
  const releases: ReleaseSummary[] = dataset.releases;
  /** The releases with a date, newest first: the changelog and the feeds. */
  const datedReleases = releases.map((release, index) => ({ release, index })).filter(({ release }) => release.date !== null).reverse();

  function creditsOf(ids: Iterable<string>): string[] {
    const wanted = new Set(ids);
    return catalogue.sources.filter((s) => wanted.has(s.id)).map((s) => s.credit);
  }

  function indicatorData(indicator: Indicator, columns: (typeof dataset.measures)[number]): IndicatorData {
    const view = measureViews.get(columns.id)!;
    const kommuneCodes = view.codes.filter((code) => code !== NATIONAL_CODE);
    const periods = view.periods.filter((period) => kommuneCodes.some((code) => view.value(code, period) !== undefined));
    const kommuneValues = kommuneCodes.flatMap((code) => view.series(code).map((p) => p.value)).filter((v): v is number => v !== null);
    const sources = view.sources.map((source) => source || indicator.source);
    return {
      indicator,
      periods,
      allPeriods: [...view.periods],
      latest: periods[periods.length - 1] ?? view.periods[view.periods.length - 1] ?? '',
      sample: view.sample,
      credits: creditsOf([...sources, ...(view.sample ? [SAMPLE_SOURCE] : [])]),
      scale: colourScale(kommuneValues, indicator.better),
      value: view.value,
      series: view.series,
      isSample: view.isSample,
      decimals: view.decimals,
      derived: view.derived,
      revisions: view.revisions,
      law: lawOf(indicator),
      breaks: seriesBreaks(law, indicator.topic, indicator.law?.groups),
      firstRelease: view.firstRelease,
      headcount: (code, period) => (indicator.headcount ? indicatorById.get(indicator.headcount)?.value(code, period) : undefined),
    };
  }

  /** Each period's law worked out once per measure: pages ask for the same months many times. */
  function lawOf(indicator: Indicator): IndicatorData['law'] {
    const link = indicator.law;
    if (!link || indicator.unit !== 'pct' || indicator.better === 'neutral') return () => undefined;
    const side = indicator.better === 'lower' ? 'without' : 'with';
    const known = new Map<string, LawInPeriod>();
    return (period) => {
      let found = known.get(period);
      if (!found) known.set(period, (found = lawInPeriod(law, link, period, side)));
      return found;
    };
  }

  const columnsById = new Map(dataset.measures.map((m) => [m.id, m]));

  /** Indicators in catalogue order that have any data at all. */
  const indicators: IndicatorData[] = catalogue.indicators
    .filter((i) => columnsById.has(i.id))
    .map((i) => indicatorData(i, columnsById.get(i.id)!));

  /** Indicators with values per kommune: these get a map, a table column and a block on each kommune page. */
  const mappable = indicators.filter((d) => d.periods.length > 0);

  if (mappable.length === 0) throw new Error('Datasættet har ingen tal pr. kommune: kortet kan ikke tegnes. Tjek input til data:build.');

  /**
   * Indicators drawn as a map: shares only. A map of counts (ledige, aktiverede) mostly shows where many people live,
   * so counts are read in tables and on kommune pages, and mapped through their share where one is published.
   */
  const mapped = mappable.filter((d) => d.indicator.unit === 'pct');

  const defaultIndicator: IndicatorData = mapped.find((d) => d.indicator.role === 'headline') ?? mapped[0] ?? mappable[0]!;

  const indicatorById = new Map(indicators.map((d) => [d.indicator.id, d]));
  const sourceById = new Map(catalogue.sources.map((s) => [s.id, s]));
  const topicById = new Map(catalogue.topics.map((t) => [t.id, t]));
  const lawSourceById = new Map(law.sources.map((s) => [s.id, s]));
  /** The newest period with any data: "date of the newest data" on /om-data/. */
  const newestPeriod = indicators.reduce((max, d) => (d.allPeriods.at(-1)! > max ? d.allPeriods.at(-1)! : max), '');

  /** Periods with kommune values in any mappable indicator: one table page each, the newest at /tabel/. */
  const tablePeriods: string[] = [...new Set(mappable.flatMap((d) => d.periods))].sort();

  /** Hele landet's numbers alone: what every kommune page's download is compared with. */
  const nationalDownloadName = dataset.sample ? 'hele-landet-eksempeldata.csv' : 'hele-landet.csv';
  const nationalDownloadUrl = withBase(`/data/${nationalDownloadName}`);
  /** A kommune's own numbers, every measure and period: the "full series as CSV" of its page; the name says when it is sample data. */
  const kommuneCsvName = (k: Kommune) => (dataset.sample ? `${k.slug}-eksempeldata` : k.slug);
  const kommuneCsvUrl = (k: Kommune) => withBase(`/kommune/${kommuneCsvName(k)}.csv`);
  /** Whether the area files carry `bemaerkning` (site-wide, so they share one schema): sample data or derived values. */
  const exportNotes = dataset.sample || dataset.measures.some((m) => Object.keys(m.derived).length > 0);

  /**
   * The site keeps each number once as CSV, in one file per area: Hele landet first, then the kommuner by code. "Hent alle
   * data" (/om-data/#hent) joins them into one file in the browser; without JavaScript the files are listed there.
   */
  const areaFiles: { name: string; url: string }[] = [
    { name: 'Hele landet', url: nationalDownloadUrl },
    ...[...kommuner].sort((a, b) => (a.code < b.code ? -1 : 1)).map((k) => ({ name: k.name, url: kommuneCsvUrl(k) })),
  ];
  /** The joined file's name; it says so when it holds sample data. */
  const allDataName = dataset.sample ? 'jobcentertjek-data-eksempeldata.csv' : 'jobcentertjek-data.csv';
  const allDataLabel = dataset.sample ? 'Hent alle data (CSV, indeholder eksempeldata)' : 'Hent alle data (CSV)';

  /**
   * How an indicator is named among the others of its topic: by target group when they share a title (the interview
   * measure), by title when they share a target group (aktiveringsgrad / aktiveringsberørte), else by both.
   */
  function indicatorLabel(indicator: Indicator): { heading: string; sub: string } {
    const siblings = catalogue.indicators.filter((i) => i.topic === indicator.topic && indicatorById.has(i.id));
    if (siblings.every((i) => i.title === indicator.title)) return { heading: indicator.targetGroup, sub: indicator.title };
    if (siblings.every((i) => i.targetGroup === indicator.targetGroup)) return { heading: indicator.title, sub: indicator.targetGroup };
    return { heading: `${indicator.title}: ${indicator.targetGroup.toLowerCase()}`, sub: '' };
  }

  /** The kommune boundaries' credit line (a catalogue source, shown wherever the map is). */
  const boundaryCredit = sourceById.get('dagi')!.credit;

  /** Credit lines for everything in the dataset (footer), and for a set of indicators (table, map). */
  const siteCredits: string[] = catalogue.sources
    .map((s) => s.credit)
    .filter((credit) => indicators.some((d) => d.credits.includes(credit)));
  function creditsFor(list: IndicatorData[]): string[] {
    return [...new Set(list.flatMap((d) => d.credits))];
  }

  /**
   * The law's headline topics without a single number per kommune in this edition (on the default site: interviews and
   * passivity), with whatever national figures there are (the 2019 letter's).
   */
  const topicsWithoutKommuneData = catalogue.topics
    .filter((t) => catalogue.indicators.some((i) => i.topic === t.id && i.role === 'headline') && !mappable.some((d) => d.indicator.topic === t.id))
    .map((topic) => ({ topic, national: indicators.filter((d) => d.indicator.topic === topic.id) }));

  /**
   * Where the law sets no level for any of these measures in their newest period: what to say once, plainly, with the
   * act in force and the source tables (undefined where a level exists, so each block judges against it instead).
   */
  function noLevelNote(list: IndicatorData[]): { names: string[]; act: Act | undefined; stretch: string | undefined; sources: { title: string; url: string }[] } | undefined {
    const shares = list.filter((d) => d.indicator.unit === 'pct' && d.indicator.better !== 'neutral' && d.indicator.role === 'headline');
    if (shares.length === 0 || shares.some((d) => d.law(d.latest)?.level)) return undefined;
    const inForce = shares.map((d) => d.law(d.latest)).find((l) => l?.act);
    const sources = new Map<string, { title: string; url: string }>();
    for (const { indicator } of shares) {
      const source = sourceById.get(indicator.source);
      if (!source || indicator.source === SAMPLE_SOURCE) continue;
      const table = indicator.jobindsats?.table;
      const title = table ? `${source.title}, tabel ${table.toUpperCase()}` : source.title;
      sources.set(title, { title, url: source.url });
    }
    return { names: shares.map((d) => d.indicator.title.toLowerCase()), act: inForce?.act, stretch: inForce?.stretch?.id, sources: [...sources.values()] };
  }

  /**
   * A measure's caveats and series breaks as lines for downloads and metadata, each with its source: "Brud i serien
   * juli 2025: … (Kilde: https://…)". Breaks only where the measure has numbers on both sides.
   */
  function caveatLines(d: IndicatorData): string[] {
    const first = d.allPeriods[0];
    const last = d.allPeriods[d.allPeriods.length - 1];
    const breaks = d.breaks
      .filter((b) => first !== undefined && last !== undefined && b.period > first && b.period <= last)
      .map((b) => `Brud i serien ${formatPeriod(b.period)}: ${b.label} (kilde: ${b.sources.map((c) => lawSourceById.get(c.source)!.url).join(', ')})`);
    const caveats = d.indicator.caveats.map((c) => `${c.text} (kilde: ${sourceById.get(c.source)?.title ?? c.source})`);
    return [...breaks, ...caveats];
  }

  return {
    catalogue,
    law,
    registry,
    dataset,
    kommuner,
    measureViews,
    observations,
    observationsFor,
    releases,
    datedReleases,
    indicators,
    mappable,
    mapped,
    defaultIndicator,
    indicatorById,
    sourceById,
    topicById,
    lawSourceById,
    newestPeriod,
    tablePeriods,
    nationalDownloadName,
    nationalDownloadUrl,
    kommuneCsvName,
    kommuneCsvUrl,
    exportNotes,
    areaFiles,
    allDataName,
    allDataLabel,
    indicatorLabel,
    boundaryCredit,
    siteCredits,
    creditsFor,
    topicsWithoutKommuneData,
    noLevelNote,
    caveatLines,
  };
}

export type SiteData = ReturnType<typeof openSiteData>;

let opened: SiteData | undefined;

/** The site's data, read once: the project's own files and .cache/dataset.json (or $JOBCENTERTJEK_DATASET). */
export function siteData(): SiteData {
  const root = process.cwd();
  opened ??= openSiteData({ root, datasetPath: resolve(root, process.env['JOBCENTERTJEK_DATASET'] ?? '.cache/dataset.json') });
  return opened;
}
