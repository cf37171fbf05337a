/** Shared plumbing for the data scripts: arguments, input files and releases, reference data, atomic writes, problem output. */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseCatalogue, type Catalogue } from '../src/lib/reference/catalogue.ts';
import type { Release } from '../src/lib/dataset/dataset.ts';
import { ingest, type DerivedCells, type IngestResult, type IngestSource } from '../src/lib/ingest/ingest.ts';
import { formatProblem, type Problem } from '../src/lib/ingest/problem.ts';
import type { DecimalMark } from '../src/lib/ingest/read-number-cell.ts';
import { parseRegistry, type Registry } from '../src/lib/reference/registry.ts';
import { describeMachineFault, machineFault } from '../src/lib/safety/machine-fault.ts';
import { checkRelease, MANIFEST, parseManifest, releaseOf, type Manifest } from '../src/lib/release/manifest.ts';

export const ROOT = resolve(import.meta.dirname, '..');
/** The embedded default data: the published documents and every release of the archive. */
export const DEFAULT_INPUTS = ['data/published', 'data/releases'];
/** Generated sample numbers, added only for the demo build. */
export const SAMPLE_INPUT = 'data/sample';
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
  /** Date for the files given with --input (not in a release folder); they count as a release of that date. */
  releaseDate: string | undefined;
  /** Add the generated sample data (the demo build). */
  demo: boolean;
  /** data:export: the data as it stood after this release. */
  release: string | undefined;
}

export const USAGE = `Brug: [--input <fil-eller-mappe> …] [--release-date ÅÅÅÅ-MM-DD] [--demo] [--decimal komma|punktum] [--output <fil>]
  --input         CSV-filer, mapper med CSV-filer, en udgivelse (mappe med manifest.json) eller et arkiv af udgivelser
                  (standard: $JOBCENTERTJEK_INPUT, ellers data/published og data/releases)
  --release-date  udgivelsesdatoen for filer givet direkte med --input (standard: i dag); nyere udgivelser vinder
  --demo          tilføj de genererede eksempeldata (data/sample) – mærket "Eksempeldata – ikke officielle tal"
  --decimal       talformatet, når filen ikke selv viser det (fx kun "96.938")
  --output        hvor datasættet skrives (kun data:build; standard .cache/dataset.json)
  --release       (kun data:export) tallene, som de så ud efter udgivelsen med denne dato`;

export function readArgs(argv: string[]): IngestArgs {
  let values: { input?: string[]; decimal?: string; output?: string; help?: boolean; 'release-date'?: string; demo?: boolean; release?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', multiple: true },
        decimal: { type: 'string' },
        output: { type: 'string' },
        'release-date': { type: 'string' },
        demo: { type: 'boolean' },
        release: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    // node's own messages are English ("Unknown option '--inptu'"): say it in Danish, with the usage.
    const option = /'(-{1,2}[^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    throw new UsageError(
      `${option ? `ukendt eller ufuldstændigt argument: ${option}` : 'argumenterne kunne ikke læses'} (stier skal stå efter --input)\n${USAGE}`,
    );
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const decimal = values.decimal;
  if (decimal !== undefined && decimal !== 'komma' && decimal !== 'punktum') {
    throw new UsageError(`--decimal skal være "komma" eller "punktum", ikke "${decimal}"`);
  }
  for (const [flag, date] of [
    ['--release-date', values['release-date']],
    ['--release', values.release],
  ] as const) {
    if (date !== undefined && !isDate(date)) throw new UsageError(`${flag} skal være en dato som 2026-08-22, ikke "${date}"`);
  }
  return {
    inputs: values.input ?? [],
    decimal,
    output: values.output,
    releaseDate: values['release-date'],
    demo: values.demo ?? false,
    release: values.release,
  };
}

export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** A file to ingest, with the release it belongs to and, for archived files, what its manifest says. */
interface PlannedFile {
  path: string;
  release: number;
  tables?: string[];
  sha256?: string;
  derived?: DerivedCells[];
}

export interface InputPlan {
  releases: Release[];
  files: PlannedFile[];
  /** Problems found before reading a single row: manifests, checksums, folders named like files. */
  problems: Problem[];
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * Input paths → layers and files. A folder with manifest.json is one release; a folder of such folders is an archive
 * (every release in it); other CSV files, given directly or in plain folders, are one more layer dated --release-date.
 * Layers are ordered undated first, then by date; the newest value of each key wins.
 */
export function planInputs(args: Pick<IngestArgs, 'inputs' | 'releaseDate' | 'demo'>, today = new Date().toISOString().slice(0, 10)): InputPlan {
  const env = process.env['JOBCENTERTJEK_INPUT'];
  const explicit = args.inputs.length > 0 ? args.inputs : env ? env.split(delimiter).filter(Boolean) : [];
  const paths = explicit.length > 0 ? explicit : DEFAULT_INPUTS.map((path) => join(ROOT, path)).filter((path) => existsSync(path));
  if (args.demo) paths.push(join(ROOT, SAMPLE_INPUT));
  const problems: Problem[] = [];
  const layers: { release: Release; files: Omit<PlannedFile, 'release'>[] }[] = [];
  const loose: string[] = [];

  const csvIn = (folder: string) =>
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.name.toLowerCase().endsWith('.csv'))
      .map((entry) => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) problems.push({ file: shown(path), message: 'er en mappe, ikke en CSV-fil', expected: 'en fil' });
        return entry.isDirectory() ? undefined : path;
      })
      .filter((path): path is string => path !== undefined)
      .sort();

  function addRelease(folder: string): void {
    const manifestPath = join(folder, MANIFEST);
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'), shown(manifestPath));
    if ('problems' in parsed) return void problems.push(...parsed.problems);
    const manifest: Manifest = parsed.manifest;
    const id = basename(folder);
    const present = csvIn(folder).map((path) => ({ file: basename(path), bytes: readFileSync(path) }));
    problems.push(...checkRelease(shown(folder), id, manifest, present));
    layers.push({
      release: releaseOf(manifest, id),
      files: manifest.files
        .filter((f) => present.some((p) => p.file === f.file))
        .map((f) => ({ path: join(folder, f.file), tables: f.tables, sha256: f.sha256, ...(f.derived ? { derived: f.derived } : {}) })),
    });
  }

  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`inputfilen eller -mappen findes ikke: ${path}`);
    const isFolder = statSync(path).isDirectory();
    if (isFolder && /\.csv$/i.test(path)) {
      problems.push({ file: shown(path), message: 'er en mappe, ikke en CSV-fil', expected: 'en fil (eller en mappe uden .csv i navnet)' });
    } else if (!isFolder) {
      loose.push(path);
    } else if (existsSync(join(path, MANIFEST))) {
      addRelease(path);
    } else {
      const releases = readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(path, e.name, MANIFEST)));
      if (releases.length > 0) {
        for (const entry of releases) addRelease(join(path, entry.name));
        for (const stray of csvIn(path))
          problems.push({
            file: shown(stray),
            message: 'CSV-filen ligger i arkivmappen, men ikke i en udgivelse',
            expected: 'en undermappe med manifest.json',
          });
      } else loose.push(...csvIn(path));
    }
  }
  if (loose.length > 0) {
    const date = args.releaseDate ?? null;
    layers.push({ release: { id: 'input', date, retrieved: date ?? today, title: 'Indlæste filer' }, files: loose.map((path) => ({ path })) });
  }
  // Undated layers (published documents) first, then by date; files given directly come last on their date.
  const key = (layer: (typeof layers)[number]) =>
    `${layer.release.date ?? (layer.release.id === 'input' ? '9999' : '0000')}|${layer.release.id === 'input' ? 1 : 0}`;
  layers.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const seen = new Set<string>();
  for (const layer of layers) {
    if (seen.has(layer.release.id)) problems.push({ file: layer.release.id, message: 'to udgivelser har samme navn', expected: 'hver udgivelse én gang' });
    seen.add(layer.release.id);
  }
  if (layers.every((layer) => layer.files.length === 0) && problems.length === 0) {
    throw new UsageError(`ingen CSV-filer at indlæse (kiggede i ${paths.map(shown).join(', ')})`);
  }
  return {
    releases: layers.map((layer) => layer.release),
    files: layers.flatMap((layer, release) => layer.files.map((file) => ({ ...file, release }))),
    problems,
  };
}

export function loadReference(): { catalogue: Catalogue; registry: Registry } {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
  const catalogue = parseCatalogue(JSON.parse(read('data/catalogue/indicators.json')));
  const registry = parseRegistry(read('data/reference/kommuner.csv'), read('data/reference/regioner.csv'));
  return { catalogue, registry };
}

/**
 * Reads and ingests the planned files one at a time (the same path for data:build, data:export and bench:ingest).
 * Problems found while planning come first; a plan with problems ingests nothing more than it must to list them all.
 */
export function ingestPlan(plan: InputPlan, decimal: DecimalMark | undefined, builtAt?: string): IngestResult & { registry: Registry } {
  const { catalogue, registry } = loadReference();
  function* sources(): Generator<IngestSource> {
    for (const file of plan.files)
      yield {
        file: shown(file.path),
        chunks: () => readChunks(file.path),
        release: file.release,
        ...(file.tables ? { tables: file.tables } : {}),
        ...(file.derived ? { derived: file.derived } : {}),
      };
  }
  const result = ingest(sources(), catalogue, registry, { releases: plan.releases, ...(decimal ? { decimal } : {}), ...(builtAt ? { builtAt } : {}) });
  if (plan.problems.length === 0) return { ...result, registry };
  return {
    ...result,
    dataset: undefined,
    problems: [...plan.problems, ...result.problems],
    problemCount: plan.problems.length + result.problemCount,
    registry,
  };
}

/** A file in 64 KB chunks through one reused buffer: the ingest never needs a whole file in memory. */
export function* readChunks(path: string, size = 1 << 16): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(size);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) yield buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Shorthand for plain files and folders (tests, benchmarks). */
export function ingestPaths(paths: string[], decimal: DecimalMark | undefined): IngestResult & { registry: Registry } {
  return ingestPlan(planInputs({ inputs: paths, releaseDate: undefined, demo: false }), decimal);
}

/** Only the layers up to a release date: the data as it stood after that release (data:export --release). */
export function planUpTo(plan: InputPlan, date: string): InputPlan {
  const dated = plan.releases.filter((release) => release.date !== null);
  if (!dated.some((release) => release.date === date)) {
    throw new UsageError(`der er ingen udgivelse dateret ${date} (udgivelser: ${dated.map((r) => r.date).join(', ') || 'ingen'})`);
  }
  const keep = plan.releases.map((release) => (release.date === null ? release.id !== 'input' : release.date <= date));
  const index = new Map<number, number>();
  plan.releases.forEach((_, i) => keep[i] && index.set(i, index.size));
  return {
    releases: plan.releases.filter((_, i) => keep[i]),
    files: plan.files.filter((file) => keep[file.release]).map((file) => ({ ...file, release: index.get(file.release)! })),
    problems: plan.problems,
  };
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

/**
 * Runs a script body; usage and I/O errors become one Danish line and exit code 2, never a bare stack trace. A fault
 * of the machine (full disk, no permission, read-only drive, missing folder) is named in Danish, followed by `kept`:
 * what the run left as it was.
 */
export function runScript(main: () => number | Promise<number>, kept?: () => string): void {
  const fail = (error: unknown) => {
    const fault = machineFault(error);
    const message = fault
      ? `${describeMachineFault(fault.fault, fault.path ? shown(fault.path) : 'mappen')}${kept ? ` ${kept()}` : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`Fejl: ${message}\n`);
    process.exitCode = 2;
  };
  try {
    const result = main();
    if (typeof result === 'number') process.exitCode = result;
    else result.then((code) => (process.exitCode = code), fail);
  } catch (error) {
    fail(error);
  }
}
