/** With JavaScript off (javaScriptEnabled: false): the map is still a coloured map, and a kommune page still reads. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-browser.ts';

const site = useSite({ javaScript: false });

describe('without JavaScript', { timeout: 30_000 }, () => {
  test('the front page shows the map with coloured kommuner, and no controls that need JavaScript', async () => {
    const page = await site.open('/');
    const map = page.locator('svg.national');
    expect(await map.isVisible()).toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(200);
    const colours = await map.locator('a.k path, a.k rect').evaluateAll((shapes) => shapes.map((s) => getComputedStyle(s).fill));
    expect(colours).toHaveLength(98);
    const solid = new Set(colours.filter((c) => c.startsWith('rgb')));
    expect(solid.size, `farver: ${[...solid].join(', ')}`).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#period-slider').isVisible(), 'periodeskyderen vises, men virker ikke uden JavaScript').toBe(false);
    const toggle = page.locator('.view-toggle');
    if ((await toggle.count()) > 0) expect(await toggle.isVisible(), 'knapperne Kort/Fliser vises, men virker ikke uden JavaScript').toBe(false);
    expect(
      await page
        .getByRole('link', { name: /^København(, KBH)?: / })
        .first()
        .getAttribute('href'),
    ).toBe('/kommune/koebenhavn/');
    await page.close();
  });

  test("/tabel/ shows every measure's column and no filters that need JavaScript", async () => {
    const page = await site.open('/tabel/');
    const shown = await page.$$eval('table.data-table thead th[data-topic]', (ths) => ths.filter((th) => getComputedStyle(th).display !== 'none').length);
    expect(shown).toBe(await page.locator('table.data-table thead th[data-topic]').count());
    expect(await page.locator('#filter-topic').isVisible(), 'filtrene vises, men virker ikke uden JavaScript').toBe(false);
    expect(await page.getByRole('link', { name: 'Køge', exact: true }).isVisible()).toBe(true);
    await page.close();
  });

  test('"Find din kommune" leads to the list of all kommuner, and from there to the kommune\'s page', async () => {
    const page = await site.open('/');
    await page.locator('#find-input').fill('koge');
    await Promise.all([page.waitForURL(/\/kommuner\//), page.locator('form[data-find] button[type="submit"]').click()]);
    expect(await page.locator('h1').textContent()).toBe('Alle 98 kommuner');
    expect(await page.locator('.letters a').count()).toBe(98);
    await Promise.all([page.waitForURL(/\/kommune\/koege\//), page.getByRole('link', { name: 'Køge', exact: true }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Køge');
    await page.close();
  });

  test('a kommune page shows its numbers and the national comparison', async () => {
    const page = await site.open('/kommune/koege/');
    expect(await page.locator('h1').textContent()).toBe('Køge');
    const figures = page.locator('.big-value');
    expect(await figures.count()).toBeGreaterThan(1);
    expect(await figures.first().isVisible()).toBe(true);
    expect(await figures.allTextContents()).toContainEqual(expect.stringMatching(/^\d+,\d\u00a0%$/));
    expect(await page.getByText('Hele landet', { exact: true }).first().isVisible()).toBe(true);
    // The numbers behind the first trend chart open without JavaScript, newest month first, matching the big number.
    const block = page.locator('article.indicator').first();
    await block.locator('details.numbers summary').click();
    const newest = block.locator('details.numbers tbody tr').first();
    expect(await newest.isVisible()).toBe(true);
    expect(await newest.locator('td').first().textContent()).toBe(await block.locator('.big-value').first().textContent());
    await page.close();
  });
});
