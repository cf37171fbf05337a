/**
 * `data:fetch -- --find <ord>`: the tables in jobindsats' catalogue (`GET /v3/tables`) whose id or name holds every
 * word searched for, ignoring case, æ/ø/å and accents, listed with what a maintainer needs to fill in the catalogue.
 */
import type { Catalogue } from '../reference/catalogue.ts';
import { foldDanish } from '../words/fold-danish.ts';

export interface ApiTable {
  id: string;
  name: string;
  /** "Emne › tabelgruppe", where the catalogue says. */
  place: string;
  /** The subject's id ("1815"), where the catalogue says. */
  subject: string | null;
  updateLatest: string | null;
  updateNext: string | null;
  mgroups: { id: string; name: string }[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Subjects → table groups → tables, as the v3 catalogue nests them; a flat list of tables is read too. */
export function readTablesCatalogue(json: unknown): ApiTable[] | { error: string } {
  const tables: ApiTable[] = [];
  const add = (value: unknown, place: string[], subject: string | null = null) => {
    const t = record(value);
    const id = text(t['table_id']);
    if (!id) return;
    tables.push({
      id,
      name: text(t['table_name']) ?? '',
      place: place.filter(Boolean).join(' › '),
      subject,
      updateLatest: text(t['update_latest']),
      updateNext: text(t['update_next']),
      mgroups: array(t['mgroups'])
        .map(record)
        .flatMap((g) => (text(g['mgroup_id']) ? [{ id: text(g['mgroup_id'])!, name: text(g['mgroup_name']) ?? '' }] : [])),
    });
  };
  const top = Array.isArray(json) ? json : array(record(json)['subjects'] ?? record(json)['tables']);
  for (const item of top) {
    const subject = record(item);
    if ('table_id' in subject) add(subject, []);
    const subjectId = text(subject['subject_id']) ?? (typeof subject['subject_id'] === 'number' ? String(subject['subject_id']) : null);
    for (const group of array(subject['table_groups']).map(record)) {
      for (const table of array(group['tables'])) add(table, [text(subject['subject_name']) ?? '', text(group['table_group_name']) ?? ''], subjectId);
    }
    for (const table of array(subject['tables'])) add(table, [text(subject['subject_name']) ?? ''], subjectId);
  }
  if (tables.length === 0) return { error: 'svaret indeholder ingen tabeller (ventede subjects → table_groups → tables med table_id)' };
  return tables;
}

const words = (value: string) =>
  foldDanish(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Tables whose id, name or subject id ("1815": every table of that subject) hold every word searched for. */
export function searchTables(tables: readonly ApiTable[], query: string): ApiTable[] {
  const wanted = words(query).split(' ').filter(Boolean);
  const seen = new Set<string>();
  return tables.filter((table) => {
    if (seen.has(table.id)) return false;
    const haystack = ` ${words(`${table.id} ${table.name} ${table.subject ?? ''}`)} `;
    const hit = wanted.length > 0 && wanted.every((word) => haystack.includes(word));
    if (hit) seen.add(table.id);
    return hit;
  });
}

/** The listing printed by --find; a table whose name is an unfilled catalogue entry's gets the line to write. */
export function formatTables(found: readonly ApiTable[], query: string, catalogue?: Catalogue): string {
  if (found.length === 0) return `Ingen tabeller i jobindsats' katalog matcher "${query}". Prøv et kortere ord (fx "samtaler" eller "tilbud").\n`;
  const lines = [`${found.length === 1 ? '1 tabel matcher' : `${found.length} tabeller matcher`} "${query}":`, ''];
  for (const table of found) {
    lines.push(`${table.id}  ${table.name}`);
    if (table.place) lines.push(`  emne: ${table.place}`);
    lines.push(`  opdateret: ${table.updateLatest ?? 'ukendt'}, næste opdatering: ${table.updateNext ?? 'ukendt'}`);
    lines.push(`  målingsgrupper: ${table.mgroups.length > 0 ? table.mgroups.map((g) => `${g.id} (${g.name})`).join(', ') : 'ingen oplyst'}`);
    const unfilled = (catalogue?.indicators ?? []).filter((i) => i.jobindsats && i.jobindsats.table === null);
    const waiting = unfilled.filter((i) => words(i.jobindsats!.tableName) === words(table.name));
    // In the measure's own subject, a table whose name has the measure's words is a candidate (names there are not known here).
    const candidates = unfilled.filter(
      (i) => !waiting.includes(i) && i.jobindsats!.subject === table.subject && isCandidate(table.name, i.jobindsats!.findWords),
    );
    const line = `sæt "table": "${table.id.toLowerCase()}" under "jobindsats" i data/catalogue/indicators.json`;
    if (waiting.length > 0) lines.push(`  → ${waiting.map((i) => i.id).join(', ')} venter på denne tabel: ${line}`);
    for (const find of new Set(candidates.map((i) => i.jobindsats!.findWords))) {
      const ids = candidates.filter((i) => i.jobindsats!.findWords === find).map((i) => i.id);
      lines.push(`  → kan være tabellen for ${ids.join(', ')} (emne ${table.subject}, navnet nævner "${find}"): tjek tabellens dimensioner, og ${line}`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function isCandidate(name: string, findWords: string | undefined): boolean {
  if (!findWords) return false;
  const haystack = ` ${words(name)} `;
  return words(findWords)
    .split(' ')
    .every((word) => haystack.includes(` ${word} `));
}
