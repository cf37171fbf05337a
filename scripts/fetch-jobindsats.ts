/**
 * npm run data:fetch — the network step, run on purpose on a machine with internet: downloads the jobindsats tables
 * the site uses through the v3 API into data/downloaded/<table>.csv (not in git). Needs an API key from STAR in
 * $JOBINDSATS_API_KEY. Then build on them: npm run build -- --input data/published --input data/downloaded
 *   npm run data:fetch [-- --months 60 --table Y60C07 ...]
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { jobindsatsResponseToCsv } from '../src/lib/fetch/jobindsats-response.ts';

const API = 'https://api.jobindsats.dk/v3';
const TABLES = ['Y60C07', 'Y25I01', 'Y60A02'];
const OUT = 'data/downloaded';

const { values } = parseArgs({ options: { months: { type: 'string', default: '60' }, table: { type: 'string', multiple: true } } });
const key = process.env['JOBINDSATS_API_KEY'];
if (!key) {
  console.error('data:fetch: sæt JOBINDSATS_API_KEY (en nøgle fra STAR: jobindsats.dk → API). Intet hentet.');
  process.exit(2);
}

async function fetchWithRetry(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { headers: { Authorization: `Bearer ${key}`, Accept: 'application/json' } });
    const body = await response.text();
    if (response.ok) return body;
    if ((response.status === 429 || response.status >= 500) && attempt < 4) {
      const wait = Number(response.headers.get('retry-after')) * 1000 || 2000 * attempt;
      console.error(`  ${response.status}, prøver igen om ${Math.round(wait / 1000)} s …`);
      await new Promise((done) => setTimeout(done, wait));
      continue;
    }
    throw new Error(`${response.status} fra ${url}: ${body.slice(0, 200)}`);
  }
}

mkdirSync(OUT, { recursive: true });
let failed = 0;
for (const table of values.table ?? TABLES) {
  const url = `${API}/data/${table.toLowerCase()}?mgroup.*=*&period.M=latest:${values.months}&hierarchy._nykom=*&format=json`;
  try {
    const parsed = jobindsatsResponseToCsv(await fetchWithRetry(url));
    if (!parsed.ok) throw new Error(parsed.message);
    const file = `${OUT}/${table.toLowerCase()}.csv`;
    writeFileSync(`${file}.tmp`, parsed.csv);
    renameSync(`${file}.tmp`, file);
    console.error(`${table}: ${parsed.rows} rækker → ${file} (hentet ${new Date().toISOString().slice(0, 10)})`);
  } catch (error) {
    failed++;
    console.error(`${table}: kunne ikke hentes: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
