import { describe, expect, it } from 'vitest';
import { gapVerdict, countVerdicts, describeStanding, levelTolerance, MIN_GROUP, shareInterval, standing } from '../../../src/lib/words/gap-verdict.ts';

describe('gapVerdict', () => {
  it('compare: Aarhus 71,2 % against Hele landet 67 % is over and better when higher is better', () => {
    expect(gapVerdict(71.2, 67, 'higher')).toEqual({ position: 'over', words: 'over', verdict: 'better', phrase: 'bedre for borgerne end' });
  });
  it('compare: over is worse when lower is better (passivandel)', () => {
    expect(gapVerdict(30, 25, 'lower').verdict).toBe('worse');
  });
  it('compare: within one percentage point is "på niveau med", with no verdict', () => {
    expect(gapVerdict(67.9, 67, 'higher')).toEqual({ position: 'level', words: 'på niveau med', verdict: undefined, phrase: 'på niveau med' });
  });
  it('compare: neutral measures get no verdict', () => expect(gapVerdict(5, 3, 'neutral').verdict).toBeUndefined());
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
    expect(gapVerdict(1.4, 0.4, 'neutral').position).toBe('over');
  });
  it('compare: exactly 1 procentpoint is not "klart" (the method says larger than), despite floating-point arithmetic', () => {
    expect(gapVerdict(66.9, 67.9, 'higher').position).toBe('level');
    expect(gapVerdict(66.8, 67.9, 'higher').position).toBe('under');
    expect(gapVerdict(1.3, 2.3, 'neutral').position).toBe('under');
  });
  it('describeStanding: states the tolerance that was used', () => {
    expect(describeStanding(standing(0.6, [0.1, 0.6, 1.0], 'lower'), 'lower')).toMatch(/inden for 0,1 procentpoint\.$/);
  });
});

describe('the group size decides what is clearly different (where headcounts are published)', () => {
  it('shareInterval: Wilson 95 % interval, wide for a small group and narrow for a big one', () => {
    const [low, high] = shareInterval(11.7, 7);
    expect(low).toBeCloseTo(1.8, 1);
    expect(high).toBeCloseTo(48.7, 1);
    const [bigLow, bigHigh] = shareInterval(15, 10_000);
    expect(bigHigh - bigLow).toBeLessThan(1.5);
  });
  it('compare: Læsø with 7 kontanthjælpsmodtagere is never "klart" anything, and the reason is said in one line', () => {
    const c = gapVerdict(11.7, 15.6, 'higher', { headcount: 7 });
    expect(c.position).toBe('unsure');
    expect(c.verdict).toBeUndefined();
    expect(c.why).toBe('Med 7 personer i målgruppen er gruppen for lille til at sige, om forskellen er reel (under 10 personer).');
    expect(MIN_GROUP).toBe(10);
  });
  it('compare: 3 points below the nation is on level for 150 persons (chance can explain it) but clearly worse for 9.000', () => {
    const small = gapVerdict(12.6, 15.6, 'higher', { headcount: 150 });
    expect(small.position).toBe('level');
    expect(small.why).toBe(
      'Med 150 personer i målgruppen kan en forskel på 3,0 procentpoint skyldes tilfældigheder (et tilnærmet interval, regnet på personer).',
    );
    const big = gapVerdict(12.6, 15.6, 'higher', { headcount: 9000 });
    expect(big).toMatchObject({ position: 'under', verdict: 'worse', phrase: 'dårligere for borgerne end' });
  });
  it("compare: a big group still needs a gap beyond the data's precision (0,4 point for København is on level)", () => {
    expect(gapVerdict(16.0, 15.6, 'higher', { headcount: 20_000 }).position).toBe('level');
  });
  it("countVerdicts: counts better, worse, level and too small, with each kommune's own group size", () => {
    expect(countVerdicts([20, 10, 15.8, 2, null], 15.6, 'higher', [5000, 5000, 5000, 6, null])).toEqual({ better: 1, worse: 1, level: 1, unsure: 1 });
  });
});

describe('standing with the group size', () => {
  it('standing: with 150 persons in the group, kommuner within chance of the share are not counted as clearly better or worse', () => {
    const all = [8, 10, 12.6, 14, 15, 16, 20];
    expect(standing(12.6, all, 'higher')).toMatchObject({ better: 4, worse: 2 });
    const small = standing(12.6, all, 'higher', 1, 150);
    expect(small).toMatchObject({ better: 1, worse: 1, headcount: 150 });
    expect(describeStanding(small, 'higher')).toBe(
      'Klart bedre end 1 og klart dårligere end 1 af de 7 kommuner med tal; resten ligger inden for 1 procentpoint eller så tæt på, at forskellen kan skyldes tilfældigheder med 150 personer i målgruppen.',
    );
  });
});
