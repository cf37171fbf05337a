/** The front door on a phone: the finding, the map and "Find din kommune" on the first screen; the field forgives spelling. */
import { describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteDir } from '../support/site.ts';
import { useSite } from '../support/site-browser.ts';

const site = useSite();

describe('front door', { timeout: 30_000 }, () => {
  test('on a 390×844 phone the first screen shows the finding, the find field and the map', async () => {
    const phone = await launchBrowser({ width: 390, height: 844, touch: true });
    const server = await serveStatic(siteDir);
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/`);
      const headline = (await page.locator('#map-headline').boundingBox())!;
      const field = (await page.locator('#find-input').boundingBox())!;
      const map = (await page.locator('svg.national').boundingBox())!;
      expect(headline.y + headline.height, 'the finding').toBeLessThan(844);
      expect(field.y + field.height, 'the find field').toBeLessThan(844);
      expect(field.width, 'a field wide enough to type in').toBeGreaterThan(200);
      expect(map.y, 'at least 200 px of the map on the first screen (below the sample banner in the demo)').toBeLessThan(844 - 200);
      expect(map.width).toBeGreaterThan(330);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling of the page').toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
      await server.close();
    }
  });

  test.each([
    ['koge', 'Køge', '/kommune/koege/'],
    ['aarhus', 'Aarhus', '/kommune/aarhus/'],
    ['høje taastrup', 'Høje-Taastrup', '/kommune/hoeje-taastrup/'],
    ['jobcenter køge', 'Køge', '/kommune/koege/'],
  ])('typing "%s" suggests %s first, and Enter opens its page', async (query, name, path) => {
    const page = await site.open('/');
    await page.locator('#find-input').fill(query);
    const first = page.locator('[data-find-suggestions] a').first();
    await expect.poll(() => first.textContent()).toBe(name);
    expect(await first.getAttribute('href')).toBe(path);
    await Promise.all([page.waitForURL(`**${path}`), page.locator('#find-input').press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.close();
  });

  test('a name that matches nothing says so and stays on the page', async () => {
    const page = await site.open('/');
    await page.locator('#find-input').fill('xyzzy');
    await page.locator('#find-input').press('Enter');
    await expect.poll(() => page.locator('#find-status').textContent()).toContain('Ingen kommune passer');
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
