/**
 * How well a typed name fits a kommune, for ordering a filtered list: the exact name first, then names that begin with
 * it, then names with a word that begins with it, then the rest that merely contain it ("aar": Aarhus before
 * Lyngby-Taarbæk). Both sides folded the same way (foldDanish) before they come here.
 */
export function nameMatchRank(name: string, query: string): number {
  if (!query) return 0;
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.split(' ').some((word) => word.startsWith(query))) return 2;
  return 3;
}
