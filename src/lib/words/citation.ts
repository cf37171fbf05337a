/** A ready line to cite a figure: "Kilde: jobindsats.dk, tabel Y60C07, hentet 3. august 2026 (via Jobcentertjek)." */
import { formatDate } from './format.ts';

export interface CitationInput {
  /** The publisher as a reader types it: "jobindsats.dk". */
  publisher: string;
  /** The publisher's table ids ("y60c07"), shown in capitals; empty when the figures come from a document. */
  tables: readonly string[];
  /** ISO date the numbers were retrieved, or null when unknown. */
  retrieved: string | null;
  /** A demo edition's label, said in the line so a copied citation cannot pass for official numbers. */
  sample?: string | null;
}

export function citation({ publisher, tables, retrieved, sample }: CitationInput): string {
  const ids = [...new Set(tables.map((t) => t.toUpperCase()))];
  const table = ids.length === 0 ? '' : `, ${ids.length === 1 ? 'tabel' : 'tabellerne'} ${ids.join(', ')}`;
  const when = retrieved ? `, hentet ${formatDate(retrieved)}` : '';
  return `Kilde: ${publisher}${table}${when} (via Jobcentertjek).${sample ? ` ${sample}.` : ''}`;
}
