/**
 * npm run build — the whole chain: published files → dataset (data:build) → static pages (astro build) → search index
 * (pagefind). Everything is built beside the target first and swapped in only when every step succeeded, so a failed
 * build leaves the previous dist/ and .cache/dataset.json as they were.
 *   npm run build [-- --input … --release-date … --demo --decimal … --out <mappe>]
 * Output folder: --out, $JOBCENTERTJEK_DIST or dist/ — refused when it is the user's or the project's own folder, or a
 * folder with other things in it (see scripts/out-dir.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, runScript, UsageError } from './io.ts';
import { BUILD_MARKER, checkOutDir } from './out-dir.ts';

const DATASET = join(ROOT, '.cache/dataset.json');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

/**
 * V8 for the Astro build: the pages make much short-lived garbage around a small live heap (about 70 MB at 10 years of
 * history), and by default V8 lets the young generation and the old space grow far past it before collecting. A 16 MB
 * young generation and a 50 % growth step keep the peak near what is alive: at 10 years × all measures about 810 →
 * 555 MB in the same time (farm-bench, median of 3; npm run bench:scale). Neither is a cap, so a longer history cannot
 * run out of heap.
 */
const ASTRO_HEAP = ['--max-semi-space-size=16', '--heap-growing-percent=50'];

/**
 * The pages pagefind should read, as a glob of the top-level folders (and files) holding a page marked
 * data-pagefind-body: pagefind then skips the thousands of embeds, tables and maps that are not searchable.
 */
function searchableGlob(site: string): string {
  const tops = new Set<string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && readFileSync(path, 'utf8').includes('data-pagefind-body')) {
        const [top, ...rest] = relative(site, path).split(/[\\/]/);
        tops.add(rest.length === 0 ? top! : `${top}/**/*.html`);
      }
    }
  };
  walk(site);
  return tops.size === 0 ? '**/*.html' : `{${[...tops].sort().join(',')}}`;
}

/** Runs a step; on failure returns its output without stack-trace lines, for a Danish summary. */
function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, quiet = false): { ok: true } | { ok: false; output: string } {
  const result = spawnSync(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : ['ignore', 'inherit', 'pipe'],
  });
  if (result.status === 0) {
    if (!quiet && result.stderr) process.stderr.write(result.stderr);
    return { ok: true };
  }
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`
    .split('\n')
    .filter((line) => !/^\s+at\s|^\s*$|^\s*(Location|Stack trace):|node_modules\//.test(line))
    .join('\n');
  return { ok: false, output: result.error ? `${label} kunne ikke startes: ${result.error.message}` : output };
}

runScript(() => {
  let values: { input?: string[]; out?: string; 'release-date'?: string; demo?: boolean; decimal?: string };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        input: { type: 'string', multiple: true },
        out: { type: 'string' },
        'release-date': { type: 'string' },
        demo: { type: 'boolean' },
        decimal: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split('\n')[0]}\nBrug: npm run build -- [--input <fil-eller-mappe> …] [--release-date ÅÅÅÅ-MM-DD] [--demo] [--decimal komma|punktum] [--out <mappe>]`,
    );
  }
  const out = checkOutDir(values.out ?? process.env['JOBCENTERTJEK_DIST'] ?? 'dist');
  const shownOut = relative(process.cwd(), out) || out;
  const started = performance.now();
  const temp = join(dirname(out), `.${basename(out)}.ny-${process.pid}`);
  const tempDataset = `${DATASET}.ny-${process.pid}`;
  const cleanUp = () => {
    rmSync(temp, { recursive: true, force: true });
    rmSync(tempDataset, { force: true });
  };
  const dataArgs = [
    ...(values.input ?? []).flatMap((path) => ['--input', path]),
    ...(values['release-date'] ? ['--release-date', values['release-date']] : []),
    ...(values.demo ? ['--demo'] : []),
    ...(values.decimal ? ['--decimal', values.decimal] : []),
    '--output',
    tempDataset,
  ];
  const steps: [string, string, string[] | (() => string[]), boolean][] = [
    ['data:build', process.execPath, [join(ROOT, 'scripts/build-dataset.ts'), ...dataArgs], false],
    ['astro build', process.execPath, [...ASTRO_HEAP, bin('astro'), 'build', '--silent', '--outDir', temp], true],
    ['pagefind', bin('pagefind'), () => ['--site', temp, '--silent', '--glob', searchableGlob(temp)], true],
  ];
  try {
    for (const [label, command, args, quiet] of steps) {
      // The dataset is written beside its place and swapped in with the site; its message names where it ends up.
      const env = { JOBCENTERTJEK_DATASET: tempDataset, JOBCENTERTJEK_DATASET_SHOWN: relative(process.cwd(), DATASET) || DATASET };
      const result = step(label, command, typeof args === 'function' ? args() : args, env, quiet);
      if (!result.ok) {
        process.stderr.write(`${result.output}\n`);
        process.stderr.write(
          `Bygningen stoppede i trinnet "${label}". ${existsSync(out) ? `Den tidligere side i ${shownOut}/ og datasættet er uændrede.` : 'Intet er skrevet.'}\n`,
        );
        return 1;
      }
    }
    writeFileSync(join(temp, BUILD_MARKER), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`);
    // Swap: the old build moves aside, the new one takes its place, then the old one goes.
    const old = join(dirname(out), `.${basename(out)}.gammel-${process.pid}`);
    if (existsSync(out)) renameSync(out, old);
    renameSync(temp, out);
    rmSync(old, { recursive: true, force: true });
    mkdirSync(dirname(DATASET), { recursive: true });
    renameSync(tempDataset, DATASET);
  } finally {
    cleanUp();
  }
  process.stderr.write(`Siden er bygget i ${shownOut}/ på ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
  return 0;
});
