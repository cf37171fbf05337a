/** Shared plumbing for the data scripts: arguments, input files, reference data, atomic writes, problem output. */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCatalogue, type Catalogue } from '../src/lib/reference/catalogue.ts';
import { ingest, type IngestResult, type IngestSource } from '../src/lib/ingest/ingest.ts';
import { formatProblem, type Problem } from '../src/lib/ingest/problem.ts';
import type { DecimalMark } from '../src/lib/ingest/read-number-cell.ts';
import { parseRegistry, type Registry } from '../src/lib/reference/registry.ts';

export const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_INPUTS = ['data/published', 'data/sample'];
const PRINTED_PROBLEMS = 200;

export class UsageError extends Error {}

/** "1 fil", "2 filer": Danish singular and plural in script output. */
export function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('da-DK')} ${n === 1 ? singular : plural}`;
}

export interface IngestArgs {
  inputs: string[];
  decimal: DecimalMark | undefined;
  output: string | undefined;
}

export const USAGE = `Brug: --input <fil-eller-mappe> (kan gentages) [--decimal komma|punktum] [--output <fil>]
  --input    CSV-filer eller mapper med CSV-filer (standard: $JOBCENTERTJEK_INPUT, ellers data/published og data/sample)
  --decimal  talformatet, når filen ikke selv viser det (fx kun "96.938")
  --output   hvor datasættet skrives (kun data:build; standard .cache/dataset.json)`;

/** `--input <file-or-folder>` (repeatable), `--decimal komma|punktum`, `--output <file>`. */
export function readArgs(argv: string[]): IngestArgs {
  let values: { input?: string[]; decimal?: string; output?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: 'string', multiple: true }, decimal: { type: 'string' }, output: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    // node's own messages are English ("Unknown option '--inptu'"): say it in Danish, with the usage.
    const option = /'(-{1,2}[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new UsageError(`${option ? `ukendt eller ufuldstændigt argument: ${option}` : 'argumenterne kunne ikke læses'} (stier skal stå efter --input)\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const decimal = values.decimal;
  if (decimal !== undefined && decimal !== 'komma' && decimal !== 'punktum') {
    throw new UsageError(`--decimal skal være "komma" eller "punktum", ikke "${decimal}"`);
  }
  return { inputs: values.input ?? [], decimal, output: values.output };
}

/** Input paths from --input, else $JOBCENTERTJEK_INPUT, else data/published + data/sample; folders → their *.csv, sorted. */
export function inputFiles(given: string[]): string[] {
  const env = process.env['JOBCENTERTJEK_INPUT'];
  const explicit = given.length > 0 ? given : env ? env.split(delimiter).filter(Boolean) : [];
  const paths = explicit.length > 0 ? explicit : DEFAULT_INPUTS.map((path) => join(ROOT, path)).filter((path) => existsSync(path));
  const files: string[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`inputfilen eller -mappen findes ikke: ${path}`);
    if (statSync(path).isDirectory()) {
      const csv = readdirSync(path).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
      files.push(...csv.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) throw new UsageError(`ingen CSV-filer at indlæse (kiggede i ${paths.join(', ') || DEFAULT_INPUTS.join(', ')})`);
  return files;
}

export function loadReference(): { catalogue: Catalogue; registry: Registry } {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const catalogue = parseCatalogue(JSON.parse(read('data/catalogue/indicators.json')));
  const registry = parseRegistry(read('data/reference/kommuner.csv'), read('data/reference/regioner.csv'));
  return { catalogue, registry };
}

/** Reads and ingests the files one at a time (the same path for data:build, data:export and bench:ingest). */
export function ingestPaths(files: string[], decimal: DecimalMark | undefined): IngestResult & { registry: Registry } {
  const { catalogue, registry } = loadReference();
  function* sources(): Generator<IngestSource> {
    for (const file of files) yield { file, bytes: readFileSync(file) };
  }
  return { ...ingest(sources(), catalogue, registry, decimal ? { decimal } : {}), registry };
}

/** Writes next to the target and renames, so a failed run never leaves a half-written file. */
export function writeAtomic(path: string, chunks: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, '');
    for (const chunk of chunks) writeFileSync(temp, chunk, { flag: 'a' });
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function printProblems(problems: Problem[], count: number): void {
  process.stderr.write(`Fejl i inputdata (${count}):\n`);
  for (const problem of problems.slice(0, PRINTED_PROBLEMS)) process.stderr.write(`  ${formatProblem(problem)}\n`);
  if (count > PRINTED_PROBLEMS) process.stderr.write(`  … og ${count - PRINTED_PROBLEMS} flere\n`);
}

/** Runs a script body; usage and I/O errors become one Danish line and exit code 2, never a bare stack trace. */
export function runScript(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Fejl: ${message}\n`);
    process.exitCode = 2;
  }
}
