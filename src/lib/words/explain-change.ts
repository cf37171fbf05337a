import { formatNumber, formatPeriod, formatValue } from './format.ts';

/** A share at two times with its parts: the people counted and, where published, the group counted among. */
export interface ChangeInput {
  share: [number | null, number | null];
  count: [number | null, number | null];
  /** The published base; left out where it is derived as count ÷ share. */
  base?: [number | null, number | null] | undefined;
  /** Decimals each share was published with ("8" → 0); one when not said. */
  decimals?: [number, number] | undefined;
}

export interface ChangeParts {
  shareChange: number;
  countChange: number;
  /** The base's change, or null when a derived base cannot be read precisely enough to tell. */
  baseChange: number | null;
  baseDerived: boolean;
}

/** Half the last published digit of a share: 0,05 for "7,1", 0,5 for "8" (it may be anything from 7,5 to 8,5). */
const halfStep = (decimals: number) => 0.5 * 10 ** -decimals;

/**
 * What moved a share: the change in the people counted and in the group they are counted among. A derived base
 * (count ÷ share) is only given when its change is larger than the rounding of the shares can explain. Undefined
 * where any part is missing — never a guess.
 */
export function changeParts(input: ChangeInput): ChangeParts | undefined {
  const [s0, s1] = input.share;
  const [c0, c1] = input.count;
  if (s0 == null || s1 == null || c0 == null || c1 == null) return undefined;
  const [d0, d1] = input.decimals ?? [1, 1];
  const places = 10 ** Math.min(d0, d1);
  const shareChange = Math.round((s1 - s0) * places) / places;
  const countChange = c1 - c0;
  if (input.base) {
    const [b0, b1] = input.base;
    if (b0 == null || b1 == null) return undefined;
    return { shareChange, countChange, baseChange: b1 - b0, baseDerived: false };
  }
  if (s0 <= halfStep(d0) || s1 <= halfStep(d1)) return { shareChange, countChange, baseChange: null, baseDerived: true };
  const range = (c: number, s: number, d: number) => [(c / (s + halfStep(d))) * 100, (c / (s - halfStep(d))) * 100] as const;
  const [low0, high0] = range(c0, s0, d0);
  const [low1, high1] = range(c1, s1, d1);
  const clear = low1 > high0 || high1 < low0;
  const baseChange = clear ? (c1 / s1) * 100 - (c0 / s0) * 100 : null;
  return { shareChange, countChange, baseChange, baseDerived: true };
}

/** "omkring 3.100": a derived number rounded to two significant digits. */
function roughly(n: number): string {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(n))) - 1);
  return `omkring ${formatNumber(Math.round(Math.abs(n) / magnitude) * magnitude)}`;
}

export interface ChangeWords {
  /** "ledigheden", "andelen med ordinære løntimer". */
  shareName: string;
  countWords: { more: string; fewer: string };
  /** "arbejdsstyrken", "antallet af kontanthjælpsmodtagere". */
  baseWords: string;
}

/**
 * "Fra juli 2025 til juli 2026 steg andelen med ordinære løntimer 3,5 procentpoint (fra 7,4 % til 10,9 %): 210 flere
 * med ordinære løntimer, mens antallet af kontanthjælpsmodtagere faldt med 127."
 */
export function explainChange(input: ChangeInput, words: ChangeWords, periods: [string, string]): string | undefined {
  const parts = changeParts(input);
  if (!parts) return undefined;
  const [s0, s1] = input.share as [number, number];
  const { shareChange, countChange, baseChange } = parts;
  const [d0, d1] = input.decimals ?? [1, 1];
  // From a whole-number share the change is only known to about a point: say so, with no more decimals than the inputs.
  const places = Math.min(d0, d1);
  const about = places === 0 ? 'ca. ' : '';
  const moved =
    shareChange > 0
      ? `steg ${words.shareName} ${about}${formatNumber(shareChange, places)} procentpoint`
      : shareChange < 0
        ? `faldt ${words.shareName} ${about}${formatNumber(-shareChange, places)} procentpoint`
        : places === 0
          ? `var ${words.shareName} omtrent uændret`
          : `var ${words.shareName} uændret`;
  const head = `Fra ${formatPeriod(periods[0])} til ${formatPeriod(periods[1])} ${moved} (fra ${formatValue(s0, 'pct', d0)} til ${formatValue(s1, 'pct', d1)})`;
  const count =
    countChange === 0
      ? `lige så mange ${words.countWords.more.replace(/^flere /, '')}`
      : `${formatNumber(Math.abs(countChange))} ${countChange > 0 ? words.countWords.more : words.countWords.fewer}`;
  if (baseChange === null) {
    return `${head}: ${count}. Ændringen i ${words.baseWords} er for lille til at aflæse af de offentliggjorte tal.`;
  }
  const size = parts.baseDerived ? roughly(baseChange) : formatNumber(Math.abs(baseChange));
  const base = Math.round(baseChange) === 0 ? `${words.baseWords} var uændret` : `${words.baseWords} ${baseChange > 0 ? 'voksede' : 'faldt'} med ${size}`;
  const joint = countChange !== 0 && baseChange !== 0 && countChange > 0 !== baseChange > 0 ? 'mens' : 'og';
  return `${head}: ${count}, ${joint} ${base}.`;
}
