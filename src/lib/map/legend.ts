/** The map's key in words, shared by the page's legend and the map picture. */
import { formatNumber, type Unit } from '../words/format.ts';
import type { Better } from '../reference/catalogue.ts';

export interface LegendItem {
  colour: string;
  label: string;
}

/** One item per colour class: "under 20 %", "20 % til under 30 %", "40 % og derover". */
export function legendItems(thresholds: readonly number[], colours: readonly string[], unit: Unit): LegendItem[] {
  const suffix = unit === 'pct' ? '\u00a0%' : '';
  const decimals = thresholds.some((t) => !Number.isInteger(t)) ? 1 : 0;
  const n = (v: number) => `${formatNumber(v, decimals)}${suffix}`;
  return colours.map((colour, i) => {
    const from = thresholds[i - 1];
    const to = thresholds[i];
    const label =
      from === undefined && to === undefined
        ? 'alle værdier'
        : from === undefined
          ? `under ${n(to!)}`
          : to === undefined
            ? `${n(from)} og derover`
            : `${n(from)} til under ${n(to)}`;
    return { colour, label };
  });
}

/** What a darker colour means, in words a reader of the picture or the page needs. */
export function legendDirection(better: Better): string {
  return better === 'neutral' ? 'Mørkere farve: højere værdi.' : 'Mørkere farve: dårligere for borgerne.';
}

export const NO_DATA_LABEL = 'ikke offentliggjort';
