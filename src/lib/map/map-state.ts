import { gapVerdict, MIN_GROUP } from '../words/gap-verdict.ts';
import { nationalText } from './national-text.ts';
import { formatNumber, formatPeriod, formatValue, type Unit } from '../words/format.ts';
import { lawVerdict } from '../words/law-verdict.ts';
import { classOf, isDarkFill } from './colour-scale.ts';
import type { Better } from '../reference/catalogue.ts';
import { mapDetail, mapHeadline, mapSummary, rankCodes } from './map-summary.ts';

/** What stays the same for a measure across periods: its words, direction and colour classes. */
export interface MapMeasure {
  id: string;
  title: string;
  unit: Unit;
  better: Better;
  /** Class boundaries (ascending) and one colour per class. */
  thresholds: number[];
  colours: string[];
  sample: boolean;
  /** Who is let down where the law promises everyone (the catalogue's lawShortfall, with {sted}). */
  shortfall?: string | undefined;
}

/** The kommuner in map order, with what a ranking needs. */
export interface MapPlaces {
  codes: string[];
  names: string[];
  slugs: string[];
  /** Kommuner with so few citizens that their figures jump: left out of the rankings. */
  small: string[];
}

/** One period's numbers, aligned with MapPlaces.codes. */
export interface MapPeriod {
  period: string;
  values: (number | null)[];
  national: number | null;
  /** The law's level in words for the period ("alle (100 %)", "intet bestemt niveau"). */
  requirement: string;
  /** The law's level as a number; null where it sets none. */
  level: number | null;
  /** Persons in each kommune's group where published (aligned with values): decides what is clearly different. */
  headcounts?: (number | null)[] | undefined;
  /** Decimals each value was published with (aligned with values), and Hele landet's; left out: one for shares. */
  decimals?: number[] | undefined;
  nationalDecimals?: number | undefined;
  /** Hele landet's value is derived, not published: the rule in words (the map says "afledt" beside it). */
  nationalDerived?: string | undefined;
}

/** Every period of a measure, compact: what the browser fetches when the reader moves away from the newest month. */
export interface MapPeriodsFile {
  periods: string[];
  /** Per period, one value per kommune in MapPlaces order. */
  values: (number | null)[][];
  national: (number | null)[];
  requirements: string[];
  levels: (number | null)[];
  /** Per period, the persons in each kommune's group; left out for measures without a published headcount. */
  headcounts?: (number | null)[][];
  /** Per period, the decimals each value was published with, and Hele landet's; left out when all have one. */
  decimals?: number[][];
  nationalDecimals?: number[];
  /** Per period, the rule of a derived Hele landet value ("" where published); left out when none is derived. */
  nationalDerived?: string[];
}

/** One period of a periods file, as the map state takes it. */
export function periodOfFile(file: MapPeriodsFile, index: number): MapPeriod {
  return {
    period: file.periods[index]!,
    values: file.values[index]!,
    national: file.national[index] ?? null,
    requirement: file.requirements[index] ?? '',
    level: file.levels[index] ?? null,
    headcounts: file.headcounts?.[index],
    decimals: file.decimals?.[index],
    nationalDecimals: file.nationalDecimals?.[index],
    nationalDerived: file.nationalDerived?.[index] || undefined,
  };
}

export interface ShapeState {
  code: string;
  /** A class colour, or the hatch pattern for "ikke offentliggjort". */
  fill: string;
  /** Dark fill: a label on it is white. */
  dark: boolean;
  /** Accessible name and tooltip text: "Aarhus: 71,2 % (over hele landet, 67,0 %: bedre for borgerne)". */
  label: string;
  /** Colour class; -1 for "ikke offentliggjort". */
  cls: number;
}

export interface RankItem {
  code: string;
  name: string;
  slug: string;
  value: string;
}

/** Everything the map shows for one measure in one period: the build, the browser and the picture all draw from this. */
export interface MapState {
  period: string;
  periodLabel: string;
  shapes: ShapeState[];
  headline: string;
  detail: string;
  summary: string;
  rankTitles: [string, string];
  worst: RankItem[];
  best: RankItem[];
  national: string;
  requirement: string;
}

export const NO_DATA_FILL = 'url(#hatch)';

/**
 * The accessible name and tooltip of a shape, the law first where it sets a level: "Aarhus: 56,0 %. Aarhus ligger 19,0
 * procentpoint under lovens krav: mindst 75 %. Bedre end hele landet (52,1 %)." Counts say just the number.
 */
export function shapeLabel(
  name: string,
  value: number | null,
  national: number | null,
  measure: Pick<MapMeasure, 'unit' | 'better' | 'shortfall'>,
  context: {
    headcount?: number | null | undefined;
    level?: number | null | undefined;
    decimals?: number | undefined;
    nationalDecimals?: number | undefined;
    nationalDerived?: string | undefined;
  } = {},
): string {
  const text = `${name}: ${formatValue(value, measure.unit, context.decimals)}`;
  if (value === null || measure.unit !== 'pct') return text;
  const law = lawVerdict({ value, level: context.level, better: measure.better, place: name, shortfall: measure.shortfall, decimals: context.decimals }).text;
  const head = law ? `${text}. ${law}` : text;
  if (national === null) return head;
  const comparison = gapVerdict(value, national, measure.better, { headcount: context.headcount });
  const against = `hele landet (${nationalText(national, measure.unit, context.nationalDecimals, context.nationalDerived)})`;
  const words =
    comparison.position === 'unsure'
      ? `for få personer (${formatNumber(context.headcount!, 0)}) til at sammenligne med ${against}`
      : `${comparison.phrase} ${against}`;
  return law ? `${head} ${words.charAt(0).toUpperCase()}${words.slice(1)}.` : `${head} – ${words}`;
}

export function mapState(measure: MapMeasure, places: MapPlaces, data: MapPeriod): MapState {
  const shapes = places.codes.map((code, i): ShapeState => {
    const value = data.values[i] ?? null;
    const cls = classOf(value, measure.thresholds);
    const fill = cls < 0 ? NO_DATA_FILL : measure.colours[cls]!;
    return {
      code,
      fill,
      dark: cls >= 0 && isDarkFill(fill),
      label: shapeLabel(places.names[i]!, value, data.national, measure, {
        headcount: data.headcounts?.[i],
        level: data.level,
        decimals: data.decimals?.[i],
        nationalDecimals: data.nationalDecimals,
        nationalDerived: data.nationalDerived,
      }),
      cls,
    };
  });
  // Never ranked: kommuner with very few citizens, and groups under MIN_GROUP persons in this period.
  const small = new Set([...places.small, ...places.codes.filter((_, i) => (data.headcounts?.[i] ?? Infinity) < MIN_GROUP)]);
  const ranked = rankCodes(places.codes, data.values, measure.better, small);
  const index = new Map(places.codes.map((code, i) => [code, i]));
  const item = (code: string): RankItem => {
    const i = index.get(code)!;
    return { code, name: places.names[i]!, slug: places.slugs[i]!, value: formatValue(data.values[i] ?? null, measure.unit, data.decimals?.[i]) };
  };
  const summaryInput = {
    values: data.values,
    national: data.national,
    better: measure.better,
    unit: measure.unit,
    period: data.period,
    headcounts: data.headcounts,
    level: data.level,
    shortfall: measure.shortfall,
    nationalDecimals: data.nationalDecimals,
    nationalDerived: data.nationalDerived,
  };
  return {
    period: data.period,
    periodLabel: formatPeriod(data.period),
    shapes,
    headline: mapHeadline(summaryInput, measure.title),
    detail: mapDetail(summaryInput),
    summary: mapSummary(summaryInput),
    rankTitles: measure.better === 'neutral' ? ['Højest', 'Lavest'] : ['Dårligst', 'Bedst'],
    worst: ranked.slice(0, 5).map(item),
    best: [...ranked].reverse().slice(0, 5).map(item),
    national: nationalText(data.national, measure.unit, data.nationalDecimals, data.nationalDerived),
    requirement: data.requirement,
  };
}
