/**
 * Embeds and links: the "Indlejr" code puts the map (or a kommune's chart) into another page's iframe, with no site
 * chrome, the credit and a link back; "Kopiér link" copies the view with its state; a cold link shows the kommune.
 */
import { describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteDir } from '../support/site.ts';
import { useSite } from '../support/site-browser.ts';

const site = useSite();

/** The embed code from a page's "Indlejr" box, pointed at the local server instead of the public address. */
async function embedCode(path: string, within = ''): Promise<{ code: string; origin: string; page: Awaited<ReturnType<typeof site.open>> }> {
  const page = await site.open(path);
  const code = await page.locator(`${within} [data-embed-code]`.trim()).first().inputValue();
  return { code, origin: new URL(page.url()).origin, page };
}

describe('embeds and links', { timeout: 30_000 }, () => {
  test('the map\'s "Indlejr" code shows the map in an iframe: 98 kommuner, key, credit, link back, no site header', async () => {
    const { code, origin, page } = await embedCode('/');
    expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/indlejr\/kort\/[a-z-]+\/" title="[^"]+" width="100%" height="\d+"/);
    const local = code.replace(/src="https?:\/\/[^/]+/, `src="${origin}`);
    await page.setContent(`<!doctype html><html lang="da"><body><h1>En artikel</h1>${local}</body></html>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('svg.national a.k').count()).toBe(98);
    expect(await frame.locator('#map-legend').isVisible()).toBe(true);
    expect(await frame.locator('.embed-credit').textContent()).toMatch(/Kilde: .*Se det hele på Jobcentertjek/);
    expect(await frame.locator('header.site-header').count()).toBe(0);
    const box = (await page.locator('iframe').boundingBox())!;
    const content = await frame.locator('body').evaluate((b) => b.scrollHeight);
    expect(content, 'the suggested height fits the embed at this width').toBeLessThanOrEqual(box.height + 40);
    await page.close();
  });

  test("a kommune's chart embeds with its number, the trend and the credit", async () => {
    const { code, origin, page } = await embedCode('/kommune/koege/', 'article.indicator:nth-of-type(2)');
    const local = code.replace(/src="https?:\/\/[^/]+/, `src="${origin}`);
    await page.setContent(`<!doctype html><html lang="da"><body>${local}</body></html>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent()).toMatch(/^Køge: /);
    // One page per kommune: the #måling in the embed code shows that measure's chart and no other.
    const id = /#([a-z0-9-]+)"/.exec(code)![1]!;
    const shown = frame.locator('.embed-measure:visible');
    expect(await shown.count()).toBe(1);
    expect(await shown.getAttribute('id')).toBe(id);
    expect(await shown.locator('figure.trend svg').isVisible()).toBe(true);
    expect(await frame.locator('.embed-credit').textContent()).toContain('Kilde:');
    await page.close();
  });

  test('"Kopiér link" copies the address with the selected kommune and month', async () => {
    const page = await site.open('/?kommune=101');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-copy-link]').first().click();
    await expect.poll(() => page.locator('.share-tools .copied').first().textContent()).toBe('Linket er kopieret.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('kommune')).toBe('101');
    await page.close();
  });

  test('a cold link to a selected kommune on a phone shows that kommune on the screen', async () => {
    const phone = await launchBrowser({ width: 390, height: 844, touch: true });
    const server = await serveStatic(siteDir);
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/?kommune=400`); // Bornholm, far from the top of the page
      const shape = page.locator('svg.national a.k[data-code="400"]');
      await expect
        .poll(async () => {
          const box = await shape.boundingBox();
          return box !== null && box.y >= 0 && box.y + box.height <= 844;
        })
        .toBe(true);
      expect(await page.locator('.map-explorer .tooltip').textContent()).toContain('Bornholm');
    } finally {
      await phone.close();
      await server.close();
    }
  });

  test('the pages run without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
