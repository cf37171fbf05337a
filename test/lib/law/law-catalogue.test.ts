import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLawCatalogue } from '../../../src/lib/law/law-catalogue.ts';
import { linkCatalogues } from '../../../src/lib/law/link-catalogues.ts';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';

const json = () => JSON.parse(readFileSync('data/catalogue/law.json', 'utf8'));
const law = parseLawCatalogue(json());

describe('parseLawCatalogue', () => {
  it('parseLawCatalogue: every rule, level, threshold, break, measure and changing group names at least one source with an address', () => {
    const cited = [...law.rules, ...law.breaks, ...law.measures, ...law.groups.filter((g) => g.from || g.to)];
    expect(cited.length).toBeGreaterThan(30);
    const urls = new Map(law.sources.map((s) => [s.id, s.url]));
    for (const item of cited) {
      expect(item.sources?.length, item.id).toBeGreaterThan(0);
      for (const c of item.sources!) expect(urls.get(c.source), `${item.id}: ${c.source}`).toMatch(/^https?:\/\//);
    }
  });

  it('parseLawCatalogue: nothing inferred sets a level; every level belongs to a rule marked verified', () => {
    for (const rule of law.rules) if (rule.level) expect(rule.status, rule.id).toBe('verified');
    expect(law.rules.filter((r) => r.status === 'inferred').map((r) => r.id)).toEqual(['aktivitetsparate-2026', 'sygemeldte-2026']);
  });

  it('parseLawCatalogue: the withdrawn, unsourced caveats and levels are gone — no passivandel level, no 225 hours, no 75 % for aktivitetsparate', () => {
    const text = JSON.stringify(json());
    expect(text).not.toMatch(/underregistreret|telefon eller video|225 timer/);
    expect(law.rules.some((r) => r.level?.measures.includes('passiv-12-mdr') && r.kind === 'law')).toBe(false);
    const seventyFive = law.rules.filter((r) => r.level?.value === 75).flatMap((r) => r.groups);
    expect(seventyFive.sort()).toEqual(['dagpenge', 'jobparate-kontanthjaelp', 'ledighedsydelse']);
  });

  it('parseLawCatalogue: a rule without a source, an inferred rule with a level and an unknown group are all reported at once', () => {
    const bad = json();
    bad.rules[0].sources = [];
    bad.rules.find((r: { id: string }) => r.id === 'aktivitetsparate-2026').level = { measures: ['samtaler-6-mdr'], value: 75 };
    bad.rules[1].groups.push('jobparate-ungdom');
    expect(() => parseLawCatalogue(bad)).toThrow(/rules\.0\.sources: skal nævne mindst én kilde/);
    bad.rules[0].sources = [{ source: 'ukendt-kilde' }];
    expect(() => parseLawCatalogue(bad)).toThrow(
      /ukendt kilde "ukendt-kilde"[\s\S]*ukendt målgruppe "jobparate-ungdom"[\s\S]*"aktivitetsparate-2026": en udledt regel \(inferred\) må ikke sætte et niveau/,
    );
  });

  it('parseLawCatalogue: a target group can end and another start without code — the 2027 act’s five groups are data, with their break', () => {
    const next = json();
    next.groups.find((g: { id: string }) => g.id === 'jobparate-kontanthjaelp').to = '2026-12-31';
    next.groups.push({ id: 'ledige-2027', name: 'ledige (ny målgruppe)', from: '2027-01-01', sources: [{ source: 'star-reform-proces' }] });
    expect(() => parseLawCatalogue(next)).toThrow(/"jobparate-kontanthjaelp": en målgruppe, der begynder eller slutter, skal nævne sin kilde/);
    next.groups.find((g: { id: string }) => g.id === 'jobparate-kontanthjaelp').sources = [{ source: 'star-reform-proces' }];
    expect(parseLawCatalogue(next).groups.at(-1)).toMatchObject({ id: 'ledige-2027', from: '2027-01-01' });
  });
});

describe('linkCatalogues', () => {
  it('linkCatalogues: the project’s two catalogues fit; a measure naming an unknown group or law measure is reported', () => {
    const catalogue = parseCatalogue(JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8')));
    expect(() => linkCatalogues(catalogue, law)).not.toThrow();
    const broken = structuredClone(catalogue);
    broken.indicators.find((i) => i.id === 'passiv-dagpenge')!.law = { groups: ['dagpenge', 'alle-ledige'], measure: 'passiv-0-mdr' };
    expect(() => linkCatalogues(broken, law)).toThrow(/ukendt målgruppe "alle-ledige"[\s\S]*ukendt lovmåling "passiv-0-mdr"/);
  });
});
