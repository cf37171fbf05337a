import { quantileSorted } from 'd3-array';
import { schemeBlues, schemeOranges } from 'd3-scale-chromatic';

import type { Better } from '../reference/catalogue.ts';

export interface ColourClass {
  /** Inclusive lower bound (undefined for the first class). */
  from: number | undefined;
  /** Exclusive upper bound (undefined for the last class). */
  to: number | undefined;
  colour: string;
}

export interface ColourScale {
  thresholds: number[];
  classes: ColourClass[];
  /** Index of the class a value falls in; -1 for "ikke offentliggjort". */
  classOf(value: number | null): number;
  colourOf(value: number | null): string | undefined;
}

function niceStep(range: number): number {
  if (range > 200) return 10 ** Math.floor(Math.log10(range / 5));
  if (range > 20) return 1;
  return 0.1;
}

/**
 * Five classes from the quantiles of all values across all periods, so a colour means the same in every month.
 * Thresholds are rounded to readable numbers; the darkest colour always marks the worse end.
 */
export function colourScale(values: number[], better: Better): ColourScale {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const thresholds: number[] = [];
  if (sorted.length > 0) {
    const step = niceStep(sorted[sorted.length - 1]! - sorted[0]!);
    for (const q of [0.2, 0.4, 0.6, 0.8]) {
      const t = Math.round(quantileSorted(sorted, q)! / step) * step;
      const rounded = Number(t.toFixed(step < 1 ? 1 : 0));
      if (rounded > sorted[0]! && rounded <= sorted[sorted.length - 1]! && !thresholds.includes(rounded)) thresholds.push(rounded);
    }
  }
  const colours = palette(thresholds.length + 1, better);
  const classes = colours.map((colour, i) => ({ from: thresholds[i - 1], to: thresholds[i], colour }));
  const classOfValue = (value: number | null) => classOf(value, thresholds);
  return { thresholds, classes, classOf: classOfValue, colourOf: (value) => classes[classOfValue(value)]?.colour };
}

/** Index of the class a value falls in (the first threshold it stays under); -1 for "ikke offentliggjort". */
export function classOf(value: number | null, thresholds: readonly number[]): number {
  if (value === null || !Number.isFinite(value)) return -1;
  const index = thresholds.findIndex((t) => value < t);
  return index === -1 ? thresholds.length : index;
}

/**
 * ColorBrewer's sequential schemes made for n classes (d3-scale-chromatic): Oranges where darker is worse for the
 * citizens, Blues for neutral background counts. Both are safe for colour-blind readers and in greyscale.
 */
function palette(n: number, better: Better): string[] {
  const scheme = better === 'neutral' ? schemeBlues : schemeOranges;
  const colours = n >= 3 ? [...scheme[Math.min(n, 9)]!] : n === 2 ? [scheme[3]![0]!, scheme[3]![2]!] : [scheme[3]![1]!];
  return better === 'higher' ? colours.reverse() : colours;
}

/** Whether labels on this fill need white text: WCAG relative luminance below the point where black text fails. */
export function isDarkFill(hex: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
