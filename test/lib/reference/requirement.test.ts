import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '../../../src/lib/reference/catalogue.ts';
import { requirementFor, requirementSteps } from '../../../src/lib/reference/requirement.ts';

const catalogue = parseCatalogue(JSON.parse(readFileSync('data/catalogue/indicators.json', 'utf8')));
const byId = (id: string) => catalogue.indicators.find((i) => i.id === id)!;

describe('requirementFor', () => {
  it("requirementFor: dagpenge interviews — 2018 the letter's rule, 2024 the simplified contact course, from July 2026 a 25 % exemption", () => {
    const dagpenge = byId('samtaler-dagpenge');
    expect(requirementFor(dagpenge, '2018M12')).toMatchObject({ level: 100, text: expect.stringContaining('6–9 måneder') });
    expect(requirementFor(dagpenge, '2024M05')).toMatchObject({
      level: 100,
      law: 'forenklet-kontaktforloeb-2023',
      text: expect.stringContaining('a-kassen holder de første 3'),
    });
    expect(requirementFor(dagpenge, '2026M06')?.level).toBe(100);
    expect(requirementFor(dagpenge, '2026M07')).toMatchObject({ level: 75, law: 'fritagelse-2025' });
    expect(requirementFor(dagpenge, '2027M01')).toMatchObject({ level: null, law: 'ny-lov-2027' });
  });

  it('requirementFor: aktiveringsgrad has no legal level in any period, but names the act', () => {
    const aktivering = byId('aktiveringsgrad-kontanthjaelp');
    expect(requirementFor(aktivering, '2021M08')).toMatchObject({ level: null, law: 'lab-2019' });
    expect(requirementFor(aktivering, '2026M07')?.level).toBeNull();
  });

  it('requirementFor: nothing before the first rule, nothing for context figures', () => {
    expect(requirementFor(byId('samtaler-4-seneste-12-mdr'), '2019M11')).toBeUndefined();
    expect(requirementFor(byId('ledige-antal'), '2026M07')).toBeUndefined();
  });

  it('requirementSteps: passivity 0 % until June 2026, then at most 25 %, as two steps', () => {
    const steps = requirementSteps(byId('passiv-dagpenge'), ['2026M05', '2026M06', '2026M07', '2026M08']);
    expect(steps).toEqual([
      { from: '2026M05', to: '2026M06', level: 0 },
      { from: '2026M07', to: '2026M08', level: 25 },
    ]);
  });
});
