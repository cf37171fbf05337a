import { compare } from '../words/compare.ts';
import { formatPeriod, formatValue, type Unit } from '../words/format.ts';
import { classOf, isDarkFill, type Better } from './colour-scale.ts';
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

/** "Aarhus: 71,2 % (over hele landet, 67,0 %: bedre for borgerne)"; counts and neutral measures say less. */
export function shapeLabel(name: string, value: number | null, national: number | null, measure: Pick<MapMeasure, 'unit' | 'better'>): string {
  const text = `${name}: ${formatValue(value, measure.unit)}`;
  if (value === null || national === null || measure.unit !== 'pct') return text;
  const comparison = compare(value, national, measure.better);
  const verdict = comparison.verdict === 'better' ? ': bedre for borgerne' : comparison.verdict === 'worse' ? ': dårligere for borgerne' : '';
  return `${text} (${comparison.words} hele landet, ${formatValue(national, measure.unit)}${verdict})`;
}

export function mapState(measure: MapMeasure, places: MapPlaces, data: MapPeriod): MapState {
  const shapes = places.codes.map((code, i): ShapeState => {
    const value = data.values[i] ?? null;
    const cls = classOf(value, measure.thresholds);
    const fill = cls < 0 ? NO_DATA_FILL : measure.colours[cls]!;
    return { code, fill, dark: cls >= 0 && isDarkFill(fill), label: shapeLabel(places.names[i]!, value, data.national, measure), cls };
  });
  const small = new Set(places.small);
  const ranked = rankCodes(places.codes, data.values, measure.better, small);
  const index = new Map(places.codes.map((code, i) => [code, i]));
  const item = (code: string): RankItem => {
    const i = index.get(code)!;
    return { code, name: places.names[i]!, slug: places.slugs[i]!, value: formatValue(data.values[i] ?? null, measure.unit) };
  };
  const summaryInput = { values: data.values, national: data.national, better: measure.better, unit: measure.unit, period: data.period };
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
    national: formatValue(data.national, measure.unit),
    requirement: data.requirement,
  };
}
