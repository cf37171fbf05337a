/**
 * axe-core on the main page types: zero WCAG 2.0/2.1 A and AA violations. On failure the message lists each
 * violation's rule id, help text and the elements it hit, so it can be fixed without rerunning by hand.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-browser.ts';
import { readdirSync } from 'node:fs';
import { root, siteDir } from '../support/site.ts';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string | undefined }[];
}

async function axe(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

function report(path: string, violations: Violation[]): string {
  return [
    `${violations.length} axe-brud på ${path}:`,
    ...violations.map(
      (v) =>
        `  ${v.id} (${v.impact}): ${v.help} – ${v.helpUrl}\n${v.nodes
          .slice(0, 8)
          .map((n) => `      ${JSON.stringify(n.target)}  ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)
          .join('\n')}${v.nodes.length > 8 ? `\n      … og ${v.nodes.length - 8} til` : ''}`,
    ),
  ].join('\n');
}

const site = useSite();
/** A measure with a map embed (a share with kommune numbers in this build). */
const embedMeasure = readdirSync(join(siteDir, 'indlejr/kort'))[0]!;

describe('accessibility (axe-core: WCAG 2.2 AA and best practice)', { timeout: 60_000 }, () => {
  // On the tiles build only the front page differs from the default build.
  const paths = [
    '/',
    '/kommune/hoeje-taastrup/',
    '/tabel/',
    '/om-data/',
    '/soeg/',
    '/kommuner/',
    '/ordliste/',
    `/indlejr/kort/${embedMeasure}/`,
    '/indlejr/kommune/koege/',
  ];
  test.each(paths)('%s has no violations', async (path) => {
    const page = await site.open(path);
    const violations = await axe(page);
    if (violations.length > 0) console.error(report(path, violations));
    expect(
      violations.map((v) => v.id),
      report(path, violations),
    ).toEqual([]);
    await page.close();
  });

  test('the map with a kommune selected (and the tile view on, if there is a geographic map) has no violations', async () => {
    const page = await site.open('/?kommune=101');
    await page.locator('.map-explorer .tooltip').waitFor({ state: 'visible' });
    const toggle = page.locator('button[data-view="tiles"]');
    if ((await toggle.count()) > 0) await toggle.click();
    const violations = await axe(page);
    expect(
      violations.map((v) => v.id),
      report('/?kommune=101 (fliser)', violations),
    ).toEqual([]);
    await page.close();
  });
});
