/**
 * What "Find din kommune" hands to the browser (the JSON in [data-find-entries]): every kommune packed as name, slug and
 * spellings, one type for the component that writes it and the controller that reads it, checked on arrival.
 */
import type { PackedEntry } from '../../lib/words/find-kommune.ts';
import { listOf, packedEntry, readHandoff } from '../../lib/site/read-handoff.ts';

export type FindHandoff = PackedEntry[];

export function readFindHandoff(json: string): FindHandoff {
  return readHandoff<FindHandoff>(json, 'Kommunelisten', 'kommuner', listOf(packedEntry));
}
