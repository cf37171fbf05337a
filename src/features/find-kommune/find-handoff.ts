/**
 * What "Find din kommune" hands to the browser (the JSON in [data-find-entries]): every kommune packed as name, slug and
 * spellings, one type for the component that writes it and the controller that reads it. Checked on arrival with a
 * check of its own, not the shared combinators: this script is on pages that load nothing else.
 */
import type { PackedEntry } from '../../lib/words/find-kommune.ts';

export type FindHandoff = PackedEntry[];

const isText = (v: unknown) => typeof v === 'string';
const isEntry = (v: unknown) => Array.isArray(v) && v.length === 3 && isText(v[0]) && isText(v[1]) && Array.isArray(v[2]) && v[2].every(isText);

/** The page's list, or an error naming the first entry that is not a name, an address and a list of spellings. */
export function readFindHandoff(json: string): FindHandoff {
  const value: unknown = JSON.parse(json);
  if (!Array.isArray(value)) throw new Error('Kommunelisten kunne ikke læses: kommuner skal være en liste');
  const bad = value.findIndex((entry) => !isEntry(entry));
  if (bad >= 0) throw new Error(`Kommunelisten kunne ikke læses: kommuner[${bad}] skal være navn, adresse og stavemåder, ikke ${JSON.stringify(value[bad])}`);
  return value as FindHandoff;
}
