/**
 * npm run test:e2e — builds the site and tests the result in Chromium (vitest project "site"), one build at a time:
 *   1. default: the embedded data (data/published + data/sample) → dist/                    SITE_DATA=default
 *   2. real:    data/published + <shared>/data/jobindsats → .cache/dist-real (if present)    SITE_DATA=real
 *   3. tiles:   default data, no boundary file → .cache/dist-tiles (map + keyboard subset)   SITE_DATA=tiles
 * <shared> is $JOBCENTERTJEK_SHARED or ../shared. Builds share .cache/dataset.json, so they never run at once;
 * the tiles build runs last and the boundary topology it removes is put back, so .cache ends as the default build left it.
 * A failed step does not stop the others; the exit code is non-zero if any step failed. Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const shared = resolve(root, process.env['JOBCENTERTJEK_SHARED'] ?? '../shared');
const realInput = join(shared, 'data/jobindsats');
const boundaries = join(shared, 'geo/kommuner.geojson');
const topology = join(root, '.cache/geo/kommuner.topo.json');
const extraArgs = process.argv.slice(2);
const TILES_FILES = ['test/site/built-site.test.ts', 'test/site/map.test.ts', 'test/site/no-javascript.test.ts', 'test/site/a11y.test.ts'];

interface Stage {
  name: string;
  status: 'ok' | 'failed' | 'skipped';
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note?: string;
}
const stages: Stage[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(`test:e2e: kunne ikke starte ${command}: ${result.error.message}`);
  return result.status === 0;
}

function build(out: string, inputs: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n── Bygger ${out}/ (${inputs.length ? inputs.join(' + ') : 'indlejrede standarddata'}) ──`);
  return run(process.execPath, ['scripts/build-site.ts', ...inputs.flatMap((i) => ['--input', i]), '--out', out], env);
}

function vitest(out: string, kind: string, files: string[] = []): Omit<Stage, 'name' | 'seconds'> {
  const report = join(mkdtempSync(join(tmpdir(), 'jobcentertjek-e2e-')), 'vitest.json');
  console.log(`\n── Tester ${out}/ (SITE_DATA=${kind}) ──`);
  const ok = run(join(root, 'node_modules/.bin/vitest'), ['run', '--project', 'site', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs], {
    SITE_DIR: out,
    SITE_DATA: kind,
  });
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; numFailedTestSuites: number };
    // A file that fails to load fails no single test: count it, so a red run never prints "0 failed".
    counts = { passed: json.numPassedTests, failed: json.numFailedTests || (ok ? 0 : Math.max(1, json.numFailedTestSuites)), skipped: json.numPendingTests + json.numTodoTests };
  }
  rmSync(resolve(report, '..'), { recursive: true, force: true });
  return { status: ok ? 'ok' : 'failed', ...counts };
}

function stage(name: string, out: string, kind: string, inputs: string[], env: NodeJS.ProcessEnv = {}, files: string[] = []): void {
  const started = performance.now();
  const built = build(out, inputs, env);
  const result: Omit<Stage, 'name' | 'seconds'> = built
    ? vitest(out, kind, files)
    : { status: 'failed', passed: 0, failed: 0, skipped: 0, note: 'bygningen fejlede, intet testet' };
  stages.push({ name, seconds: (performance.now() - started) / 1000, ...result });
}

const started = performance.now();
stage('standarddata → dist', 'dist', 'default', []);

if (existsSync(realInput)) {
  stage('rigtige data → .cache/dist-real', '.cache/dist-real', 'real', ['data/published', relative(root, realInput)]);
} else {
  stages.push({ name: 'rigtige data', status: 'skipped', passed: 0, failed: 0, skipped: 0, seconds: 0, note: `${relative(root, realInput)} findes ikke` });
}

if (existsSync(boundaries)) {
  // build-geo removes the topology and its cache key when there is no boundary file; keep copies to put back.
  const kept = [topology, `${topology}.key`].filter((file) => existsSync(file)).map((file) => ({ file, copy: `${file}.e2e-${process.pid}` }));
  for (const { file, copy } of kept) copyFileSync(file, copy);
  const empty = mkdtempSync(join(tmpdir(), 'jobcentertjek-no-geo-'));
  try {
    stage('uden grænsefil → .cache/dist-tiles', '.cache/dist-tiles', 'tiles', [], { JOBCENTERTJEK_SHARED: empty, JOBCENTERTJEK_GEO: undefined }, TILES_FILES);
  } finally {
    rmSync(empty, { recursive: true, force: true });
    for (const { file, copy } of kept) {
      copyFileSync(copy, file);
      rmSync(copy);
    }
  }
} else {
  stages.push({ name: 'uden grænsefil', status: 'skipped', passed: 0, failed: 0, skipped: 0, seconds: 0, note: 'der er ingen grænsefil, så dist/ er allerede et flisekort' });
}

console.log(`\n── test:e2e på ${((performance.now() - started) / 1000).toFixed(0)} s ──`);
for (const s of stages) {
  const mark = s.status === 'ok' ? 'OK  ' : s.status === 'skipped' ? 'SKIP' : 'FEJL';
  console.log(`${mark} ${s.name.padEnd(36)} ${String(s.passed).padStart(3)} bestået, ${String(s.failed).padStart(2)} fejlet, ${String(s.skipped).padStart(2)} sprunget over  ${s.seconds.toFixed(0).padStart(3)} s${s.note ? `  (${s.note})` : ''}`);
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stages.some((s) => s.status === 'failed') ? 1 : 0);
