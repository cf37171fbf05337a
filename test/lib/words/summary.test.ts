import { describe, expect, it } from 'vitest';
import { gapVerdict } from '../../../src/lib/words/gap-verdict.ts';
import { summarySentence } from '../../../src/lib/words/summary.ts';

const base = { place: 'Aarhus', title: 'Andel med det lovpligtige antal samtaler', targetGroup: 'Dagpengemodtagere', unit: 'pct' as const, period: '2018M12' };

describe('summarySentence', () => {
  it('summarySentence: uses the catalogue phrase and compares with Hele landet', () => {
    expect(
      summarySentence({
        ...base,
        phrase: 'fik {vaerdi} af dagpengemodtagerne i {sted} det lovpligtige antal samtaler',
        value: 71.2,
        national: 67,
        comparison: gapVerdict(71.2, 67, 'higher'),
      }),
    ).toBe(
      'I december 2018 fik 71,2\u00a0% af dagpengemodtagerne i Aarhus det lovpligtige antal samtaler. Det er bedre for borgerne end hele landet (67,0\u00a0%).',
    );
  });
  it('summarySentence: without a phrase it still reads as a sentence', () => {
    expect(summarySentence({ ...base, value: 66.5, national: 67, comparison: gapVerdict(66.5, 67, 'higher') })).toBe(
      'I december 2018 var andel med det lovpligtige antal samtaler (dagpengemodtagere) 66,5\u00a0% i Aarhus. Det er på niveau med hele landet (67,0\u00a0%).',
    );
  });
  it('summarySentence: a suppressed value explains itself instead of showing a number', () => {
    expect(summarySentence({ ...base, place: 'Læsø', value: null, national: 67, comparison: undefined })).toMatch(
      /^Læsø har ikke offentliggjorte tal .* i december 2018/,
    );
  });
  it('summarySentence: a group too small to compare gives the figure for the nation without a verdict', () => {
    const sentence = summarySentence({ ...base, place: 'Læsø', value: 11.7, national: 15.6, comparison: gapVerdict(11.7, 15.6, 'higher', { headcount: 7 }) });
    expect(sentence).toMatch(/11,7\u00a0% i Læsø\. Hele landet: 15,6\u00a0%\.$/);
    expect(sentence).not.toMatch(/bedre|dårligere|niveau/);
  });
});
