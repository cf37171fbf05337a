import { describe, expect, it } from 'vitest';
import { compare, describeStanding, standing } from '../../src/lib/compare.ts';

describe('compare', () => {
  it('compare: Aarhus 71,2 % against Hele landet 67 % is over and better when higher is better', () => {
    expect(compare(71.2, 67, 'higher')).toEqual({ position: 'over', words: 'over', verdict: 'better' });
  });
  it('compare: over is worse when lower is better (passivandel)', () => {
    expect(compare(30, 25, 'lower').verdict).toBe('worse');
  });
  it('compare: within one percentage point is "på niveau med", with no verdict', () => {
    expect(compare(67.9, 67, 'higher')).toEqual({ position: 'level', words: 'på niveau med', verdict: undefined });
  });
  it('compare: neutral measures get no verdict', () => expect(compare(5, 3, 'neutral').verdict).toBeUndefined());
});

describe('standing', () => {
  it('standing: near-ties are not counted as better or worse', () => {
    const s = standing(60, [50, 55, 59.5, 60, 60.5, 70], 'higher');
    expect(s).toEqual({ total: 6, better: 1, worse: 2 });
    expect(describeStanding(s, 'higher')).toBe('Klart bedre end 2 og klart dårligere end 1 af de 6 kommuner med tal; resten ligger inden for 1 procentpoint.');
  });
  it('standing: lower is better flips the counts', () => {
    expect(standing(60, [50, 70, 80], 'lower')).toEqual({ total: 3, better: 1, worse: 2 });
  });
});
