import type { Better } from '../reference/catalogue.ts';
import { formatNumber } from './format.ts';

export type Position = 'over' | 'level' | 'under' | 'unsure';

export interface GapVerdict {
  /** Clearly over or under, on level, or unsure because the group is too small to tell. */
  position: Position;
  /** "over", "på niveau med", "under" — to be followed by what it is compared with; empty when unsure. */
  words: string;
  /** Whether a clear difference is good news for citizens; undefined for neutral measures, on level or unsure. */
  verdict: 'better' | 'worse' | undefined;
  /** "bedre for borgerne end", "dårligere for borgerne end", "på niveau med", "højere end" …: the comparison in words a citizen reads. */
  phrase: string;
  /** Why a gap is not called clear, in one line, when the group's size decided it. */
  why?: string;
}

/** Groups under this many persons are never ranked or called clearly different (jobindsats drops them too). */
export const MIN_GROUP = 10;

/** The gap in percentage points a difference must be strictly larger than to be called clear ("klart"). */
export const CLEAR_GAP = 1;
/** The smallest gap for small shares: the data's own precision. */
export const CLEAR_GAP_MIN = 0.1;

/**
 * How far apart two shares must be before they are called different when the group's size is not published:
 * CLEAR_GAP, but a tenth of the reference for small shares (0,5 % against 1,4 % is a real gap), and never under
 * CLEAR_GAP_MIN. A gap of exactly this size is not clear (isClearGap).
 */
export function levelTolerance(reference: number): number {
  return Math.min(CLEAR_GAP, Math.max(CLEAR_GAP_MIN, Math.round(Math.abs(reference)) / 10));
}

/** The one rule for "klart": the gap is strictly larger than the tolerance (exactly 1,0 procentpoint is not clear). */
export function isClearGap(diff: number, tolerance: number): boolean {
  return Math.abs(diff) > tolerance;
}

/** The rule in words, for the method page: made from the same constants the comparison uses. */
export const CLEAR_GAP_WORDS = `større end ${formatNumber(CLEAR_GAP, 0)} procentpoint (for små andele større end en tiendedel af andelen, dog mindst ${formatNumber(CLEAR_GAP_MIN, 1)} procentpoint); en forskel på præcis ${formatNumber(CLEAR_GAP, 0)} procentpoint er altså ikke klar`;

/** Why the interval is only approximate: aktiveringsgrad is a share of time (full-time equivalents), the interval counts persons. */
export const INTERVAL_APPROXIMATION =
  'Intervallet er en tilnærmelse: det regnes på antallet af personer, mens en andel som aktiveringsgraden er en andel af tid (fuldtidspersoner), ikke af personer.';

/** The difference on the data's one decimal, so 1,3 − 2,3 is −1,0 and not −0,999…. */
export function difference(value: number, reference: number): number {
  return Math.round((value - reference) * 10) / 10;
}

/**
 * The 95 % interval of a share (in percent) of a group of n persons (Wilson's score interval): the range the share
 * could have landed in by chance alone. ONS compares local shares with the nation the same way.
 */
export function shareInterval(share: number, n: number): [number, number] {
  const z = 1.959964;
  const p = Math.min(1, Math.max(0, share / 100));
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return [Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100];
}

export interface GapOptions {
  /** The gap under which two shares are on level; defaults to levelTolerance(reference). */
  tolerance?: number;
  /** Persons in the group the share is of, where published: decides with an interval instead of a fixed gap. */
  headcount?: number | null | undefined;
}

const persons = (n: number) => `${formatNumber(n, 0)} ${n === 1 ? 'person' : 'personer'}`;

/**
 * A share against a reference (usually the whole country). Clear only when the gap is beyond the data's precision
 * and, where the group's size is published, beyond what chance can explain for a group that size; never clear for a
 * group under MIN_GROUP persons.
 */
export function gapVerdict(value: number, reference: number, better: Better, options: GapOptions = {}): GapVerdict {
  const diff = difference(value, reference);
  const { headcount } = options;
  if (typeof headcount === 'number' && headcount < MIN_GROUP) {
    return {
      position: 'unsure',
      words: '',
      verdict: undefined,
      phrase: 'ikke til at sammenligne med',
      why: `Med ${persons(headcount)} i målgruppen er gruppen for lille til at sige, om forskellen er reel (under ${MIN_GROUP} personer).`,
    };
  }
  const tolerance = options.tolerance ?? levelTolerance(reference);
  if (!isClearGap(diff, tolerance)) return level();
  if (typeof headcount === 'number') {
    const [low, high] = shareInterval(value, headcount);
    if (reference >= low && reference <= high) {
      return {
        ...level(),
        why: `Med ${persons(headcount)} i målgruppen kan en forskel på ${formatNumber(Math.abs(diff), 1)} procentpoint skyldes tilfældigheder (et tilnærmet interval, regnet på personer).`,
      };
    }
  }
  const position: Position = diff > 0 ? 'over' : 'under';
  const verdict = better === 'neutral' ? undefined : (better === 'higher') === diff > 0 ? 'better' : 'worse';
  const phrase =
    verdict === 'better' ? 'bedre for borgerne end' : verdict === 'worse' ? 'dårligere for borgerne end' : position === 'over' ? 'højere end' : 'lavere end';
  return { position, words: position === 'over' ? 'over' : 'under', verdict, phrase };
}

function level(): GapVerdict {
  return { position: 'level', words: 'på niveau med', verdict: undefined, phrase: 'på niveau med' };
}

/**
 * Each value against a reference with its own group size: how many are clearly better, clearly worse (or higher and
 * lower for neutral measures), on level, and unsure because the group is too small.
 */
export function countVerdicts(
  values: (number | null)[],
  reference: number,
  better: Better,
  headcounts?: readonly (number | null | undefined)[],
): { better: number; worse: number; level: number; unsure: number } {
  const counts = { better: 0, worse: 0, level: 0, unsure: 0 };
  values.forEach((value, i) => {
    if (value === null) return;
    const c = gapVerdict(value, reference, better === 'neutral' ? 'higher' : better, { headcount: headcounts?.[i] });
    if (c.position === 'unsure') counts.unsure++;
    else if (c.verdict) counts[c.verdict]++;
    else counts.level++;
  });
  return counts;
}

export interface Standing {
  /** Kommuner with a published value, this one included. */
  total: number;
  /** Kommuner with a clearly better value (beyond the tolerance, and outside the interval where one is known). */
  better: number;
  /** Kommuner with a clearly worse value. */
  worse: number;
  tolerance: number;
  /** Persons in this kommune's group, when the interval decided what is clear. */
  headcount?: number;
}

/**
 * Where a value sits among all kommuner, counting only clear differences so near-ties are not ranked: beyond the data's
 * precision and, where the kommune's group size is published, outside the 95 % interval of its own share.
 */
export function standing(value: number, all: number[], better: Better, tolerance = levelTolerance(value), headcount?: number | null): Standing {
  const [low, high] = typeof headcount === 'number' && headcount > 0 ? shareInterval(value, headcount) : [value, value];
  const under = all.filter((v) => difference(value, v) > 0 && isClearGap(difference(value, v), tolerance) && v < low).length;
  const over = all.filter((v) => difference(v, value) > 0 && isClearGap(difference(v, value), tolerance) && v > high).length;
  const group = typeof headcount === 'number' && headcount > 0 ? { headcount } : {};
  return better === 'lower'
    ? { total: all.length, better: under, worse: over, tolerance, ...group }
    : { total: all.length, better: over, worse: under, tolerance, ...group };
}

/** "Klart bedre end 61 og klart dårligere end 20 af de 97 kommuner med tal; resten ligger inden for 1 procentpoint." */
export function describeStanding(s: Standing, better: Better): string {
  const within = `${formatNumber(s.tolerance, Number.isInteger(s.tolerance) ? 0 : 1)} procentpoint`;
  if (better === 'neutral') {
    return `Klart højere end ${s.worse} og klart lavere end ${s.better} af de ${s.total} kommuner med tal.`;
  }
  const rest = s.headcount
    ? `resten ligger inden for ${within} eller så tæt på, at forskellen kan skyldes tilfældigheder med ${persons(s.headcount)} i målgruppen`
    : `resten ligger inden for ${within}`;
  return `Klart bedre end ${s.worse} og klart dårligere end ${s.better} af de ${s.total} kommuner med tal; ${rest}.`;
}
