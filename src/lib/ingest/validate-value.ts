/** Units from the catalogue: a share is 0–100, a count is never negative, and a count of people is whole. */
export function validateValue(value: number | null, unit: 'pct' | 'antal', wholeNumber = false): { message: string; expected: string } | undefined {
  if (value === null) return undefined;
  if (wholeNumber && !Number.isInteger(value)) {
    return { message: `antallet ${String(value).replace('.', ',')} er ikke et helt tal – er talformatet læst forkert?`, expected: 'et helt antal personer (fx "96938" eller "96.938" med decimalkomma i filen)' };
  }
  if (unit === 'pct' && (value < 0 || value > 100)) return { message: `andelen ${value} % ligger uden for 0–100`, expected: 'en procent mellem 0 og 100' };
  if (unit === 'antal' && value < 0) return { message: `antallet ${value} er negativt`, expected: 'et antal på 0 eller mere' };
  return undefined;
}
