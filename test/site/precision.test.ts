/**
 * Exactly as published, read back off the built pages and files: every table heading says what its column counts, a
 * derived number says so wherever it is shown, every share in the table has the decimals of the file it came from,
 * and every file built from generated numbers says so in its name and on its rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { readPage, sampleData, siteDir, siteFiles, siteKind } from '../support/site.ts';

const WARNING = 'Eksempeldata – ikke officielle tal';
const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();
const csvFile = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join(siteDir, path), 'utf8').trim(), { header: true }).data;

/** Every page of the site (not the embeds' copies of a page's parts). */
const pages = siteFiles().filter((f) => f.endsWith('/index.html') && !f.startsWith('/pagefind/'));

describe('exactly as published, on the built site', () => {
  test('no table repeats a column heading: each says what it counts', { timeout: 30_000 }, () => {
    let tables = 0;
    const repeated: string[] = [];
    for (const file of pages) {
      for (const table of parse(readFileSync(join(siteDir, file), 'utf8')).querySelectorAll('table')) {
        tables++;
        const headings = table.querySelectorAll('thead th').map(text);
        const seen = new Set<string>();
        for (const heading of headings) {
          if (heading !== '' && seen.has(heading)) repeated.push(`${file}: "${heading}"`);
          seen.add(heading);
        }
        const labels = table.querySelectorAll('thead th[data-label]').map((th) => th.getAttribute('data-label')!);
        expect(new Set(labels).size, `${file}: the download columns`).toBe(labels.length);
      }
    }
    expect(tables).toBeGreaterThan(pages.length / 2);
    expect(repeated).toEqual([]);
  });

  /** A table page's numbers against the kommune files: how many were compared, and how many were shares published whole. */
  function checkTable(path: string): { compared: number; wholeShares: number } {
    const html = parse(readPage(path));
    const ids = html.querySelectorAll('table.data-table thead th').map((th) => th.getAttribute('data-measure') ?? '');
    const period = html.querySelector('[data-period]')!.getAttribute('data-period')!;
    const files = new Map<string, Map<string, string>>();
    const valueIn = (file: string, measure: string) => {
      if (!files.has(file))
        files.set(
          file,
          new Map(
            csvFile(file)
              .filter((r) => r['periode'] === period)
              .map((r) => [r['maaling']!, r['vaerdi']!]),
          ),
        );
      return files.get(file)!.get(measure) ?? '';
    };
    let compared = 0;
    let wholeShares = 0;
    for (const row of html.querySelectorAll('table.data-table tbody:not(.pinned) tr')) {
      const href = row.querySelector('th a')!.getAttribute('href')!.replace(/\/$/, '');
      const file = `${href.slice(href.indexOf('/kommune/'))}${sampleData ? '-eksempeldata' : ''}.csv`;
      row.querySelectorAll('td[data-value]').forEach((cell, i) => {
        const measure = ids[i + 2]!;
        expect(measure, 'each number column names its measure').not.toBe('');
        const published = valueIn(file, measure);
        expect(cell.getAttribute('data-value'), `${path} ${file} ${measure}`).toBe(published);
        if (published === '') return;
        compared++;
        const shown = text(cell)
          .replace(/\*.*$/, '')
          .replace(/ \(afledt\)$/, '')
          .replace(/\./g, '')
          .replace(/ %$/, '')
          .replace(',', '.');
        expect(shown, `${path} ${file} ${measure} as shown`).toBe(published);
        if (text(cell).endsWith('%') && !published.includes('.')) wholeShares++;
      });
    }
    return { compared, wholeShares };
  }

  test('/tabel/: every number is the one in its kommune’s file, with the same decimals, shown in Danish', () => {
    // The newest month, and the month with the most shares published as whole numbers ("8", shown "8 %", never "8,0 %").
    const whole = new Map<string, number>();
    for (const file of siteFiles().filter((f) => /^\/kommune\/[^/]+\.csv$/.test(f)))
      for (const r of csvFile(file))
        if (r['vaerdi'] && !r['vaerdi'].includes('.') && /-pct$|grad|beroerte/.test(r['maaling']!))
          whole.set(r['periode']!, (whole.get(r['periode']!) ?? 0) + 1);
    const [mostWhole] = [...whole].sort((a, b) => b[1] - a[1])[0] ?? [];
    const newest = checkTable('/tabel/');
    expect(newest.compared).toBeGreaterThan(98 * 5);
    if (siteKind === 'real') {
      expect(mostWhole, 'the real data has shares published as whole numbers').toBeDefined();
      const older = checkTable(`/tabel/${mostWhole}/`);
      expect(older.wholeShares).toBe(whole.get(mostWhole!));
    }
  });

  test('the November 2017 figures derived from the letter say so wherever they are shown, and in hele-landet.csv', () => {
    const rows = csvFile(sampleData ? '/data/hele-landet-eksempeldata.csv' : '/data/hele-landet.csv');
    const derived = rows.filter((r) => (r['bemaerkning'] ?? '').startsWith('afledt: '));
    expect(derived.length, 'the seven national samtaler figures of the letter').toBe(7);
    for (const r of derived) expect(r['periode'], r['maaling']).toBe('2017M11');
    // Where the site has no samtaler per kommune, the front page and /om-data/ show the letter's national table.
    const letterPages = siteKind === 'real' ? ['/', '/om-data/'] : [];
    for (const path of letterPages) {
      const html = parse(readPage(path));
      const letterTable = html.querySelectorAll('table').find((t) => t.querySelector('.derived'));
      expect(letterTable, `${path}: the letter's table`).toBeTruthy();
      // The first number column is November 2017: every one of its cells is marked, and the note says what that means.
      const cells = letterTable!.querySelectorAll('tbody tr').map((tr) => tr.querySelectorAll('td')[0]!);
      expect(cells.length).toBe(derived.length);
      for (const cell of cells) expect(text(cell), path).toMatch(/^\d+ % \(afledt\)$/);
      expect(text(html.querySelector('.derived-note')!)).toContain('ikke et offentliggjort tal');
      expect(text(html), 'derived figures are not called official').not.toMatch(/her er de officielle tal/i);
    }
    // Where the table has November 2017, Hele landet's derived cells are marked there too.
    const table = siteFiles().includes('/tabel/2017M11/index.html') ? parse(readPage('/tabel/2017M11/')) : undefined;
    if (table) {
      const ids = table.querySelectorAll('table.data-table thead th').map((th) => th.getAttribute('data-measure') ?? '');
      const national = table.querySelectorAll('tbody.pinned tr td');
      for (const r of derived) {
        const cell = national[ids.indexOf(r['maaling']!) - 1];
        expect(cell && text(cell), `/tabel/2017M11/ ${r['maaling']}`).toMatch(/^\d+ % \(afledt\)$/);
      }
      expect(text(table.querySelector('.derived-note')!)).toContain('ikke et offentliggjort tal');
    } else expect(letterPages.length, 'the derived figures are shown somewhere').toBeGreaterThan(0);
  });

  test('every file built from generated numbers says so in its name and on each generated row', () => {
    const csvs = siteFiles().filter((f) => f.endsWith('.csv'));
    expect(csvs.length).toBeGreaterThanOrEqual(99);
    for (const file of csvs) {
      const rows = csvFile(file);
      const generated = rows.filter((r) => r['eksempeldata'] === 'ja');
      if (!sampleData) {
        expect(generated, file).toEqual([]);
        expect(file).not.toContain('eksempeldata');
        continue;
      }
      expect(file, 'a file of the demo build').toContain('eksempeldata');
      for (const r of generated) expect(r['bemaerkning'], `${file} ${r['kommunekode']} ${r['periode']} ${r['maaling']}`).toBe(WARNING);
    }
  });
});
