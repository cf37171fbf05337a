import { describe, expect, it } from 'vitest';
import { glossaryMatcher, glossaryParts } from '../../../src/lib/words/glossary-links.ts';

const matcher = glossaryMatcher([
  { id: 'aktiveringsgrad', forms: ['aktiveringsgrad', 'aktiveringsgraden'] },
  { id: 'aktiveringsberoerte', forms: ['aktiveringsberørte'] },
  { id: 'jobparat', forms: ['jobparat', 'jobparate'] },
  { id: 'fuldtidsperson', forms: ['fuldtidsperson', 'fuldtidspersoner'] },
  { id: 'aktiv-indsats', forms: ['aktiv indsats'] },
]);

describe('glossaryParts', () => {
  it('glossaryParts: links the first occurrence of each word, in the form it appears, whatever its case', () => {
    expect(glossaryParts('I juli 2026 var aktiveringsgraden for kontanthjælpsmodtagerne i Aarhus 15,6 %. Aktiveringsgraden steg.', matcher)).toEqual([
      { text: 'I juli 2026 var ' },
      { text: 'aktiveringsgraden', term: 'aktiveringsgrad' },
      { text: ' for kontanthjælpsmodtagerne i Aarhus 15,6 %. Aktiveringsgraden steg.' },
    ]);
  });
  it('glossaryParts: whole words only — "jobparate" is linked, "ikkejobparat" and "fuldtidspersonerne" are not', () => {
    const parts = glossaryParts('ikkejobparat, fuldtidspersonerne og jobparate', matcher);
    expect(parts.filter((p) => p.term).map((p) => p.text)).toEqual(['jobparate']);
  });
  it('glossaryParts: words already linked nearby (seen) stay plain, and the ones linked here are remembered', () => {
    const seen = new Set(['aktiveringsgrad']);
    const parts = glossaryParts('Aktiveringsgrad og andel aktiveringsberørte, aktiv indsats', matcher, seen);
    expect(parts.filter((p) => p.term).map((p) => p.term)).toEqual(['aktiveringsberoerte', 'aktiv-indsats']);
    expect([...seen].sort()).toEqual(['aktiv-indsats', 'aktiveringsberoerte', 'aktiveringsgrad']);
  });
  it('glossaryParts: text without any word is one plain part, and an empty text stays empty', () => {
    expect(glossaryParts('Ledige i alt', matcher)).toEqual([{ text: 'Ledige i alt' }]);
    expect(glossaryParts('', matcher)).toEqual([{ text: '' }]);
  });
});
