/**
 * The change map (/kort/<måling>/aendring/) in Chromium: the default months with finding, key and biggest movers,
 * the "Fra"/"Til" months and their URL, a failed fetch, the page without JavaScript, and axe.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { changeLabel, type ChangeMonth } from '../../src/lib/map/change-state.ts';
import { formatPeriod, formatValue } from '../../src/lib/words/format.ts';
import { SAMPLE_WARNING } from '../../src/lib/words/sample-warning.ts';
import { openSite, openWithRenamedField, useSite } from '../support/site-browser.ts';
import { readPage, root, sampleData, siteDir, textOf } from '../support/site.ts';

interface CatalogueEntry {
  id: string;
  better: 'higher' | 'lower' | 'neutral';
  unit: string;
}
const catalogue = (JSON.parse(readFileSync(join(root, 'data/catalogue/indicators.json'), 'utf8')) as { indicators: CatalogueEntry[] }).indicators;
const betterOf = new Map(catalogue.map((i) => [i.id, i.better]));

/** Every measure with a change page in this build: the shares with numbers per kommune. */
const measures = readdirSync(join(siteDir, 'kort')).filter((id) => existsSync(join(siteDir, 'kort', id, 'aendring', 'index.html')));
/** Aktiveringsgrad is real data in every build; higher is better. */
const measure = measures.includes('aktiveringsgrad-kontanthjaelp') ? 'aktiveringsgrad-kontanthjaelp' : measures[0]!;
const path = `/kort/${measure}/aendring/`;
const { periods } = JSON.parse(readFileSync(join(siteDir, 'data', 'kort', `${measure}.json`), 'utf8')) as { periods: string[] };

interface PageData {
  periods: string[];
  from: ChangeMonth;
  to: ChangeMonth;
  source: string;
  places: { codes: string[]; names: string[] };
}
const pageData = (page: Page) =>
  page
    .locator('#change-data')
    .textContent()
    .then((text) => JSON.parse(text!) as PageData);

const fills = (page: Page) =>
  page.$$eval('svg.national a.k[data-code]', (links) =>
    Object.fromEntries(links.map((a) => [a.getAttribute('data-code')!, a.querySelector('path')!.getAttribute('fill')!])),
  );
const nameOfShape = (page: Page, code: string) => page.locator(`svg.national a.k[data-code="${code}"]`).getAttribute('aria-label');
const moverNames = (page: Page, i: number) => page.locator(`[data-movers="${i}"] a`).allTextContents();

/** København's name on the map for two months, computed from the measure's periods file as a reader's browser gets it. */
async function expectedLabel(page: Page, from: string, to: string): Promise<string> {
  const data = await pageData(page);
  const file = await page.evaluate((url) => fetch(url).then((r) => r.json()), data.source);
  const month = (p: string): ChangeMonth => {
    const i = file.periods.indexOf(p);
    const decimals = file.decimals?.[i];
    const nationalDecimals = file.nationalDecimals?.[i];
    return {
      period: p,
      values: file.values[i],
      national: file.national[i],
      ...(decimals ? { decimals } : {}),
      ...(nationalDecimals !== undefined ? { nationalDecimals } : {}),
    };
  };
  return changeLabel('København', month(from), month(to), data.places.codes.indexOf('101'), betterOf.get(measure)!);
}

const site = useSite();

describe('change map, as built', () => {
  test('every share with numbers per kommune has a change page', () => {
    expect(measures).toContain('aktiveringsgrad-kontanthjaelp');
    expect(measures).toContain('ledige-pct');
    for (const id of measures) expect(catalogue.find((i) => i.id === id)?.unit).toBe('pct');
  });

  test.each(measures)('%s: the finding, the key in words and the movers are in the page itself', (id) => {
    const html = readPage(`/kort/${id}/aendring/`);
    const text = textOf(html);
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!)).toMatch(/^Fra \S+ \d{4} til \S+ \d{4} (steg|faldt|var) andelen /);
    const key = textOf(/<div class="legend"[\s\S]*?<\/ul>/.exec(html)![0]);
    if (betterOf.get(id) === 'neutral') {
      expect(key).toContain('faldt');
      expect(key).toContain('steg');
      expect(key).not.toContain('bedre for borgerne');
    } else {
      expect(key).toContain('bedre for borgerne');
      expect(key).toContain('dårligere for borgerne');
    }
    expect(text).toContain('Største bevægelser');
    const movers = /<tbody data-movers="0"[^>]*>\s*<tr[^>]*>\s*<th scope="row"><a href="\/kommune\/[a-z-]+\/">/.test(html);
    expect(movers, 'the first list of movers starts with a link to a kommune page').toBe(true);
  });

  test(sampleData ? 'a measure built on sample numbers says so by its heading and in the map itself' : 'no page says sample data on the real build', () => {
    const pages = measures.map((id) => readPage(`/kort/${id}/aendring/`));
    if (!sampleData) return expect(pages.filter((html) => html.includes(SAMPLE_WARNING))).toEqual([]);
    // Every page of the demo has the site's banner; a measure whose own numbers are generated says it by the heading.
    const sample = pages.filter((html) => /<h2 id="change-title"[\s\S]*?tag-sample[\s\S]*?<\/h2>/.test(html));
    expect(sample.length).toBeGreaterThan(0);
    for (const html of sample)
      expect(html.includes(`<text class="watermark"`) && html.includes(`>${SAMPLE_WARNING}</text>`), 'the map carries the warning').toBe(true);
  });
});

describe('change map in the browser', { timeout: 30_000 }, () => {
  test('the default page shows a year of change: finding, key, and five improvements and five declines linking to kommuner', async () => {
    const page = await site.open(path);
    const data = await pageData(page);
    const latest = data.periods.at(-1)!;
    const from = data.periods.includes(`${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`)
      ? `${Number(latest.slice(0, 4)) - 1}${latest.slice(4)}`
      : data.periods[0]!;
    expect(await page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(from)} til ${formatPeriod(latest)}`);
    const key = await page.locator('#change-legend').textContent();
    expect(key).toContain('steg: bedre for borgerne');
    expect(key).toContain('faldt: dårligere for borgerne');
    // The rising end is purple (ColorBrewer PuOr), the falling end orange.
    expect(
      await page
        .locator('[data-legend-items] li')
        .last()
        .locator('.swatch')
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(84, 39, 136)');
    expect(
      await page
        .locator('[data-legend-items] li')
        .first()
        .locator('.swatch')
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(179, 88, 6)');
    expect(await page.locator('#movers-0').textContent()).toBe('Største forbedringer');
    expect(await page.locator('#movers-1').textContent()).toBe('Største forværringer');
    for (const i of [0, 1]) {
      const names = await moverNames(page, i);
      expect(names).toHaveLength(5);
      expect(names).not.toContain('Læsø');
      expect(await page.locator(`[data-movers="${i}"] a`).first().getAttribute('href')).toMatch(/^\/kommune\/[a-z-]+\/$/);
    }
    expect(await page.locator('[data-movers-note]').textContent()).toContain('Læsø');
    expect(await page.locator('[data-change-rows] tr').count()).toBe(99);
    expect(await nameOfShape(page, '101')).toBe(await expectedLabel(page, from, latest));
    expect(page.url()).not.toContain('fra=');
    await page.close();
  });

  test('a share published whole is shown whole, and its change says "ca." with no decimal', async (context) => {
    interface File {
      periods: string[];
      values: (number | null)[][];
      decimals?: number[][];
    }
    const fileOf = (id: string) => JSON.parse(readFileSync(join(siteDir, 'data', 'kort', `${id}.json`), 'utf8')) as File;
    const id = measures.find((m) => fileOf(m).decimals);
    if (!id) return context.skip('no measure in this build has a share published without one decimal');
    const file = fileOf(id);
    // The newest month in which some kommune's share was published whole, against the month before it.
    const to = file.periods.findLastIndex((_, p) => p > 0 && file.decimals![p]!.some((d, i) => d === 0 && file.values[p - 1]![i] !== null));
    const i = file.decimals![to]!.findIndex((d, k) => d === 0 && file.values[to - 1]![k] !== null);
    const page = await site.open(`/kort/${id}/aendring/?fra=${file.periods[to - 1]}&til=${file.periods[to]}`);
    const data = await pageData(page);
    const name = data.places.names[i]!;
    await expect.poll(() => page.locator('#change-to').inputValue()).toBe(file.periods[to]);
    const row = page.locator('[data-change-rows] tr', { has: page.locator(`th >> text="${name}"`) });
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual([
        formatValue(file.values[to - 1]![i]!, 'pct', file.decimals![to - 1]![i]),
        formatValue(file.values[to]![i]!, 'pct', 0),
        expect.stringMatching(/^ca\. [+\u2212±]\d+ procentpoint$/),
      ]);
    await page.close();
  });

  test('a cold link with ?fra=…&til=… shows those months', async () => {
    const [from, to] = [periods[0]!, periods[periods.length - 7]!];
    const page = await site.open(`${path}?fra=${from}&til=${to}`);
    await expect.poll(() => page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(from)} til ${formatPeriod(to)}`);
    expect(await page.locator('#change-from').inputValue()).toBe(from);
    expect(await page.locator('#change-to').inputValue()).toBe(to);
    expect(await page.locator('#change-caption').textContent()).toBe(
      `Ændring fra ${formatPeriod(from)} til ${formatPeriod(to)} for hver kommune og hele landet`,
    );
    expect(await nameOfShape(page, '101')).toBe(await expectedLabel(page, from, to));
    await page.close();
  });

  test('choosing another "Fra" month re-draws map, finding, movers and table, and puts the months in the address', async () => {
    const page = await site.open(path);
    const data = await pageData(page);
    const before = await fills(page);
    const movers = await moverNames(page, 0);
    const from = data.periods[0]!;
    await page.locator('#change-from').selectOption(from);
    await expect.poll(() => page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(from)} til ${formatPeriod(data.to.period)}`);
    expect(new URL(page.url()).searchParams.get('fra')).toBe(from);
    expect(new URL(page.url()).searchParams.get('til')).toBe(data.to.period);
    expect(await fills(page)).not.toEqual(before);
    expect(await moverNames(page, 0)).not.toEqual(movers);
    expect(await page.locator('[data-change-rows] tr').first().locator('td').first().textContent()).not.toBe(
      await page.locator('[data-change-rows] tr').nth(1).locator('td').first().textContent(),
    );
    expect(await nameOfShape(page, '101')).toBe(await expectedLabel(page, from, data.to.period));
    await expect.poll(() => page.locator('[data-change-announce]').textContent()).toContain(`Fra ${formatPeriod(from)}`);
    await page.close();
  });

  test('when the months cannot be fetched the page keeps what it shows and says so; a later try works', async () => {
    const page = await site.open(path);
    const data = await pageData(page);
    let offline = true;
    await page.route(`**${data.source}`, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
    const finding = await page.locator('h1').textContent();
    const before = await fills(page);
    await page.locator('#change-from').selectOption(data.periods[0]!);
    const status = page.locator('[data-change-status]');
    await expect.poll(() => status.textContent()).toContain('kunne ikke hentes');
    expect(await status.textContent()).toContain(`Kortet viser stadig ${formatPeriod(data.from.period)} til ${formatPeriod(data.to.period)}`);
    expect(await page.locator('h1').textContent()).toBe(finding);
    expect(await page.locator('#change-from').inputValue()).toBe(data.from.period);
    expect(await fills(page)).toEqual(before);
    expect(page.url()).not.toContain('fra=');

    offline = false;
    await page.locator('#change-from').selectOption(data.periods[0]!);
    await expect.poll(() => page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(data.periods[0]!)}`);
    expect(await status.textContent()).toBe('');
    await page.close();
    // The aborted request is logged by the browser as a failed resource; that is this test's doing.
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !(e.startsWith(`${path}:`) && e.includes('Failed to load resource'))));
  });

  test('a kommune on the map says its change on focus, and the arrow keys move to a neighbour', async () => {
    const page = await site.open(path);
    await page.locator('svg.national a.k[data-code="101"]').focus();
    const tooltip = page.locator('[data-change-map] .tooltip');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toBe(await nameOfShape(page, '101'));
    await page.keyboard.press('ArrowLeft');
    const focused = await page.evaluate(() => document.activeElement?.closest('a.k')?.getAttribute('data-code'));
    expect(focused).toBeTruthy();
    expect(focused).not.toBe('101');
    expect(await tooltip.textContent()).toMatch(/^[^:]+: (fra|ikke offentliggjort)/);
    await page.close();
  });

  test.each([
    [path, undefined],
    [`${path}?fra=${periods[0]}&til=${periods[1]}`, periods[0]],
  ])('%s has no axe violations', async (url, from) => {
    const page = await site.open(url);
    if (from) await expect.poll(() => page.locator('h1').textContent()).toContain(`Fra ${formatPeriod(from)} til`);
    await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe;
      const result = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      });
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  test('change data that does not match what the browser reads is said in Danish; the map as built still reads', async () => {
    // The page as if its component had renamed a field: "to" → "til" in the change map's data.
    const { page, logged } = await openWithRenamedField(site, '/kort/aktiveringsgrad-kontanthjaelp/aendring/', 'change-data', 'to', 'til');
    const note = page.locator('.handoff-error[role="alert"]');
    await expect
      .poll(() => note.textContent())
      .toBe(
        'Kortet kan ikke skifte måneder eller vise detaljer, fordi siden har fået data, den ikke kan læse. Siden viser tallene, den blev bygget med, og alle tal står i tabellen over alle kommuner.',
      );
    expect(
      logged.some((line) => line.includes('aendring.to mangler')),
      logged.join('\n'),
    ).toBe(true);
    expect(await page.locator('svg a.k[data-code]').count(), 'the map as built').toBeGreaterThanOrEqual(98);
    await page.close();
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('Ændringskortets data kunne ikke læses')));
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});

describe('change map without JavaScript', { timeout: 30_000 }, () => {
  test('the default map, finding, key and movers are readable; the month pickers are hidden and a line says why', async () => {
    const noScript = await openSite({ javaScript: false });
    try {
      const page = await noScript.open(path);
      expect(await page.locator('h1').textContent()).toMatch(/^Fra .+ til .+ andelen/);
      expect(await page.locator('#change-legend').isVisible()).toBe(true);
      expect(await page.locator('#change-legend').textContent()).toContain('bedre for borgerne');
      expect(await page.locator('#change-from').isVisible()).toBe(false);
      const note = page.locator('noscript p');
      expect(await note.isVisible()).toBe(true);
      expect(await note.textContent()).toContain('Andre måneder kan vælges med JavaScript slået til');
      expect(await page.locator('[data-movers="0"] a').count()).toBe(5);
      expect(await page.locator('[data-movers="1"] a').first().isVisible()).toBe(true);
      const colours = new Set(Object.values(await fills(page)));
      expect(colours.size).toBeGreaterThan(3);
      expect(await nameOfShape(page, '751')).toMatch(/^Aarhus: (fra \d+,\d\u00a0% til \d+,\d\u00a0% \([+−±]\d+,\d procentpoint, |ikke offentliggjort)/);
      await page.close();
      expect(noScript.errors).toEqual([]);
    } finally {
      await noScript.close();
    }
  });
});
