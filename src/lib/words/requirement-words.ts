import type { Better } from '../reference/catalogue.ts';
import { formatNumber } from './format.ts';

const NBSP = '\u00a0';
/** A level as the act writes it: whole percents ("75 %"), never more decimals than the law has. */
export const formatLevel = (value: number) => `${formatNumber(value, Number.isInteger(value) ? 0 : 1)}${NBSP}%`;

/** The law's level short enough for a headline: "100 %", "0 %", "mindst 75 %", "højst 25 %". */
export function requirementLevelShort(level: number, better: Better): string {
  if (level === 100 || level === 0) return formatLevel(level);
  return `${better === 'lower' ? 'højst' : 'mindst'} ${formatLevel(level)}`;
}

/**
 * The law's level in words for a legend or a table: "alle (100 %)", "mindst 75 %", "ingen (0 %)", "højst 25 %", followed
 * by when it must have happened ("alle (100 %) inden for de første 6 måneder"), or "intet niveau" where no act sets one.
 */
export function requirementLevelText(level: number | null, better: Better, window?: string): string {
  if (level === null) return 'intet niveau';
  const short = requirementLevelShort(level, better);
  const text = level === 100 ? `alle (${short})` : level === 0 ? `ingen (${short})` : short;
  return window ? `${text} ${window}` : text;
}

/** STAR's monitoring threshold, never dressed as law: "under 80 % giver opfølgning fra STAR (ikke et lovkrav)". */
export function thresholdText(value: number, better: Better): string {
  return `${better === 'lower' ? 'over' : 'under'} ${formatLevel(value)} giver opfølgning fra STAR (ikke et lovkrav)`;
}

/** The map key's line on the law: "alle (100 %) inden for de første 6 måneder", "intet niveau · STAR's tærskel: under 80 % (ikke et lovkrav)". */
export function lawKeyText(level: { value: number; window?: string | undefined } | null, threshold: { value: number } | null, better: Better): string {
  const law = level ? requirementLevelText(level.value, better, level.window) : 'intet niveau';
  return threshold ? `${law} · STAR's tærskel: ${better === 'lower' ? 'over' : 'under'} ${formatLevel(threshold.value)} (ikke et lovkrav)` : law;
}
