/**
 * The built site as files: every page a crawler, a screen reader or a visitor without JavaScript gets.
 * Pure reads of SITE_DIR (default dist/); what kind of data it was built on comes from SITE_DATA.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { kb, pageWeight } from '../support/page-weight.ts';
import { fileFor, readPage, registry, root, sampleData, siteDir, siteFiles, siteKind, textOf } from '../support/site.ts';

const SAMPLE_WARNING = 'Eksempeldata – ikke officielle tal';
const htmlPages = siteFiles().filter((p) => p.endsWith('.html'));
const pages = new Map(htmlPages.map((p) => [p, readFileSync(join(siteDir, p), 'utf8')]));
const urlOf = (file: string) => file.replace(/index\.html$/, '');

/** href/src values of a page, with the tag they sit in. */
function references(html: string): { tag: string; ref: string }[] {
  const out: { tag: string; ref: string }[] = [];
  for (const [tag] of html.matchAll(/<[a-z][^>]*\s(?:href|src)\s*=[^>]*>/gi)) {
    for (const [, , ref] of tag.matchAll(/\s(href|src)\s*=\s*"([^"]*)"/gi)) out.push({ tag: tag.slice(0, 80), ref: ref! });
  }
  return out;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => m[1]!));

describe('kommune pages', () => {
  test('all 98 kommuner have a page at /kommune/<slug>/, and nothing else sits there', () => {
    expect(registry).toHaveLength(98);
    const missing = registry.filter((k) => !existsSync(fileFor(`/kommune/${k.slug}/`))).map((k) => k.slug);
    expect(missing).toEqual([]);
    // One folder per kommune page, and beside it the kommune's own CSV and Atom feed: nothing else, nothing missing.
    const entries = readdirSync(join(siteDir, 'kommune'));
    expect(entries.filter((name) => !/\.(csv|atom)$/.test(name)).sort()).toEqual(registry.map((k) => k.slug).sort());
    expect(entries.filter((name) => name.endsWith('.csv')).sort()).toEqual(registry.map((k) => `${k.slug}${sampleData ? '-eksempeldata' : ''}.csv`).sort());
    expect(entries.filter((name) => name.endsWith('.atom')).sort()).toEqual(registry.map((k) => `${k.slug}.atom`).sort());
    for (const slug of ['hoeje-taastrup', 'koebenhavn', 'aeroe', 'koege', 'laesoe', 'aarhus']) {
      expect(existsSync(fileFor(`/kommune/${slug}/`)), slug).toBe(true);
    }
  });

  test('the search index reads words apart: no "KommuneVærdi" where two cells or terms meet', () => {
    const dir = join(siteDir, 'pagefind/fragment');
    const glued: string[] = [];
    for (const name of readdirSync(dir)) {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as { url: string; content: string };
      for (const match of fragment.content.matchAll(/\S*[a-zæøå][A-ZÆØÅ][a-zæøå]\S*/g)) {
        if (!/JavaScript/.test(match[0])) glued.push(`${fragment.url}: ${match[0]}`); // a real word with a capital inside
      }
    }
    expect(glued).toEqual([]);
  });

  test('each kommune page is about its kommune: the h1 and the title name it', () => {
    for (const k of registry) {
      const html = readPage(`/kommune/${k.slug}/`);
      expect(textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]!), k.slug).toBe(k.name);
      expect(/<title>([^<]*)<\/title>/.exec(html)![1], k.slug).toContain(k.name);
    }
  });

  test('a kommune page can be read without JavaScript: its numbers and the national figure are in the HTML', () => {
    const text = textOf(readPage('/kommune/koege/'));
    expect(text).toMatch(/\d+,\d\u00a0%/);
    expect(text).toContain('Hele landet');
    expect(text).toContain('Køge');
  });
});

describe('links', () => {
  test('every internal href/src on every page points at a file in the build', () => {
    const broken: string[] = [];
    for (const [page, html] of pages) {
      for (const { tag, ref } of references(html)) {
        if (!ref.startsWith('/') || ref.startsWith('//')) continue;
        if (!existsSync(fileFor(ref))) broken.push(`${urlOf(page)} → ${ref}   (${tag})`);
      }
    }
    expect(broken, `${broken.length} brudte links:\n${broken.slice(0, 40).join('\n')}`).toEqual([]);
  });

  test('every in-site #fragment points at an element with that id', { timeout: 60_000 }, () => {
    const broken: string[] = [];
    // Each target's ids once: pages link the same few pages (/loven/, /om-data/, the maps) thousands of times.
    const known = new Map<string, Set<string>>();
    const idsIn = (file: string, html: () => string) => known.get(file) ?? known.set(file, idsOf(html())).get(file)!;
    for (const [page, html] of pages) {
      for (const { ref } of references(html)) {
        const match = /^(\/[^#?]*)?(?:\?[^#]*)?#(.+)$/.exec(ref);
        if (!match) continue;
        const target = match[1] ? fileFor(match[1]) : join(siteDir, page);
        if (!target.endsWith('.html') || !existsSync(target)) continue; // a missing file is the test above
        if (!idsIn(target, () => (match[1] ? readFileSync(target, 'utf8') : html)).has(decodeURIComponent(match[2]!))) broken.push(`${urlOf(page)} → ${ref}`);
      }
    }
    expect(broken, `${broken.length} ankre uden mål:\n${broken.slice(0, 40).join('\n')}`).toEqual([]);
  });
});

describe('every page', () => {
  test('has lang="da", exactly one h1, a non-empty title and a meta description', () => {
    const problems: string[] = [];
    for (const [page, html] of pages) {
      if (!/<html\b[^>]*\slang="da"/.test(html)) problems.push(`${page}: <html> mangler lang="da"`);
      const h1s = html.match(/<h1\b/g)?.length ?? 0;
      if (h1s !== 1) problems.push(`${page}: ${h1s} <h1>`);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      if (!title) problems.push(`${page}: tom eller manglende <title>`);
      const description = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html)?.[1]?.trim();
      if (!description) problems.push(`${page}: mangler meta description`);
    }
    expect(problems).toEqual([]);
    expect(pages.size).toBeGreaterThan(98 + 4);
  });

  test.runIf(sampleData)('on sample data: says "Eksempeldata – ikke officielle tal", and the downloads are named as sample data', () => {
    const problems: string[] = [];
    for (const [page, html] of pages) {
      if (!textOf(html).includes(SAMPLE_WARNING)) problems.push(`${page}: mangler "${SAMPLE_WARNING}"`);
      const allData = [...html.matchAll(/<a\b[^>]*href="\/om-data\/#hent"[^>]*>([\s\S]*?)<\/a>/g)];
      if (allData.length === 0) problems.push(`${page}: intet link til "Hent alle data"`);
      for (const [, label] of allData) if (!/eksempeldata/i.test(textOf(label!))) problems.push(`${page}: "${textOf(label!)}" siger ikke eksempeldata`);
      for (const [, href] of html.matchAll(/href="(\/data\/[^"]*\.csv)"/g))
        if (!href!.includes('eksempeldata')) problems.push(`${page}: CSV-linket ${href} siger ikke eksempeldata`);
    }
    expect(problems.slice(0, 30)).toEqual([]);
    const metadata = JSON.parse(readFileSync(join(siteDir, 'data/metadata.json'), 'utf8')) as { tables: { url: string }[]; warning: string | null };
    expect(metadata.tables[0]!.url).toContain('eksempeldata');
    expect(metadata.warning).toContain(SAMPLE_WARNING);
    expect(readPage('/om-data/')).toContain('jobcentertjek-data-eksempeldata.csv');
  });

  test('every number is kept once as CSV: the area files the CSVW metadata lists, one per area, with the columns it describes', () => {
    const metadata = JSON.parse(readFileSync(join(siteDir, 'data/metadata.json'), 'utf8')) as {
      tables: { url: string; 'dc:title': string }[];
      tableSchema: { columns: { name: string }[] };
    };
    expect(metadata.tables).toHaveLength(99);
    expect(metadata.tables[0]!['dc:title']).toBe('Hele landet');
    const seen = new Map<string, string>();
    for (const table of metadata.tables) {
      const lines = readFileSync(join(siteDir, 'data', table.url), 'utf8')
        .trim()
        .split('\n');
      expect(lines[0]!.split(','), table.url).toEqual(metadata.tableSchema.columns.map((c) => c.name));
      const codes = new Set(lines.slice(1).map((line) => line.slice(0, 3)));
      expect(codes.size, `${table.url}: ét område`).toBeLessThanOrEqual(1);
      for (const line of lines.slice(1)) {
        const key = line.split(',').slice(0, 4).join(',');
        expect(seen.get(key), `${key} står både i ${seen.get(key)} og ${table.url}`).toBeUndefined();
        seen.set(key, table.url);
      }
    }
    const listed = readPage('/om-data/').match(/<details class="area-files"[\s\S]*?<\/details>/)![0];
    expect([...listed.matchAll(/href="([^"]+\.csv)"/g)].map((m) => `..${m[1]}`)).toEqual(metadata.tables.map((t) => t.url));
    const bulk = siteFiles().filter((p) => /\.csv$/.test(p) && !p.startsWith('/kommune/') && !/^\/data\/hele-landet(-eksempeldata)?\.csv$/.test(p));
    expect(bulk, 'no second copy of the numbers as CSV').toEqual([]);
  });

  test.runIf(siteKind === 'real')('on real data: no page, download, feed or script says Eksempeldata', () => {
    const saying = [...pages].filter(([, html]) => /eksempeldata/i.test(textOf(html))).map(([page]) => page);
    expect(saying).toEqual([]);
    // Data files, not scripts: the map's picture code knows the warning text for sample builds.
    const text = siteFiles().filter((p) => /\.(csv|atom|json|svg)$/.test(p) && !p.startsWith('/pagefind/'));
    expect(text.filter((p) => /Eksempeldata – ikke officielle tal|eksempeldata=ja|,ja\n/i.test(readFileSync(join(siteDir, p), 'utf8')))).toEqual([]);
    expect(existsSync(join(siteDir, 'data/hele-landet.csv'))).toBe(true);
    expect(textOf(readPage('/om-data/'))).toMatch(/til én fil,\s*jobcentertjek-data\.csv\s*,/);
  });
});

describe.runIf(siteKind === 'real')('real data, built from the embedded files alone', () => {
  const release = join(root, 'data/releases/2026-08-22');
  const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

  test('the CSV downloads have the documented header and the published Albertslund value for August 2021', () => {
    const own = readFileSync(join(siteDir, 'kommune/albertslund.csv'), 'utf8').split(/\r?\n/);
    expect(own[0]).toBe('kommunekode,kommune,periode,maaling,vaerdi,bemaerkning');
    expect(own).toContain('165,Albertslund,2021M08,aktiveringsgrad-kontanthjaelp,10.4,');
    expect(
      own.filter((line) => /^\d{3},/.test(line) && !/^165,/.test(line)),
      'only Albertslund: Hele landet is written once, beside it',
    ).toEqual([]);
    const nation = readFileSync(join(siteDir, 'data/hele-landet.csv'), 'utf8').split(/\r?\n/);
    expect(nation[0]).toBe('kommunekode,kommune,periode,maaling,vaerdi,bemaerkning');
    expect(nation).toContain('000,Hele landet,2021M08,ledige-antal,96938,');
    expect(nation).toContain(
      '000,Hele landet,2017M11,samtaler-dagpenge,50,afledt: brevets tal for december 2018 minus den stigning i procentpoint siden november 2017 som brevet angiver',
    );
    expect(nation.filter((line) => /^\d{3},/.test(line) && !/^000,/.test(line))).toEqual([]);
  });

  test('the Albertslund page shows its aktiveringsgrad for the newest month exactly as published in the archived file', () => {
    const source = readFileSync(join(release, 'y60c07_aktivering_kontanthjaelp.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const header = source[0]!.split(';');
    const column = header.findIndex((h) => h.includes('Aktiveringsgrad (pct.)'));
    const rows = source
      .slice(1)
      .map((l) => l.split(';'))
      .filter((r) => r[1] === 'Albertslund')
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    const [period] = rows[rows.length - 1]!;
    const value = rows[rows.length - 1]![column]!;
    const month = `${MONTHS[Number(period!.slice(5)) - 1]} ${period!.slice(0, 4)}`;

    const html = readPage('/kommune/albertslund/');
    const block = /<article\b[^>]*id="aktiveringsgrad-kontanthjaelp"[\s\S]*?<\/article>/.exec(html);
    expect(block, 'Albertslund-siden har ingen blok for aktiveringsgrad').not.toBeNull();
    const text = textOf(block![0]);
    expect(text).toContain(`${value}\u00a0%`);
    expect(text).toContain(`Albertslund, ${month}`);
  });

  test('the front page draws the geographic map with all 98 kommuner, the Copenhagen inset and the boundary credit', () => {
    const html = readPage('/');
    const national = /<svg[^>]*class="[^"]*national[^"]*"[\s\S]*?<\/svg>/.exec(html)![0];
    const codes = new Set([...national.matchAll(/data-code="(\d{3})"/g)].map((m) => m[1]));
    expect(codes.size).toBe(98);
    expect(html).toContain('Hovedstadsområdet forstørret');
    expect(textOf(html)).toContain('Kommunegrænser: DAGI 1:500.000');
  });

  test("the interview and passivity measures show what is real: the letter's national figures, their age, the law, and that kommune figures are missing", () => {
    const text = textOf(readPage('/'));
    expect(text).toContain('Tal pr. kommune for samtaler er ikke med i denne udgave af Jobcentertjek');
    expect(text).toContain('Tal pr. kommune for tilbud og aktiv indsats er ikke med i denne udgave af Jobcentertjek');
    expect(text).toMatch(/De nyeste tal er fra december 2018, 7 år før sidens nyeste tal \(juli 2026\)\./);
    expect(text).toMatch(/Dagpengemodtagere 50\u00a0% \(afledt\) 67\u00a0% \+17 procentpoint alle \(100\u00a0%\)/);
    // The front page speaks to citizens; how the figures are measured and get in is on /om-data/, linked.
    expect(text).not.toContain('Sådan kommer tallene med:');
    expect(text).not.toContain("jobindsats' API");
    expect(readPage('/')).toContain('href="/om-data/#emne-samtaler"');
    const method = textOf(readPage('/om-data/'));
    expect(method).toContain('Sådan måles det:');
    expect(method).toContain('Afholdelse af samtaler. Antal og andel personer');
    expect(method).toContain('Sådan kommer tallene med:');
  });

  test('the site credits what it shows: jobindsats, the letter, the boundaries — and never sample data', () => {
    const footer = textOf(/<footer[\s\S]*<\/footer>/.exec(readPage('/om-data/'))![0]);
    expect(footer).toContain('Kilde: Jobindsats.dk, Styrelsen for Arbejdsmarked og Rekruttering (STAR)');
    expect(footer).toContain('Beskæftigelsesministerens brev');
    expect(footer).toContain('Kommunegrænser: DAGI');
    expect(footer).not.toContain('Eksempeldata');
  });

  test('/om-data/ logs the first release with its date and what it added', () => {
    const text = textOf(readPage('/om-data/'));
    expect(text).toMatch(
      /22\. august 2026 ?: Jobindsats\.dk \(STAR\), hentet via jobindsats' API v3 [\d.]+ værdier i 6 filer: [\d.]+ nye, 0 rettede og 0 uændrede\./,
    );
  });
});

describe('page weight (gzip, HTML + CSS + JS it loads)', () => {
  test('every kommune page is at most 60 KB', () => {
    const weights = registry.map((k) => pageWeight(siteDir, `/kommune/${k.slug}/`));
    const heaviest = weights.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    expect(heaviest.missing).toEqual([]);
    expect(heaviest.gzip, `${heaviest.page}: ${kb(heaviest.gzip)} (${heaviest.assets.map((a) => `${a.path} ${kb(a.gzip)}`).join(', ')})`).toBeLessThanOrEqual(
      60 * 1024,
    );
  });

  test('the front page is at most 150 KB', () => {
    const front = pageWeight(siteDir, '/');
    expect(front.missing).toEqual([]);
    expect(
      front.assets.some((a) => a.path.endsWith('.js')),
      'forsiden indlæser ikke kortets script',
    ).toBe(true);
    expect(front.gzip, `${kb(front.gzip)}: ${front.assets.map((a) => `${a.path} ${kb(a.gzip)}`).join(', ')}`).toBeLessThanOrEqual(150 * 1024);
  });
});
