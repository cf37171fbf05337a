import type { Better } from '../map/colour-scale.ts';
import { formatValue } from './format.ts';

/** The law's level in words for a legend: "alle (100 %)", "mindst 75 %", "ingen (0 %)", "højst 25 %", or no level. */
export function requirementLevelText(level: number | null, better: Better): string {
  if (level === null) return 'intet bestemt niveau';
  if (level === 100) return `alle (${formatValue(100, 'pct').replace(',0', '')})`;
  if (level === 0) return `ingen (${formatValue(0, 'pct').replace(',0', '')})`;
  return `${better === 'lower' ? 'højst' : 'mindst'} ${formatValue(level, 'pct')}`;
}
