import type { MapPeriod } from './map-state.ts';
/**
 * Everything the change map shows for two months of a share: fills, names, key, finding, biggest movers and the
 * table. The build draws the default state from it and the browser every other, so both say the same.
 */
import { yearBefore } from '../period/year-before.ts';
import { changeDecimals, formatChange, formatList, formatPeriod } from '../words/format.ts';
import { nationalText } from './national-text.ts';
import { isDarkFill } from './colour-scale.ts';
import type { Better } from '../reference/catalogue.ts';
import { changeClass, changeColours, changeEnds, changeLegendItems, changeStep, changeTenths, type ChangeLegendItem } from './change-scale.ts';
import { changeFinding } from './change-finding.ts';

/** The kommuner in map order; `small` are those with so few citizens that their figures jump. */
export interface ChangePlaces {
  codes: string[];
  names: string[];
  slugs: string[];
  small: string[];
}

/**
 * One month's shares, aligned with ChangePlaces.codes: the part of the map's MapPeriod the change map reads, with the
 * decimals they were published with where any share has other than one, and the rule where Hele landet's is derived.
 */
export type ChangeMonth = Pick<MapPeriod, 'period' | 'values' | 'national' | 'decimals' | 'nationalDecimals' | 'nationalDerived'>;

/** A kommune's value in a month, or Hele landet's (i = -1), with its published decimals and derived rule. */
interface Cell {
  value: number | null;
  decimals: number | undefined;
  derived?: string | undefined;
}
const cellOf = (month: ChangeMonth, i: number): Cell =>
  i < 0
    ? { value: month.national, decimals: month.nationalDecimals, derived: month.nationalDerived }
    : { value: month.values[i] ?? null, decimals: month.decimals?.[i] };
const shown = (cell: Cell) => nationalText(cell.value, 'pct', cell.decimals, cell.derived);
/** The change between two published values, with no more decimals than the coarser ("ca. +10 procentpoint"). */
const changeText = (tenths: number, a: Cell, b: Cell) => formatChange(tenths / 10, 'pct', changeDecimals(a.decimals, b.decimals));

export interface ChangeInput {
  better: Better;
  from: ChangeMonth;
  to: ChangeMonth;
  /** Kommuner counting under 10 people in either month: left out of the movers. */
  few?: readonly string[];
}

export interface ChangeShape {
  code: string;
  /** A class colour, the hatch pattern for "ikke offentliggjort", or MUTED_FILL for a group too small to colour. */
  fill: string;
  dark: boolean;
  /** Accessible name and tooltip: "Aarhus: fra 22,1 % til 24,3 % (+2,2 procentpoint, bedre for borgerne)". */
  label: string;
  cls: number;
}

/** Too few people to colour by their change (the lists' rule): a plain light grey, named in the key. */
export const MUTED_FILL = '#e4e4e4';
export const MUTED_LABEL = 'for få personer til at farve';

export interface ChangeRow {
  code: string;
  name: string;
  slug: string;
  from: string;
  to: string;
  /** "+2,2 procentpoint"; "kan ikke beregnes" when a month is not published. */
  change: string;
}

export interface MoverList {
  title: string;
  rows: ChangeRow[];
  /** Said instead of an empty list. */
  empty: string;
  /** When the cut-off splits a tie: "… og 12 andre kommuner med −0,1 procentpoint" (else ""). */
  tie: string;
}

/** The words for kommuner left out of a list although they share the last shown change. */
export function tieNote(left: number, tenths: number): string {
  if (left === 0) return '';
  return `… og ${left} ${left === 1 ? 'anden kommune' : 'andre kommuner'} med ${formatChange(tenths / 10, 'pct')} (listen viser de første i alfabetisk orden).`;
}

export interface ChangeState {
  from: string;
  to: string;
  fromLabel: string;
  toLabel: string;
  shapes: ChangeShape[];
  legend: { title: string; direction: string; fell: string; rose: string; items: ChangeLegendItem[] };
  finding: string;
  description: string;
  /** Improvements then declines (for neutral measures: increases then decreases), five each at most. */
  movers: [MoverList, MoverList];
  /** Who is left out of the movers and why, in one line; empty when nobody is. */
  moversNote: string;
  national: ChangeRow;
  /** Every kommune, by name. */
  rows: ChangeRow[];
}

export const NO_DATA_FILL = 'url(#hatch)';
const MOVERS = 5;

/** The months the page opens on: the same month a year before the newest, or the first when the series is shorter. */
export function defaultChange(periods: readonly string[]): { from: string; to: string } {
  const to = periods[periods.length - 1] ?? '';
  const before = yearBefore(to);
  return { from: before !== undefined && periods.includes(before) ? before : (periods[0] ?? to), to };
}

function verdict(tenths: number, better: Better): string {
  if (tenths === 0) return 'uændret';
  if (better === 'neutral') return tenths > 0 ? 'steg' : 'faldt';
  return tenths > 0 === (better === 'higher') ? 'bedre for borgerne' : 'dårligere for borgerne';
}

/** "Aarhus: fra 22,1 % til 24,3 % (+2,2 procentpoint, bedre for borgerne)"; a missing month is named. */
export function changeLabel(name: string, from: ChangeMonth, to: ChangeMonth, i: number, better: Better): string {
  const a = cellOf(from, i);
  const b = cellOf(to, i);
  const tenths = changeTenths(a.value, b.value);
  if (tenths !== null) return `${name}: fra ${shown(a)} til ${shown(b)} (${changeText(tenths, a, b)}, ${verdict(tenths, better)})`;
  if (a.value === null && b.value === null) return `${name}: ikke offentliggjort i ${formatPeriod(from.period)} og ${formatPeriod(to.period)}`;
  const [missing, other, cell] = a.value === null ? [from, to, b] : [to, from, a];
  return `${name}: ikke offentliggjort i ${formatPeriod(missing.period)} (${formatPeriod(other.period)}: ${shown(cell)})`;
}

function row(code: string, name: string, slug: string, a: Cell, b: Cell): ChangeRow {
  const tenths = changeTenths(a.value, b.value);
  return { code, name, slug, from: shown(a), to: shown(b), change: tenths === null ? 'kan ikke beregnes' : changeText(tenths, a, b) };
}

export function changeState(places: ChangePlaces, input: ChangeInput): ChangeState {
  const { better, from, to } = input;
  const tenths = places.codes.map((_, i) => changeTenths(from.values[i] ?? null, to.values[i] ?? null));
  const small = new Set(places.small);
  const few = new Set(input.few ?? []);
  // The lists' small-group rule holds on the map too: a group of a few people neither gets a colour nor sets the scale.
  const muted = (i: number) => tenths[i] !== null && (small.has(places.codes[i]!) || few.has(places.codes[i]!));
  const known = tenths.filter((t, i): t is number => t !== null && !muted(i));
  const step = changeStep(known);
  const colours = changeColours(better);
  const shapes = places.codes.map((code, i): ChangeShape => {
    const label = changeLabel(places.names[i]!, from, to, i, better);
    if (muted(i)) return { code, fill: MUTED_FILL, dark: false, label: `${label}; ${MUTED_LABEL}`, cls: -2 };
    const cls = changeClass(tenths[i]!, step);
    const fill = cls < 0 ? NO_DATA_FILL : colours[cls]!;
    return { code, fill, dark: cls >= 0 && isDarkFill(fill), label, cls };
  });
  const rowAt = (i: number) => row(places.codes[i]!, places.names[i]!, places.slugs[i]!, cellOf(from, i), cellOf(to, i));

  const eligible = places.codes.map((_, i) => i).filter((i) => tenths[i] !== null && !small.has(places.codes[i]!) && !few.has(places.codes[i]!));
  const byName = (i: number, j: number) => places.names[i]!.localeCompare(places.names[j]!, 'da');
  const sorted = (sign: number) => eligible.filter((i) => tenths[i]! * sign > 0).sort((i, j) => tenths[j]! * sign - tenths[i]! * sign || byName(i, j));
  const moving = (sign: number) => sorted(sign).slice(0, MOVERS).map(rowAt);
  const tie = (sign: number) => {
    const all = sorted(sign);
    const last = all[MOVERS - 1];
    return last === undefined ? '' : tieNote(all.slice(MOVERS).filter((i) => tenths[i] === tenths[last]).length, tenths[last]!);
  };
  const rises = moving(1);
  const falls = moving(-1);
  const [riseTie, fallTie] = [tie(1), tie(-1)];
  const movers: [MoverList, MoverList] =
    better === 'neutral'
      ? [
          { title: 'Største stigninger', rows: rises, empty: 'Ingen kommune steg.', tie: riseTie },
          { title: 'Største fald', rows: falls, empty: 'Ingen kommune faldt.', tie: fallTie },
        ]
      : [
          {
            title: 'Største forbedringer',
            rows: better === 'higher' ? rises : falls,
            empty: 'Ingen kommune blev bedre for borgerne.',
            tie: better === 'higher' ? riseTie : fallTie,
          },
          {
            title: 'Største forværringer',
            rows: better === 'higher' ? falls : rises,
            empty: 'Ingen kommune blev dårligere for borgerne.',
            tie: better === 'higher' ? fallTie : riseTie,
          },
        ];

  const nameOf = (code: string) => places.names[places.codes.indexOf(code)] ?? code;
  const sortedNames = (codes: Iterable<string>) => [...codes].map(nameOf).sort((a, b) => a.localeCompare(b, 'da'));
  const smallNames = sortedNames(places.small);
  const fewNames = sortedNames([...few].filter((code) => !small.has(code) && places.codes.includes(code)));
  const moversNote = [
    smallNames.length > 0 ? `${formatList(smallNames)} er ikke med i listerne: de har så få borgere, at deres tal svinger meget.` : '',
    fewNames.length > 0 ? `Heller ikke ${formatList(fewNames)}, der havde under 10 personer i en af månederne.` : '',
  ]
    .filter(Boolean)
    .join(' ');

  const fromLabel = formatPeriod(from.period);
  const toLabel = formatPeriod(to.period);
  const missing = tenths.filter((t) => t === null).length;
  const ends = changeEnds(better);
  return {
    from: from.period,
    to: to.period,
    fromLabel,
    toLabel,
    shapes,
    legend: {
      title: 'Ændring i procentpoint.',
      direction: ends.sentence,
      fell: ends.fell,
      rose: ends.rose,
      items: changeLegendItems(step, colours),
    },
    finding: changeFinding(
      tenths.filter((t): t is number => t !== null),
      from,
      to,
    ),
    description:
      `Kortet viser ændringen i procentpoint for hver kommune fra ${fromLabel} til ${toLabel}.` +
      (missing > 0 ? ` ${missing} ${missing === 1 ? 'kommune har' : 'kommuner har'} ikke offentliggjorte tal for begge måneder (skraveret).` : ''),
    movers,
    moversNote,
    national: row('000', 'Hele landet', '', cellOf(from, -1), cellOf(to, -1)),
    rows: places.codes
      .map((_, i) => i)
      .sort(byName)
      .map(rowAt),
  };
}
