import { countAround } from '../words/compare.ts';
import type { Better } from './colour-scale.ts';
import { formatPeriod, formatValue, type Unit } from '../words/format.ts';

export interface MapSummaryInput {
  values: (number | null)[];
  national: number | null | undefined;
  better: Better;
  unit: Unit;
  period: string;
}

const kommuner = (n: number) => (n === 1 ? '1 kommune' : `${n} kommuner`);

/** What all three sentences build on: the published values, the note on the missing ones, and the counts around the nation. */
function tally({ values, national, unit }: MapSummaryInput) {
  const published = values.filter((v): v is number => v !== null);
  const missing = values.length - published.length;
  const missingText = missing > 0 ? ` ${kommuner(missing)} har ikke offentliggjorte tal.` : '';
  const counts = national != null && unit === 'pct' && published.length > 0 ? countAround(published, national) : undefined;
  return { published, missingText, counts };
}

/** The finding as a sentence, Datawrapper-style: "I december 2018 lå 21 kommuner klart under hele landet (67,0 %) …". */
export function mapSummary(input: MapSummaryInput): string {
  const { national, better, unit, period } = input;
  const { published, missingText, counts } = tally(input);
  const when = formatPeriod(period);
  if (!counts || national == null) return `Tal for ${kommuner(published.length)} i ${when}.${missingText}`;
  const { under, over } = counts;
  const [worse, worseWord, betterCount, betterWord] = better === 'lower' ? [over, 'over', under, 'under'] : [under, 'under', over, 'over'];
  const head = `I ${when} lå ${kommuner(worse)} klart ${worseWord} hele landet (${formatValue(national, unit)}) og ${betterCount} klart ${betterWord}.`;
  return better === 'neutral'
    ? `I ${when} lå ${kommuner(over)} klart over hele landet (${formatValue(national, unit)}) og ${under} klart under.${missingText}`
    : `${head}${missingText}`;
}

/**
 * Kommuner ordered from worst to best (or highest to lowest for neutral measures). Suppressed values are left out, and
 * so are the kommuner in `leaveOut` (those with so few citizens that their figures jump and would top every list).
 */
export function rankCodes(codes: string[], values: (number | null)[], better: Better, leaveOut: ReadonlySet<string> = new Set()): string[] {
  const pairs = codes
    .map((code, i) => ({ code, value: values[i] }))
    .filter((p): p is { code: string; value: number } => p.value != null && !leaveOut.has(p.code));
  pairs.sort((a, b) => (better === 'higher' ? a.value - b.value : b.value - a.value) || a.code.localeCompare(b.code));
  return pairs.map((p) => p.code);
}

/** The finding as a short headline: "44 af 97 kommuner lå klart under hele landet i december 2018". */
export function mapHeadline(input: MapSummaryInput, title: string): string {
  const { published, counts } = tally(input);
  const when = formatPeriod(input.period);
  if (!counts) return `${title} i ${when}`;
  const { under, over } = counts;
  const better = input.better;
  const [count, word] = better === 'higher' ? [under, 'under'] : [over, 'over'];
  return `${count} af ${kommuner(published.length)} lå klart ${word} hele landet i ${when}`;
}

/** What the headline leaves out: "40 lå klart over, og 13 lå på niveau med hele landet (67,0 %). 1 kommune har …". */
export function mapDetail(input: MapSummaryInput): string {
  const { missingText, counts } = tally(input);
  if (!counts || input.national == null) return missingText.trim();
  const { under, over, level } = counts;
  const [other, word] = input.better === 'higher' ? [over, 'over'] : [under, 'under'];
  return `${other} lå klart ${word}, og ${level} lå på niveau med hele landet (${formatValue(input.national, input.unit)}).${missingText}`;
}
