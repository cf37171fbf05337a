/**
 * Which jobindsats requests the catalogue asks for: indicators grouped by table, measure group and hierarchy
 * selectors (one request and one file each), and the indicators whose place in the API is not fully known yet.
 */
import type { Catalogue, Indicator } from '../reference/catalogue.ts';
import { formatList } from '../words/format.ts';

export interface TableRequest {
  table: string;
  tableName: string;
  /** Measure group id, "*" for all groups. */
  mgroup: string;
  /** Period selector letter: M, Q or Y. */
  period: 'M' | 'Q' | 'Y';
  /** Every hierarchy selector, the kommune one (`_nykom`) first, then the indicator's own as the catalogue orders them. */
  hierarchy: [string, string][];
  /** Indicators whose numbers this request brings; those with `rows` are picked out of a breakdown. */
  indicators: Indicator[];
  /** File name in the release ("y60c07.csv"); starts with the table id, so the ingest knows the table. */
  file: string;
}

export type MissingPart = 'table' | 'hierarchy' | 'rows';

export interface MissingInfo {
  table: string | null;
  tableName: string;
  /** The jobindsats subject to look in ("1815"), where the catalogue knows it. */
  subject: string | undefined;
  missing: MissingPart[];
  indicators: string[];
}

export interface RequestPlan {
  requests: TableRequest[];
  missing: MissingInfo[];
}

const PERIOD = { month: 'M', quarter: 'Q', year: 'Y' } as const;
const KOMMUNE: [string, string] = ['_nykom', '*'];

function missingParts(indicator: Indicator): MissingPart[] {
  const info = indicator.jobindsats!;
  const parts: MissingPart[] = [];
  if (info.table === null) parts.push('table');
  if (info.hierarchy === null) parts.push('hierarchy');
  if (info.rows === null) parts.push('rows');
  return parts;
}

/** Groups the catalogue's jobindsats indicators into requests; nothing about tables is written in code. */
export function planRequests(catalogue: Catalogue): RequestPlan {
  const requests = new Map<string, TableRequest>();
  const missing = new Map<string, MissingInfo>();
  for (const indicator of catalogue.indicators) {
    const info = indicator.jobindsats;
    if (!info) continue;
    const parts = missingParts(indicator);
    if (parts.length > 0 || info.table === null) {
      const key = `${info.table ?? info.tableName}|${parts.join(',')}`;
      const entry = missing.get(key) ?? { table: info.table, tableName: info.tableName, subject: info.subject, missing: parts, indicators: [] };
      entry.indicators.push(indicator.id);
      missing.set(key, entry);
      continue;
    }
    const extra = Object.entries(info.hierarchy ?? {}).filter(([name]) => name !== KOMMUNE[0]);
    const hierarchy: [string, string][] = [info.hierarchy?.[KOMMUNE[0]] !== undefined ? [KOMMUNE[0], info.hierarchy[KOMMUNE[0]]!] : KOMMUNE, ...extra];
    const mgroup = info.mgroup ?? '*';
    const period = PERIOD[indicator.periodType];
    // Selectors in any order are the same request; the URL keeps the order the catalogue wrote them in.
    const key = JSON.stringify([info.table, mgroup, period, [...hierarchy].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
    const request = requests.get(key) ?? { table: info.table, tableName: info.tableName, mgroup, period, hierarchy, indicators: [], file: '' };
    request.indicators.push(indicator);
    requests.set(key, request);
  }
  const list = [...requests.values()];
  const taken = new Set<string>();
  for (const request of list) request.file = fileName(request, taken);
  return { requests: list, missing: [...missing.values()] };
}

/** "y60c07.csv"; a narrower request adds its measure group and hierarchy names ("y25i09_ygrpi09_akassebl.csv"). */
function fileName(request: TableRequest, taken: Set<string>): string {
  const parts = [request.table];
  if (request.mgroup !== '*') parts.push(request.mgroup);
  if (request.period !== 'M') parts.push(request.period.toLowerCase());
  for (const [name] of request.hierarchy.slice(1)) parts.push(name.replace(/^_+/, ''));
  const stem = parts.map((part) => part.toLowerCase().replace(/[^a-z0-9-]+/g, '-')).join('_');
  let file = `${stem}.csv`;
  for (let n = 2; taken.has(file); n++) file = `${stem}_${n}.csv`;
  taken.add(file);
  return file;
}

/** Query values keep the API's own `*`, `/` and `:` readable; everything else is percent-encoded. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/%2F/gi, '/').replace(/%3A/gi, ':');
}

/** GET {base}/data/{table}?mgroup.*=*&period.M=latest:N&hierarchy._nykom=*&…&format=json */
export function requestUrl(base: string, request: TableRequest, periods: number): string {
  const query = [
    `mgroup.${encode(request.mgroup)}=*`,
    `period.${request.period}=latest:${periods}`,
    ...request.hierarchy.map(([name, value]) => `hierarchy.${encode(name)}=${encode(value)}`),
    'format=json',
  ];
  return `${base.replace(/\/+$/, '')}/data/${encode(request.table)}?${query.join('&')}`;
}

const PART_WORDS: Record<MissingPart, string> = {
  table: 'tabel-id',
  hierarchy: 'hierarki-vælger (jobindsats.hierarchy)',
  rows: 'rækkeudvælgelse (jobindsats.rows)',
};

/** One Danish line per gap: what is missing and how to find it. */
export function describeMissing(missing: readonly MissingInfo[]): string[] {
  return missing.map((entry) => {
    const who =
      entry.indicators.length <= 3 ? formatList(entry.indicators) : `${entry.indicators.slice(0, 2).join(', ')} og ${entry.indicators.length - 2} andre`;
    if (entry.table === null) {
      const later = formatList(entry.missing.filter((part) => part !== 'table').map((part) => PART_WORDS[part]));
      const find = entry.subject
        ? `"${entry.tableName}" i jobindsats' emne ${entry.subject} med npm run data:fetch -- --find ${entry.subject}`
        : `med npm run data:fetch -- --find "${entry.tableName}"`;
      return `${who}: tabel-id mangler${later ? ` (bagefter også ${later})` : ''} — find tabellen ${find} og skriv id'et i data/catalogue/indicators.json`;
    }
    return `${who} (${entry.table}): ${formatList(entry.missing.map((part) => PART_WORDS[part]))} mangler — se tabellens dimensioner med GET /v3/table/${entry.table}?format=json`;
  });
}
