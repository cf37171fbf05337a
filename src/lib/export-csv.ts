import type { Observation } from './dataset.ts';
import { EXPORT_HEADER } from './read-header.ts';
import { NATIONAL_CODE, NATIONAL_NAME, type Registry } from './registry.ts';

/**
 * The normalised long table as CSV: `kommunekode,kommune,periode,maaling,vaerdi`, sorted by kommunekode, period and
 * measure; values with a decimal point and no thousands separator, empty when not published. Re-ingests as is.
 */
export function exportCsv(observations: readonly Observation[], registry: Registry): string {
  const names = new Map<string, string>([[NATIONAL_CODE, NATIONAL_NAME]]);
  for (const kommune of registry.kommuner) names.set(kommune.code, kommune.name);
  const sorted = [...observations].sort(
    (a, b) => compare(a.code, b.code) || compare(a.period, b.period) || compare(a.measure, b.measure),
  );
  const lines = [EXPORT_HEADER.join(',')];
  for (const { code, period, measure, value } of sorted) {
    lines.push(`${code},${quote(names.get(code) ?? '')},${quote(period)},${quote(measure)},${value === null ? '' : String(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
