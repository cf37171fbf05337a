/** /soeg/ in Chromium on the pagefind index: the kommune a visitor means comes first, however they spell it. */
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-browser.ts';

const site = useSite();

const cases: [query: string, name: string, slug: string][] = [
  ['koge', 'Køge', 'koege'],
  ['laeso', 'Læsø', 'laesoe'],
  ['århus', 'Aarhus', 'aarhus'],
  ['hoje taastrup', 'Høje-Taastrup', 'hoeje-taastrup'],
  ['Køge', 'Køge', 'koege'],
  ['jobcenter køge', 'Køge', 'koege'],
  ['køge kommune', 'Køge', 'koege'],
  ['kontanthjælp køge', 'Køge', 'koege'],
];

/** Runs a search on /soeg/ and waits for its answer. */
async function search(query: string) {
  const page = await site.open(`/soeg/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`for "${q}"`), query, { timeout: 10_000 });
  return page;
}

describe('search', { timeout: 30_000 }, () => {
  test.each(cases)('"%s" finds %s as the first result', async (query, name, slug) => {
    const page = await site.open('/soeg/');
    await page.locator('#search-input').fill(query);
    const status = page.locator('[data-search-status]');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '', null, { timeout: 10_000 });
    expect(await status.textContent()).toMatch(new RegExp(`^\\d+ resultat(er)? for "${query}"(\\.|; viser de \\d+ bedste\\.)$`));
    const first = page.locator('[data-search-results] li a').first();
    expect(await first.getAttribute('href')).toBe(`/kommune/${slug}/`);
    expect(await first.textContent()).toBe(name);
    await Promise.all([page.waitForURL(`**/kommune/${slug}/`), first.click()]);
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.close();
  });

  // Once, "Høje Taastrup" listed eleven neighbours under one excerpt, and 62 kommune pages said "Også stavet: .".
  test.each(['Høje Taastrup', 'Aarhus', 'Læsø', 'aktiveringsgrad', 'ledighed', 'kontanthjælp', 'samtaler'])(
    '"%s": every result says something of its own under its title',
    async (query) => {
      const page = await search(query);
      const shown = await page.$$eval('[data-search-results] li', (items) =>
        items.map((li) => ({ title: li.querySelector('a')!.textContent ?? '', excerpt: (li.querySelector('p')?.innerText ?? '').trim() })),
      );
      expect(shown.length).toBeGreaterThan(0);
      for (const { title, excerpt } of shown) {
        expect(excerpt, title).not.toBe('');
        expect(excerpt, title).not.toMatch(/Også stavet/);
      }
      // The same sentence with another kommune's name in it is no excerpt of its own either.
      const readAs = shown.map(({ title, excerpt }) => excerpt.split(title).join('…'));
      const repeated = readAs.filter((text, i) => readAs.indexOf(text) !== i);
      expect(repeated).toEqual([]);
      await page.close();
    },
  );

  test('a search in the address (?q=) runs on load', async () => {
    const page = await site.open('/soeg/?q=laeso');
    await page.waitForFunction(() => (document.querySelector('[data-search-status]')?.textContent ?? '') !== '', null, { timeout: 10_000 });
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ resultat(er)? for "laeso"(\.|; viser de \d+ bedste\.)$/);
    expect(await page.locator('#search-input').inputValue()).toBe('laeso');
    expect(await page.locator('[data-search-results] li a').first().getAttribute('href')).toBe('/kommune/laesoe/');
    await page.close();
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
