/**
 * Reading a jobindsats v3 data response (`{"columns": [...], "rows": [[...]]}`) and writing it in the CSV layout of
 * jobindsats' own exports (`;`, decimal comma, empty = suppressed, BOM, CRLF), which the ingest reads with the
 * catalogue's header aliases.
 */
import { plainNumber } from '../dataset/plain-number.ts';

export type Cell = string | number | null;

export interface JobindsatsAnswer {
  columns: string[];
  rows: Cell[][];
}

export type AnswerParse = { ok: true; answer: JobindsatsAnswer } | { ok: false; message: string; keyRejected?: true };

/** The v2 API's answer to a wrong or expired key (the v3 API answers 401/403 or `{"code":401,…}`). */
const V2_KEY_ERROR = 'Forkert nøgle eller nøglen er udløbet.';

/** The body without a byte-order mark, on one line and shortened: what a failure message quotes. */
export function shortBody(body: string, max = 160): string {
  const text = body
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0) return '(tomt svar)';
  return text.length > max ? `«${text.slice(0, max)}…» (${text.length.toLocaleString('da-DK')} tegn)` : `«${text}»`;
}

/** True when the API says the key is wrong or expired: HTTP 401/403, the v2 message, or a JSON error with code 401/403. */
export function isKeyRejection(status: number, body: string): boolean {
  if (status === 401 || status === 403) return true;
  if (body.includes(V2_KEY_ERROR)) return true;
  const json = parseJson(body);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return false;
  const code = (json as Record<string, unknown>)['code'];
  return code === 401 || code === 403 || code === '401' || code === '403';
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** The answer's columns and rows, or what is wrong with it (not JSON, an API error, a missing part, a ragged row). */
export function parseJobindsatsAnswer(body: string): AnswerParse {
  if (body.replace(/^\uFEFF/, '').trim() === '') return { ok: false, message: 'svaret er tomt' };
  const json = parseJson(body);
  if (json === undefined) return { ok: false, message: `svaret er ikke JSON: ${shortBody(body, 80)}` };
  if (isKeyRejection(200, body)) return { ok: false, keyRejected: true, message: `nøglen blev afvist: ${shortBody(body, 80)}` };
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, message: `svaret er ikke et JSON-objekt med "columns" og "rows": ${shortBody(body, 80)}` };
  const record = json as Record<string, unknown>;
  if ('code' in record && 'cause' in record) return { ok: false, message: `jobindsats svarede ${String(record['code'])}: ${String(record['cause'])}` };
  const columns = record['columns'];
  const rows = record['rows'];
  if (!Array.isArray(columns) || !Array.isArray(rows)) return { ok: false, message: `svaret mangler "columns" eller "rows": ${shortBody(body, 80)}` };
  if (columns.length === 0) return { ok: false, message: 'svaret har ingen kolonner' };
  const labels: string[] = [];
  for (const [index, column] of columns.entries()) {
    if (typeof column !== 'string' || column.trim() === '') return { ok: false, message: `kolonne ${index + 1} har ikke et navn: ${JSON.stringify(column)}` };
    labels.push(column);
  }
  const cells: Cell[][] = [];
  for (const [index, row] of rows.entries()) {
    if (!Array.isArray(row) || row.length !== labels.length) {
      return { ok: false, message: `række ${index + 1} har ${Array.isArray(row) ? row.length : 0} felter, forventede ${labels.length}` };
    }
    const bad = row.findIndex((value) => !(value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))));
    if (bad !== -1) return { ok: false, message: `række ${index + 1}, kolonne "${labels[bad]}": uventet værdi ${JSON.stringify(row[bad])}` };
    cells.push(row as Cell[]);
  }
  return { ok: true, answer: { columns: labels, rows: cells } };
}

const quote = (text: string) => (/[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const cell = (value: Cell | undefined): string =>
  value === null || value === undefined ? '' : typeof value === 'number' ? plainNumber(value).replace('.', ',') : quote(value);

/** Columns and rows in jobindsats' export layout: BOM, `;`, decimal comma, null as an empty cell, CRLF. */
export function toJobindsatsCsv(columns: readonly string[], rows: Iterable<readonly (Cell | undefined)[]>): string {
  const lines = [columns.map(quote).join(';')];
  for (const row of rows) lines.push(row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type JobindsatsParse = { ok: true; csv: string; rows: number } | { ok: false; message: string };

/** A whole response straight to CSV, every column kept. */
export function jobindsatsResponseToCsv(body: string): JobindsatsParse {
  const parsed = parseJobindsatsAnswer(body);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  return { ok: true, csv: toJobindsatsCsv(parsed.answer.columns, parsed.answer.rows), rows: parsed.answer.rows.length };
}
