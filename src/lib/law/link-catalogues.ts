import type { Catalogue } from '../reference/catalogue.ts';
import type { LawCatalogue } from './law-catalogue.ts';

/**
 * The indicator catalogue and the law catalogue checked against each other: every measure's target groups and law
 * measure exist, every break names real topics, every method cites real sources. All problems at once.
 */
export function linkCatalogues(catalogue: Catalogue, law: LawCatalogue, fileNames = 'indicators.json og law.json'): void {
  const problems: string[] = [];
  const groups = new Set(law.groups.map((g) => g.id));
  const measures = new Set(law.measures.map((m) => m.id));
  const sources = new Set(law.sources.map((s) => s.id));
  const topics = new Set(catalogue.topics.map((t) => t.id));
  for (const indicator of catalogue.indicators) {
    if (!indicator.law) continue;
    const name = `måling "${indicator.id}"`;
    for (const g of indicator.law.groups) if (!groups.has(g)) problems.push(`${name}: ukendt målgruppe "${g}" (findes ikke i law.json)`);
    if (!measures.has(indicator.law.measure)) problems.push(`${name}: ukendt lovmåling "${indicator.law.measure}" (findes ikke i law.json)`);
  }
  for (const b of law.breaks) for (const t of b.topics) if (!topics.has(t)) problems.push(`bruddet "${b.id}": ukendt emne "${t}"`);
  for (const topic of catalogue.topics) {
    for (const s of topic.method?.sources ?? []) if (!sources.has(s)) problems.push(`emnet "${topic.id}": metoden nævner ukendt kilde "${s}"`);
  }
  if (problems.length > 0) throw new Error(`${fileNames} passer ikke sammen:\n${problems.map((p) => `  ${p}`).join('\n')}`);
}
