import type { Release } from '../dataset/dataset.ts';
import { formatDate, formatValue, type Unit } from './format.ts';

/** "udgivelsen 3. juli 2026" for a dated release; "de indlæste filer" or the layer's title for an undated one. */
export function releaseName(release: Pick<Release, 'id' | 'date' | 'title'>): string {
  if (release.date) return `udgivelsen ${formatDate(release.date)}`;
  return release.id === 'input' ? 'de indlæste filer' : release.title;
}

/** "revideret fra 71,0 % til 68,4 % i udgivelsen 3. juli 2026". */
export function revisionText(revision: { from: number | null; to: number | null }, unit: Unit, release: Pick<Release, 'id' | 'date' | 'title'>): string {
  return `revideret fra ${formatValue(revision.from, unit)} til ${formatValue(revision.to, unit)} i ${releaseName(release)}`;
}
