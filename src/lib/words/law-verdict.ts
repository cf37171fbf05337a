import type { Better } from '../reference/catalogue.ts';
import { formatNumber, formatValue } from './format.ts';
import { requirementLevelText } from './requirement-words.ts';

export interface LawVerdictInput {
  /** The share shown (percent), or null when not published. */
  value: number | null;
  /** The level the law requires in the period; null or undefined when it sets none. */
  level: number | null | undefined;
  better: Better;
  place: string;
  /**
   * Who did not get what the law promises, with {sted}: "dagpengemodtagere i {sted} fik ikke de samtaler, loven
   * kræver". Read after "3 ud af 10 …". From the catalogue (lawShortfall).
   */
  shortfall?: string | undefined;
  /** The decimals the value was published with (one unless said): the gap to a whole-number level has as many. */
  decimals?: number | undefined;
}

export interface LawVerdict {
  /** Meets the level, falls short of it, or the law sets no level (or there is no number). */
  kind: 'met' | 'short' | 'no-level';
  /** Percentage points short of the law's level (0 when met). */
  gap: number;
  /** The verdict as the first sentence a reader sees; empty for no-level (said once per page instead). */
  text: string;
}

/**
 * A share against the law's level, said as distance to the law: "3 ud af 10 dagpengemodtagere i Aarhus fik ikke de
 * samtaler, loven kræver (32,7 %)." where the law promises everyone (100 %) or no one left out (0 %), and "19,0
 * procentpoint under lovens krav (mindst 75 %)" where it sets a level in between.
 */
export function lawVerdict(input: LawVerdictInput): LawVerdict {
  const { value, level, better, place } = input;
  if (value === null || level == null || better === 'neutral') return { kind: 'no-level', gap: 0, text: '' };
  const decimals = input.decimals ?? 1;
  const scale = 10 ** decimals;
  const gap = Math.round((better === 'higher' ? level - value : value - level) * scale) / scale;
  const levelText = requirementLevelText(level, better);
  if (gap <= 0) return { kind: 'met', gap: 0, text: `${place} lever op til lovens krav: ${levelText}.` };
  // Everyone (100 %) or no one left out (0 %): the gap is itself the share let down by the law.
  if (input.shortfall && (level === 100 || level === 0)) {
    const who = input.shortfall.replace('{sted}', place);
    return { kind: 'short', gap, text: `${outOfTen(gap)} ${who} (${formatValue(gap, 'pct', decimals)}).` };
  }
  const side = better === 'higher' ? 'under' : 'over';
  return { kind: 'short', gap, text: `${place} ligger ${formatNumber(gap, decimals)} procentpoint ${side} lovens krav: ${levelText}.` };
}

/** "3 ud af 10", "Færre end 1 ud af 20", "Over 9 ud af 10" for a share in percent (0 < share < 100, or 100). */
export function outOfTen(share: number): string {
  if (share >= 100) return 'Alle';
  if (share < 5) return 'Færre end 1 ud af 20';
  if (share >= 95) return 'Over 9 ud af 10';
  return `${Math.round(share / 10)} ud af 10`;
}

/** How many of the published values meet the law's level. */
export function countMeeting(values: readonly (number | null)[], level: number, better: Better): { met: number; short: number } {
  let met = 0;
  let short = 0;
  for (const value of values) {
    if (value === null) continue;
    if (better === 'lower' ? value <= level : value >= level) met++;
    else short++;
  }
  return { met, short };
}
