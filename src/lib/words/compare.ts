import type { Better } from '../map/colour-scale.ts';
import { formatNumber } from './format.ts';

export type Position = 'over' | 'level' | 'under';

export interface Comparison {
  position: Position;
  /** "over", "på niveau med", "under" — to be followed by what it is compared with. */
  words: string;
  /** Whether the difference is good news for citizens; undefined for neutral measures or on level. */
  verdict: 'better' | 'worse' | undefined;
}

/**
 * How far apart two shares must be before they are called different: 1 percentage point, but a tenth of the
 * reference for small shares (0,5 % against 1,4 % is a real gap), and never under 0,1 — the data's own precision.
 */
export function levelTolerance(reference: number): number {
  return Math.min(1, Math.max(0.1, Math.round(Math.abs(reference)) / 10));
}

/** The difference on the data's one decimal, so 1,3 − 2,3 is −1,0 and not −0,999…. */
export function difference(value: number, reference: number): number {
  return Math.round((value - reference) * 10) / 10;
}

export function compare(value: number, reference: number, better: Better, tolerance = levelTolerance(reference)): Comparison {
  const diff = difference(value, reference);
  if (Math.abs(diff) < tolerance) return { position: 'level', words: 'på niveau med', verdict: undefined };
  const position: Position = diff > 0 ? 'over' : 'under';
  const verdict = better === 'neutral' ? undefined : (better === 'higher') === diff > 0 ? 'better' : 'worse';
  return { position, words: position === 'over' ? 'over' : 'under', verdict };
}

/** How many values lie clearly under, clearly over, and on level with a reference. */
export function countAround(values: number[], reference: number, tolerance = levelTolerance(reference)): { under: number; over: number; level: number } {
  const under = values.filter((v) => difference(reference, v) >= tolerance).length;
  const over = values.filter((v) => difference(v, reference) >= tolerance).length;
  return { under, over, level: values.length - under - over };
}

export interface Standing {
  /** Kommuner with a published value, this one included. */
  total: number;
  /** Kommuner with a clearly better value (beyond the tolerance). */
  better: number;
  /** Kommuner with a clearly worse value. */
  worse: number;
  tolerance: number;
}

/** Where a value sits among all kommuner, counting only clear differences so near-ties are not ranked. */
export function standing(value: number, all: number[], better: Better, tolerance = levelTolerance(value)): Standing {
  const { under, over } = countAround(all, value, tolerance);
  return better === 'lower' ? { total: all.length, better: under, worse: over, tolerance } : { total: all.length, better: over, worse: under, tolerance };
}

/** "Klart bedre end 61 og klart dårligere end 20 af de 97 kommuner med tal; resten ligger inden for 1 procentpoint." */
export function describeStanding(s: Standing, better: Better): string {
  const within = `${formatNumber(s.tolerance, Number.isInteger(s.tolerance) ? 0 : 1)} procentpoint`;
  if (better === 'neutral') {
    return `Klart højere end ${s.worse} og klart lavere end ${s.better} af de ${s.total} kommuner med tal.`;
  }
  return `Klart bedre end ${s.worse} og klart dårligere end ${s.better} af de ${s.total} kommuner med tal; resten ligger inden for ${within}.`;
}
