/** Danish formatting of numbers, periods and lists for everything a user reads. */
import { MONTH_NAMES as MONTHS } from '../period/month-names.ts';

const NBSP = '\u00a0';

const numberFormats = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: true });
    numberFormats.set(decimals, format);
  }
  return format;
}

/** Formatted numbers by decimals and value: pages show the same few thousand values over and over, and Intl is slow. */
const formatted = [new Map<number, string>(), new Map<number, string>(), new Map<number, string>()];

/** "96.938", "4,9", "−1,5": Danish decimal comma, thousands dot (also for 4-digit numbers: "4.952") and a real minus sign. */
export function formatNumber(value: number, decimals = 0): string {
  const cache = Object.is(value, -0) ? undefined : formatted[decimals];
  const known = cache?.get(value);
  if (known !== undefined) return known;
  const text = formatNumberWithIntl(value, decimals);
  if (cache) {
    if (cache.size > 50_000) cache.clear();
    cache.set(value, text);
  }
  return text;
}

function formatNumberWithIntl(value: number, decimals: number): string {
  const text = numberFormat(decimals)
    .format(value)
    .replace(/^[-\u2212]/, '-');
  // da-DK leaves 4-digit numbers ungrouped; official Danish statistics group them, and so do we.
  const grouped = /^-?\d{4}(,|$)/.test(text) ? text.replace(/^(-?\d)(\d{3})/, '$1.$2') : text;
  return grouped.replace(/^-/, '\u2212');
}

export type Unit = 'pct' | 'antal';

/**
 * "67,3 %" for shares, "96.938" for counts; null is "ikke offentliggjort". `decimals` is how the value was published
 * ("8" → 0 → "8 %", "8,0" → 1 → "8,0 %"): never shown more precise than that. Without it: one decimal for shares.
 */
export function formatValue(value: number | null, unit: Unit, decimals?: number): string {
  if (value === null) return 'ikke offentliggjort';
  if (decimals !== undefined) return `${formatNumber(value, decimals)}${unit === 'pct' ? `${NBSP}%` : ''}`;
  return unit === 'pct' ? `${formatNumber(value, 1)}${NBSP}%` : formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/**
 * "+2,4 procentpoint", "−0,5 procentpoint", "+1.203" for counts. `decimals` is the fewest decimals of the two values
 * the change is worked out from: a change of whole-number shares is "ca. +1 procentpoint" (each end may be half a
 * point off), never more decimals than the inputs.
 */
export function formatChange(change: number, unit: Unit, decimals?: number): string {
  const places = decimals === undefined ? (unit === 'pct' ? 1 : 0) : decimals;
  // The sign of the change as written: one that rounds to nothing is "±0", not "+0" ("ca. ±0 procentpoint").
  const shown = Math.round(Math.abs(change) * 10 ** places);
  const sign = shown === 0 ? '±' : change > 0 ? '+' : '\u2212';
  const size = unit === 'pct' ? `${formatNumber(Math.abs(change), places)} procentpoint` : formatNumber(Math.abs(change), places);
  return decimals === 0 && unit === 'pct' ? `ca. ${sign}${size}` : `${sign}${size}`;
}

/** How many decimals a change of two published values may carry: the fewer of the two. */
export function changeDecimals(...decimals: (number | undefined)[]): number | undefined {
  const known = decimals.filter((d): d is number => d !== undefined);
  return known.length === 0 ? undefined : Math.min(...known);
}

/** "december 2018", "1. kvartal 2024", "12 måneder til maj 2024", "2017". Unknown codes are returned as given. */
export function formatPeriod(period: string): string {
  const month = /^(\d{4})M(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  const quarter = /^(\d{4})Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[2]}. kvartal ${quarter[1]}`;
  const mat = /^(\d{4})QMAT(\d{2})$/.exec(period);
  if (mat) return `12 måneder til ${MONTHS[Number(mat[2]) - 1]} ${mat[1]}`;
  const year = /^(\d{4})Y\d{2}$/.exec(period);
  if (year) return year[1]!;
  return period;
}

/** "dec. 2018" for axis ticks and compact labels. */
export function formatPeriodShort(period: string): string {
  const month = /^(\d{4})M(\d{2})$/.exec(period);
  if (!month) return formatPeriod(period);
  const name = MONTHS[Number(month[2]) - 1]!;
  return `${name.length > 4 ? `${name.slice(0, 3)}.` : name} ${month[1]}`;
}

/** "24. november 2026" from an ISO timestamp (its calendar date, as written). */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${Number(match[3])}. ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso;
}

const listFormat = new Intl.ListFormat('da', { type: 'conjunction' });
/** "Fanø, Læsø, Samsø og Ærø". */
export function formatList(items: readonly string[]): string {
  return listFormat.format(items);
}
