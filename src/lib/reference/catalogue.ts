import { z } from 'zod';

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
  unit: z.enum(['pct', 'antal']),
  /** Counts of people: a fraction means the number was misread (e.g. "96.938" taken as a decimal). */
  wholeNumber: z.boolean().optional(),
  better: z.enum(['higher', 'lower', 'neutral']),
  role: z.enum(['headline', 'context']),
  requirement: z.string().nullable(),
  requirementLevel: z.number().nullable(),
  source: z.string(),
  caveats: z.array(z.string()),
  periodType: z.enum(['month', 'quarter', 'year']),
  headers: z.array(z.string().min(1)).min(1),
});

const catalogueSchema = z.object({
  topics: z.array(z.object({ id: z.string(), title: z.string(), question: z.string() })),
  sources: z.array(
    z.object({ id: z.string(), title: z.string(), publisher: z.string(), credit: z.string(), licence: z.string(), url: z.string() }),
  ),
  /** Rule changes that break series, marked on the time axes of the topics they affect. */
  breaks: z.array(z.object({ period: z.string(), label: z.string(), topics: z.array(z.string()).min(1) })),
  indicators: z.array(indicatorSchema).min(1),
});

export type Indicator = z.infer<typeof indicatorSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Validates the indicator catalogue; cross-checks ids, topics, sources and header aliases. */
export function parseCatalogue(json: unknown, fileName = 'indicators.json'): Catalogue {
  const result = catalogueSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${fileName}: kataloget er ugyldigt:\n${lines.join('\n')}`);
  }
  const catalogue = result.data;
  const problems: string[] = [];
  const topics = new Set(catalogue.topics.map((t) => t.id));
  const sources = new Set(catalogue.sources.map((s) => s.id));
  const ids = new Set<string>();
  const headerOwner = new Map<string, string>();
  for (const indicator of catalogue.indicators) {
    if (ids.has(indicator.id)) problems.push(`  måling "${indicator.id}" findes to gange`);
    ids.add(indicator.id);
    if (!topics.has(indicator.topic)) problems.push(`  måling "${indicator.id}": ukendt emne "${indicator.topic}"`);
    if (!sources.has(indicator.source)) problems.push(`  måling "${indicator.id}": ukendt kilde "${indicator.source}"`);
    if (indicator.headcount && !catalogue.indicators.some((i) => i.id === indicator.headcount)) {
      problems.push(`  måling "${indicator.id}": ukendt headcount-måling "${indicator.headcount}"`);
    }
    for (const header of [indicator.id, ...indicator.headers]) {
      const key = normaliseHeader(header);
      const owner = headerOwner.get(key);
      if (owner && owner !== indicator.id) problems.push(`  kolonnenavnet "${header}" peger på både "${owner}" og "${indicator.id}"`);
      headerOwner.set(key, indicator.id);
    }
  }
  for (const b of catalogue.breaks) {
    for (const topic of b.topics) if (!topics.has(topic)) problems.push(`  brud i serien ${b.period}: ukendt emne "${topic}"`);
  }
  if (problems.length > 0) throw new Error(`${fileName}: kataloget er ugyldigt:\n${problems.join('\n')}`);
  return catalogue;
}

/** Header text as compared against catalogue aliases: case, spacing and non-breaking spaces do not matter. */
export function normaliseHeader(header: string): string {
  return header.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}
