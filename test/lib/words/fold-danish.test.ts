import { describe, expect, it } from 'vitest';
import { foldDanish } from '../../../src/lib/words/fold-danish.ts';

describe('foldDanish', () => {
  it('foldDanish: the ways people type names without æ, ø and å meet the real name', () => {
    expect(foldDanish('Køge')).toBe(foldDanish('koge'));
    expect(foldDanish('Køge')).toBe(foldDanish('koege'));
    expect(foldDanish('Læsø')).toBe(foldDanish('laeso'));
    expect(foldDanish('Århus')).toBe(foldDanish('aarhus'));
    expect(foldDanish('Høje-Taastrup')).toBe(foldDanish('hoje taastrup'));
  });
  it('foldDanish: different names stay different', () => expect(foldDanish('Vejle')).not.toBe(foldDanish('Vejen')));
});
