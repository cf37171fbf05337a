/**
 * A stand-in for jobindsats' v3 API on 127.0.0.1 (random port) for the data:fetch tests; nothing here reaches the
 * internet. Data answers replay the real tables of release 2026-08-22 (same columns, kommune names and numbers;
 * suppressed cells as null) with a byte-order mark, as the API sends them. Each table can misbehave on purpose.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Behaviour =
  /** The table's answer, honouring period.M=latest:N. */
  | 'success'
  /** 429 Too Many Requests on the first request, the answer after. */
  | 'rate-limit-once'
  /** 500 on every request. */
  | 'error-500'
  /** Takes the request and never answers. */
  | 'hang'
  /** Sends the headers and then one byte every 300 ms, never finishing. */
  | 'drip'
  /** 200 with the v2 API's wrong-key message. */
  | 'bad-key-v2'
  /** 200 with JSON cut off in the middle. */
  | 'malformed'
  /** 200 with the columns and no rows. */
  | 'empty'
  /** Only the latest 6 months, whatever was asked for. */
  | 'truncated'
  /** The first measure column renamed, as if jobindsats had changed its label. */
  | 'renamed';

export interface MockRequest {
  path: string;
  table: string | null;
  authorization: string | undefined;
}

export interface MockJobindsats {
  url: string;
  requests: MockRequest[];
  /** Requests for one table's data. */
  count(table: string): number;
  close(): Promise<void>;
}

const root = join(import.meta.dirname, '..', '..');
const SEED = join(root, 'data', 'releases', '2026-08-22');

interface TableData {
  columns: string[];
  rows: (string | number | null)[][];
}

/** The seed release's single-table files, read back into the API's shape. */
function seedTables(): Map<string, TableData> {
  const manifest = JSON.parse(readFileSync(join(SEED, 'manifest.json'), 'utf8')) as { files: { file: string; tables: string[] }[] };
  const tables = new Map<string, TableData>();
  for (const { file, tables: ids } of manifest.files) {
    if (ids.length !== 1) continue;
    const [header, ...lines] = readFileSync(join(SEED, file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter(Boolean);
    const columns = header!.split(';');
    const rows = lines.map((line) => line.split(';').map((cell, index) => (index < 2 ? cell : cell === '' ? null : Number(cell.replace(',', '.')))));
    tables.set(ids[0]!, { columns, rows });
  }
  return tables;
}

/**
 * jobindsats' table catalogue (GET /v3/tables) in its nested shape. Subject 1815 is "Tidlig indsats og skærpet tilsyn";
 * the ids and the names of its tidlig-indsats tables are invented for the test (y99t01–y99t04): they are not known here.
 */
export const TABLES_CATALOGUE = {
  subjects: [
    {
      subject_id: 'kontanthjaelp',
      subject_name: 'Kontanthjælp',
      table_groups: [
        {
          table_group_name: 'Aktivering',
          tables: [
            {
              table_id: 'y60c07',
              table_name: 'Aktiveringsgrad og andel aktiveringsberørte',
              link_infopage: 'https://www.jobindsats.dk/',
              link_tablepage: 'https://www.jobindsats.dk/',
              update_freq: 'M',
              update_latest: '2026-10-28',
              update_next: '2026-11-26',
              mgroups: [{ mgroup_id: 'mgrpc07_1', mgroup_name: 'Aktiveringsgrad og andel aktiveringsberørte' }],
            },
          ],
        },
      ],
    },
    {
      subject_id: '1815',
      subject_name: 'Tidlig indsats og skærpet tilsyn',
      table_groups: [
        {
          table_group_name: 'Kontaktforløb og tilbud',
          tables: [
            {
              table_id: 'y99t01',
              table_name: 'Afholdelse af samtaler. Antal og andel personer',
              update_freq: 'M',
              update_latest: '2026-10-30',
              update_next: '2026-11-27',
              mgroups: [
                { mgroup_id: 'mgrp99t01_1', mgroup_name: 'Antal personer' },
                { mgroup_id: 'mgrp99t01_2', mgroup_name: 'Andel personer med mindst 4 samtaler' },
              ],
            },
            {
              table_id: 'y99t02',
              table_name: 'Deltagelse i aktive tilbud. Antal og andel personer',
              update_freq: 'M',
              update_latest: '2026-10-30',
              update_next: '2026-11-27',
              mgroups: [{ mgroup_id: 'mgrp99t02_1', mgroup_name: 'Andel personer i aktive tilbud' }],
            },
            {
              table_id: 'y99t03',
              table_name: 'Tidlig indsats: jobsamtaler ved 6 måneders anciennitet',
              update_freq: 'M',
              update_latest: '2026-10-30',
              update_next: '2026-11-27',
              mgroups: [{ mgroup_id: 'mgrp99t03_1', mgroup_name: 'Andel med mindst 4 jobsamtaler' }],
            },
            {
              table_id: 'y99t04',
              table_name: 'Tidlig indsats: tilbud ved 6 måneders anciennitet',
              update_freq: 'M',
              update_latest: '2026-10-30',
              update_next: '2026-11-27',
              mgroups: [{ mgroup_id: 'mgrp99t04_1', mgroup_name: 'Andel med tilbud' }],
            },
          ],
        },
      ],
    },
  ],
};

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** The answer for `latest:N` periods: the last N distinct periods of the table. */
function latest(data: TableData, periods: number): TableData {
  const all = [...new Set(data.rows.map((row) => String(row[0])))].sort();
  const keep = new Set(all.slice(-periods));
  return { columns: data.columns, rows: data.rows.filter((row) => keep.has(String(row[0]))) };
}

export async function startMockJobindsats(options: { key: string; behaviour?: Record<string, Behaviour> }): Promise<MockJobindsats> {
  const data = seedTables();
  const requests: MockRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  function answer(request: IncomingMessage, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const table = /^\/v3\/data\/([a-z0-9]+)$/.exec(url.pathname)?.[1] ?? null;
    requests.push({ path: `${url.pathname}${url.search}`, table, authorization: request.headers.authorization });
    if (request.headers.authorization !== `Bearer ${options.key}`) {
      return json(response, 401, { code: 401, cause: 'Unauthorized: invalid or expired token', request_id: 'test-401' });
    }
    if (url.pathname === '/v3/tables') return json(response, 200, `\uFEFF${JSON.stringify(TABLES_CATALOGUE)}`);
    const found = table ? data.get(table) : undefined;
    if (!table || !found) return json(response, 404, { code: 404, cause: `Ukendt tabel: ${url.pathname}`, request_id: 'test-404' });
    const behaviour = options.behaviour?.[table] ?? 'success';
    const tries = requests.filter((r) => r.table === table).length;
    const periods = Number(/^latest:(\d+)$/.exec(url.searchParams.get('period.M') ?? '')?.[1] ?? '12');
    switch (behaviour) {
      case 'rate-limit-once':
        if (tries === 1) return json(response, 429, { code: 429, cause: 'Too many requests', request_id: 'test-429' });
        break;
      case 'error-500':
        return json(response, 500, { code: 500, cause: 'Intern serverfejl i testen', request_id: 'test-500' });
      case 'hang':
        return;
      case 'drip': {
        response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        const body = JSON.stringify(latest(found, periods));
        let at = 0;
        const timer = setInterval(() => response.write(body[at++] ?? ' '), 300);
        timers.add(timer);
        response.on('close', () => (clearInterval(timer), timers.delete(timer)));
        return;
      }
      case 'bad-key-v2':
        return json(response, 200, { 'Forkert nøgle eller nøglen er udløbet.': '' });
      case 'malformed':
        return json(response, 200, `\uFEFF${JSON.stringify(latest(found, periods)).slice(0, 500)}`);
      case 'empty':
        return json(response, 200, { columns: found.columns, rows: [] });
      case 'truncated':
        return json(response, 200, `\uFEFF${JSON.stringify(latest(found, 6))}`);
      case 'renamed': {
        const columns = found.columns.map((label, index) => (index === 2 ? `${label} (ny definition)` : label));
        return json(response, 200, `\uFEFF${JSON.stringify({ ...latest(found, periods), columns })}`);
      }
      case 'success':
        break;
    }
    json(response, 200, `\uFEFF${JSON.stringify(latest(found, periods))}`);
  }

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v3`,
    requests,
    count: (table) => requests.filter((r) => r.table === table).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
