import { z } from 'zod';

/** Which way is better for the people counted: a higher share, a lower one, or neither (a context figure). */
export const BETTER = ['higher', 'lower', 'neutral'] as const;
export type Better = (typeof BETTER)[number];

/**
 * How a measure meets the law catalogue (data/catalogue/law.json): the target groups it counts and the measure it is.
 * What the law requires of it, per period, is worked out there, from rules that cite their sources.
 */
const lawLinkSchema = z.object({
  groups: z.array(z.string().min(1)).min(1),
  measure: z.string().min(1),
});

/** A caveat on the numbers, with the source that says so (a catalogue source; the measure's table where it has one). */
const caveatSchema = z.object({
  text: z.string().min(1),
  source: z.string().min(1),
});

/** Where a measure lives in the jobindsats API; null marks what is still unknown (the fetch says so). */
const jobindsatsSchema = z.object({
  table: z
    .string()
    .regex(/^[a-z]\d{2}[a-z]\d{2}$/, 'table skal være et tabel-id som "y60c07"')
    .nullable(),
  /** The table's name in jobindsats' catalogue, for `data:fetch -- --find`. */
  tableName: z.string().min(1),
  /** The subject of jobindsats' catalogue the table sits in ("1815" Tidlig indsats og skærpet tilsyn): --find looks there. */
  subject: z.string().regex(/^\d+$/, 'subject skal være et emne-id som "1815"').optional(),
  /** Words that pick this measure's table among the subject's tables ("jobsamtaler"), for --find. */
  findWords: z.string().min(1).optional(),
  /** Measure group selector (`mgroup.<id>=*`); "*" (all groups) when left out. */
  mgroup: z.string().optional(),
  /** Extra hierarchy selectors beside the kommune (`hierarchy._ygrpi09=*`); null when needed but not known. */
  hierarchy: z.record(z.string(), z.string()).nullable().optional(),
  /** Which rows of the answer belong to the measure ({column label: value}); null when needed but not known. */
  rows: z.record(z.string(), z.string()).nullable().optional(),
});

const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id skal være små bogstaver, tal og bindestreger'),
  topic: z.string(),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  targetGroup: z.string().min(1),
  /** Id of the indicator that counts the people this share is of, shown beside it where published. */
  headcount: z.string().optional(),
  explanation: z.string().min(1),
  /** The finding as words after "I <periode> …", with {vaerdi} and {sted}: "fik {vaerdi} af dagpengemodtagerne i {sted} …". */
  phrase: z.string().includes('{vaerdi}').includes('{sted}').optional(),
  /** Who is let down where the law promises everyone, read after "3 ud af 10 …": "dagpengemodtagere i {sted} fik ikke de samtaler, loven kræver". */
  lawShortfall: z.string().includes('{sted}').optional(),
  unit: z.enum(['pct', 'antal']),
  /** Counts of people: a fraction means the number was misread (e.g. "96.938" taken as a decimal). */
  wholeNumber: z.boolean().optional(),
  /** Plausible values beyond the unit's own bounds; a value outside is an error in the input. */
  range: z.object({ min: z.number().optional(), max: z.number().optional() }).optional(),
  better: z.enum(BETTER),
  role: z.enum(['headline', 'context']),
  /** The target groups and measure of the law catalogue; headline shares must have one, context figures have none. */
  law: lawLinkSchema.optional(),
  source: z.string(),
  jobindsats: jobindsatsSchema.optional(),
  caveats: z.array(caveatSchema),
  periodType: z.enum(['month', 'quarter', 'year']),
  /** Published column headers that mean this measure wherever they appear (compared without case and extra spaces). */
  headers: z.array(z.string().min(1)),
  /** Generic headers ("Antal personer") that mean this measure only in a file of its jobindsats table. */
  tableHeaders: z.array(z.string().min(1)).optional(),
});

const topicSchema = z.object({
  id: z.string(),
  title: z.string(),
  question: z.string(),
  /** How the measures of the topic are counted, in plain Danish, with the sources (ids in law.json) that say so. */
  method: z.object({ text: z.string().min(1), sources: z.array(z.string().min(1)).min(1) }).optional(),
  /** Published facts about the topic that are not values of a measure (the letter's changes without levels). */
  notes: z.array(caveatSchema).optional(),
});

/** How similar kommuner are found: published context figures, each averaged over recent months and standardised. */
const peersSchema = z.object({
  /** How many similar kommuner each kommune is compared with. */
  size: z.number().int().min(2).max(10),
  /** Months averaged per figure, counted back from its newest period, so one odd month does not move a kommune. */
  months: z.number().int().min(1),
  /** What makes kommuner alike, in plain Danish, for the kommune page and /om-data/. */
  description: z.string().min(1),
  features: z
    .array(
      z.object({
        measure: z.string(),
        label: z.string().min(1),
        /** Compare on a log scale: sizes, where 1.000 against 2.000 matters as much as 10.000 against 20.000. */
        log: z.boolean().optional(),
      }),
    )
    .min(1),
});

/** A share whose change can be told as its parts: the people counted and the group they are counted among. */
const changeSchema = z.object({
  /** The share (unit pct). */
  share: z.string(),
  /** The share in words after "steg"/"faldt": "ledigheden", "andelen med ordinære løntimer". */
  shareWords: z.string().min(1),
  /** The number of people the share counts ("ledige-antal"). */
  count: z.string(),
  /** Words for the count after a number: "flere ledige" / "færre ledige". */
  countWords: z.object({ more: z.string(), fewer: z.string() }),
  /** The published base, when there is one ("kontanthjaelp-personer"); without it the base is derived as count ÷ share. */
  base: z.string().optional(),
  /** The base in words: "arbejdsstyrken", "antallet af kontanthjælpsmodtagere". */
  baseWords: z.string().min(1),
});

const catalogueSchema = z.object({
  topics: z.array(topicSchema),
  sources: z.array(z.object({ id: z.string(), title: z.string(), publisher: z.string(), credit: z.string(), licence: z.string(), url: z.string() })),
  indicators: z.array(indicatorSchema).min(1),
  peers: peersSchema.optional(),
  /** Shares whose yearly change the kommune page explains by its parts. */
  changes: z.array(changeSchema).optional(),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type LawLinkJson = z.infer<typeof lawLinkSchema>;
export type Caveat = z.infer<typeof caveatSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type Source = Catalogue['sources'][number];
export type PeerSettings = z.infer<typeof peersSchema>;
export type ChangeParts = z.infer<typeof changeSchema>;

/** Validates the indicator catalogue; cross-checks ids, topics, sources, caveats and header aliases. */
export function parseCatalogue(json: unknown, fileName = 'indicators.json'): Catalogue {
  const result = catalogueSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${fileName}: kataloget er ugyldigt:\n${lines.join('\n')}`);
  }
  const catalogue = result.data;
  const problems = crossCheck(catalogue);
  if (problems.length > 0) throw new Error(`${fileName}: kataloget er ugyldigt:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return catalogue;
}

function crossCheck(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const topics = new Set(catalogue.topics.map((t) => t.id));
  const sources = new Set(catalogue.sources.map((s) => s.id));
  const ids = new Set<string>();
  const headerOwner = new Map<string, string>();
  const tableHeaderOwner = new Map<string, string>();
  for (const indicator of catalogue.indicators) {
    const name = `måling "${indicator.id}"`;
    if (ids.has(indicator.id)) problems.push(`${name} findes to gange`);
    ids.add(indicator.id);
    if (!topics.has(indicator.topic)) problems.push(`${name}: ukendt emne "${indicator.topic}"`);
    if (!sources.has(indicator.source)) problems.push(`${name}: ukendt kilde "${indicator.source}"`);
    if (indicator.headcount && !catalogue.indicators.some((i) => i.id === indicator.headcount)) {
      problems.push(`${name}: ukendt headcount-måling "${indicator.headcount}"`);
    }
    for (const caveat of indicator.caveats) if (!sources.has(caveat.source)) problems.push(`${name}: forbehold med ukendt kilde "${caveat.source}"`);
    if (indicator.role === 'headline' && indicator.unit === 'pct' && indicator.better !== 'neutral' && !indicator.law) {
      problems.push(`${name}: en hovedmåling skal sige, hvilken målgruppe og måling i lovkataloget den er ("law")`);
    }
    for (const header of [indicator.id, ...indicator.headers]) {
      const key = normaliseHeader(header);
      const owner = headerOwner.get(key);
      if (owner && owner !== indicator.id) problems.push(`kolonnenavnet "${header}" peger på både "${owner}" og "${indicator.id}"`);
      headerOwner.set(key, indicator.id);
    }
    const table = indicator.jobindsats?.table;
    if (indicator.tableHeaders?.length && !table) problems.push(`${name}: tableHeaders kræver et jobindsats.table`);
    for (const header of indicator.tableHeaders ?? []) {
      const key = `${table}|${normaliseHeader(header)}`;
      const owner = tableHeaderOwner.get(key);
      if (owner && owner !== indicator.id) problems.push(`kolonnenavnet "${header}" i tabel ${table} peger på både "${owner}" og "${indicator.id}"`);
      tableHeaderOwner.set(key, indicator.id);
    }
  }
  for (const [key, owner] of tableHeaderOwner) {
    const global = headerOwner.get(key.slice(key.indexOf('|') + 1));
    if (global && global !== owner)
      problems.push(`kolonnenavnet "${key.slice(key.indexOf('|') + 1)}" er både generelt ("${global}") og tabelbundet ("${owner}")`);
  }
  for (const topic of catalogue.topics) {
    for (const note of topic.notes ?? []) if (!sources.has(note.source)) problems.push(`emnet "${topic.id}": note med ukendt kilde "${note.source}"`);
  }
  for (const feature of catalogue.peers?.features ?? []) {
    if (!ids.has(feature.measure)) problems.push(`peers: ukendt måling "${feature.measure}"`);
  }
  const unitOf = new Map(catalogue.indicators.map((i) => [i.id, i.unit]));
  for (const change of catalogue.changes ?? []) {
    for (const [role, id, unit] of [
      ['share', change.share, 'pct'],
      ['count', change.count, 'antal'],
      ['base', change.base, 'antal'],
    ] as const) {
      if (id === undefined) continue;
      if (!unitOf.has(id)) problems.push(`changes: ukendt måling "${id}" (${role})`);
      else if (unitOf.get(id) !== unit) problems.push(`changes: "${id}" (${role}) skal have enheden ${unit}`);
    }
  }
  return problems;
}

/** Header text as compared against catalogue aliases: case, spacing and non-breaking spaces do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}
