/**
 * What the change map's page hands to the browser (the JSON in #change-data): one type for the component that writes it
 * and the controller that reads it, checked on arrival like the map explorer's.
 */
import type { Better } from '../../lib/reference/catalogue.ts';
import type { ChangeMonth, ChangePlaces } from '../../lib/map/change-state.ts';
import { listOf, numberOrNull, object, readHandoff, text, textListsByKey } from '../../lib/site/read-handoff.ts';

export { HandoffError } from '../../lib/site/read-handoff.ts';

export interface ChangeHandoff {
  better: Better;
  places: ChangePlaces;
  periods: string[];
  /** The months the page was built with. */
  from: ChangeMonth;
  to: ChangeMonth;
  /** Per month, the kommuner counting under 10 people (left out of the movers). */
  few: Record<string, string[]>;
  /** Every month's numbers: /data/kort/<id>.json. */
  source: string;
}

const month = object({ period: text, values: listOf(numberOrNull), national: numberOrNull });
const handoff = object({
  better: text,
  places: object({ codes: listOf(text), names: listOf(text), slugs: listOf(text), small: listOf(text) }),
  periods: listOf(text),
  from: month,
  to: month,
  few: textListsByKey,
  source: text,
});

/** The page's JSON as a ChangeHandoff, or a HandoffError naming every field that is missing or of the wrong kind. */
export function readChangeHandoff(json: string): ChangeHandoff {
  return readHandoff<ChangeHandoff>(json, 'Ændringskortets data', 'aendring', handoff, ({ places, from, to }) => {
    const n = places.codes.length;
    return [from, to].filter((m) => m.values.length !== n).map((m) => `aendring: ${m.period} har ${m.values.length} tal for ${n} kommuner`);
  });
}
