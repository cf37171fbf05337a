/**
 * How fresh the numbers are, as a page says it: every page's footer (every embed's credit) names the release and the
 * newest month, and when the release is more than 45 days older than the build, every page says plainly that the
 * numbers may be out of date. /data/status.json says the same for monitors. test:e2e builds the default site today
 * (months after its release: stale) and the base-path stage on the day after the release (fresh).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDate, formatPeriod } from '../../src/lib/words/format.ts';
import { readPage, root, siteFiles, siteKind, siteStatus, textOf } from '../support/site.ts';

const WARNING = 'Tallene kan være forældede';
const pages = siteFiles()
  .filter((p) => p.endsWith('.html'))
  .map((p) => ({ path: p, html: readPage(p) }));
const footerOf = (html: string) => textOf(/<footer class="site-footer">([\s\S]*?)<\/footer>/.exec(html)?.[1] ?? '');
const creditOf = (html: string) => textOf(/<p class="embed-credit">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
const injected = process.env['JOBCENTERTJEK_BUILD_TIME'];
/** The newest release in the archive: what a build of the embedded data shows (today 2026-08-22; later, newer ones). */
const newestArchived = readdirSync(join(root, 'data/releases'))
  .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
  .sort()
  .at(-1);
const embeddedFirst = siteKind !== 'releases' && siteStatus.release?.id === '2026-08-22';

describe('freshness', () => {
  test('/data/status.json names the release, the newest period of each measure, the build time and the commit', () => {
    expect(siteStatus.release?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (siteKind !== 'releases') expect(siteStatus.release?.id).toBe(newestArchived);
    expect(siteStatus.newestPeriod).toMatch(/^\d{4}M\d{2}$/);
    const newestOfMeasures = Object.values(siteStatus.measures)
      .map((m) => m.newestPeriod ?? '')
      .sort()
      .at(-1);
    expect(newestOfMeasures).toBe(siteStatus.newestPeriod);
    expect(Object.keys(siteStatus.measures)).toContain('aktiveringsgrad-kontanthjaelp');
    expect(Number.isNaN(Date.parse(siteStatus.builtAt))).toBe(false);
    expect(siteStatus.commit === null || /^[0-9a-f]{40}$/.test(siteStatus.commit)).toBe(true);
    const age = Math.floor((Date.parse(siteStatus.builtAt) - Date.parse(`${siteStatus.release!.retrieved}T00:00:00Z`)) / 86_400_000);
    expect(siteStatus.ageDays).toBe(age);
    expect(siteStatus.stale).toBe(age > siteStatus.staleAfterDays);
    expect(siteStatus.staleAfterDays).toBe(45);
  });

  test('every page says which release it shows and the newest month: in the footer, or in an embed’s credit', () => {
    const line = `Tal fra jobindsats.dk hentet ${formatDate(siteStatus.release!.retrieved!)} · nyeste måned ${formatPeriod(siteStatus.newestPeriod)}`;
    expect(siteStatus.freshness).toBe(line);
    const missing = pages.filter(({ html }) => !(html.includes('class="site-footer"') ? footerOf(html) : creditOf(html)).includes(line)).map((p) => p.path);
    expect(missing, `mangler "${line}"`).toEqual([]);
    if (embeddedFirst) expect(line).toBe('Tal fra jobindsats.dk hentet 22. august 2026 · nyeste måned juli 2026');
  });

  test('the pages say plainly that the numbers may be out of date exactly when the release is over 45 days old', () => {
    const warned = pages.filter(({ html }) => textOf(html).includes(WARNING)).length;
    expect(warned).toBe(siteStatus.stale ? pages.length : 0);
    if (siteStatus.stale) {
      expect(footerOf(readPage('/kommune/aarhus/'))).toContain(`${WARNING}: de blev hentet for ${siteStatus.ageDays} dage siden`);
    }
  });

  test.runIf(injected)('a build time given by JOBCENTERTJEK_BUILD_TIME is the one the site states', () => {
    expect(siteStatus.builtAt).toBe(new Date(injected!).toISOString());
  });

  test.runIf(!injected && embeddedFirst)('a build today of the embedded release of 22 August 2026, months old, warns', () => {
    expect(siteStatus.stale).toBe(true);
    expect(footerOf(readPage('/'))).toContain(WARNING);
  });
});
