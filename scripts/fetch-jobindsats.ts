/**
 * npm run data:fetch [-- --months 60 --release-date ÅÅÅÅ-MM-DD --archive data/releases]
 * npm run data:fetch -- --find <ord>
 * The network step: fetches every catalogue measure whose jobindsats table (and breakdown) is known through the v3
 * API and saves the answers as one new release of the archive — all tables or nothing. Lists what the catalogue still
 * lacks without failing on it. --find searches jobindsats' table catalogue and writes nothing. Settings come from the
 * environment (see ENVIRONMENT in src/lib/fetch/fetch-settings.ts); the key is required.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { answerToTableFile } from '../src/lib/fetch/answer-to-file.ts';
import { fetchWithRetry, type FetchOutcome } from '../src/lib/fetch/fetch-with-retry.ts';
import { ENVIRONMENT, keyRejected, readFetchSettings, type FetchSettings } from '../src/lib/fetch/fetch-settings.ts';
import { formatTables, readTablesCatalogue, searchTables } from '../src/lib/fetch/find-tables.ts';
import { parseJobindsatsAnswer, shortBody } from '../src/lib/fetch/jobindsats-response.ts';
import { describeMissing, planRequests, requestUrl } from '../src/lib/fetch/plan-requests.ts';
import { previousFile, type ArchivedRelease } from '../src/lib/fetch/previous-file.ts';
import { releaseNote, type FetchedFile } from '../src/lib/fetch/release-note.ts';
import { createMeasureLookup } from '../src/lib/ingest/measure-lookup.ts';
import { MANIFEST, parseManifest } from '../src/lib/release/manifest.ts';
import { count, isDate, loadReference, printProblems, ROOT, runScript, UsageError } from './io.ts';
import { onStopSignal, signalExitCode } from './interrupt.ts';
import { lockArchive, writeRelease, type NewReleaseFile } from './release-io.ts';

const USAGE = `Brug: npm run data:fetch [-- --months 60] [--release-date ÅÅÅÅ-MM-DD] [--archive <mappe>]
       npm run data:fetch -- --find <ord>
  --months        antal seneste perioder pr. tabel (standard 60)
  --release-date  udgivelsens dato (standard: i dag, UTC)
  --archive       arkivet, udgivelsen skrives i (standard data/releases)
  --find          søg i jobindsats' tabelkatalog efter id, navn eller emne-id (fx 1815); skriver intet
Miljøvariabler:
${ENVIRONMENT.map(([name, fallback, meaning]) => `  ${name.padEnd(26)} ${meaning} (standard: ${fallback})`).join('\n')}`;

const say = (line: string) => process.stderr.write(`${line}\n`);

function readFetchArgs(argv: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        months: { type: 'string' },
        'release-date': { type: 'string' },
        archive: { type: 'string' },
        find: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    const option = /'(-{1,2}[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new UsageError(`${option ? `ukendt eller ufuldstændigt argument: ${option}` : 'argumenterne kunne ikke læses'}\n${USAGE}`);
  }
  const months = Number(values.months ?? '60');
  if (!Number.isInteger(months) || months < 1) throw new UsageError(`--months skal være et helt tal over 0, ikke "${values.months}"`);
  const date = values['release-date'] ?? new Date().toISOString().slice(0, 10);
  if (!isDate(date)) throw new UsageError(`--release-date skal være en dato som 2026-08-22, ikke "${date}"`);
  return { months, date, archive: values.archive ?? join(ROOT, 'data/releases'), find: values.find, help: values.help ?? false };
}

/** Every readable manifest in the archive, for the comparison with the previous release. */
function readArchive(archive: string): ArchivedRelease[] {
  if (!existsSync(archive)) return [];
  const releases: ArchivedRelease[] = [];
  for (const entry of readdirSync(archive, { withFileTypes: true })) {
    const path = join(archive, entry.name, MANIFEST);
    if (!entry.isDirectory() || entry.name.startsWith('.') || !existsSync(path)) continue;
    const parsed = parseManifest(readFileSync(path, 'utf8'), path);
    if ('manifest' in parsed) releases.push({ release: entry.name, files: parsed.manifest.files });
    else say(`Bemærk: ${relative(process.cwd(), path)} kan ikke læses; udgivelsen bruges ikke til sammenligning (${parsed.problems[0]?.message})`);
  }
  return releases;
}

function client(settings: FetchSettings, run: AbortSignal) {
  return (url: string, label: string): Promise<FetchOutcome> =>
    fetchWithRetry(url, {
      fetch: (target, init) => fetch(target, init),
      headers: { Authorization: `Bearer ${settings.key}`, Accept: 'application/json' },
      timeoutMs: settings.timeoutMs,
      retry: settings.retry,
      signal: run,
      onRetry: ({ attempt, delayMs, what }) =>
        say(`${label}: ${what}; prøver igen om ${(delayMs / 1000).toLocaleString('da-DK')} s (forsøg ${attempt + 1} af ${settings.retry.tries})`),
    });
}

function failureText(outcome: Extract<FetchOutcome, { ok: false }>, settings: FetchSettings): string {
  if (outcome.kind === 'key') return keyRejected(outcome.message);
  if (outcome.kind === 'run-timeout') return `kørslens samlede tidsgrænse på ${settings.runTimeoutMs / 1000} s (JOBINDSATS_RUN_TIMEOUT_S) er nået`;
  return outcome.message;
}

async function find(query: string, settings: FetchSettings, get: ReturnType<typeof client>): Promise<number> {
  const url = `${settings.base}/tables?format=json`;
  const outcome = await get(url, 'tabelkataloget');
  if (!outcome.ok) {
    say(`Tabelkataloget (GET ${url}) kunne ikke hentes: ${failureText(outcome, settings)}`);
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(outcome.body.replace(/^\uFEFF/, ''));
  } catch {
    say(`Tabelkataloget (GET ${url}) er ikke JSON: ${shortBody(outcome.body)}`);
    return 1;
  }
  const tables = readTablesCatalogue(json);
  if ('error' in tables) {
    say(`Tabelkataloget (GET ${url}): ${tables.error}: ${shortBody(outcome.body)}`);
    return 1;
  }
  const found = searchTables(tables, query);
  process.stdout.write(formatTables(found, query, loadReference().catalogue));
  return found.length > 0 ? 0 : 1;
}

runScript(
  async () => {
    const args = readFetchArgs(process.argv.slice(2));
    if (args.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const read = readFetchSettings(process.env);
    if (!read.ok) {
      say(read.missingKey ? read.message : `Fejl: ${read.message}`);
      return 2;
    }
    const settings = read.settings;
    const get = client(settings, AbortSignal.timeout(settings.runTimeoutMs));
    if (args.find !== undefined) return find(args.find, settings, get);

    // One fetch or release at a time per archive; a second waits here, before asking jobindsats for anything.
    lockArchive(args.archive, 'hentning', say);
    // The release is written in one synchronous step at the end: a signal before it has nothing to undo.
    onStopSignal((signal) => {
      say(`data:fetch blev afbrudt (${signal}); intet er skrevet, og arkivet ${args.archive} er uændret.`);
      process.exit(signalExitCode(signal));
    });
    const folder = join(args.archive, args.date);
    if (existsSync(folder)) {
      throw new UsageError(
        `udgivelsen ${args.date} findes allerede i ${folder}; en udgivelse ændres aldrig. Kør igen en anden dag, eller giv en anden dato med --release-date.`,
      );
    }
    const { catalogue } = loadReference();
    const plan = planRequests(catalogue);
    if (plan.missing.length > 0) {
      say('Mangler stadig i kataloget (hentes ikke, ingen fejl):');
      for (const line of describeMissing(plan.missing)) say(`  ${line}`);
    }
    if (plan.requests.length === 0) {
      say('Ingen måling i kataloget har både jobindsats-tabel og de nødvendige oplysninger; intet at hente.');
      return 1;
    }
    say(
      `Henter ${count(plan.requests.length, 'tabel', 'tabeller')} fra ${settings.base} (${args.months} seneste perioder; ${settings.timeoutMs / 1000} s pr. forespørgsel, ${settings.runTimeoutMs / 1000} s i alt) …`,
    );

    const lookup = createMeasureLookup(catalogue);
    const archive = readArchive(args.archive);
    const retrieved = new Date().toISOString();
    const files: NewReleaseFile[] = [];
    const fetched: FetchedFile[] = [];
    const failures: string[] = [];
    for (const request of plan.requests) {
      const url = requestUrl(settings.base, request, args.months);
      const label = request.file === `${request.table}.csv` ? request.table : `${request.table} (${request.file})`;
      const outcome = await get(url, label);
      if (!outcome.ok) {
        failures.push(`${label}: ${failureText(outcome, settings)} — GET ${url}`);
        if (outcome.kind === 'key' || outcome.kind === 'run-timeout') {
          failures.push('De øvrige tabeller er ikke forsøgt.');
          break;
        }
        continue;
      }
      const parsed = parseJobindsatsAnswer(outcome.body);
      if (!parsed.ok) {
        failures.push(`${label}: ${parsed.keyRejected ? keyRejected(parsed.message) : parsed.message} (HTTP ${outcome.status}) — GET ${url}`);
        if (parsed.keyRejected) break;
        continue;
      }
      const result = answerToTableFile(parsed.answer, request, lookup, { periods: args.months, previous: previousFile(archive, request, args.date) });
      if (!result.ok) {
        failures.push(...result.problems.map((problem) => `${label}: ${problem} — GET ${url}`));
        continue;
      }
      const { file } = result;
      say(
        `${label}: ${count(file.rows, 'række', 'rækker')} (${file.first}–${file.last}) → ${request.file}${file.dropped.length > 0 ? `; udeladt: ${file.dropped.map((d) => `"${d}"`).join(', ')}` : ''}`,
      );
      files.push({ file: request.file, bytes: new TextEncoder().encode(file.csv), source: 'jobindsats', tables: [request.table], request: url });
      fetched.push({
        file: request.file,
        table: request.table,
        tableName: request.tableName,
        request: url,
        rows: file.rows,
        first: file.first,
        last: file.last,
        indicators: request.indicators.map((i) => i.id),
        dropped: file.dropped,
      });
    }

    if (failures.length > 0) {
      say(`\ndata:fetch fejlede; intet er skrevet, og arkivet ${args.archive} er uændret:`);
      for (const failure of failures) say(`  ${failure}`);
      return 1;
    }
    const result = writeRelease(args.archive, {
      date: args.date,
      title: "Jobindsats.dk (STAR), hentet via jobindsats' API v3",
      retrieved,
      origin: `Hentet fra ${settings.base} af npm run data:fetch ${retrieved}.`,
      files,
      notes: { 'README.md': releaseNote({ date: args.date, retrieved, base: settings.base, files: fetched, missing: describeMissing(plan.missing) }) },
    });
    if (!result.ok) {
      printProblems(result.problems, result.problems.length);
      say('Svarene kunne ikke læses af indlæsningen; intet er skrevet.');
      return 1;
    }
    const rows = result.manifest.files.reduce((sum, f) => sum + f.rows, 0);
    const near = relative(process.cwd(), result.folder);
    const shown = near === '' || near.startsWith('..') ? result.folder : near;
    say(`\nUdgivelsen ${args.date} er gemt i ${shown}: ${count(files.length, 'fil', 'filer')}, ${count(rows, 'række', 'rækker')}.`);
    say(`Næste skridt: npm run build && npm test, og commit mappen ${shown}/.`);
    return 0;
  },
  () => 'Intet er skrevet, og arkivet er uændret.',
);
