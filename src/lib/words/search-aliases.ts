/** Spellings people type for a kommune name: without æøå ("koge", "laeso", "hoje taastrup") and old forms ("Århus"). */
export function searchAliases(kommune: { name: string; officialName: string; variants: string[] }): string[] {
  const names = [kommune.name, ...kommune.variants];
  const folded = names.flatMap((n) => [
    n.replace(/æ/gi, 'ae').replace(/ø/gi, 'oe').replace(/å/gi, 'aa'),
    n.replace(/æ/gi, 'a').replace(/ø/gi, 'o').replace(/å/gi, 'a'),
    n.replace(/æ/gi, 'ae').replace(/ø/gi, 'o').replace(/å/gi, 'a'),
  ]);
  const spaced = [...names, ...folded].map((n) => n.replace(/-/g, ' '));
  return [...new Set([...folded, ...spaced, ...kommune.variants])].filter((n) => n !== kommune.name);
}
