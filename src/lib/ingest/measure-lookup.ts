import { normaliseHeader, type Catalogue } from '../reference/catalogue.ts';

export interface MeasureLookup {
  /** Indicator ids; a measure's number is its index here. */
  ids: string[];
  units: Array<'pct' | 'antal'>;
  /** Measures whose values must be whole numbers (counts of people). */
  wholeNumbers: boolean[];
  /** Column header, header alias or indicator id → measure number. */
  find(text: string): number | undefined;
  /** "Did you mean" for an unknown header, or the list of valid headers when nothing is close. */
  suggest(text: string): string;
}

export function createMeasureLookup(catalogue: Catalogue): MeasureLookup {
  const ids = catalogue.indicators.map((indicator) => indicator.id);
  const units = catalogue.indicators.map((indicator) => indicator.unit);
  const wholeNumbers = catalogue.indicators.map((indicator) => indicator.wholeNumber === true);
  const byKey = new Map<string, number>();
  const aliases: Array<[string, string]> = [];
  catalogue.indicators.forEach((indicator, index) => {
    for (const header of [indicator.id, ...indicator.headers]) {
      byKey.set(normaliseHeader(header), index);
      aliases.push([normaliseHeader(header), header]);
    }
  });

  function suggest(text: string): string {
    const key = normaliseHeader(text);
    let best: string | undefined;
    let bestDistance = Math.max(3, Math.floor(key.length / 5)) + 1;
    for (const [alias, header] of aliases) {
      const distance = editDistance(key, alias, bestDistance);
      if (distance < bestDistance) [best, bestDistance] = [header, distance];
    }
    if (best !== undefined) return `mente du "${best}"?`;
    const primary = catalogue.indicators.map((indicator) => `"${indicator.headers[0]}"`);
    return `et af kolonnenavnene i data/catalogue/indicators.json, fx ${primary.join(', ')}`;
  }

  return { ids, units, wholeNumbers, find: (text) => byKey.get(normaliseHeader(text)), suggest };
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot get below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length] ?? limit;
}
