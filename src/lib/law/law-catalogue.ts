/**
 * The law catalogue (data/catalogue/law.json): what the acts require per period and target group, what STAR monitors,
 * the breaks in the series, each with its source and whether it was read in that source (verified) or is a reading
 * (inferred). It refuses to load a statement without a source, an inferred statement that sets a level, or a reference
 * to a group, measure, act or source it does not define — all problems at once.
 */
import { z } from 'zod';

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som "2026-07-01"');

/** A source named by id, with the paragraph or section where the statement stands ("§ 31"). */
const citationSchema = z.object({ source: z.string().min(1), at: z.string().min(1).optional() });
const citations = z.array(citationSchema).min(1, 'skal nævne mindst én kilde');

const sourceSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: 'skal være en http(s)-adresse' }),
});

const actSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The day the act (or the rules it is named for) took effect. */
  from: DATE,
  /** retsinformation.dk; null where the act has no address (the rules before 2020, an act not yet passed). */
  url: z.url().nullable(),
  /** An act announced but not passed. */
  expected: z.boolean().optional(),
});

/** A target group; one that ends or starts (the kontanthjælp reform of 2025, the act of 2027) says so, with sources. */
const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  from: DATE.optional(),
  to: DATE.optional(),
  /** The group its people moved to when it ended. */
  successor: z.string().optional(),
  sources: citations.optional(),
});

/** What a level is a share of: the measure the rule names (a window on benefit and a counting window). */
const measureSchema = z.object({
  id: z.string().min(1),
  /** Which of the law's two promises it measures: the interviews, or the offers and active measures. */
  about: z.enum(['samtaler', 'tilbud']),
  name: z.string().min(1),
  description: z.string().min(1),
  sources: citations,
});

const levelSchema = z.object({
  /** The measures the level applies to; on any other measure the rule sets no level. */
  measures: z.array(z.string().min(1)).min(1),
  /** Percent. */
  value: z.number().min(0).max(100),
  /** Which share the value counts: those who got it ("with", the default) or those left without. */
  side: z.enum(['with', 'without']).optional(),
  /** When it must have happened, after the level: "inden for de første 6 måneder". */
  window: z.string().min(1).optional(),
});

const ruleSchema = z.object({
  id: z.string().min(1),
  /** "law": what an act requires; "monitoring": a threshold only STAR's follow-up sets, not the law. */
  kind: z.enum(['law', 'monitoring']),
  /** The column of /loven/ it belongs in. */
  about: z.enum(['samtaler', 'tilbud', 'begge']),
  from: DATE,
  to: DATE.optional(),
  groups: z.array(z.string().min(1)).min(1),
  act: z.string().optional(),
  text: z.string().min(1),
  level: levelSchema.optional(),
  sources: citations,
  status: z.enum(['verified', 'inferred']),
  /** What the sources leave open about the rule (its end date, say), shown with it. */
  note: z.string().min(1).optional(),
});

const breakSchema = z.object({
  id: z.string().min(1),
  from: DATE,
  to: DATE.optional(),
  label: z.string().min(1),
  /** Catalogue topics whose series it breaks. */
  topics: z.array(z.string().min(1)).min(1),
  /** Only these target groups' series (all groups when left out). */
  groups: z.array(z.string().min(1)).optional(),
  sources: citations,
  status: z.enum(['verified', 'inferred']),
  expected: z.boolean().optional(),
});

const periodSchema = z.object({ id: z.string().min(1), from: DATE, to: DATE.optional(), title: z.string().min(1) });

const lawCatalogueSchema = z.object({
  /** The day the sources were last gone through: the law page's date. */
  reviewed: DATE,
  sources: z.array(sourceSchema).min(1),
  acts: z.array(actSchema).min(1),
  groups: z.array(groupSchema).min(1),
  measures: z.array(measureSchema).min(1),
  /** The stretches of time /loven/ is told in, oldest first. */
  periods: z.array(periodSchema).min(1),
  rules: z.array(ruleSchema),
  breaks: z.array(breakSchema),
});

export type LawCatalogue = z.infer<typeof lawCatalogueSchema>;
export type LawSource = LawCatalogue['sources'][number];
export type Act = LawCatalogue['acts'][number];
export type TargetGroup = LawCatalogue['groups'][number];
export type LawMeasure = LawCatalogue['measures'][number];
export type Rule = LawCatalogue['rules'][number];
export type SeriesBreak = LawCatalogue['breaks'][number];
export type LawPeriod = LawCatalogue['periods'][number];
export type Citation = z.infer<typeof citationSchema>;

/** Validates the law catalogue and checks that every reference resolves. */
export function parseLawCatalogue(json: unknown, fileName = 'law.json'): LawCatalogue {
  const result = lawCatalogueSchema.safeParse(json);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${fileName}: lovkataloget er ugyldigt:\n${lines.join('\n')}`);
  }
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new Error(`${fileName}: lovkataloget er ugyldigt:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return result.data;
}

function crossCheck(law: LawCatalogue): string[] {
  const problems: string[] = [];
  const ids = (list: { id: string }[], kind: string) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push(`${kind} "${id}" findes to gange`);
      seen.add(id);
    }
    return seen;
  };
  const sources = ids(law.sources, 'kilden');
  const acts = ids(law.acts, 'loven');
  const groups = ids(law.groups, 'målgruppen');
  const measures = ids(law.measures, 'målingen');
  ids(law.rules, 'reglen');
  ids(law.breaks, 'bruddet');
  ids(law.periods, 'perioden');

  const cite = (where: string, list: Citation[] | undefined) => {
    for (const c of list ?? []) if (!sources.has(c.source)) problems.push(`${where}: ukendt kilde "${c.source}"`);
  };
  const dates = (where: string, from: string | undefined, to: string | undefined) => {
    if (from && to && to < from) problems.push(`${where}: slutter (${to}) før den begynder (${from})`);
  };
  for (const g of law.groups) {
    const where = `målgruppen "${g.id}"`;
    cite(where, g.sources);
    dates(where, g.from, g.to);
    if ((g.from || g.to) && !g.sources) problems.push(`${where}: en målgruppe, der begynder eller slutter, skal nævne sin kilde`);
    if (g.successor && !groups.has(g.successor)) problems.push(`${where}: ukendt efterfølger "${g.successor}"`);
  }
  for (const m of law.measures) cite(`målingen "${m.id}"`, m.sources);
  for (const r of law.rules) {
    const where = `reglen "${r.id}"`;
    cite(where, r.sources);
    dates(where, r.from, r.to);
    for (const g of r.groups) if (!groups.has(g)) problems.push(`${where}: ukendt målgruppe "${g}"`);
    if (r.act && !acts.has(r.act)) problems.push(`${where}: ukendt lov "${r.act}"`);
    if (r.kind === 'law' && !r.act) problems.push(`${where}: et lovkrav skal nævne sin lov (act)`);
    for (const m of r.level?.measures ?? []) if (!measures.has(m)) problems.push(`${where}: ukendt måling "${m}"`);
    // A reading is never shown as law: it may describe what is open, but it sets no level.
    if (r.status === 'inferred' && r.level) problems.push(`${where}: en udledt regel (inferred) må ikke sætte et niveau`);
  }
  for (const b of law.breaks) {
    const where = `bruddet "${b.id}"`;
    cite(where, b.sources);
    dates(where, b.from, b.to);
    for (const g of b.groups ?? []) if (!groups.has(g)) problems.push(`${where}: ukendt målgruppe "${g}"`);
    if (b.status === 'inferred') problems.push(`${where}: et brud uden bekræftet kilde vises ikke; fjern det eller bekræft det`);
  }
  law.periods.forEach((p, i) => {
    dates(`perioden "${p.id}"`, p.from, p.to);
    const previous = law.periods[i - 1];
    if (previous && (!previous.to || previous.to >= p.from)) problems.push(`perioden "${p.id}" skal begynde efter den forriges slutning`);
  });
  return problems;
}

/** The source behind a citation, for links ("LAB § 31 (eLov)"). */
export function citedSource(law: LawCatalogue, citation: Citation): LawSource {
  return law.sources.find((s) => s.id === citation.source)!;
}
