/** Every view offers the numbers it shows, as CSV and as an Excel workbook, named for what and when. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Download, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-browser.ts';
import { readPage, root, sampleData, siteDir, siteKind } from '../support/site.ts';
import { publishedNumber } from '../../src/lib/dataset/plain-number.ts';

const site = useSite();

async function grab(page: Page, selector: string): Promise<{ name: string; path: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.locator(selector).first().click()]);
  return { name: download.suggestedFilename(), path: (await download.path())! };
}

const csvRows = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').trim()).data;

async function workbook(path: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('downloads', { timeout: 30_000 }, () => {
  test('the map: CSV and Excel of the measure in the month shown, equal to the map', async () => {
    const page = await site.open('/');
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as {
      measure: { id: string; unit: string; sample: boolean };
      places: { codes: string[] };
      current: { period: string; values: (number | null)[]; national: number | null; decimals?: number[]; nationalDecimals?: number };
    };
    const csv = await grab(page, '[data-download-view="csv"]');
    const month = data.current.period.replace('M', '-');
    const named = data.measure.sample ? '_eksempeldata' : '';
    expect(csv.name).toBe(`jobcentertjek_${data.measure.id}_${month}${named}.csv`);
    const [header, ...rows] = csvRows(csv.path);
    expect(header!.slice(0, 5)).toEqual(['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi']);
    expect(header!.includes('eksempeldata')).toBe(sampleData && readPage('/').includes('tag-sample'));
    expect(rows).toHaveLength(99);
    expect(rows[0]!.slice(0, 2)).toEqual(['000', 'Hele landet']);
    // As published: a share published "8" is 8, one published "8,0" is 8.0.
    const shown = (value: number | null, decimals: number | undefined) =>
      value === null ? '' : data.measure.unit === 'pct' ? publishedNumber(value, decimals ?? 1) : String(value);
    expect(rows[0]![4]).toBe(shown(data.current.national, data.current.nationalDecimals));
    const byCode = new Map(rows.map((r) => [r[0], r[4]]));
    data.places.codes.forEach((code, i) => expect(byCode.get(code), code).toBe(shown(data.current.values[i]!, data.current.decimals?.[i])));
    if (data.measure.sample) {
      expect(header!.at(-1)).toBe('bemaerkning');
      expect(new Set(rows.map((r) => r.at(-1)))).toEqual(new Set(['Eksempeldata – ikke officielle tal']));
    }
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set([data.current.period]));

    const xlsx = await grab(page, '[data-download-view="xlsx"]');
    expect(xlsx.name).toBe(`jobcentertjek_${data.measure.id}_${month}${named}.xlsx`);
    const book = await workbook(xlsx.path);
    const sheet = book.getWorksheet('Tal')!;
    expect(sheet.rowCount).toBe(2 + 99);
    expect(sheet.getRow(3).getCell(2).value).toBe('Hele landet');
    const about = book.getWorksheet('Om tallene')!;
    const text = about.getColumn(1).values.join('\n');
    expect(text).toContain('Kilde: ');
    expect(text).toContain('ikke offentliggjort');
    await page.close();
  });

  test("after moving to the previous month, the map's CSV holds that month", async () => {
    const page = await site.open('/');
    const data = JSON.parse((await page.locator('#map-data').textContent())!) as { periods: string[] };
    const previous = data.periods.at(-2)!;
    await page.locator('#period-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.locator('#period-slider').getAttribute('aria-valuetext')).not.toBe(null);
    await expect.poll(async () => (await page.locator('#map-title [data-period-label]').textContent())?.length).toBeGreaterThan(0);
    await page.waitForFunction((p) => new URL(location.href).searchParams.get('periode') === p, previous);
    const csv = await grab(page, '[data-download-view="csv"]');
    expect(csv.name).toContain(previous.replace('M', '-'));
    expect(
      new Set(
        csvRows(csv.path)
          .slice(1)
          .map((r) => r[2]),
      ),
    ).toEqual(new Set([previous]));
    await page.close();
  });

  test('the table: the rows and columns as filtered, in CSV and Excel', async () => {
    const page = await site.open('/tabel/');
    await page.locator('#filter-region').selectOption('1084');
    const shownHeaders = await page.$$eval('table.data-table thead th', (ths) =>
      ths.filter((th) => getComputedStyle(th).display !== 'none').map((th) => th.getAttribute('data-label')),
    );
    const csv = await grab(page, '[data-download-view="csv"]');
    expect(csv.name).toMatch(
      sampleData ? /^jobcentertjek_tabel_\d{4}-\d{2}(_[a-z-]+)?_eksempeldata\.csv$/ : /^jobcentertjek_tabel_\d{4}-\d{2}(_[a-z-]+)?\.csv$/,
    );
    const [header, ...rows] = csvRows(csv.path);
    expect(header).toEqual(sampleData ? [...shownHeaders, 'bemaerkning'] : shownHeaders);
    expect(rows).toHaveLength(1 + 29);
    expect(rows[0]![0]).toBe('Hele landet');
    // Every share as the table shows it: "3,0 %" is 3.0 in the file, a share published whole ("8 %") is 8.
    const shownShares = await page.$$eval('table.data-table tr:not([hidden])', (trs) =>
      trs.map((tr) =>
        [...tr.children]
          .filter((cell) => getComputedStyle(cell).display !== 'none')
          .map((cell) => (cell.textContent ?? '').replace(/\*.*$/s, '').replace(/\s+/g, ' ').trim()),
      ),
    );
    const bodyShown = shownShares.filter((cells) => cells.length > 0).slice(1);
    let shares = 0;
    bodyShown.forEach((cells, r) =>
      cells.forEach((text, c) => {
        if (!text.endsWith(' %')) return;
        shares++;
        expect(rows[r]![c], `${rows[r]![0]}, ${header![c]}`).toBe(text.replace(' %', '').replace(/\./g, '').replace(',', '.'));
      }),
    );
    expect(shares).toBeGreaterThan(29);
    const xlsx = await grab(page, '[data-download-view="xlsx"]');
    const sheet = (await workbook(xlsx.path)).getWorksheet('Tal')!;
    expect(sheet.rowCount).toBe(2 + 30);
    await page.close();
  });

  test('a kommune page: CSV named for the kommune and month, and an Excel workbook of the same rows', async () => {
    const page = await site.open('/kommune/koege/');
    const csv = await grab(page, '[data-kommune-download] a[download]');
    expect(csv.name).toMatch(sampleData ? /^jobcentertjek_koege_\d{4}-\d{2}_eksempeldata\.csv$/ : /^jobcentertjek_koege_\d{4}-\d{2}\.csv$/);
    const lines = csvRows(csv.path);
    expect(new Set(lines.slice(1).map((row) => row[0])), 'only Køge in its own file').toEqual(new Set(['259']));
    const nation = await grab(page, '[data-kommune-download] a[download]:nth-of-type(2)');
    const nationLines = csvRows(nation.path);
    expect(new Set(nationLines.slice(1).map((row) => row[0]))).toEqual(new Set(['000']));
    const xlsx = await grab(page, '[data-kommune-download] [data-download-view="xlsx"]');
    expect(xlsx.name).toBe(csv.name.replace(/\.csv$/, '.xlsx'));
    const sheet = (await workbook(xlsx.path)).getWorksheet('Tal')!;
    // A title row, the header, then Hele landet's rows and Køge's.
    expect(sheet.rowCount, 'the workbook holds Køge and Hele landet').toBe(2 + (lines.length - 1) + (nationLines.length - 1));
    expect(sheet.getRow(3).getCell(1).value).toBe('000');
    expect(sheet.getRow(sheet.rowCount).getCell(1).value).toBe('259');
    await page.close();
  });

  test('"Hent alle data": the area files joined in the browser into one CSV, equal to data:export on the embedded data', async () => {
    const metadata = JSON.parse(readFileSync(join(siteDir, 'data/metadata.json'), 'utf8')) as { tables: { url: string }[] };
    const areaLines = metadata.tables.flatMap((t) =>
      readFileSync(join(siteDir, 'data', t.url), 'utf8')
        .trim()
        .split('\n')
        .slice(1),
    );
    const page = await site.open('/om-data/#hent');
    const file = await grab(page, '[data-all-data-button]');
    expect(file.name).toBe(sampleData ? 'jobcentertjek-data-eksempeldata.csv' : 'jobcentertjek-data.csv');
    const [header, ...rows] = readFileSync(file.path, 'utf8').trim().split('\n');
    expect(header!.split(',').slice(0, 5)).toEqual(['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi']);
    expect(rows, 'Hele landet first, then the kommuner by code, every row once').toEqual(areaLines);
    expect(rows[0]!.startsWith('000,Hele landet,')).toBe(true);
    await expect.poll(() => page.locator('[data-all-data-status]').textContent()).toContain(`Færdig: ${file.name} er hentet (99 filer lagt sammen)`);
    if (siteKind === 'real') {
      const exported = spawnSync(process.execPath, ['scripts/export-data.ts'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(exported.status).toBe(0);
      const [exportHeader, ...exportRows] = exported.stdout.trim().split('\n');
      expect(header).toBe(exportHeader);
      expect([...rows].sort()).toEqual(exportRows.sort());
    }
    await page.close();
  });

  test('"Hent alle data" when a file cannot be fetched: says which, saves nothing, and the next try works', async () => {
    const page = await site.open('/om-data/#hent');
    let fail = true;
    const koege = sampleData ? '/kommune/koege-eksempeldata.csv' : '/kommune/koege.csv';
    await page.route(`**${koege}`, (route) => (fail ? route.abort() : route.continue()));
    let saved = 0;
    page.on('download', () => saved++);
    await page.locator('[data-all-data-button]').click();
    await expect
      .poll(() => page.locator('[data-all-data-status]').textContent())
      .toBe(`Alle data kunne ikke hentes: ${koege} kunne ikke hentes (ingen forbindelse). Prøv igen, eller hent filerne én ad gangen herunder.`);
    expect(await page.locator('[data-all-data-button]').isEnabled()).toBe(true);
    expect(saved).toBe(0);
    fail = false;
    const file = await grab(page, '[data-all-data-button]');
    expect(readFileSync(file.path, 'utf8')).toContain('\n259,Køge,');
    await page.close();
    // The aborted request is this test's own doing; any other error still fails the check below.
    const errors = site.errors;
    errors.splice(0, errors.length, ...errors.filter((e) => !(e.startsWith('/om-data/#hent:') && e.includes('Failed to load resource'))));
  });

  test('the pages run without script errors', () => {
    expect(site.errors).toEqual([]);
  });
});
