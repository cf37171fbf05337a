/** Words a citizen may not know, linked to their explanation on /ordliste/ where they appear. */
export interface GlossaryTerm {
  id: string;
  /** The word forms that appear in running text ("aktiveringsgrad", "aktiveringsgraden"). */
  forms?: readonly string[] | undefined;
}

export type GlossedPart = { text: string; term?: undefined } | { text: string; term: string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for all forms, longest first, matched as whole words (Danish letters count as letters). */
export function glossaryMatcher(terms: readonly GlossaryTerm[]): { pattern: RegExp; idOf: Map<string, string> } {
  const idOf = new Map<string, string>();
  for (const term of terms) for (const form of term.forms ?? []) idOf.set(form.toLowerCase(), term.id);
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(forms.length ? `(?<![\\p{L}\\p{N}])(${forms.join('|')})(?![\\p{L}\\p{N}])` : '(?!)', 'giu');
  return { pattern, idOf };
}

/**
 * The text in parts, the first occurrence of each term linked (terms in `seen` are already linked nearby and are
 * left as text; the ones linked here are added to it). Text without terms is one plain part.
 */
export function glossaryParts(text: string, matcher: ReturnType<typeof glossaryMatcher>, seen: Set<string> = new Set()): GlossedPart[] {
  const parts: GlossedPart[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const id = matcher.idOf.get(match[0].toLowerCase());
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ text: match[0], term: id });
    last = match.index + match[0].length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
  return parts;
}
