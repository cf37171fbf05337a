/** /tabel/ in Chromium: sorting by a column header, filtering by region, and the name search. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { shiftsWhileLoading } from '../support/layout-shift.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteDir } from '../support/site.ts';
import { useSite } from '../support/site-browser.ts';
import { registry, regions } from '../support/site.ts';

const visibleNames = (page: Page) =>
  page.$$eval('tbody[data-rows] tr', (rows) =>
    (rows as HTMLTableRowElement[]).filter((r) => !r.hidden && r.offsetParent !== null).map((r) => r.getAttribute('data-name')!),
  );

/** data-value of a column (by header index) for the visible rows, top to bottom; null = not published. */
const columnValues = (page: Page, column: number) =>
  page.$$eval(
    'tbody[data-rows] tr',
    (rows, column) =>
      (rows as HTMLTableRowElement[])
        .filter((r) => !r.hidden)
        .map((r) => {
          const v = r.cells[column]!.getAttribute('data-value');
          return v === '' || v === null ? null : Number(v);
        }),
    column,
  );

const site = useSite();

describe('table', { timeout: 30_000 }, () => {
  test('clicking a number column header sorts the rows by it, highest first, then lowest first', async () => {
    const page = await site.open('/tabel/');
    const headers = page.locator('table.data-table thead th');
    const column = await headers.evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-sort') === 'number'));
    expect(column).toBeGreaterThan(1);
    const header = headers.nth(column);
    expect(await header.getAttribute('aria-sort')).toBeNull();
    const firstBefore = (await visibleNames(page))[0];

    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await headers.nth(0).getAttribute('aria-sort')).toBeNull();
    const down = await columnValues(page, column);
    const numbers = down.filter((v): v is number => v !== null);
    expect(numbers.length).toBeGreaterThan(10);
    expect(down.slice(0, numbers.length)).toEqual(numbers); // not published sorts last
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
    expect(down[0]).toBe(Math.max(...numbers));
    const firstDown = (await visibleNames(page))[0];
    expect(await page.locator('tbody[data-rows] tr').first().locator('th').textContent()).toBe(firstDown);
    expect(await page.locator('[data-table-status]').textContent()).toContain('faldende');

    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = (await columnValues(page, column)).filter((v): v is number => v !== null);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(up[0]).toBe(Math.min(...numbers));
    expect([firstBefore, firstDown]).not.toEqual([firstDown, firstDown]); // the order visibly changed
    await page.close();
  });

  test("choosing a region leaves exactly that region's kommuner", async () => {
    const page = await site.open('/tabel/');
    const counts = { '1084': 29, '1081': 11, '1082': 19, '1083': 22, '1085': 17 } as Record<string, number>;
    for (const region of regions) {
      const expected = registry.filter((k) => k.region === region.code);
      expect(expected.length, region.name).toBe(counts[region.code]);
      await page.locator('#filter-region').selectOption(region.code);
      const shown = await visibleNames(page);
      expect(shown.length, region.name).toBe(expected.length);
      expect(new Set(shown)).toEqual(new Set(expected.map((k) => k.name)));
      expect(await page.locator('[data-table-status]').textContent()).toBe(`Viser ${expected.length} af 98 kommuner.`);
    }
    await page.locator('#filter-region').selectOption('');
    expect((await visibleNames(page)).length).toBe(98);
    await page.close();
  });

  test("each number column's heading ends where its numbers end, so a reader sees which numbers it names", async () => {
    const page = await site.open('/tabel/');
    const misaligned = await page.$$eval('table.data-table thead th.num', (ths) => {
      const right = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().right;
      };
      const national = document.querySelector('table.data-table tr.national')!;
      return (ths as HTMLTableCellElement[])
        .filter((th) => th.offsetParent !== null)
        .flatMap((th) => {
          const number = right(national.children[th.cellIndex]!);
          const parts = [th.querySelector('button')!.firstChild!, ...th.querySelectorAll('.col-group')];
          return parts.map((part) => ({ text: part.textContent!.trim(), off: Math.round(right(part) - number) })).filter((p) => Math.abs(p.off) > 2);
        });
    });
    expect(misaligned).toEqual([]);
    await page.close();
  });

  test('typing "koge" in the name search leaves Køge', async () => {
    const page = await site.open('/tabel/');
    await page.locator('#filter-name').fill('koge');
    const shown = await visibleNames(page);
    expect(shown).toContain('Køge');
    expect(shown.length).toBeLessThan(5);
    expect(await page.getByRole('link', { name: 'Køge', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Aarhus', exact: true }).isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('q')).toBe('koge');
    await page.close();
  });

  test('the table opens on one measure\'s columns; "Vis alle målinger" shows every column, a target group narrows them', async () => {
    const page = await site.open('/tabel/');
    const visibleHeaders = () =>
      page.$$eval('table.data-table thead th[data-topic]', (ths) =>
        ths.filter((th) => getComputedStyle(th).display !== 'none').map((th) => [th.getAttribute('data-topic'), th.getAttribute('data-group')]),
      );
    const everyHeader = await page.$$eval('table.data-table thead th[data-topic]', (ths) =>
      ths.map((th) => [th.getAttribute('data-topic'), th.getAttribute('data-group')]),
    );
    const topics = [...new Set(everyHeader.map(([topic]) => topic))];
    expect(topics.length).toBeGreaterThan(1);
    const opening = await visibleHeaders();
    expect(await page.locator('#filter-topic').inputValue()).toBe(topics[0]);
    expect(opening.length).toBe(everyHeader.filter(([topic]) => topic === topics[0]).length);
    expect(opening.every(([topic]) => topic === topics[0])).toBe(true);
    // The cells follow their header: the first row shows exactly as many numbers as there are visible columns.
    const cellsShown = () =>
      page.$$eval('tbody[data-rows] tr:first-child td[data-value]', (tds) => tds.filter((td) => getComputedStyle(td).display !== 'none').length);
    expect(await cellsShown()).toBe(opening.length);

    await page.locator('#filter-topic').selectOption('');
    const all = await visibleHeaders();
    expect(all).toEqual(everyHeader);
    expect(await cellsShown()).toBe(all.length);
    expect(new URL(page.url()).searchParams.get('maaling')).toBe('alle');

    await page.locator('#filter-topic').selectOption(topics[1]!);
    const second = await visibleHeaders();
    expect(second.length).toBeGreaterThan(0);
    expect(second.every(([topic]) => topic === topics[1])).toBe(true);

    await page.locator('#filter-topic').selectOption('');
    await page.locator('#filter-group').selectOption(all[0]![1]!);
    const group = await visibleHeaders();
    expect(group.length).toBeGreaterThan(0);
    expect(group.every(([, g]) => g === all[0]![1])).toBe(true);
    expect(group.length).toBeLessThan(all.length);

    // A cold link keeps the choice.
    const link = page.url();
    const again = await site.open(new URL(link).pathname + new URL(link).search);
    expect(await again.locator('#filter-topic').inputValue()).toBe('');
    expect(await again.locator('#filter-group').inputValue()).toBe(all[0]![1]);
    await again.close();
    await page.close();
  });

  test('on a 390×844 phone the first screen shows kommuner with their numbers, and says more columns lie to the right', async () => {
    const phone = await launchBrowser({ width: 390, height: 844, touch: true });
    const server = await serveStatic(siteDir);
    try {
      const page = await phone.newPage();
      await page.goto(`${server.url}/tabel/`);
      // Rows whose name and first shown number are wholly on the first screen, without scrolling either way.
      const onScreen = () =>
        page.$$eval('tbody[data-rows] tr', (rows) => {
          const inside = (r: DOMRect) => r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
          return rows.flatMap((row) => {
            const name = row.querySelector('th')!;
            const number = [...row.querySelectorAll('td[data-value]')].find((td) => getComputedStyle(td).display !== 'none');
            const fits = number && inside(name.getBoundingClientRect()) && inside(number.getBoundingClientRect()) && /\d|·/.test(number.textContent ?? '');
            return fits ? [name.textContent] : [];
          });
        });
      const first = await onScreen();
      expect(first.length, first.join(', ')).toBeGreaterThanOrEqual(5);
      expect(first.slice(0, 2)).toEqual(['Albertslund', 'Allerød']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'the page itself does not scroll sideways').toBeLessThanOrEqual(390);

      // More columns than the screen holds: the hint says so, and the names stay put while the numbers move.
      const scroller = page.locator('[data-table-explorer] .table-scroll');
      const wider = await scroller.evaluate((el) => el.scrollWidth > el.clientWidth);
      const hint = page.locator('.swipe-hint');
      expect(await hint.isVisible()).toBe(true);
      expect(await hint.evaluate((el) => getComputedStyle(el).visibility)).toBe(wider ? 'visible' : 'hidden');
      await page.locator('#filter-topic').selectOption('');
      expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      expect(await hint.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      await scroller.evaluate((el) => el.scrollBy(300, 0));
      const name = (await page.locator('tbody[data-rows] tr').first().locator('th').boundingBox())!;
      expect(name.x, 'the kommune column is sticky').toBeGreaterThanOrEqual(0);
      expect(name.x + name.width).toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
      await server.close();
    }
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });

  test('the table does not move while it loads, on a phone or a desktop, fast or slow (no layout shift, so no misclicks)', async () => {
    // Slow: the page arrives in pieces, cut where a half-arrived page once drew differently from the whole one: the
    // menu's first item before the others, a <details> before its <summary> (drawn with the browser's own shorter
    // legend), a choice's label before its field, the first column header before the taller ones, the table before its rows.
    const fast = await serveStatic(siteDir);
    const slow = await serveStatic(siteDir, { pauseHtmlAfter: ['</li>', '<details>', '>Region</label>', '</th>', '<tbody data-rows>'], pauseMs: 250 });
    try {
      for (const [server, width, height] of [
        [fast, 390, 844],
        [fast, 1280, 900],
        [slow, 390, 844],
        [slow, 1280, 900],
      ] as const) {
        const shifts = await shiftsWhileLoading(`${server.url}/tabel/`, { width, height }, (page) =>
          page.locator('.data-table tbody tr').last().waitFor({ state: 'attached' }),
        );
        expect(shifts, `${server === slow ? 'slow' : 'fast'}, ${width} px: ${JSON.stringify(shifts)}`).toEqual([]);
      }
    } finally {
      await Promise.all([fast.close(), slow.close()]);
    }
  });
});
