/**
 * "Find din kommune": forgiving matching of what people type ("koge", "aarhus", "høje taastrup", "jobcenter køge",
 * "københavns kommune") against the kommuner's names and spellings, best match first.
 */
import { foldDanish } from './fold-danish.ts';

export interface FindEntry {
  name: string;
  slug: string;
  /** Every spelling of the name, folded (foldDanish). */
  keys: string[];
}

/** Words around a kommune's name that say nothing about which kommune (folded: "jobcenter", "kommune" …). */
const NOISE_WORDS = 'jobcent(?:er|ret)|kommunes?|regions?kommune|borgerservice|i|for';
const NOISE = new RegExp(`\\b(?:${NOISE_WORDS})\\b`, 'g');
const NOISE_WORD = new RegExp(`^(?:${NOISE_WORDS})$`);

/** An entry as a page hands it to the browser, three texts in a row: name, slug, the other spellings it answers to. */
export type PackedEntry = [name: string, slug: string, keys: string[]];
export const packEntries = (entries: readonly FindEntry[]): PackedEntry[] => entries.map((e) => [e.name, e.slug, e.keys]);
export const unpackEntries = (packed: readonly PackedEntry[]): FindEntry[] => packed.map(([name, slug, keys]) => ({ name, slug, keys }));

/** The query without the words around a kommune's name ("jobcenter køge" → "køge"), letters kept as typed. */
export function withoutNoise(query: string): string {
  const kept = query
    .split(/\s+/)
    .filter((word) => word !== '' && !NOISE_WORD.test(foldDanish(word)))
    .join(' ');
  return kept === '' ? query.trim() : kept;
}

export function cleanQuery(query: string): string {
  return foldDanish(query).replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
}

/** Edits (insert, delete, substitute, swap neighbours) from a to b, giving up above max. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Kommuner matching the query, best first: the whole name, then the start of a name, a part of it, a near miss. */
export function findKommuner(query: string, entries: readonly FindEntry[], limit = 6): FindEntry[] {
  const q = cleanQuery(query);
  if (q === '') return [];
  const tolerance = q.length <= 3 ? 0 : q.length <= 6 ? 1 : 2;
  const scored: { entry: FindEntry; score: number }[] = [];
  for (const entry of entries) {
    let score = Infinity;
    for (const key of entry.keys) {
      if (key === q) score = Math.min(score, 0);
      else if (key.startsWith(q)) score = Math.min(score, 1);
      else if (key.split(' ').some((word) => word.startsWith(q))) score = Math.min(score, 2);
      else if (key.includes(q)) score = Math.min(score, 3);
      else if (tolerance > 0) {
        const d = Math.min(distance(q, key, tolerance), distance(q, key.slice(0, q.length), tolerance));
        if (d <= tolerance) score = Math.min(score, 3 + d);
      }
    }
    if (score < Infinity) scored.push({ entry, score });
  }
  scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name, 'da'));
  return scored.slice(0, limit).map((s) => s.entry);
}
