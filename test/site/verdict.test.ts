/**
 * Does the page answer the question? Against the law first, better or worse for citizens in words (text, map names,
 * tooltips), no "klart" for tiny groups, similar kommuner beside the nation, and the words explained where they appear.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useSite } from '../support/site-browser.ts';
import { readPage, root, siteDir, siteFiles, siteKind, textOf } from '../support/site.ts';

const catalogue = JSON.parse(readFileSync(join(root, 'data/catalogue/indicators.json'), 'utf8')) as {
  indicators: { id: string; unit: string; better: string; role: string }[];
};
const ariaLabels = (html: string) =>
  [...html.matchAll(/<a [^>]*class="k[^"]*"[^>]*aria-label="([^"]*)"|<a [^>]*aria-label="([^"]*)"[^>]*class="k[^"]*"/g)].map((m) => m[1] ?? m[2]!);
const mapLabels = (path: string) => ariaLabels(readPage(path)).filter((l) => /^[^:]+: /.test(l));
/** Comparisons said only as over/under, the way the site no longer speaks. */
const BARE_POSITION = /\b(over|under) hele landet\b/;

describe('the map says better or worse for citizens, never just over or under', () => {
  const mapPages = siteFiles().filter((f) => /^\/kort\/[^/]+\/index\.html$/.test(f));

  test('every map page: shape names and the headline compare in bedre/dårligere words (or levels, or too few persons)', () => {
    expect(mapPages.length).toBeGreaterThan(0);
    for (const file of mapPages) {
      const html = readFileSync(join(siteDir, file), 'utf8');
      const id = file.split('/')[2]!;
      const measure = catalogue.indicators.find((i) => i.id === id)!;
      const labels = mapLabels(file.replace(/index\.html$/, ''));
      expect(labels.length, file).toBeGreaterThanOrEqual(98);
      for (const label of labels) expect(label, `${file}: ${label}`).not.toMatch(BARE_POSITION);
      const headline = /id="map-headline">([^<]*)</.exec(html)![1]!;
      expect(headline, file).not.toMatch(BARE_POSITION);
      if (measure.better !== 'neutral') {
        const compared = labels.filter((l) => /(bedre|dårligere) for borgerne end hele landet|på niveau med hele landet|for få personer/i.test(l));
        expect(compared.length, `${file}: names that compare with the nation`).toBeGreaterThan(80);
        expect(headline, file).toMatch(/dårligere end hele landet|levede op til lovens krav/);
      }
    }
  });

  test('counts are not coloured on a map (it would mostly show where many people live): every map is of a share', () => {
    for (const file of mapPages) {
      const id = file.split('/')[2]!;
      expect(catalogue.indicators.find((i) => i.id === id)?.unit, id).toBe('pct');
    }
  });

  const site = useSite();
  test('hovering a kommune: the tooltip says what its accessible name says, in bedre/dårligere words', async () => {
    const page = await site.open('/');
    const shape = page.locator('svg.national a.k[data-code="751"]');
    const name = (await shape.getAttribute('aria-label'))!;
    expect(name).toMatch(/^Aarhus: /);
    expect(name).toMatch(/bedre for borgerne end|dårligere for borgerne end|på niveau med|for få personer/i);
    await shape.focus();
    const tooltip = page.locator('.map-explorer .tooltip');
    await tooltip.waitFor({ state: 'visible', timeout: 3000 });
    expect(await tooltip.textContent()).toContain(name);
    await page.close();
  });
});

describe.runIf(siteKind === 'real')('real data: the law sets no level for activation, and the page says so once', () => {
  test('a kommune page says once, plainly, that the law sets no level, and links the act on retsinformation and the source', () => {
    const html = readPage('/kommune/aarhus/');
    const notes = [...html.matchAll(/<p class="law-note"[\s\S]*?<\/p>/g)].map((m) => m[0]);
    expect(notes).toHaveLength(1);
    expect(textOf(notes[0]!)).toMatch(/Loven fastsætter intet niveau for aktiveringsgrad og andel aktiveringsberørte/);
    expect(notes[0]).toMatch(/href="https:\/\/www\.retsinformation\.dk\/eli\/lta\/\d{4}\/\d+"/);
    expect(textOf(notes[0]!)).toMatch(/loven på retsinformation\.dk , hvad loven kræver og tallene hos Jobindsats\.dk, tabel Y60C07/);
    expect(notes[0]).toMatch(/href="\/loven\/#(fra-juli-2026|fra-2024)"/);
  });

  test('Læsø (7 kontanthjælpsmodtagere) is never "klart dårligere": the page says the group is too small, in one line', () => {
    const text = textOf(readPage('/kommune/laesoe/'));
    expect(text).not.toMatch(/klart dårligere|klart bedre end \d+/);
    expect(text).toMatch(/er grupperne i Læsø for små til at sige, om kommunen ligger bedre eller dårligere end hele landet/);
    expect(text).toMatch(/Med \d+ personer? i målgruppen er gruppen for lille til at sige, om forskellen er reel/);
    expect(text).toContain('Ikke rangeret blandt kommunerne, fordi gruppen er for lille.');
    // Not headlined either: the change of a group under 10 persons is plain, not bold, and says why.
    const html = readPage('/kommune/laesoe/');
    const changes = [...html.matchAll(/<span class="big-change( small)?"[^>]*>([\s\S]*?)<\/span>/g)];
    expect(changes.length).toBeGreaterThan(0);
    const small = changes.filter((m) => m[1]);
    expect(small.length, 'a small group on Læsø').toBeGreaterThan(0);
    for (const m of small) expect(textOf(m[2]!)).toContain('lille gruppe');
    const aarhus = [...readPage('/kommune/aarhus/').matchAll(/<span class="big-change( small)?"/g)];
    expect(
      aarhus.filter((m) => m[1]),
      'Aarhus: no group is small',
    ).toEqual([]);
  });

  test('Aarhus is compared with similar kommuner beside the nation, and they are named with links', () => {
    const html = readPage('/kommune/aarhus/');
    const section = /<section aria-labelledby="lignende"[^>]*>[\s\S]*?<\/section>/.exec(html)![0];
    const links = [...section.matchAll(/<li[^>]*><a href="\/kommune\/([a-z-]+)\/"/g)].map((m) => m[1]);
    expect(links).toHaveLength(5);
    expect(links).not.toContain('aarhus');
    expect(links).toContain('koebenhavn');
    // "midtværdi" links the glossary (issue 19), so the text around the link may carry a space.
    expect(textOf(html)).toMatch(/Lignende kommuner \( ?midtværdi ?\)/);
    expect(textOf(html)).toMatch(/Det er (bedre for borgerne end|dårligere for borgerne end|på niveau med) lignende kommuner \(\d+,\d\u00a0%\)/);
  });

  test('what moved a share: ordinære løntimer is explained by more or fewer people with løntimer and the recipients', () => {
    const text = textOf(readPage('/kommune/aarhus/'));
    expect(text).toMatch(
      /Andel med ordinære løntimer: Fra juni 2025 til juni 2026 steg andelen med ordinære løntimer 3,5 procentpoint \(fra 7,4\u00a0% til 10,9\u00a0%\): 210 flere med ordinære løntimer, mens antallet af kontanthjælpsmodtagere faldt med 127\./,
    );
  });
});

describe.runIf(siteKind === 'demo')("sample data with the law's levels: the verdict against the law comes first", () => {
  test('each interview block on a kommune page leads with the distance to the law, before the number and the nation', () => {
    const html = readPage('/kommune/aarhus/');
    const blocks = [...html.matchAll(/<article class="indicator card"[\s\S]*?<\/article>/g)].map((m) => m[0]).filter((b) => b.includes('samtaler'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const verdict = block.indexOf('class="verdict');
      if (verdict < 0) continue; // not published for Aarhus in that month
      expect(verdict).toBeLessThan(block.indexOf('class="big-value"'));
      expect(textOf(block.slice(verdict, block.indexOf('</p>', verdict)))).toMatch(
        /ud af 10 .* fik ikke de (job)?samtaler, loven kræver|procentpoint under lovens krav|lever op til lovens krav|Færre end 1 ud af 20/,
      );
    }
    expect(textOf(html)).toMatch(/Aarhus lever (ikke )?op til lovens krav på/);
  });

  test("an interview map leads with how many kommuner live up to the law, and the nation's distance to it", () => {
    const html = readPage('/kort/samtaler-dagpenge/');
    expect(/id="map-headline">([^<]*)</.exec(html)![1]).toMatch(/^(Ingen af|\d+ af) \d+ kommuner levede op til lovens krav \((100|mindst 75)\u00a0%\) i /);
    expect(textOf(/id="map-detail">[\s\S]*?<\/span>/.exec(html)![0])).toMatch(/hele landet fik ikke de samtaler, loven kræver|Hele landet ligger/);
  });
});

describe('words a citizen knows', () => {
  test('kommune pages link the words of the glossary where they appear, to an entry that exists on /ordliste/', () => {
    const glossaryIds = new Set([...readPage('/ordliste/').matchAll(/<div id="([^"]+)"[^>]*>\s*<dt/g)].map((m) => m[1]));
    const terms = [...readPage('/kommune/aarhus/').matchAll(/<a class="term" href="\/ordliste\/#([^"]+)"[^>]*>([^<]+)<\/a>/g)];
    expect(terms.length).toBeGreaterThan(2);
    for (const [, id, word] of terms) expect(glossaryIds.has(id), `${word} → #${id}`).toBe(true);
    expect(terms.map((t) => t[1])).toContain(siteKind === 'real' ? 'aktiveringsgrad' : 'fuldtidsperson');
  });
});
