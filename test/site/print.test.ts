/**
 * Printing: a kommune page is a fact sheet of at most two A4 pages with the address, the data's date and the credit,
 * no navigation, the numbers behind the charts open; the front page prints the map and its key on one page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site-browser.ts';
import { registry, siteKind } from '../support/site.ts';

const site = useSite();

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('print', { timeout: 60_000 }, () => {
  // The published edition's pages (two headline measures and the background table). The demo build, with eleven
  // generated headline measures, prints longer: a compact print summary for many measures is still to come.
  test.runIf(siteKind === 'real').each(['koebenhavn', 'laesoe', 'aarhus', 'hoeje-taastrup'].filter((slug) => registry.some((k) => k.slug === slug)))(
    '/kommune/%s/ prints on at most two A4 pages',
    async (slug) => {
      const page = await site.open(`/kommune/${slug}/`);
      const pages = await pdfPages(page);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.close();
    },
  );

  test('in print a kommune page has no navigation or buttons, the numbers open, and the address, date and credit', async () => {
    const page = await site.open('/kommune/koege/');
    const meta = page.locator('.print-meta');
    expect(await meta.isVisible(), 'the print line is for paper only').toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('button:visible').count()).toBe(0);
    expect(await meta.isVisible()).toBe(true);
    const text = (await meta.textContent())!;
    expect(text).toContain('/kommune/koege/');
    expect(text).toMatch(/Tal til og med [a-zæøå]+ \d{4}/);
    expect(text).toContain('Kilde:');
    const numbers = page.locator('details.numbers tbody tr').first();
    expect(await numbers.isVisible(), 'the numbers behind the chart are printed').toBe(true);
    await page.close();
  });

  test('the front page prints the map with its key on one page', async () => {
    const page = await site.open('/');
    expect(await pdfPages(page)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('svg.national').isVisible()).toBe(true);
    expect(await page.locator('#map-legend').isVisible()).toBe(true);
    expect(await page.locator('.picker').isVisible()).toBe(false);
    await page.close();
  });
});
