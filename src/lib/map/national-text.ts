import { formatValue, type Unit } from '../words/format.ts';

/** Hele landet's value as shown: "58 %", or "58 % (afledt)" when it is derived, not published. */
export function nationalText(value: number | null, unit: Unit, decimals: number | undefined, derived: string | undefined): string {
  const text = formatValue(value, unit, decimals);
  return derived && value !== null ? `${text} (afledt)` : text;
}
