/**
 * The numbers /sammenlign/ shows for one measure and a few kommuner, taken out of a measure's periods file (the same
 * /data/kort/<id>.json the map fetches), so the build and the browser start from the same shape.
 */
import type { Point } from '../charts/trend-chart.ts';
import type { Unit } from '../words/format.ts';
import { nationalText } from '../map/national-text.ts';

/** What the page knows about a measure without its numbers. */
export interface CompareMeasure {
  id: string;
  /** Full name: "Aktiveringsgrad: kontanthjælpsmodtagere". */
  title: string;
  unit: Unit;
  sample: boolean;
  /** The law's level per period, where an act sets one for this measure (periods without one are left out). */
  levels: Record<string, number>;
  /** Where the law behind the levels is told (/loven/). */
  lawUrl: string;
  /** Rule changes that break the series. */
  breaks: { period: string; label: string }[];
  /** Credit lines for the measure's numbers. */
  credits: string[];
}

/** The kommuner in the order of the periods file's values (registry order). */
export interface ComparePlaces {
  names: string[];
  slugs: string[];
  /** Added to a kommune's CSV file name ("-eksempeldata" on a site of sample data), so the name says what it holds. */
  csvSuffix?: string;
}

/**
 * A measure's numbers for every period: one value per kommune in ComparePlaces order, and Hele landet; with the
 * decimals they were published with where any share was published with other than one (as the periods file has them),
 * and the rule where a Hele landet value is derived.
 */
export interface CompareNumbers {
  periods: string[];
  values: (number | null)[][];
  national: (number | null)[];
  decimals?: number[][];
  nationalDecimals?: number[];
  nationalDerived?: string[];
}

/** A value with the decimals it was published with, and the rule where it is derived rather than published. */
export interface ComparePoint extends Point {
  decimals?: number;
  derived?: string;
}

export interface CompareLine {
  slug: string;
  name: string;
  points: ComparePoint[];
}

export interface CompareView {
  measure: CompareMeasure;
  periods: string[];
  lines: CompareLine[];
  national: ComparePoint[];
  /** As ComparePlaces.csvSuffix. */
  csvSuffix?: string;
}

/** The chosen kommuner's series (in the chosen order) and Hele landet's; unknown slugs are skipped. */
export function compareView(measure: CompareMeasure, places: ComparePlaces, numbers: CompareNumbers, slugs: readonly string[]): CompareView {
  const index = new Map(places.slugs.map((s, i) => [s, i]));
  const lines = slugs.flatMap((slug) => {
    const i = index.get(slug);
    if (i === undefined) return [];
    const points = numbers.periods.map((period, p) => point(period, numbers.values[p]?.[i] ?? null, numbers.decimals?.[p]?.[i]));
    return [{ slug, name: places.names[i]!, points }];
  });
  return {
    measure,
    periods: numbers.periods,
    lines,
    national: numbers.periods.map((period, p) =>
      point(period, numbers.national[p] ?? null, numbers.nationalDecimals?.[p], numbers.nationalDerived?.[p] || undefined),
    ),
    ...(places.csvSuffix ? { csvSuffix: places.csvSuffix } : {}),
  };
}

function point(period: string, value: number | null, decimals: number | undefined, derived?: string): ComparePoint {
  return { period, value, ...(decimals !== undefined ? { decimals } : {}), ...(derived ? { derived } : {}) };
}

/** A point as shown: with its published decimals, and "(afledt)" where it is derived ("58 % (afledt)"). */
export function shownValue(point: ComparePoint | undefined, unit: Unit): string {
  return nationalText(point?.value ?? null, unit, point?.decimals, point?.derived);
}
