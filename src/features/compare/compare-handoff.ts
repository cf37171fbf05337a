/**
 * What /sammenlign/ hands to the browser (the JSON in #compare-data): one type for the component that writes it and the
 * controller that reads it, checked on arrival like the maps'.
 */
import type { CompareMeasure, ComparePlaces } from '../../lib/compare/compare-view.ts';
import type { PackedEntry } from '../../lib/words/find-kommune.ts';
import { flag, is, listOf, object, packedEntry, readHandoff, text } from '../../lib/site/read-handoff.ts';

export { HandoffError } from '../../lib/site/read-handoff.ts';

export interface CompareHandoff {
  places: ComparePlaces;
  measures: CompareMeasure[];
  defaultMeasure: string;
  defaultSlugs: string[];
  /** The find field's entries: name, slug and the other spellings it answers to. */
  entries: PackedEntry[];
  /** The periods file's address with "{id}" for the measure. */
  source: string;
}

const measure = object({
  id: text,
  title: text,
  unit: text,
  sample: flag,
  levels: is((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => typeof n === 'number'), 'et objekt af tal'),
  lawUrl: text,
  breaks: listOf(object({ period: text, label: text })),
  credits: listOf(text),
});
const handoff = object({
  places: object({ names: listOf(text), slugs: listOf(text) }),
  measures: listOf(measure),
  defaultMeasure: text,
  defaultSlugs: listOf(text),
  entries: listOf(packedEntry),
  source: text,
});

/** The page's JSON as a CompareHandoff, or a HandoffError naming every field that is missing or of the wrong kind. */
export function readCompareHandoff(json: string): CompareHandoff {
  return readHandoff<CompareHandoff>(json, 'Sammenligningens data', 'sammenlign', handoff, ({ places, measures, defaultMeasure, source }) => [
    ...(places.names.length !== places.slugs.length ? [`sammenlign.places har ${places.names.length} navne og ${places.slugs.length} adresser`] : []),
    ...(measures.some((m) => m.id === defaultMeasure) ? [] : [`sammenlign.defaultMeasure (${defaultMeasure}) er ikke blandt sammenlign.measures`]),
    ...(source.includes('{id}') ? [] : ['sammenlign.source mangler {id}']),
  ]);
}
