/**
 * What the built site says about the law: every level shown is the one the law catalogue gives for that measure, its
 * target groups and that month; every statement about the law links its source (or /loven/, where each rule does); no
 * sentence about the law stands outside such a statement; the withdrawn, unsourced caveats appear nowhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { parseLawCatalogue } from '../../src/lib/law/law-catalogue.ts';
import { lawInPeriod } from '../../src/lib/law/law-in-period.ts';
import { parseCatalogue } from '../../src/lib/reference/catalogue.ts';
import { readPage, root, siteDir, siteFiles, siteKind, textOf } from '../support/site.ts';

const law = parseLawCatalogue(JSON.parse(readFileSync(join(root, 'data/catalogue/law.json'), 'utf8')));
const catalogue = parseCatalogue(JSON.parse(readFileSync(join(root, 'data/catalogue/indicators.json'), 'utf8')));
const sourceUrls = new Set([...law.sources.map((s) => s.url), ...law.acts.flatMap((a) => (a.url ? [a.url] : []))]);
const LAW_PAGE = /(^|\/)loven\/(#[a-z0-9-]+)?$/;
const citesSource = (el: HTMLElement | null) =>
  !!el &&
  [el, ...el.querySelectorAll('a[href]')].some((a) => a.tagName === 'A' && (LAW_PAGE.test(a.getAttribute('href')!) || sourceUrls.has(a.getAttribute('href')!)));

const pages = siteFiles().filter((f) => f.endsWith('.html') && !f.startsWith('/pagefind/'));
const parsed = new Map(pages.map((file) => [file, parse(readFileSync(join(siteDir, file), 'utf8'))]));

/** Sentences about what the law requires; a question ("Får borgerne de samtaler, loven kræver?") is not one. */
const LAW_WORDS = /lovens krav|loven kræver|loven fastsætter|loven sætter|loven lover|lovkrav|lovpligtig indsats/i;

describe('the law on every page comes from the catalogue, with its source', { timeout: 120_000 }, () => {
  test('every level or "intet niveau" a page states for a measure and a month is the catalogue’s for that measure’s groups and month', () => {
    let checked = 0;
    for (const [file, doc] of parsed) {
      for (const el of doc.querySelectorAll('[data-law-measure][data-law-level]')) {
        const measure = catalogue.indicators.find((i) => i.id === el.getAttribute('data-law-measure'));
        const period = el.getAttribute('data-law-period')!;
        expect(measure?.law, `${file}: ${el.getAttribute('data-law-measure')}`).toBeDefined();
        const now = lawInPeriod(law, measure!.law!, period, measure!.better === 'lower' ? 'without' : 'with');
        expect(el.getAttribute('data-law-level'), `${file}: ${measure!.id} ${period}`).toBe(now.level ? String(now.level.value) : 'ingen');
        const threshold = el.getAttribute('data-law-threshold');
        if (threshold) expect(threshold, `${file}: ${measure!.id} ${period} (STAR)`).toBe(now.threshold ? String(now.threshold.value) : 'ingen');
        checked++;
      }
    }
    // Real build: aktiveringsgrad and aktiveringsberørte on the map, kommune and /loven/ pages; demo: the letter and the tidlig-indsats pair too.
    expect(checked).toBeGreaterThan(siteKind === 'demo' ? 2000 : 100);
  });

  test('every statement about the law links its source, /loven/, or the part of the page that does', () => {
    let statements = 0;
    for (const [file, doc] of parsed) {
      for (const el of doc.querySelectorAll('[data-law]')) {
        const see = el.getAttribute('data-law-see');
        const header = el.closest('table')?.querySelector('thead') ?? null;
        const ok = citesSource(el) || (see !== undefined && citesSource(doc.getElementById(see))) || citesSource(header);
        expect(ok, `${file}: "${textOf(el.outerHTML).slice(0, 120)}"`).toBe(true);
        statements++;
      }
    }
    expect(statements).toBeGreaterThan(300);
  });

  test('no sentence about what the law requires stands outside a cited statement (links and questions aside)', () => {
    for (const [file, doc] of parsed) {
      // The last test to read the parsed pages: it cuts them up in place.
      const copy = doc.querySelector('body');
      if (!copy) continue;
      // Headings name sections ("Lovens krav over tid"); what they head is checked.
      for (const el of copy.querySelectorAll('[data-law], a, h1, h2, h3, h4, h5, h6, script, style, svg, template, noscript')) el.remove();
      for (const line of copy.structuredText.split('\n')) {
        // Questions and the law page's own name are not statements about what the law requires.
        const said = line.replace(/[^.?!]*\?/g, '').replace(/Hvad loven kræver/g, '');
        expect(said, `${file}: ${line}`).not.toMatch(LAW_WORDS);
      }
    }
  });

  test('the withdrawn caveats and levels are nowhere: no under-registered activation, no phone/video rule, no 225 hours, no passivity level', () => {
    const files = [...pages, '/data/metadata.json'];
    for (const file of files) {
      const text = readFileSync(join(siteDir, file), 'utf8');
      expect(text, file).not.toMatch(/underregistreret|telefon eller video|225 timer|højst 25[,0]*\u00a0?% uden indsats/);
    }
  });
});

describe('/loven/: the law per period and target group', () => {
  const html = readPage('/loven/');
  test('/loven/ has a part for every period, each rule with its source, and says when the sources were read', () => {
    for (const p of law.periods) expect(html, p.id).toContain(`id="${p.id}"`);
    const doc = parse(html);
    const rules = doc.querySelectorAll('[data-law-rule]');
    expect(new Set(rules.map((r) => r.getAttribute('data-law-rule')))).toEqual(new Set(law.rules.map((r) => r.id)));
    for (const rule of rules) expect(citesSource(rule), rule.getAttribute('data-law-rule')).toBe(true);
    expect(textOf(html)).toContain('Kilderne er sidst gennemgået 6. december 2026');
  });

  test('/loven/ tells STAR’s monitoring apart from the law, and marks what the sources leave open', () => {
    const text = textOf(html);
    expect(text).toContain("STAR's opfølgning – ikke loven");
    expect(text).toMatch(/Ikke afklaret i kilderne: Kommunerne får større frihed/);
    expect(text).toMatch(
      /Pr\. 6\. december 2026 er lovforslaget ikke fremsat i de kilder, Jobcentertjek har læst, så lovens krav fra 1\. januar 2027 er ikke beskrevet her endnu/,
    );
  });

  test('every verdict against the law links /loven/', () => {
    const kommune = parse(readPage('/kommune/aarhus/'));
    for (const verdict of kommune.querySelectorAll('p.verdict')) expect(verdict.querySelector('a')?.getAttribute('href'), verdict.text).toMatch(LAW_PAGE);
    expect(kommune.querySelectorAll('a').some((a) => LAW_PAGE.test(a.getAttribute('href') ?? ''))).toBe(true);
  });
});

describe.runIf(siteKind === 'demo')('sample data across the law change of July 2026', () => {
  test('Aarhus, July 2026: jobsamtaler for dagpengemodtagere are judged against at least 75 %, aktivitetsparate against no level', () => {
    const doc = parse(readPage('/kommune/aarhus/'));
    const line = (id: string) => doc.getElementById(`lov-${id}`)!;
    expect(textOf(line('tidlig-samtaler-dagpenge').outerHTML)).toMatch(/^Lovens krav i juli 2026: mindst 75\u00a0% inden for de første 6 måneder\./);
    expect(textOf(line('tidlig-samtaler-aktivitetsparate-kontanthjaelp').outerHTML)).toMatch(
      /^Loven fastsætter intet niveau for denne måling i juli 2026\. Reglen om jobsamtaler med mindst 75 % gælder dagpengemodtagere, jobparate kontanthjælpsmodtagere og ledighedsydelsesmodtagere – ikke aktivitetsparate/,
    );
    const block = doc.getElementById('tidlig-samtaler-aktivitetsparate-kontanthjaelp')!;
    expect(block.querySelector('p.verdict')).toBeNull();
  });
});
