/**
 * npm run test:e2e — builds the site and tests the result in Chromium (vitest project "site"), one build at a time:
 *   1. real:     the embedded default data (data/published + data/releases) → dist/, with no ../shared in reach   SITE_DATA=real
 *   2. demo:     the same plus the generated sample numbers (--demo) → .cache/dist-demo                            SITE_DATA=demo
 *   3. releases: a test archive of two releases, the second revising three values and adding a month
 *                (test/support/release-fixtures.ts) → .cache/dist-releases                                          SITE_DATA=releases
 *   4. base path: the embedded data built for https://eksempel.github.io/jobcentertjek/ (a project's GitHub Pages
 *                address) on the day after its release → .cache/dist-base; only the crawl, the browser fetches and
 *                the freshness tests run there (the rest is the same build as stage 1)                              SITE_DATA=real
 * A failed step does not stop the others; the exit code is non-zero if any step failed. Extra arguments go to vitest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeReleaseArchive } from '../test/support/release-fixtures.ts';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const extraArgs = process.argv.slice(2);
const RELEASE_FILES = ['test/site/built-site.test.ts', 'test/site/releases.test.ts'];
const BASE_PATH_FILES = ['test/site/links.test.ts', 'test/site/base-path.test.ts', 'test/site/freshness.test.ts'];

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

function build(out: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n── Bygger ${out}/ (${args.length ? args.join(' ') : 'indlejrede standarddata'}) ──`);
  return run(process.execPath, ['scripts/build-site.ts', ...args, '--out', out], env);
}

function vitest(out: string, kind: string, files: string[] = [], env: NodeJS.ProcessEnv = {}): Omit<Stage, 'name' | 'seconds'> {
  const report = join(mkdtempSync(join(tmpdir(), 'jobcentertjek-e2e-')), 'vitest.json');
  console.log(`\n── Tester ${out}/ (SITE_DATA=${kind}) ──`);
  const ok = run(
    join(root, 'node_modules/.bin/vitest'),
    ['run', '--project', 'site', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs],
    {
      ...env,
      SITE_DIR: out,
      SITE_DATA: kind,
    },
  );
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
      numTodoTests: number;
      numFailedTestSuites: number;
    };
    // A file that fails to load fails no single test: count it, so a red run never prints "0 failed".
    counts = {
      passed: json.numPassedTests,
      failed: json.numFailedTests || (ok ? 0 : Math.max(1, json.numFailedTestSuites)),
      skipped: json.numPendingTests + json.numTodoTests,
    };
  }
  rmSync(resolve(report, '..'), { recursive: true, force: true });
  return { status: ok ? 'ok' : 'failed', ...counts };
}

function stage(name: string, out: string, kind: string, args: string[], env: NodeJS.ProcessEnv = {}, files: string[] = []): void {
  const started = performance.now();
  const built = build(out, args, env);
  const result: Omit<Stage, 'name' | 'seconds'> = built
    ? vitest(out, kind, files, env)
    : { status: 'failed', passed: 0, failed: 0, skipped: 0, note: 'bygningen fejlede, intet testet' };
  stages.push({ name, seconds: (performance.now() - started) / 1000, ...result });
}

const started = performance.now();
// The default build must not need ../shared: point every way to it at an empty folder.
const noShared = mkdtempSync(join(tmpdir(), 'jobcentertjek-uden-shared-'));
try {
  stage('rigtige data → dist', 'dist', 'real', [], { JOBCENTERTJEK_SHARED: noShared, JOBCENTERTJEK_GEO: '', JOBCENTERTJEK_INPUT: '' });
} finally {
  rmSync(noShared, { recursive: true, force: true });
}
stage('demo (eksempeldata) → .cache/dist-demo', '.cache/dist-demo', 'demo', ['--demo']);

const archive = join(root, '.cache/test-releases');
rmSync(archive, { recursive: true, force: true });
makeReleaseArchive(archive);
stage('to udgivelser → .cache/dist-releases', '.cache/dist-releases', 'releases', ['--input', archive], {}, RELEASE_FILES);
// Built the day after its release, so the footer has nothing to warn about (stage 1, built today, does).
stage(
  'under /jobcentertjek/ → .cache/dist-base',
  '.cache/dist-base',
  'real',
  [],
  { SITE_URL: 'https://eksempel.github.io/jobcentertjek/', JOBCENTERTJEK_BUILD_TIME: '2026-08-23T05:17:00Z' },
  BASE_PATH_FILES,
);

console.log(`\n── test:e2e på ${((performance.now() - started) / 1000).toFixed(0)} s ──`);
for (const s of stages) {
  const mark = s.status === 'ok' ? 'OK  ' : s.status === 'skipped' ? 'SKIP' : 'FEJL';
  console.log(
    `${mark} ${s.name.padEnd(40)} ${String(s.passed).padStart(3)} bestået, ${String(s.failed).padStart(2)} fejlet, ${String(s.skipped).padStart(2)} sprunget over  ${s.seconds.toFixed(0).padStart(3)} s${s.note ? `  (${s.note})` : ''}`,
  );
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stages.some((s) => s.status === 'failed') ? 1 : 0);
