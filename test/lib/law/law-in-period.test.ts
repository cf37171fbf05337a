import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';
import { parseLawCatalogue } from '../../../src/lib/law/law-catalogue.ts';
import { lawInPeriod, lawTimeline, levelSteps } from '../../../src/lib/law/law-in-period.ts';
import { requirementLevelText } from '../../../src/lib/words/requirement-words.ts';

const law = parseLawCatalogue(JSON.parse(readFileSync('data/catalogue/law.json', 'utf8')));
const catalogue = parseCatalogue(JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8')));
const measure = (id: string) => catalogue.indicators.find((i) => i.id === id)!;
const at = (id: string, period: string) => {
  const i = measure(id);
  return lawInPeriod(law, i.law!, period, i.better === 'lower' ? 'without' : 'with');
};
const words = (id: string, period: string) => {
  const level = at(id, period).level;
  return requirementLevelText(level?.value ?? null, measure(id).better, level?.window);
};

describe('lawInPeriod', () => {
  it('lawInPeriod: jobsamtaler for jobparate kontanthjælpsmodtagere in March 2021 — everyone, within the first 6 months (LAB § 31)', () => {
    expect(words('tidlig-samtaler-jobparate-kontanthjaelp', '2021M03')).toBe('alle (100\u00a0%) inden for de første 6 måneder');
    expect(at('tidlig-samtaler-jobparate-kontanthjaelp', '2021M03').level!.rule.sources).toContainEqual({ source: 'elov-lab-31', at: '§ 31' });
  });

  it('lawInPeriod: dagpengemodtagere in August 2026 — at least 75 % (lov nr. 1750), not 100 % as until June', () => {
    expect(words('tidlig-samtaler-dagpenge', '2026M08')).toBe('mindst 75\u00a0% inden for de første 6 måneder');
    expect(at('tidlig-samtaler-dagpenge', '2026M08').level!.rule.act).toBe('lov-1750-2025');
    expect(at('tidlig-samtaler-dagpenge', '2026M06').level!.value).toBe(100);
  });

  it('lawInPeriod: aktivitetsparate kontanthjælpsmodtagere in August 2026 — no level: the 75 % rule does not cover them', () => {
    const now = at('tidlig-samtaler-aktivitetsparate-kontanthjaelp', '2026M08');
    expect(now.level).toBeNull();
    expect(now.rules.map((r) => r.id)).toContain('samtaler-uden-75-2026');
    // What the sources leave open is kept apart, never as a level.
    expect(now.open.map((r) => r.id)).toContain('aktivitetsparate-2026');
  });

  it('lawInPeriod: the 75 % rule for jobsamtaler is not applied to "alle", nor to the letter’s 6–9-month measure after 2019', () => {
    expect(at('tidlig-samtaler-alle', '2026M08').level).toBeNull();
    expect(at('samtaler-dagpenge', '2026M08').level).toBeNull();
    expect(at('samtaler-dagpenge', '2021M03').level).toBeNull();
    expect(words('samtaler-dagpenge', '2018M12')).toBe('alle (100\u00a0%)');
  });

  it('lawInPeriod: a passivandel has no level in any period; STAR’s 30 % threshold is named where it applied, as monitoring', () => {
    for (const period of ['2017M08', '2018M12', '2021M03', '2026M07', '2026M08', '2027M02']) {
      expect(at('passiv-dagpenge', period).level).toBeNull();
      expect(at('passiv-aktivitetsparate', period).level).toBeNull();
      expect(at('aktive-tilbud-seneste-12-mdr', period).level).toBeNull();
    }
    const threshold = at('aktive-tilbud-seneste-12-mdr', '2021M03').threshold!;
    expect(threshold).toMatchObject({ value: 70, side: 'with' });
    expect(threshold.rule).toMatchObject({ id: 'skaerpet-tilsyn', kind: 'monitoring' });
    expect(at('aktive-tilbud-seneste-12-mdr', '2026M08').threshold).toBeNull();
    expect(at('passiv-aktivitetsparate', '2018M12').threshold).toBeNull();
  });

  it('lawInPeriod: STAR’s tidlig-indsats threshold — 80 % per group until November 2023, then for all ledige together', () => {
    expect(at('tidlig-samtaler-dagpenge', '2022M05').threshold).toMatchObject({ value: 80, rule: { id: 'tidlig-indsats-80' } });
    expect(at('tidlig-samtaler-dagpenge', '2024M05').threshold).toBeNull();
    expect(at('tidlig-samtaler-alle', '2024M05').threshold).toMatchObject({ value: 80, rule: { id: 'tidlig-indsats-20' } });
  });

  it('lawInPeriod: tilbud from July 2026 have no level per group (the 25 % exemption counts three groups together)', () => {
    expect(at('tidlig-tilbud-dagpenge', '2026M06').level!.value).toBe(100);
    expect(at('tidlig-tilbud-dagpenge', '2026M08').level).toBeNull();
    expect(at('tidlig-tilbud-dagpenge', '2026M08').rules.map((r) => r.id)).toEqual(['tilbud-2026']);
  });

  it('lawInPeriod: aktiveringsgrad for all kontanthjælpsmodtagere has no level, before or after July 2026, and names the act in force', () => {
    expect(at('aktiveringsgrad-kontanthjaelp', '2021M08')).toMatchObject({ level: null, threshold: null, act: { id: 'lab-2019' } });
    expect(at('aktiveringsgrad-kontanthjaelp', '2026M07')).toMatchObject({ level: null, act: { id: 'lov-1750-2025' } });
  });

  it('lawInPeriod: from January 2027 the new act is expected and sets no level here yet', () => {
    const now = at('tidlig-samtaler-dagpenge', '2027M01');
    expect(now.level).toBeNull();
    expect(now.act).toMatchObject({ id: 'ny-lab-2027', expected: true });
    expect(now.stretch?.id).toBe('fra-2027');
  });
});

describe('lawTimeline', () => {
  it('lawTimeline: dagpenge jobsamtaler 2019–2026 in stretches — nothing for this measure before 2020, 100 % under LAB and 2024, 75 % from July 2026', () => {
    const i = measure('tidlig-samtaler-dagpenge');
    const steps = lawTimeline(law, i.law!, 'with', '2019M11', '2026M08').map((s) => [s.from, s.to, s.now.level?.value ?? null]);
    expect(steps).toEqual([
      ['2019M11', '2019M12', null],
      ['2020M01', '2023M10', 100],
      ['2023M11', '2023M12', 100],
      ['2024M01', '2026M06', 100],
      ['2026M07', '2026M08', 75],
    ]);
  });
});

describe('levelSteps', () => {
  it('levelSteps: months of one level are one step, a month without a level is its own', () => {
    const levels: Record<string, number | null> = { '2026M05': 100, '2026M06': 100, '2026M07': 75, '2026M08': null };
    expect(levelSteps((p) => levels[p] ?? null, Object.keys(levels))).toEqual([
      { from: '2026M05', to: '2026M06', level: 100 },
      { from: '2026M07', to: '2026M07', level: 75 },
      { from: '2026M08', to: '2026M08', level: null },
    ]);
  });
});
