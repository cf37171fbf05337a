/**
 * What /sammenlign/ shows, as its address says it: `?kommuner=aarhus,koebenhavn,laesoe&maaling=ledige-pct`. Slugs and
 * measure ids are checked against what the site knows; what is not known is left out and named, so the page can say so.
 */
export const MAX_KOMMUNER = 5;

/** The five largest cities' kommuner: a stable default that needs no figure of its own to pick. */
export const DEFAULT_SLUGS: readonly string[] = ['koebenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg'];

export interface CompareSelection {
  /** Kommune slugs in the order given, without repeats, at most MAX_KOMMUNER. */
  slugs: string[];
  measure: string;
}

export interface ParsedSelection extends CompareSelection {
  /** Slugs in the address that are no kommune. */
  unknown: string[];
  /** Known slugs beyond the first MAX_KOMMUNER. */
  dropped: string[];
  /** The measure id in the address when it is not one the page can show. */
  unknownMeasure: string | undefined;
}

export interface Known {
  slugs: readonly string[];
  measures: readonly string[];
  defaultMeasure: string;
  defaultSlugs?: readonly string[] | undefined;
}

/** The selection in a query string ("?kommuner=…&maaling=…"); no `kommuner` means the default five. */
export function parseSelection(search: string, known: Known): ParsedSelection {
  const params = new URLSearchParams(search);
  const slugSet = new Set(known.slugs);
  const given = params.get('kommuner');
  const requested =
    given === null
      ? [...(known.defaultSlugs ?? DEFAULT_SLUGS)]
      : given
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter((s) => s !== '');
  const unique = [...new Set(requested)];
  const valid = unique.filter((s) => slugSet.has(s));
  const measure = params.get('maaling')?.trim() ?? '';
  const measureKnown = known.measures.includes(measure);
  return {
    slugs: valid.slice(0, MAX_KOMMUNER),
    measure: measureKnown ? measure : known.defaultMeasure,
    unknown: unique.filter((s) => !slugSet.has(s)),
    dropped: valid.slice(MAX_KOMMUNER),
    unknownMeasure: measure !== '' && !measureKnown ? measure : undefined,
  };
}

/** "?kommuner=aarhus,laesoe&maaling=ledige-pct": commas left readable. */
export function selectionQuery(selection: CompareSelection): string {
  const kommuner = selection.slugs.map((s) => encodeURIComponent(s)).join(',');
  return `?kommuner=${kommuner}&maaling=${encodeURIComponent(selection.measure)}`;
}

export type AddResult = { ok: true; selection: CompareSelection } | { ok: false; reason: 'full' | 'chosen' };

/** The selection with one more kommune at the end; refused when it is already there or the selection is full. */
export function addKommune(selection: CompareSelection, slug: string): AddResult {
  if (selection.slugs.includes(slug)) return { ok: false, reason: 'chosen' };
  if (selection.slugs.length >= MAX_KOMMUNER) return { ok: false, reason: 'full' };
  return { ok: true, selection: { ...selection, slugs: [...selection.slugs, slug] } };
}

export function removeKommune(selection: CompareSelection, slug: string): CompareSelection {
  return { ...selection, slugs: selection.slugs.filter((s) => s !== slug) };
}
