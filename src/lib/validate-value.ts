/** Units from the catalogue: a share is 0–100, a count is never negative. */
export function validateValue(value: number | null, unit: 'pct' | 'antal'): { message: string; expected: string } | undefined {
  if (value === null) return undefined;
  if (unit === 'pct' && (value < 0 || value > 100)) return { message: `andelen ${value} % ligger uden for 0–100`, expected: 'en procent mellem 0 og 100' };
  if (unit === 'antal' && value < 0) return { message: `antallet ${value} er negativt`, expected: 'et antal på 0 eller mere' };
  return undefined;
}
