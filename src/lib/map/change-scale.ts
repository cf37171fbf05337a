/** Colour classes for a change between two months: diverging around "uændret", the ends read as better/worse. */
import { schemeBrBG, schemePuOr } from 'd3-scale-chromatic';
import { formatNumber } from '../words/format.ts';
import type { Better } from '../reference/catalogue.ts';

/** Class steps to choose from, in tenths of a percentage point (0,2 … 20 procentpoint). */
const STEPS = [2, 5, 10, 20, 50, 100, 200];

/** Index of the middle class ("uændret"); classes 0–2 fell, 4–6 rose. */
export const UNCHANGED_CLASS = 3;

/**
 * The change from one value to the next in whole tenths of a percentage point (the data's precision), so that
 * 24,3 − 22,1 is exactly 22 and not 21,999…; null when either month is not published.
 */
export function changeTenths(from: number | null, to: number | null): number | null {
  if (from === null || to === null || !Number.isFinite(from) || !Number.isFinite(to)) return null;
  const tenths = Math.round((to - from) * 10);
  return tenths === 0 ? 0 : tenths;
}

/**
 * The width of a class, in tenths: the smallest readable step at least as big as the median change, so about half
 * the kommuner fall in the palest classes and one jumpy kommune does not wash out the rest of the map.
 */
export function changeStep(tenths: readonly number[]): number {
  const sizes = tenths.map(Math.abs).sort((a, b) => a - b);
  const median = sizes.length === 0 ? 0 : sizes[Math.floor(sizes.length / 2)]!;
  return STEPS.find((step) => step >= median) ?? STEPS[STEPS.length - 1]!;
}

/** 0 … 6: fell by two steps or more … rose by two steps or more; 3 is "uændret"; -1 when it cannot be computed. */
export function changeClass(tenths: number | null, step: number): number {
  if (tenths === null) return -1;
  const size = Math.abs(tenths);
  const away = size >= 2 * step ? 3 : size >= step ? 2 : size >= 1 ? 1 : 0;
  return tenths < 0 ? UNCHANGED_CLASS - away : UNCHANGED_CLASS + away;
}

/**
 * ColorBrewer's diverging schemes (d3-scale-chromatic), safe for colour-blind readers: PuOr with purple at the end
 * that is better for the citizens and orange at the worse end (orange is "worse" on the one-month map too); BrBG
 * for neutral measures, where a rise is neither good nor bad. Ordered from the biggest fall to the biggest rise.
 */
export function changeColours(better: Better): string[] {
  if (better === 'neutral') return [...schemeBrBG[7]!];
  // d3's PuOr runs from purple to orange: where higher is better, a rise (right) must be purple.
  const colours = [...schemePuOr[7]!];
  return better === 'higher' ? colours.reverse() : colours;
}

/** The colours' meaning in words: what the left (fell) and right (rose) ends of the key say. */
export function changeEnds(better: Better): { fell: string; rose: string; sentence: string } {
  if (better === 'neutral') return { fell: 'faldt', rose: 'steg', sentence: 'Blågrøn: steg. Brun: faldt.' };
  const good = 'bedre for borgerne';
  const bad = 'dårligere for borgerne';
  return better === 'higher'
    ? { fell: `faldt: ${bad}`, rose: `steg: ${good}`, sentence: `Lilla: steg – ${good}. Orange: faldt – ${bad}.` }
    : { fell: `faldt: ${good}`, rose: `steg: ${bad}`, sentence: `Lilla: faldt – ${good}. Orange: steg – ${bad}.` };
}

export interface ChangeLegendItem {
  cls: number;
  colour: string;
  label: string;
}

/** "−2,0 og derunder", "−1,9 til −1,0", "−0,9 til −0,1", "uændret", "+0,1 til +0,9" …: one per class, in tenths. */
export function changeLegendItems(step: number, colours: readonly string[]): ChangeLegendItem[] {
  const n = (tenths: number) => `${tenths < 0 ? '\u2212' : '+'}${formatNumber(Math.abs(tenths) / 10, 1)}`;
  const span = (a: number, b: number) => (a === b ? n(a) : `${n(a)} til ${n(b)}`);
  const rising = [span(1, step - 1), span(step, 2 * step - 1), `${n(2 * step)} og derover`];
  const falling = [`${n(-2 * step)} og derunder`, span(-(2 * step - 1), -step), span(-(step - 1), -1)];
  const labels = [...falling, 'uændret', ...rising];
  return labels.map((label, cls) => ({ cls, colour: colours[cls]!, label }));
}
