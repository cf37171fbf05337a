import type { Better } from '../map/colour-scale.ts';
import { formatValue } from './format.ts';

/** The law's level short enough for a headline: "100 %", "0 %", "mindst 75,0 %", "højst 25,0 %". */
export function requirementLevelShort(level: number, better: Better): string {
  if (level === 100 || level === 0) return formatValue(level, 'pct').replace(',0', '');
  return `${better === 'lower' ? 'højst' : 'mindst'} ${formatValue(level, 'pct')}`;
}

/** The law's level in words for a legend: "alle (100 %)", "mindst 75 %", "ingen (0 %)", "højst 25 %", or no level. */
export function requirementLevelText(level: number | null, better: Better): string {
  if (level === null) return 'intet bestemt niveau';
  const short = requirementLevelShort(level, better);
  return level === 100 ? `alle (${short})` : level === 0 ? `ingen (${short})` : short;
}
