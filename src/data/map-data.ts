/** The map's state for pages: the measure, the kommuner and a period's numbers, in the shapes src/lib/map/map-state.ts takes. */
import type { MapMeasure, MapPeriod, MapPeriodsFile, MapPlaces } from '../lib/map/map-state.ts';
import { NATIONAL_CODE } from '../lib/reference/registry.ts';
import { lawKeyText } from '../lib/words/requirement-words.ts';
import { withBase } from '../lib/site/with-base.ts';
import { once } from './once.ts';
import { siteData, type IndicatorData } from './site-data.ts';

export const places = once((): MapPlaces => {
  const { kommuner } = siteData().registry;
  return {
    codes: kommuner.map((k) => k.code),
    names: kommuner.map((k) => k.name),
    slugs: kommuner.map((k) => k.slug),
    small: kommuner.filter((k) => k.smallNumbers).map((k) => k.code),
  };
});

export function mapMeasure(d: IndicatorData): MapMeasure {
  return {
    id: d.indicator.id,
    title: d.indicator.title,
    unit: d.indicator.unit,
    better: d.indicator.better,
    thresholds: d.scale.thresholds,
    colours: d.scale.classes.map((c) => c.colour),
    sample: d.sample,
    shortfall: d.indicator.lawShortfall,
  };
}

/** The map key's line on the law for a period (empty for context figures, which the law says nothing about). */
export function requirementText(d: IndicatorData, period: string): string {
  const now = d.indicator.role === 'headline' ? d.law(period) : undefined;
  return now ? lawKeyText(now.level, now.threshold, d.indicator.better) : '';
}

export function mapPeriod(d: IndicatorData, period: string): MapPeriod {
  const nationalDerived = d.derived(NATIONAL_CODE, period);
  return {
    period,
    values: places().codes.map((code) => d.value(code, period) ?? null),
    national: d.value(NATIONAL_CODE, period) ?? null,
    requirement: requirementText(d, period),
    level: levelOf(d, period),
    headcounts: d.indicator.headcount ? headcountsOf(d, period) : undefined,
    ...publishedDecimals(d, period),
    ...(nationalDerived ? { nationalDerived } : {}),
  };
}

/** The decimals of a period's values where any share was published without exactly one (else left out: the default). */
function publishedDecimals(d: IndicatorData, period: string): Pick<MapPeriod, 'decimals' | 'nationalDecimals'> {
  const decimals = places().codes.map((code) => d.decimals(code, period));
  const nationalDecimals = d.decimals(NATIONAL_CODE, period);
  if (d.indicator.unit === 'pct' && decimals.every((n) => n === 1) && nationalDecimals === 1) return {};
  return { decimals, nationalDecimals };
}

function levelOf(d: IndicatorData, period: string): number | null {
  return d.indicator.role === 'headline' ? (d.law(period)?.level?.value ?? null) : null;
}

function headcountsOf(d: IndicatorData, period: string): (number | null)[] {
  return places().codes.map((code) => d.headcount(code, period) ?? null);
}

export function mapPeriodsFile(d: IndicatorData): MapPeriodsFile {
  const periods = d.periods;
  const file: MapPeriodsFile = {
    periods,
    values: periods.map((period) => places().codes.map((code) => d.value(code, period) ?? null)),
    national: periods.map((period) => d.value(NATIONAL_CODE, period) ?? null),
    requirements: periods.map((period) => requirementText(d, period)),
    levels: periods.map((period) => levelOf(d, period)),
  };
  if (d.indicator.headcount) file.headcounts = periods.map((period) => headcountsOf(d, period));
  // Shares published with another precision than one decimal ("8" beside "8,3"): the map shows each as published.
  const decimals = periods.map((period) => places().codes.map((code) => d.decimals(code, period)));
  if (d.indicator.unit === 'pct' && decimals.some((row) => row.some((n) => n !== 1))) {
    file.decimals = decimals;
    file.nationalDecimals = periods.map((period) => d.decimals(NATIONAL_CODE, period));
  }
  // A Hele landet value derived from published ones (the letter's November 2017 figures) says so on the map.
  const derived = periods.map((period) => d.derived(NATIONAL_CODE, period) ?? '');
  if (derived.some(Boolean)) file.nationalDerived = derived;
  return file;
}

/** Where a measure's periods file is served. */
export const periodsUrl = (id: string) => withBase(`/data/kort/${id}.json`);
