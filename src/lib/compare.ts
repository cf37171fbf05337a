import type { Better } from './colour-scale.ts';

export type Position = 'over' | 'level' | 'under';

export interface Comparison {
  position: Position;
  /** "over", "på niveau med", "under" — to be followed by what it is compared with. */
  words: string;
  /** Whether the difference is good news for citizens; undefined for neutral measures or on level. */
  verdict: 'better' | 'worse' | undefined;
}

/** Differences smaller than this many percentage points are "på niveau med": the data are not that precise. */
export const LEVEL_TOLERANCE = 1;

export function compare(value: number, reference: number, better: Better, tolerance = LEVEL_TOLERANCE): Comparison {
  const diff = value - reference;
  if (Math.abs(diff) < tolerance) return { position: 'level', words: 'på niveau med', verdict: undefined };
  const position: Position = diff > 0 ? 'over' : 'under';
  const verdict = better === 'neutral' ? undefined : (better === 'higher') === diff > 0 ? 'better' : 'worse';
  return { position, words: position === 'over' ? 'over' : 'under', verdict };
}

export interface Standing {
  /** Kommuner with a published value, this one included. */
  total: number;
  /** Kommuner with a clearly better value (beyond the tolerance). */
  better: number;
  /** Kommuner with a clearly worse value. */
  worse: number;
}

/** Where a value sits among all kommuner, counting only clear differences so near-ties are not ranked. */
export function standing(value: number, all: number[], better: Better, tolerance = LEVEL_TOLERANCE): Standing {
  const higher = all.filter((v) => v - value >= tolerance).length;
  const lower = all.filter((v) => value - v >= tolerance).length;
  return better === 'lower'
    ? { total: all.length, better: lower, worse: higher }
    : { total: all.length, better: higher, worse: lower };
}

/** "Klart bedre end 61 af 97 kommuner med tal, klart dårligere end 20." */
export function describeStanding(s: Standing, better: Better): string {
  if (better === 'neutral') {
    return `Klart højere end ${s.worse} og klart lavere end ${s.better} af de ${s.total} kommuner med tal.`;
  }
  return `Klart bedre end ${s.worse} og klart dårligere end ${s.better} af de ${s.total} kommuner med tal; resten ligger inden for ${LEVEL_TOLERANCE} procentpoint.`;
}
