/**
 * Turns a jobindsats v3 data response (`{"columns": [...], "rows": [[...]]}`) into the CSV layout of jobindsats'
 * own exports (`;`, decimal comma, empty = suppressed), which the ingest reads with the catalogue's header aliases.
 */
export type JobindsatsParse = { ok: true; csv: string; rows: number } | { ok: false; message: string };

const quote = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const cell = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'number' ? String(value).replace('.', ',') : quote(String(value));

export function jobindsatsResponseToCsv(body: string): JobindsatsParse {
  let json: unknown;
  try {
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `svaret er ikke JSON: "${body.slice(0, 80)}"` };
  }
  if (typeof json !== 'object' || json === null) return { ok: false, message: 'svaret er ikke et JSON-objekt' };
  const record = json as Record<string, unknown>;
  if ('code' in record && 'cause' in record) return { ok: false, message: `jobindsats svarede ${String(record['code'])}: ${String(record['cause'])}` };
  const columns = record['columns'];
  const rows = record['rows'];
  if (!Array.isArray(columns) || !Array.isArray(rows)) return { ok: false, message: 'svaret mangler "columns" eller "rows"' };
  const lines = [columns.map((c) => quote(String(c))).join(';')];
  for (const [index, row] of rows.entries()) {
    if (!Array.isArray(row) || row.length !== columns.length) {
      return { ok: false, message: `række ${index + 1} har ${Array.isArray(row) ? row.length : 0} felter, forventede ${columns.length}` };
    }
    lines.push(row.map(cell).join(';'));
  }
  return { ok: true, csv: `\uFEFF${lines.join('\r\n')}\r\n`, rows: rows.length };
}
