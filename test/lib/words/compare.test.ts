import { describe, expect, it } from 'vitest';
import { compare, countAround, describeStanding, levelTolerance, standing } from '../../../src/lib/words/compare.ts';

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
    expect(s).toEqual({ total: 6, better: 1, worse: 2, tolerance: 1 });
    expect(describeStanding(s, 'higher')).toBe('Klart bedre end 2 og klart dårligere end 1 af de 6 kommuner med tal; resten ligger inden for 1 procentpoint.');
  });
  it('standing: lower is better flips the counts', () => {
    expect(standing(60, [50, 70, 80], 'lower')).toEqual({ total: 3, better: 1, worse: 2, tolerance: 1 });
  });
});

describe('levelTolerance and difference', () => {
  it('levelTolerance: 1 point for ordinary shares, a tenth of the level for small ones, never under 0,1', () => {
    expect(levelTolerance(67)).toBe(1);
    expect(levelTolerance(2.3)).toBe(0.2);
    expect(levelTolerance(0.5)).toBe(0.1);
  });
  it('compare: a small share 1,4 % against 0,4 % is over, not "på niveau med"', () => {
    expect(compare(1.4, 0.4, 'neutral').position).toBe('over');
  });
  it('compare: 1,3 % against 2,3 % is a full point under, despite floating-point arithmetic', () => {
    expect(compare(1.3, 2.3, 'neutral').position).toBe('under');
    expect(compare(66.9, 67.9, 'higher').position).toBe('under');
  });
  it('countAround: under, over and level add up to all values', () => {
    expect(countAround([0.1, 0.5, 0.6, 1.0], 0.5)).toEqual({ under: 1, over: 2, level: 1 });
  });
  it('describeStanding: states the tolerance that was used', () => {
    expect(describeStanding(standing(0.6, [0.1, 0.6, 1.0], 'lower'), 'lower')).toMatch(/inden for 0,1 procentpoint\.$/);
  });
});
