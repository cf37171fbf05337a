import { normaliseHeader, type Catalogue, type Indicator } from '../reference/catalogue.ts';

export type HeaderMatch =
  | { kind: 'measure'; measure: number }
  /** A generic header ("Antal personer") that needs the file's table to mean something; `choices` lists table → measure. */
  | { kind: 'needs-table'; choices: { table: string; id: string }[] }
  | { kind: 'unknown' };

export interface MeasureLookup {
  /** Indicators in catalogue order; a measure's number is its index here. */
  indicators: Indicator[];
  ids: string[];
  /** Column header, header alias or indicator id → measure, using the file's tables for table-bound headers. */
  match(text: string, tables?: readonly string[]): HeaderMatch;
  /** Shorthand: the measure a header means, or undefined. */
  find(text: string, tables?: readonly string[]): number | undefined;
  /** "Did you mean" for an unknown header, or the list of valid headers when nothing is close. */
  suggest(text: string): string;
}

export function createMeasureLookup(catalogue: Catalogue): MeasureLookup {
  const indicators = catalogue.indicators;
  const ids = indicators.map((indicator) => indicator.id);
  const byKey = new Map<string, number>();
  const byTableKey = new Map<string, Map<string, number>>();
  const aliases: Array<[string, string]> = [];
  indicators.forEach((indicator, index) => {
    for (const header of [indicator.id, ...indicator.headers]) {
      byKey.set(normaliseHeader(header), index);
      aliases.push([normaliseHeader(header), header]);
    }
    const table = indicator.jobindsats?.table;
    for (const header of indicator.tableHeaders ?? []) {
      const key = normaliseHeader(header);
      if (!byTableKey.has(key)) byTableKey.set(key, new Map());
      byTableKey.get(key)!.set(table!, index);
      aliases.push([key, header]);
    }
  });

  function match(text: string, tables: readonly string[] = []): HeaderMatch {
    const key = normaliseHeader(text);
    const global = byKey.get(key);
    if (global !== undefined) return { kind: 'measure', measure: global };
    const bound = byTableKey.get(key);
    if (!bound) return { kind: 'unknown' };
    const found = tables.map((table) => bound.get(table)).filter((m): m is number => m !== undefined);
    if (found.length === 1) return { kind: 'measure', measure: found[0]! };
    return { kind: 'needs-table', choices: [...bound].map(([table, measure]) => ({ table, id: ids[measure]! })) };
  }

  function suggest(text: string): string {
    const key = normaliseHeader(text);
    let best: string | undefined;
    let bestDistance = Math.max(3, Math.floor(key.length / 5)) + 1;
    for (const [alias, header] of aliases) {
      const distance = editDistance(key, alias, bestDistance);
      if (distance < bestDistance) [best, bestDistance] = [header, distance];
    }
    if (best !== undefined) return `mente du "${best}"?`;
    // One example per topic keeps the list readable however long the catalogue grows.
    const examples = new Map<string, string>();
    for (const indicator of indicators) if (indicator.headers[0] && !examples.has(indicator.topic)) examples.set(indicator.topic, `"${indicator.headers[0]}"`);
    return `et af kolonnenavnene i data/catalogue/indicators.json, fx ${[...examples.values()].join(', ')}`;
  }

  return {
    indicators,
    ids,
    match,
    find: (text, tables) => {
      const found = match(text, tables);
      return found.kind === 'measure' ? found.measure : undefined;
    },
    suggest,
  };
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
