/** The same month a year earlier ("2026M07" → "2025M07"); undefined for codes that are not months. */
export function yearBefore(period: string): string | undefined {
  return /^\d{4}M\d{2}$/.test(period) ? `${Number(period.slice(0, 4)) - 1}${period.slice(4)}` : undefined;
}
