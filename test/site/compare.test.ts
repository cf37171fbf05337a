/**
 * /sammenlign/ in Chromium: the address chooses kommuner and measure, the form changes them (at most five), a failed
 * fetch keeps the chart, axe finds nothing, and without JavaScript the default chart and table still read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { formatPeriod, formatValue } from '../../src/lib/words/format.ts';
import { boundedPeriods } from '../../src/lib/period/bounded-periods.ts';
import { SAMPLE_WARNING } from '../../src/lib/words/sample-warning.ts';
import { openWithRenamedField, useSite } from '../support/site-browser.ts';
import { readPage, root, sampleData, siteDir } from '../support/site.ts';

interface Measure {
  id: string;
  title: string;
  unit: 'pct' | 'antal';
  sample: boolean;
}
interface PeriodsFile {
  periods: string[];
  values: (number | null)[][];
  national: (number | null)[];
  decimals?: number[][];
  nationalDecimals?: number[];
  nationalDerived?: string[];
}

const PATH = '/sammenlign/';
const DEFAULT_NAMES = ['København', 'Aarhus', 'Odense', 'Aalborg', 'Esbjerg'];
const pageData = JSON.parse(/<script type="application\/json" id="compare-data">([\s\S]*?)<\/script>/.exec(readPage(PATH))![1]!) as {
  measures: Measure[];
  defaultMeasure: string;
  places: { slugs: string[]; names: string[] };
};
const defaultMeasure = pageData.measures.find((m) => m.id === pageData.defaultMeasure)!;
/** Another measure than the default, for the links. */
const other = pageData.measures.find((m) => m.id !== pageData.defaultMeasure)!;
const periodsFile = (id: string) => JSON.parse(readFileSync(join(siteDir, 'data', 'kort', `${id}.json`), 'utf8')) as PeriodsFile;

const lines = (page: Page) => page.$$eval('svg.compare-chart g.compare-line', (gs) => gs.map((g) => g.getAttribute('data-slug')));
const endLabels = (page: Page) => page.$$eval('svg.compare-chart g.end-label text', (ts) => ts.map((t) => t.textContent));
const columns = (page: Page) => page.$$eval('table.compare-table thead th', (ths) => ths.map((th) => th.textContent));
const chosen = (page: Page) => page.$$eval('[data-compare-chosen] li[data-slug] span:not(.visually-hidden)', (spans) => spans.map((s) => s.textContent));
const message = (page: Page) => page.locator('[data-compare-message]').textContent();

async function axe(page: Page): Promise<{ id: string; help: string; targets: string }[]> {
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: JSON.stringify(v.nodes.slice(0, 5).map((n) => n.target)) }));
  });
}

describe('compare kommuner, with JavaScript', { timeout: 30_000 }, () => {
  const site = useSite();

  test('a cold link with two kommuner and a measure shows exactly those: two lines, named at their ends, and their columns', async () => {
    const page = await site.open(`${PATH}?kommuner=aarhus,laesoe&maaling=${other.id}`);
    await expect.poll(() => lines(page)).toEqual(['aarhus', 'laesoe']);
    // Læsø's figures are often suppressed: a line without any value has no end label, and the key says why.
    const file = periodsFile(other.id);
    const laesoe = pageData.places.slugs.indexOf('laesoe');
    const laesoeHasValues = file.values.some((row) => row[laesoe] !== null);
    expect(await endLabels(page)).toEqual(expect.arrayContaining(['Aarhus', 'Hele landet', ...(laesoeHasValues ? ['Læsø'] : [])]));
    const legend = (await page.locator('[data-compare-legend]').textContent())!;
    expect(legend).toMatch(/Aarhus.*Læsø.*Hele landet/);
    if (!laesoeHasValues) expect(legend).toContain('Læsø – ingen offentliggjorte tal');
    expect(await columns(page)).toEqual(['Periode', 'Aarhus', 'Læsø', 'Hele landet']);
    expect(await page.locator('#compare-title [data-compare-title]').textContent()).toBe(other.title);
    expect(await page.locator('#compare-measure').inputValue()).toBe(other.id);
    expect(await chosen(page)).toEqual(['Aarhus', 'Læsø']);
    // The newest row holds the published numbers of the periods file.
    const last = file.periods.length - 1;
    const aarhus = pageData.places.slugs.indexOf('aarhus');
    const cells = await page.locator('table.compare-table tbody tr').first().locator('td').allTextContents();
    expect(cells[0]).toBe(formatValue(file.values[last]![aarhus] ?? null, other.unit, file.decimals?.[last]?.[aarhus]));
    expect(cells[2]).toBe(formatValue(file.national[last] ?? null, other.unit, file.nationalDecimals?.[last]));
    expect(await page.locator('svg.compare-chart').getAttribute('aria-label')).toMatch(/Aarhus.*Læsø.*Hele landet/);
    await page.close();
  });

  test('every value shows with the decimals it was published with ("8 %", not "8,0 %"), and a derived Hele landet value is marked', async () => {
    const whole = pageData.measures.find((m) => periodsFile(m.id).decimals);
    const derived = pageData.measures.find((m) => periodsFile(m.id).nationalDerived?.some(Boolean));
    expect(whole ?? derived, 'a measure published with whole shares, or with a derived value').toBeDefined();
    if (whole) {
      const file = periodsFile(whole.id);
      const page = await site.open(`${PATH}?kommuner=aarhus&maaling=${whole.id}`);
      await expect.poll(() => lines(page)).toEqual(['aarhus']);
      const aarhus = pageData.places.slugs.indexOf('aarhus');
      const rows = await page
        .locator('table.compare-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
      const expected = boundedPeriods(file.periods).map((period) => {
        const p = file.periods.indexOf(period);
        return [
          formatPeriod(period),
          formatValue(file.values[p]![aarhus] ?? null, whole.unit, file.decimals![p]![aarhus]),
          formatValue(file.national[p] ?? null, whole.unit, file.nationalDecimals?.[p]),
        ];
      });
      expect(rows).toEqual(expected);
      expect(
        rows.flat().some((cell) => /^\d+\u00a0%$/.test(cell)),
        'a share published whole is shown whole',
      ).toBe(true);
      await page.close();
    }
    if (derived) {
      // Where the derived value shows: as the first value of Hele landet's line (the chart's name), or in the table.
      const file = periodsFile(derived.id);
      const isDerived = (period: string) => Boolean(file.nationalDerived![file.periods.indexOf(period)]);
      const published = file.periods.filter((_, p) => file.national[p] !== null);
      const ends = [published[0], published.at(-1)].filter((period) => period !== undefined);
      const inTable = boundedPeriods(file.periods).some(isDerived);
      const page = await site.open(`${PATH}?kommuner=aarhus&maaling=${derived.id}`);
      await expect.poll(() => page.locator('#compare-measure').inputValue()).toBe(derived.id);
      await expect.poll(() => lines(page)).toEqual(['aarhus']);
      const label = (await page.locator('svg.compare-chart').getAttribute('aria-label'))!;
      expect(label.includes('(afledt)')).toBe(ends.some(isDerived));
      const table = (await page.locator('[data-compare-table]').textContent())!;
      expect(table.includes('(afledt)')).toBe(inTable);
      await page.close();
    }
  });

  test('an unknown kommune in the link is left out with a note; the rest keep their order', async () => {
    const page = await site.open(`${PATH}?kommuner=laesoe,gotham,koebenhavn`);
    await expect.poll(() => lines(page)).toEqual(['laesoe', 'koebenhavn']);
    expect(await message(page)).toContain('»gotham«');
    await page.close();
  });

  test('a sixth kommune is refused with a message; after removing one, adding works and the address follows', async () => {
    const page = await site.open(PATH);
    expect(await lines(page)).toHaveLength(5);
    const input = page.getByLabel(/Tilføj en kommune/);
    await input.fill('Læsø');
    await input.press('Enter');
    await expect.poll(() => message(page)).toContain('højst sammenlignes 5 kommuner');
    expect(await lines(page)).toHaveLength(5);
    expect(page.url()).not.toContain('laesoe');

    await page.getByRole('button', { name: 'Fjern Esbjerg' }).click();
    await expect.poll(() => lines(page)).toEqual(['koebenhavn', 'aarhus', 'odense', 'aalborg']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-remove')), 'fokus flytter til den kommune, der nu står sidst').toBe('aalborg');
    expect(page.url()).toContain(`kommuner=koebenhavn,aarhus,odense,aalborg&maaling=${defaultMeasure.id}`);

    await input.fill('Læsø');
    await input.press('Enter');
    await expect.poll(() => lines(page)).toEqual(['koebenhavn', 'aarhus', 'odense', 'aalborg', 'laesoe']);
    expect(page.url()).toContain('kommuner=koebenhavn,aarhus,odense,aalborg,laesoe');
    expect(await columns(page)).toEqual(['Periode', 'København', 'Aarhus', 'Odense', 'Aalborg', 'Læsø', 'Hele landet']);
    expect(await endLabels(page)).toContain('Læsø');
    expect(await page.locator('[data-compare-announce]').textContent()).toContain('Læsø');
    expect(await input.inputValue()).toBe('');
    await page.close();
  });

  test('choosing another measure redraws the chart for the same kommuner and puts the measure in the address', async () => {
    const page = await site.open(PATH);
    await page.getByLabel('Måling', { exact: true }).selectOption(other.id);
    await expect.poll(() => page.locator('[data-compare-title]').textContent()).toBe(other.title);
    expect(page.url()).toContain(`maaling=${other.id}`);
    expect(await lines(page)).toEqual(['koebenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg']);
    expect(await page.locator('[data-compare-sample]').isVisible()).toBe(other.sample);
    await page.close();
  });

  test('when the numbers cannot be fetched, the chart stays as it was and a message says so', async () => {
    const page = await site.open(PATH);
    await page.route('**/data/kort/*.json', (route) => route.abort('internetdisconnected'));
    const before = await page.locator('[data-compare-chart]').innerHTML();
    await page.getByRole('button', { name: 'Fjern Odense' }).click();
    await expect.poll(() => message(page)).toContain('kunne ikke hentes');
    expect(await page.locator('[data-compare-chart]').innerHTML()).toBe(before);
    expect(await chosen(page)).toEqual(DEFAULT_NAMES);
    expect(page.url()).not.toContain('kommuner=');

    await page.unroute('**/data/kort/*.json');
    await page.getByRole('button', { name: 'Fjern Odense' }).click();
    await expect.poll(() => lines(page)).toEqual(['koebenhavn', 'aarhus', 'aalborg', 'esbjerg']);
    expect(await message(page)).toBe('');
    await page.close();
    // The aborted request is logged by the browser as a failed resource; that is this test's doing.
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !(e.startsWith(PATH) && e.includes('Failed to load resource'))));
  });

  test('axe finds no violations, neither on the default page nor after a change', async () => {
    const page = await site.open(PATH);
    expect(await axe(page)).toEqual([]);
    await page.goto(page.url().replace(/\?.*$/, '') + `?kommuner=aarhus,laesoe,gotham&maaling=${other.id}`);
    await expect.poll(() => lines(page)).toEqual(['aarhus', 'laesoe']);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  test.runIf(sampleData)('a measure of sample data says so over the chart and in it', async () => {
    const sample = pageData.measures.find((m) => m.sample);
    expect(sample, 'en demo-bygning har målinger med eksempeldata').toBeDefined();
    const page = await site.open(`${PATH}?kommuner=koege&maaling=${sample!.id}`);
    await expect.poll(() => lines(page)).toEqual(['koege']);
    expect(await page.locator('[data-compare-sample]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-sample]').textContent()).toBe(SAMPLE_WARNING);
    expect(await page.locator('svg.compare-chart text.watermark').textContent()).toBe(SAMPLE_WARNING);
    await page.close();
  });

  test('compare data that does not match what the browser reads is said in Danish; the default chart still reads', async () => {
    // The page as if its component had renamed a field: "measures" → "maalinger" in its data.
    const { page, logged } = await openWithRenamedField(site, PATH, 'compare-data', 'measures', 'maalinger');
    const note = page.locator('.handoff-error[role="alert"]');
    await expect
      .poll(() => note.textContent())
      .toBe(
        'Sammenligningen kan ikke skifte kommuner eller måling, fordi siden har fået data, den ikke kan læse. Siden viser tallene, den blev bygget med, og alle tal står i tabellen over alle kommuner.',
      );
    expect(
      logged.some((line) => line.includes('sammenlign.measures mangler')),
      logged.join('\n'),
    ).toBe(true);
    expect(await page.locator('svg.compare-chart g.compare-line').count(), 'the default chart as built').toBeGreaterThan(0);
    await page.close();
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !e.includes('Sammenligningens data kunne ikke læses')));
  });

  test('the page runs without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});

describe('compare kommuner, without JavaScript', { timeout: 30_000 }, () => {
  const site = useSite({ javaScript: false });

  test('the default chart and table read in full; the controls that need JavaScript are hidden and a note says so', async () => {
    const page = await site.open(PATH);
    const chart = page.locator('svg.compare-chart');
    expect(await chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
    expect(await lines(page)).toEqual(['koebenhavn', 'aarhus', 'odense', 'aalborg', 'esbjerg']);
    expect(await endLabels(page)).toEqual(expect.arrayContaining([...DEFAULT_NAMES, 'Hele landet']));
    expect(await columns(page)).toEqual(['Periode', ...DEFAULT_NAMES, 'Hele landet']);
    expect(await page.locator('table.compare-table').isVisible()).toBe(true);
    expect(await page.locator('table.compare-table tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('[data-compare-title]').textContent()).toBe(defaultMeasure.title);
    expect(await page.locator('[data-compare-form]').isVisible(), 'formularen vises, men virker ikke uden JavaScript').toBe(false);
    expect(await page.getByText(/når JavaScript er slået til/).isVisible()).toBe(true);
    if (defaultMeasure.sample) {
      expect(await page.locator('[data-compare-sample]').textContent()).toBe(SAMPLE_WARNING);
      expect(await chart.locator('text.watermark').textContent()).toBe(SAMPLE_WARNING);
    }
    await page.close();
  });
});
