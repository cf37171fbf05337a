/**
 * What the browser fetches works under the build's base path (SITE_URL's path; test:e2e builds one stage at
 * /jobcentertjek/, as a project's GitHub Pages site is served): another month on the map, the change map, the compare
 * page, search and "Hent alle data". Every request the pages make stays under the base path and is answered.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/lib/words/format.ts';
import { useSite } from '../support/site-browser.ts';
import { sampleData, siteBase, sitePath } from '../support/site.ts';

const site = useSite();

/** Every request a page makes and what came back (status 0: it failed). */
function watch(page: Page): { path: string; status: number }[] {
  const seen: { path: string; status: number }[] = [];
  page.on('requestfinished', async (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) seen.push({ path: url.pathname, status: (await request.response())?.status() ?? 0 });
  });
  page.on('requestfailed', (request) => seen.push({ path: new URL(request.url()).pathname, status: 0 }));
  return seen;
}
const outsideOrFailed = (seen: { path: string; status: number }[]) => seen.filter((r) => !r.path.startsWith(siteBase) || r.status >= 400 || r.status === 0);

describe(`fetches under ${siteBase}`, { timeout: 60_000 }, () => {
  test('the map fetches another month from under the base path and shows it', async () => {
    const page = await site.open('/');
    const seen = watch(page);
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[]; source: string };
    expect(data.source.startsWith(sitePath('/data/kort/'))).toBe(true);
    const previous = data.periods.at(-2)!;
    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(previous));
    expect(seen.map((r) => r.path)).toContain(data.source);
    // A kommune on the map links to its page under the base path, and the link works.
    const href = await page.locator('svg.national a.k[data-code="101"]').first().getAttribute('href');
    expect(href).toBe(sitePath('/kommune/koebenhavn/'));
    await page.goto(new URL(href!, page.url()).href);
    await expect.poll(() => page.locator('h1').textContent()).toBe('København');
    expect(outsideOrFailed(seen)).toEqual([]);
    await page.close();
  });

  test('the change map fetches its months from under the base path when another "Fra" month is chosen', async () => {
    const front = await site.open('/');
    const change = await front.locator('a', { hasText: 'Se ændringen mellem to måneder' }).first().getAttribute('href');
    await front.close();
    expect(change!.startsWith(siteBase)).toBe(true);
    const page = await site.open(change!.slice(siteBase.length - 1));
    const seen = watch(page);
    const data = JSON.parse((await page.locator('#change-data').textContent())!) as { periods: string[]; source: string; to: { period: string } };
    await page.locator('#change-from').selectOption(data.periods[0]!);
    await expect.poll(() => page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(data.periods[0]!)}`);
    expect(seen.map((r) => r.path)).toContain(data.source);
    expect(outsideOrFailed(seen)).toEqual([]);
    await page.close();
  });

  test('the compare page adds a kommune with numbers fetched from under the base path', async () => {
    const page = await site.open('/sammenlign/');
    const seen = watch(page);
    const input = page.getByLabel(/Tilføj en kommune/);
    await input.fill('Læsø');
    await input.press('Enter');
    await page.getByRole('button', { name: 'Fjern Esbjerg' }).click();
    await input.fill('Læsø');
    await input.press('Enter');
    await expect.poll(() => page.$$eval('svg.compare-chart g.compare-line', (gs) => gs.map((g) => g.getAttribute('data-slug')))).toContain('laesoe');
    expect(page.url()).toContain(`${sitePath('/sammenlign/')}?kommuner=`);
    // The table shows a year; each kommune's whole series is its CSV file, linked under the base path.
    await expect
      .poll(() => page.locator('[data-compare-table] a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .toContain(sitePath(sampleData ? '/kommune/laesoe-eksempeldata.csv' : '/kommune/laesoe.csv'));
    expect(outsideOrFailed(seen)).toEqual([]);
    await page.close();
  });

  test('search finds Køge and links to its page under the base path', async () => {
    const page = await site.open('/soeg/?q=k%C3%B8ge');
    const seen = watch(page);
    const first = page.locator('[data-search-results] li a').first();
    await expect.poll(() => first.getAttribute('href'), { timeout: 15_000 }).toBe(sitePath('/kommune/koege/'));
    await first.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Køge');
    expect(outsideOrFailed(seen)).toEqual([]);
    await page.close();
  });

  test('"Hent alle data" joins the 99 area files fetched from under the base path into one CSV', async () => {
    const page = await site.open('/om-data/#hent');
    const seen = watch(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-all-data-button]').click()]);
    const [header, ...rows] = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi']);
    expect(new Set(rows.map((row) => row.slice(0, 3))).size).toBe(99);
    const csvs = seen.filter((r) => r.path.endsWith('.csv'));
    expect(csvs).toHaveLength(99);
    expect(csvs.every((r) => r.path.startsWith(siteBase) && r.status === 200)).toBe(true);
    expect(outsideOrFailed(seen)).toEqual([]);
    await page.close();
  });

  test('the pages ran without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
