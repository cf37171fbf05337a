const ZERO = 48;
const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];
const NULL = [110, 117, 108, 108];

/**
 * Writes a number as JSON.stringify does ("null" when not finite) into `bytes` at `at`; returns the end. Whole
 * numbers and numbers with up to six decimals (all our values) are written digit by digit: a string for each of two
 * million values would be garbage enough to grow the heap by tens of megabytes. Anything else goes through String().
 */
export function writeJsonNumber(bytes: Uint8Array, at: number, value: number): number {
  if (!Number.isFinite(value)) {
    for (const byte of NULL) bytes[at++] = byte;
    return at;
  }
  if (value === 0) {
    bytes[at++] = ZERO;
    return at;
  }
  const size = Math.abs(value);
  const decimals = size < 1e9 ? decimalsOf(size) : Number.isInteger(size) && size < 1e15 ? 0 : -1;
  if (decimals === -1) return writeAscii(bytes, at, String(value));
  if (value < 0) bytes[at++] = 45;
  const scaled = Math.round(size * POWERS[decimals]!);
  const whole = Math.floor(scaled / POWERS[decimals]!);
  at = writeDigits(bytes, at, whole, 1);
  if (decimals > 0) {
    bytes[at++] = 46;
    at = writeDigits(bytes, at, scaled - whole * POWERS[decimals]!, decimals);
  }
  return at;
}

/**
 * The fewest decimals (0–6) that give back exactly `size`, or -1. With under 1e9 and at most six decimals the digits
 * are at most fifteen, so that string is the one shortest round trip String() writes too.
 */
function decimalsOf(size: number): number {
  for (let decimals = 0; decimals < POWERS.length; decimals++) {
    const power = POWERS[decimals]!;
    if (Math.round(size * power) / power === size) return decimals;
  }
  return -1;
}

/** `n` (a whole number ≥ 0) in decimal, left-padded with zeros to `width` digits. */
function writeDigits(bytes: Uint8Array, at: number, n: number, width: number): number {
  let digits = 1;
  while (digits < 16 && n >= POWERS_OF_TEN[digits]!) digits++;
  digits = Math.max(digits, width);
  for (let i = digits - 1; i >= 0; i--) {
    bytes[at + i] = ZERO + (n % 10);
    n = Math.floor(n / 10);
  }
  return at + digits;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, i) => 10 ** i);

function writeAscii(bytes: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
  return at;
}
