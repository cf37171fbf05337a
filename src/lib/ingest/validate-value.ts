import type { Indicator } from '../reference/catalogue.ts';

type Bounds = Pick<Indicator, 'unit' | 'wholeNumber' | 'range'>;

const danish = (value: number) => String(value).replace('.', ',');

/**
 * A value against its measure: finite, a share within 0–100, a count never negative, a count of people whole, and
 * inside the catalogue's plausible range when it gives one.
 */
export function validateValue(value: number | null, measure: Bounds): { message: string; expected: string } | undefined {
  if (value === null) return undefined;
  if (!Number.isFinite(value)) return { message: 'tallet er for stort til at være en værdi', expected: 'et endeligt tal' };
  if (measure.wholeNumber && !Number.isInteger(value)) {
    return {
      message: `antallet ${danish(value)} er ikke et helt tal – er talformatet læst forkert?`,
      expected: 'et helt antal personer (fx "96938" eller "96.938" med decimalkomma i filen)',
    };
  }
  if (measure.unit === 'pct' && (value < 0 || value > 100))
    return { message: `andelen ${danish(value)} % ligger uden for 0–100`, expected: 'en procent mellem 0 og 100' };
  if (measure.unit === 'antal' && value < 0) return { message: `antallet ${danish(value)} er negativt`, expected: 'et antal på 0 eller mere' };
  const { min, max } = measure.range ?? {};
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    return {
      message: `værdien ${danish(value)} ligger uden for det plausible interval for målingen`,
      expected: `${min ?? '…'}–${max ?? '…'} (se "range" i data/catalogue/indicators.json)`,
    };
  }
  return undefined;
}
