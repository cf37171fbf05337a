/**
 * The first screen answers (issue 19): on a 1280×800 desktop the map and the worst and best lists, with a visible
 * switch between the month and the change since last year; on a 390×844 phone a key on the map; on a kommune page what
 * is known about a topic without kommune figures; the phone menu holds Sammenlign; change maps leave small groups
 * uncoloured. Screenshots of the three first screens go to /work/shots/19/ (or SHOTS_DIR) for the closing note.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { sampleData, siteDir, siteKind } from '../support/site.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const shots = process.env['SHOTS_DIR'] ?? '/work/shots/19';
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(siteDir);
  mkdirSync(shots, { recursive: true });
}, 30_000);
afterAll(async () => {
  await server?.close();
});

async function withPage<T>(screen: { width: number; height: number }, path: string, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await launchBrowser({ ...screen, touch: screen.width < 500 });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    return await run(page);
  } finally {
    await context.close();
  }
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

describe('the first screen', { timeout: 60_000 }, () => {
  test('1280×800: the map, the worst and best lists and the month/change switch are on the first screen', async () => {
    await withPage(DESKTOP, '/', async (page) => {
      const map = await box(page, 'svg.national');
      expect(map.y, 'the map starts on the first screen').toBeLessThan(500);
      expect(DESKTOP.height - map.y, 'at least 300 px of the map shown').toBeGreaterThan(300);
      for (const rank of ['worst', 'best']) {
        const list = await box(page, `[data-rank="${rank}"]`);
        expect(list.y + list.height, `the whole ${rank} list`).toBeLessThanOrEqual(DESKTOP.height);
        expect(list.x, `the ${rank} list beside the map`).toBeGreaterThan(map.x + map.width);
      }
      const month = page.locator('.map-switch a', { hasText: 'Måned' });
      const change = page.locator('.map-switch a', { hasText: 'Ændring siden sidste år' });
      if ((await page.locator('.map-switch').count()) > 0) {
        expect(await month.getAttribute('aria-current')).toBe('page');
        const b = (await change.boundingBox())!;
        expect(b.y + b.height, 'the switch on the first screen').toBeLessThan(DESKTOP.height);
        await change.click();
        await page.waitForURL(/\/aendring\/$/);
        await expect.poll(() => page.locator('h1').innerText()).toMatch(/./);
      }
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      await page.screenshot({ path: join(shots, 'front-1280x800.png') });
    });
  });

  test('390×844: a key with every colour class on the map, on the first screen; the map not pushed down', async () => {
    await withPage(PHONE, '/', async (page) => {
      const map = await box(page, 'svg.national');
      const swatches = page.locator('.key-compact .swatch');
      const legendClasses = await page.locator('#map-legend [data-class]:not([data-class="-1"])').count();
      expect(await swatches.count(), 'one swatch per colour class').toBe(legendClasses);
      for (const swatch of await swatches.all()) {
        const b = (await swatch.boundingBox())!;
        expect(await swatch.isVisible()).toBe(true);
        expect(b.y + b.height, 'a swatch on the first screen').toBeLessThan(PHONE.height);
        expect(b.y, 'the key on the map').toBeGreaterThanOrEqual(map.y - 1);
      }
      expect(map.y, 'at least 200 px of the map on the first screen').toBeLessThan(PHONE.height - 200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no sideways scrolling').toBeLessThanOrEqual(PHONE.width);
      await page.screenshot({ path: join(shots, 'front-390x844.png') });
    });
  });

  test.each([PHONE, DESKTOP])('a kommune page on %o says on its first screen what is known about a topic without kommune figures', async (screen) => {
    await withPage(screen, '/kommune/aarhus/', async (page) => {
      const missing = await page.locator('section[aria-labelledby^="emne-"]').count();
      const title = await page.title();
      if (missing === 0) {
        expect(await page.locator('[data-answer]').count()).toBe(0);
        return;
      }
      const answer = page.locator('p[data-answer]').first();
      const text = await answer.innerText();
      expect(text).toMatch(/ingen tal pr\. kommune/);
      expect(text, 'the newest national figure, with its month and age').toMatch(
        /nyeste landstal er [\d,]+\s?%? fra \p{L}+ \d{4}(, \d+ år før sidens nyeste tal)?\./u,
      );
      const b = (await answer.boundingBox())!;
      expect(b.y + b.height, 'the sentence on the first screen').toBeLessThan(screen.height);
      const href = await answer.locator('a').getAttribute('href');
      expect(await page.locator(href!).count(), 'the link leads to the explanation on the page').toBe(1);
      const topic = (await answer.locator('strong').innerText()).replace(':', '').toLowerCase();
      expect(title.toLowerCase(), 'the title promises the topic only as national figures').toMatch(new RegExp(`kun landstal: [^)]*${topic}`));
      if (screen === PHONE) await page.screenshot({ path: join(shots, 'kommune-390x844.png') });
    });
  });

  test.each([PHONE, DESKTOP])('the menu on %o holds Sammenlign, on the screen, without sideways scrolling', async (screen) => {
    await withPage(screen, '/', async (page) => {
      const link = page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Sammenlign' });
      expect(await link.isVisible()).toBe(true);
      const b = (await link.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(screen.width);
      expect(b.height, 'a link big enough to tap').toBeGreaterThanOrEqual(24);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
      await link.click();
      await page.waitForURL(/\/sammenlign\/$/);
    });
  });

  const changeMaps = readdirSync(join(siteDir, 'kort')).filter((id) => existsSync(join(siteDir, 'kort', id, 'aendring', 'index.html')));
  test.each([PHONE, DESKTOP])('on %o, change maps colour no small group: Læsø and the other few-people kommuner grey, named in the key', async (screen) => {
    let mutedSeen = 0;
    for (const id of changeMaps.slice(0, 3)) {
      await withPage(screen, `/kort/${id}/aendring/`, async (page) => {
        const shapes = await page.locator('svg.national .k').evaluateAll((nodes) =>
          nodes.map((n) => ({
            label: n.getAttribute('aria-label') ?? n.querySelector('title')?.textContent ?? '',
            fill: getComputedStyle(n.querySelector('path, rect')!).fill,
          })),
        );
        const muted = shapes.filter((s) => s.label.includes('for få personer til at farve'));
        for (const s of muted) expect(s.fill, s.label).toBe('rgb(228, 228, 228)');
        for (const s of shapes.filter((x) => !x.label.includes('for få personer'))) expect(s.fill, s.label).not.toBe('rgb(228, 228, 228)');
        if (muted.length > 0) expect(await page.locator('.muted-key').isVisible()).toBe(true);
        if (siteKind === 'real' && id === changeMaps[0]) expect(muted.map((s) => s.label.split(':')[0])).toContain('Læsø');
        mutedSeen += muted.length;
      });
    }
    expect(mutedSeen, 'some small group on the change maps').toBeGreaterThan(0);
  });

  test.each([PHONE, DESKTOP])(
    'on %o every chart card offers PNG and SVG with title, source and period, a link to its anchor and a citation',
    async (screen) => {
      await withPage(screen, '/kommune/aarhus/', async (page) => {
        await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
        const cards = page.locator('article.indicator');
        const count = await cards.count();
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          const card = cards.nth(i);
          const id = (await card.getAttribute('id'))!;
          expect(await card.locator('[data-card-image] button', { hasText: 'PNG' }).isVisible(), `${id}: PNG`).toBe(true);
          expect(await card.locator('[data-card-image] button', { hasText: 'SVG' }).isVisible(), `${id}: SVG`).toBe(true);
          expect(await card.locator('.citation [data-citation]').innerText(), `${id}: citation`).toMatch(
            /^Kilde: jobindsats\.dk(, tabel [A-Z0-9]+)?(, hentet \d+\. \p{L}+ \d{4})? \(via Jobcentertjek\)\./u,
          );
        }
        const first = cards.first();
        const id = (await first.getAttribute('id'))!;
        const title = await first.locator('h3').innerText();
        const [svgFile] = await Promise.all([page.waitForEvent('download'), first.locator('[data-card-image] button', { hasText: 'SVG' }).click()]);
        expect(svgFile.suggestedFilename()).toMatch(
          sampleData ? /^jobcentertjek-aarhus-[a-z0-9-]+-eksempeldata\.svg$/ : /^jobcentertjek-aarhus-[a-z0-9-]+\.svg$/,
        );
        const svg = readFileSync((await svgFile.path())!, 'utf8');
        const words = svg
          .replace(/<style>.*?<\/style>/s, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
        expect(words).toContain('Aarhus: ');
        expect(words, 'the source').toMatch(/Kilde: jobindsats\.dk[,(]/);
        expect(words, 'the period').toMatch(/Tal for \p{L}+ \d{4}–\p{L}+ \d{4}\./u);
        expect(svg, 'the chart itself').toContain('class="kommune"');
        if (sampleData) expect(words, 'the demo label').toContain('Eksempeldata – ikke officielle tal');
        else expect(svg).not.toContain('Eksempeldata');
        const [pngFile] = await Promise.all([page.waitForEvent('download'), first.locator('[data-card-image] button', { hasText: 'PNG' }).click()]);
        expect(pngFile.suggestedFilename()).toMatch(/\.png$/);
        const png = readFileSync((await pngFile.path())!);
        expect(png.subarray(1, 4).toString(), 'a PNG file').toBe('PNG');
        expect(statSync((await pngFile.path())!).size).toBeGreaterThan(5000);
        await first.locator('[data-copy-link]').click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/kommune/aarhus/#${id}$`));
        await first.locator('[data-copy-citation]').click();
        await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Kilde: jobindsats\.dk[, ]/);
        expect(title.length).toBeGreaterThan(0);
      });
    },
  );

  test.each(['/', '/tabel/'])('%s carries the same citation line beside the map or table', async (path) => {
    await withPage(DESKTOP, path, async (page) => {
      expect(await page.locator('.citation [data-citation]').first().innerText()).toMatch(
        /^Kilde: jobindsats\.dk(, tabel(lerne)? [A-Z0-9, ]+)?(, hentet [^()]+)? \(via Jobcentertjek\)\./,
      );
    });
  });

  test.each([PHONE, DESKTOP])('on %o a topic search ("aktivering") shows method, law and glossary pages before the kommune pages, grouped', async (screen) => {
    await withPage(screen, '/soeg/?q=aktivering', async (page) => {
      await page.waitForFunction(() => /for "aktivering"/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      const first = await page.locator('[data-search-results] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(first.length, 'pages that explain the topic').toBeGreaterThan(0);
      expect(
        first.some((p) => p.includes('/kommune/')),
        'no kommune page among them',
      ).toBe(false);
      expect(
        first.some((p) => /\/(om-data|loven|ordliste)\/$/.test(p)),
        'the method, the law or the glossary',
      ).toBe(true);
      expect(await page.locator('[data-search-kommuner-heading]').innerText()).toBe('Kommunesider');
      const kommuner = await page.locator('[data-search-kommuner] li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(kommuner.length).toBeGreaterThan(0);
      expect(kommuner.every((p) => p.includes('/kommune/'))).toBe(true);
      const topicBox = await box(page, '[data-search-results]');
      const kommuneBox = await box(page, '[data-search-kommuner]');
      expect(kommuneBox.y, 'the kommune pages after the topic pages').toBeGreaterThan(topicBox.y + topicBox.height - 1);
    });
    await withPage(screen, '/soeg/?q=k%C3%B8ge', async (page) => {
      await page.waitForFunction(() => /for "køge"/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toMatch(/\/kommune\/koege\/$/);
    });
  });

  test.each([PHONE, DESKTOP])('on %o the /tabel/ name filter puts exact and prefix matches first: "aar" shows Aarhus before Lyngby-Taarbæk', async (screen) => {
    await withPage(screen, '/tabel/', async (page) => {
      const names = () =>
        page
          .locator('table.data-table tbody tr:not([hidden]) th[scope="row"]')
          .evaluateAll((ths) => ths.map((th) => th.textContent?.trim() ?? '').filter((name) => name !== 'Hele landet'));
      const before = await names();
      await page.locator('#filter-name').fill('aar');
      await expect.poll(async () => (await names()).length).toBeLessThan(before.length);
      const shown = await names();
      expect(shown).toContain('Lyngby-Taarbæk');
      expect(shown[0]).toBe('Aarhus');
      await page.locator('#filter-name').fill('');
      await expect.poll(names, { message: 'clearing the field brings back the order shown before' }).toEqual(before);
    });
  });

  test("390×844: the map tooltip of a kommune at the screen's bottom edge opens inside the screen", async () => {
    const context = await launchBrowser({ ...PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'load' });
      const code = '540'; // Sønderborg, in the south: scrolled to the bottom edge of the screen
      const shape = page.locator(`svg.national a.k[data-code="${code}"]`);
      const b = (await shape.boundingBox())!;
      await page.evaluate((dy) => window.scrollBy(0, dy), b.y + b.height - (PHONE.height - 10));
      const c = (await shape.boundingBox())!;
      await page.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
      const tooltip = page.locator('.map-explorer .tooltip');
      await tooltip.waitFor({ state: 'visible', timeout: 3000 });
      const t = (await tooltip.boundingBox())!;
      expect(t.y, 'not above the screen').toBeGreaterThanOrEqual(0);
      expect(t.y + t.height, 'not below the screen').toBeLessThanOrEqual(PHONE.height);
      expect(t.x + t.width).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await context.close();
    }
  });

  test('390×844: the kommune background table reads without sideways scrolling', async () => {
    await withPage(PHONE, '/kommune/aarhus/', async (page) => {
      const scroller = page.locator('#baggrund + .table-scroll, section[aria-labelledby="baggrund"] .table-scroll').first();
      if ((await scroller.count()) === 0) return;
      const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
      expect(scrollWidth, 'nothing beyond the edge').toBeLessThanOrEqual(clientWidth + 1);
      const cell = scroller.locator('td[data-label="Hele landet"]').first();
      const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label, 'each value under its column name').toBe('"Hele landet"');
      expect(await cell.isVisible()).toBe(true);
    });
  });
});
