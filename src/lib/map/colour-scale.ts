import { quantileSorted } from 'd3-array';

export type Better = 'higher' | 'lower' | 'neutral';

/** ColorBrewer 5-class Oranges (worse = darker) and Blues (neutral counts); both safe for colour-blind readers. */
const ORANGES = ['#feedde', '#fdbe85', '#fd8d3c', '#d94701', '#8c2d04'];
const BLUES = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];

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
  const palette = better === 'neutral' ? BLUES : better === 'higher' ? [...ORANGES].reverse() : ORANGES;
  const thresholds: number[] = [];
  if (sorted.length > 0) {
    const step = niceStep(sorted[sorted.length - 1]! - sorted[0]!);
    for (const q of [0.2, 0.4, 0.6, 0.8]) {
      const t = Math.round(quantileSorted(sorted, q)! / step) * step;
      const rounded = Number(t.toFixed(step < 1 ? 1 : 0));
      if (rounded > sorted[0]! && rounded <= sorted[sorted.length - 1]! && !thresholds.includes(rounded)) thresholds.push(rounded);
    }
  }
  const colours = pickColours(palette, thresholds.length + 1);
  const classes = colours.map((colour, i) => ({ from: thresholds[i - 1], to: thresholds[i], colour }));
  const classOf = (value: number | null) => {
    if (value === null || !Number.isFinite(value)) return -1;
    const index = thresholds.findIndex((t) => value < t);
    return index === -1 ? thresholds.length : index;
  };
  return { thresholds, classes, classOf, colourOf: (value) => classes[classOf(value)]?.colour };
}

/** Spread n colours over the palette, keeping both ends. */
function pickColours(palette: string[], n: number): string[] {
  if (n >= palette.length) return palette;
  if (n === 1) return [palette[Math.floor(palette.length / 2)]!];
  return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
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
