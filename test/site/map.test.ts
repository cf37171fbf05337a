/**
 * The map on the front page in Chromium: hover, keyboard, period slider, measure links, URL state and the
 * tile view (one equal tile per kommune), which takes over the keyboard when it is shown.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatPeriod } from '../../src/lib/words/format.ts';
import { launchBrowser } from '../support/browser.ts';
import { openWithRenamedField, useSite } from '../support/site-browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { readPage, registry, sampleData, siteDir, sitePath } from '../support/site.ts';

const activeMap = 'svg.national';
const nameOf = new Map(registry.map((k) => [k.code, k.name]));
const slugOf = new Map(registry.map((k) => [k.code, k.slug]));
const VALUE = /(\d{1,3}(\.\d{3})*(,\d)?(\u00a0%)?|ikke offentliggjort)/;

/** "Herning: 12,3 %" as the server wrote it into the front page's map (the newest period). */
function serverLabel(code: string): string {
  const match = new RegExp(`<a [^>]*data-code="${code}"[^>]*aria-label="([^"]*)"`).exec(readPage('/'));
  if (!match) throw new Error(`forsiden har intet kort-link med data-code="${code}"`);
  return match[1]!;
}

const focusedCode = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('a.k')?.getAttribute('data-code') ?? null);

/** Tabs from the top of the page until a kommune in the keyboard map has focus; returns how many presses it took. */
async function tabIntoMap(page: Page): Promise<number> {
  for (let presses = 1; presses <= 100; presses++) {
    await page.keyboard.press('Tab');
    const inMap = await page.evaluate(() => document.activeElement?.matches('[data-keyboard-map] a.k') ?? false);
    if (inMap) return presses;
  }
  throw new Error('100 tryk på Tab nåede aldrig en kommune på kortet');
}

/** The viewport point over a kommune's label point (inside its shape), after scrolling it into view. */
async function pointOver(page: Page, code: string): Promise<{ x: number; y: number }> {
  await page.locator(`${activeMap} a.k[data-code="${code}"]`).scrollIntoViewIfNeeded();
  const point = await page.evaluate(
    ([selector, code]) => {
      const a = document.querySelector<SVGAElement>(`${selector} a.k[data-code="${code}"]`)!;
      const svg = a.closest('svg')!;
      const p = svg.createSVGPoint();
      p.x = Number(a.dataset['x']);
      p.y = Number(a.dataset['y']);
      const screen = p.matrixTransform(svg.getScreenCTM()!);
      const hit = document.elementFromPoint(screen.x, screen.y)?.closest('a.k')?.getAttribute('data-code');
      return { x: screen.x, y: screen.y, hit };
    },
    [activeMap, code] as const,
  );
  expect(point.hit, `punktet midt i ${code} rammer ${point.hit}`).toBe(code);
  return point;
}

const fills = (page: Page, selector = activeMap) =>
  page.$$eval(`${selector} a.k[data-code]`, (links) =>
    Object.fromEntries(links.map((a) => [a.getAttribute('data-code')!, a.querySelector('path, rect')!.getAttribute('fill')!])),
  );

const site = useSite();

describe('map', { timeout: 30_000 }, () => {
  test('hovering a kommune shows a tooltip with its name and value', async () => {
    const page = await site.open('/');
    const tooltip = page.locator('.map-explorer .tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(false);
    const { x, y } = await pointOver(page, '657');
    await page.mouse.move(x, y);
    await tooltip.waitFor({ state: 'visible', timeout: 3000 });
    const text = (await tooltip.textContent())!;
    expect(text).toContain(serverLabel('657')); // "Herning: 12,3 %" for the newest period
    expect(text).toContain('Gå til Herning');
    await page.mouse.move(1, 1);
    await tooltip.waitFor({ state: 'hidden', timeout: 3000 });
    await page.close();
  });

  test('Tab reaches the map at one kommune (a single tab stop); arrows move between kommuner and say name and value', async () => {
    const page = await site.open('/');
    await tabIntoMap(page);
    expect(await page.locator('a.k[tabindex="0"]').count(), 'kun én kommune må være tab-stop').toBe(1);
    expect(await page.locator(`${activeMap} a.k[tabindex="0"]`).count()).toBe(1);
    const first = (await focusedCode(page))!;
    expect(await page.locator(`${activeMap} a.k[tabindex="0"]`).getAttribute('data-code')).toBe(first);

    const visited = [first];
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) {
      const before = (await focusedCode(page))!;
      await page.keyboard.press(key);
      const after = await focusedCode(page);
      expect(after, `${key} fra ${nameOf.get(before)} flyttede ikke fokus`).not.toBeNull();
      if (key === 'ArrowRight' || key === 'ArrowDown') expect(after, `${key} fra ${nameOf.get(before)}`).not.toBe(before);
      visited.push(after!);
      const name = nameOf.get(after!)!;
      const label = (await page.locator(`${activeMap} a.k[data-code="${after}"]`).getAttribute('aria-label'))!;
      // "Herning: 12,3 %" on the map; tiles add their visible abbreviation: "Herning, HER: 12,3 %".
      const prefix = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(, [A-ZÆØÅ]{2,4})?: `).exec(label);
      expect(prefix, label).not.toBeNull();
      expect(label.slice(prefix![0].length)).toMatch(VALUE);
      const tooltip = page.locator('.map-explorer .tooltip');
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toContain(serverLabel(after!));
      expect(await page.locator('a.k[tabindex="0"]').count()).toBe(1);
      expect(await page.locator(`${activeMap} a.k[tabindex="0"]`).getAttribute('data-code')).toBe(after);
    }
    expect(new Set(visited).size).toBeGreaterThan(1);
    await page.close();
  });

  test('Enter on a focused kommune opens its page', async () => {
    const page = await site.open('/');
    await tabIntoMap(page);
    await page.keyboard.press('ArrowDown');
    const code = (await focusedCode(page))!;
    await Promise.all([page.waitForURL(`**/kommune/${slugOf.get(code)}/`), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(nameOf.get(code));
    await page.close();
  });

  test('ArrowLeft on the period slider fetches the previous month on demand: new colours and a new period label', async () => {
    const page = await site.open('/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[]; source: string; current: { period: string } };
    const [previous, latest] = data.periods.slice(-2);
    expect(data.current.period, 'the first paint carries the newest period only').toBe(latest);
    expect(JSON.stringify(data).match(/"values":/g), "no other period's numbers inlined in the page").toHaveLength(1);
    const label = page.locator('#map-title [data-period-label]');
    expect(await label.textContent()).toBe(formatPeriod(latest!));
    expect(
      requests.filter((path) => path.startsWith('/data/kort/')),
      'nothing fetched before the reader asks',
    ).toEqual([]);
    const before = await fills(page);

    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');

    await expect.poll(() => label.textContent()).toBe(formatPeriod(previous!));
    expect(requests).toContain(data.source);
    expect(await page.locator('#period-output').textContent()).toBe(formatPeriod(previous!));
    expect(await page.locator('#period-slider').getAttribute('aria-valuetext')).toBe(formatPeriod(previous!));
    const after = await fills(page);
    const changed = Object.keys(before).filter((code) => before[code] !== after[code]);
    expect(changed.length, 'ingen kommune skiftede farve').toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('periode')).toBe(previous);

    // Back to the newest month and on again: the periods file is fetched once.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => label.textContent()).toBe(formatPeriod(latest!));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => label.textContent()).toBe(formatPeriod(previous!));
    expect(requests.filter((path) => path === data.source)).toHaveLength(1);
    await page.close();
  });

  test('when the other months cannot be fetched, the map keeps the month it shows and says so; a later try works', async () => {
    const page = await site.open('/');
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[]; source: string };
    const [previous, latest] = data.periods.slice(-2);
    let offline = true;
    await page.route(`**${data.source}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    const before = await fills(page);
    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');
    const status = page.locator('[data-period-status]');
    await expect.poll(() => status.textContent()).toContain('kunne ikke hentes');
    expect(await status.textContent()).toContain(`Kortet viser stadig ${formatPeriod(latest!)}`);
    expect(await page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(latest!));
    expect(await page.locator('#period-slider').getAttribute('aria-valuetext')).toBe(formatPeriod(latest!));
    expect(await fills(page)).toEqual(before);

    offline = false;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(previous!));
    expect(await status.textContent()).toBe('');
    await page.close();
    // The aborted request is logged by the browser as a failed resource; that is this test's doing.
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !(e.startsWith('/:') && e.includes('Failed to load resource'))));
  });

  test('a cold link with ?periode= opens the map on that month', async () => {
    const page = await site.open('/');
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[] };
    const first = data.periods[0]!;
    await page.goto(`${page.url()}?periode=${first}`);
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(first));
    expect(await page.locator('#period-slider').inputValue()).toBe('0');
    await page.close();
  });

  test('moving to another measure keeps the month and the selected kommune; the way to the table keeps measure, month and kommune', async () => {
    const page = await site.open('/?kommune=101');
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[] };
    const previous = data.periods.at(-2)!;
    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(previous));

    const table = page.locator('a[data-carry="table"]');
    const tableUrl = new URL((await table.getAttribute('href'))!, page.url());
    expect(tableUrl.pathname).toBe(`/tabel/${previous}/`);
    expect(tableUrl.searchParams.get('kommune')).toBe('101');
    expect(tableUrl.searchParams.get('maaling')).toBe(await table.getAttribute('data-topic'));

    // A sibling measure of the same topic (it has the same months); else another topic, which opens on its nearest month.
    const siblings = page.locator('.picker .groups a[data-carry]:not([aria-current])');
    const other = (await siblings.count()) > 0 ? siblings.first() : page.locator('.picker a[data-carry]:not([aria-current])').first();
    await Promise.all([page.waitForURL(/\/kort\//), other.click()]);
    expect(new URL(page.url()).searchParams.get('kommune')).toBe('101');
    const moved = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[] };
    const expected = moved.periods.includes(previous) ? previous : moved.periods.at(-1)!;
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(formatPeriod(expected));
    await expect.poll(() => page.locator('svg.national a.k.selected').getAttribute('data-code')).toBe('101');

    await Promise.all([page.waitForURL(/\/tabel\//), page.locator('a[data-carry="table"]').click()]);
    const row = page.locator('tbody[data-rows] tr.selected');
    expect(await row.getAttribute('data-code')).toBe('101');
    expect(await row.isVisible()).toBe(true);
    expect(await page.locator('[data-table-status]').textContent()).toContain('København');
    await page.close();
  });

  test('the measure links switch the map to another measure', async () => {
    const page = await site.open('/');
    const heading = (await page.locator('#map-title').textContent())!.trim();
    const before = await fills(page);
    const other = page.locator('.picker .topics a:not([aria-current])').first();
    const href = (await other.getAttribute('href'))!;
    await Promise.all([page.waitForURL(`**${href}`), other.click()]);
    expect(await page.locator('.picker .topics a[aria-current]').getAttribute('href')).toBe(href);
    expect((await page.locator('#map-title').textContent())!.trim()).not.toBe(heading);
    const after = await fills(page);
    expect(Object.keys(after).filter((code) => before[code] !== after[code]).length).toBeGreaterThan(0);
    await page.close();
  });

  test('?kommune=101 opens the map with København selected and its value shown', async () => {
    const page = await site.open('/?kommune=101');
    const tooltip = page.locator('.map-explorer .tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 3000 });
    expect(await tooltip.textContent()).toContain(serverLabel('101'));
    expect(await page.locator(`${activeMap} a.k.selected`).getAttribute('data-code')).toBe('101');
    expect(await page.locator(`${activeMap} a.k[tabindex="0"]`).getAttribute('data-code')).toBe('101');
    await page.close();
  });

  test('"Fliser" shows the tile view, hides the geographic map, and makes the tiles the keyboard map', async () => {
    const page = await site.open('/');
    const tilesButton = page.locator('button[data-view="tiles"]');
    expect(await page.locator('.geo-view').isVisible()).toBe(true);
    expect(await page.locator('.tile-view').isVisible()).toBe(false);
    await tilesButton.click();
    expect(await page.locator('.tile-view').isVisible()).toBe(true);
    expect(await page.locator('.geo-view').isVisible()).toBe(false);
    expect(await tilesButton.getAttribute('aria-pressed')).toBe('true');
    expect(new URL(page.url()).searchParams.get('visning')).toBe('fliser');
    expect(await page.locator('svg.tiles[data-keyboard-map] a.k[tabindex="0"]').count()).toBe(1);
    await page.locator('svg.tiles a.k[tabindex="0"]').focus();
    const before = await focusedCode(page);
    await page.keyboard.press('ArrowRight');
    expect(await focusedCode(page)).not.toBe(before);
    await page.close();
  });

  test('"Hent kortet som billede" saves the map as shown, with title, period and (for sample data) the warning in the image', async () => {
    const page = await site.open('/');
    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');
    const period = await page.locator('#period-output').textContent();
    await expect.poll(() => page.locator('#map-title [data-period-label]').textContent()).toBe(period);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    const sample = sampleData;
    expect(download.suggestedFilename()).toMatch(sample ? /^jobcentertjek-[a-z-]+-\d{4}M\d{2}-eksempeldata\.svg$/ : /^jobcentertjek-[a-z-]+-\d{4}M\d{2}\.svg$/);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain(period!);
    expect((svg.match(/<path /g) ?? []).length + (svg.match(/<rect x=/g) ?? []).length).toBeGreaterThanOrEqual(98);
    expect(svg.includes('Eksempeldata – ikke officielle tal')).toBe(sample);
    const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(words, 'the credit line').toContain('Kilde: ');
    expect(words, 'the boundaries credit (CC BY needs it on the picture)').toContain('Kommunegrænser: DAGI');
    expect(words, 'what darker means').toMatch(/Mørkere farve: (dårligere for borgerne|højere værdi)/);
    expect(words, 'the finding in better/worse words or against the law, never bare over/under').toMatch(
      /dårligere end hele landet|levede op til lovens krav|højere end hele landet/,
    );
    expect(words).not.toMatch(/\b(over|under) hele landet\b/);
    expect(words, 'the national value').toMatch(/Hele landet: /);
    expect(words, 'the site, so a reader can find the live map').toContain('Jobcentertjek');
    expect(svg, "the picture carries its own styles, not the page's CSS").not.toContain('<style');
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="png"]')]);
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  test('on a touch phone, a tap shows the value without leaving the page; a tap elsewhere closes the box', async () => {
    const phone = await launchBrowser({ width: 390, height: 844, touch: true });
    const server = await serveStatic(siteDir);
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/`);
      const { x, y } = await pointOver(page, '751');
      await page.touchscreen.tap(x, y);
      const tooltip = page.locator('.map-explorer .tooltip');
      await expect.poll(() => tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toContain('Aarhus');
      expect(new URL(page.url()).pathname).toBe('/');
      await page.locator('#map-headline').scrollIntoViewIfNeeded();
      const heading = (await page.locator('#map-headline').boundingBox())!;
      await page.touchscreen.tap(heading.x + 10, heading.y + 10);
      await expect.poll(() => tooltip.isVisible()).toBe(false);
    } finally {
      await phone.close();
      await server.close();
    }
  });

  test('map data that does not match what the browser reads is said in Danish; the map as built still reads', async () => {
    // The page as if its component had renamed a field: "measure" → "maaling" in the map's data.
    const { page, logged } = await openWithRenamedField(site, '/', 'map-data', 'measure', 'maaling');
    const note = page.locator('.handoff-error');
    await expect
      .poll(() => note.textContent())
      .toBe(
        'Kortet kan ikke skifte måned eller vise detaljer, fordi siden har fået data, den ikke kan læse. Siden viser tallene, den blev bygget med, og alle tal står i tabellen over alle kommuner.',
      );
    expect(await note.getAttribute('role')).toBe('alert');
    expect(await note.locator('a').getAttribute('href')).toBe(sitePath('/tabel/'));
    expect(
      logged.some((line) => line.includes('kort.measure mangler')),
      logged.join('\n'),
    ).toBe(true);
    expect(await page.locator('svg a.k[data-code]').count(), 'the map as built').toBeGreaterThanOrEqual(98);
    await page.close();
    // The console error is this test's own doing; any other still fails the check below.
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('Kortets data kunne ikke læses')));
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
