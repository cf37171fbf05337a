/** Numbers as the site's files write them: plain digits, a decimal point, the published decimals (no imports: browser code writes them too). */
/** The value with the decimals it was published with ("8.0" when published "8,0"); without them, as plainNumber. */
export function publishedNumber(value: number, decimals: number | undefined): string {
  if (decimals === undefined || decimals > 20 || Math.abs(value) >= 1e21) return plainNumber(value);
  const text = (Object.is(value, -0) ? 0 : value).toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumFractionDigits: 20 });

/** A number as digits and at most one decimal point: never "1e+23", so every exported value reads back in. */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`kan ikke eksportere ${value}`);
  if (Object.is(value, -0)) return '0';
  // JavaScript's own shortest form is the same digits, twenty times faster; only its exponent forms need Intl.
  const text = String(value);
  return text.includes('e') ? plain.format(value) : text;
}
