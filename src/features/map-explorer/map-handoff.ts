/**
 * What the map explorer's page hands to the browser (the JSON in #map-data): one type, written by the component and
 * read by the browser controller, so a renamed or missing field fails `astro check` on both sides. The browser also
 * checks what it parses, and a payload that does not match is said in Danish instead of leaving a map that does nothing.
 */
import type { MapMeasure, MapPeriod, MapPlaces } from '../../lib/map/map-state.ts';
import { flag, listOf, number, numberOrNull, object, readHandoff, text } from '../../lib/site/read-handoff.ts';

export { HandoffError } from '../../lib/site/read-handoff.ts';

export interface MapHandoff {
  measure: MapMeasure;
  places: MapPlaces;
  /** The period the page was built with (the newest). */
  current: MapPeriod;
  periods: string[];
  /** Every period's numbers, fetched when the reader leaves the newest month. */
  source: string;
  /** The newest period of the table (/tabel/), whose other periods live at /tabel/<period>/. */
  tableNewest: string;
  /** The measure's caveats, for the download's "Om tallene" sheet. */
  caveats: string[];
  /** For the picture: the measure's full name, the credit lines and the site's name. */
  title: string;
  credit: string;
  site: string;
}

// The fields the controller reads; optional ones (headcounts, decimals, nationalDerived, …) are checked by their use.
const handoff = object({
  measure: object({
    id: text,
    title: text,
    unit: text,
    better: text,
    thresholds: listOf(number),
    colours: listOf(text),
    sample: flag,
  }),
  places: object({ codes: listOf(text), names: listOf(text), slugs: listOf(text), small: listOf(text) }),
  current: object({ period: text, values: listOf(numberOrNull), national: numberOrNull, requirement: text, level: numberOrNull }),
  periods: listOf(text),
  source: text,
  tableNewest: text,
  caveats: listOf(text),
  title: text,
  credit: text,
  site: text,
});

/** The page's JSON as a MapHandoff, or a HandoffError naming every field that is missing or of the wrong kind. */
export function readMapHandoff(json: string): MapHandoff {
  return readHandoff<MapHandoff>(json, 'Kortets data', 'kort', handoff, ({ places, current, periods }) => {
    const problems: string[] = [];
    const n = places.codes.length;
    if (places.names.length !== n || places.slugs.length !== n)
      problems.push(`kort.places har ${n} koder, men ${places.names.length} navne og ${places.slugs.length} adresser`);
    if (current.values.length !== n) problems.push(`kort.current.values har ${current.values.length} tal for ${n} kommuner`);
    if (!periods.includes(current.period)) problems.push(`kort.current.period (${current.period}) er ikke blandt kort.periods`);
    return problems;
  });
}
