import { describe, expect, it } from 'vitest';
import { lawTallySentence, tallySentence } from '../../../src/lib/words/tally-sentence.ts';

describe('tallySentence', () => {
  it('tallySentence: all three parts', () => {
    expect(tallySentence('Aarhus', 9, { better: 3, worse: 5, level: 1 })).toBe(
      'Af de 9 målinger, hvor der er tal for både Aarhus og hele landet, ligger Aarhus klart bedre end hele landet på 3 målinger, klart dårligere på 5 målinger og på niveau på 1 måling.',
    );
  });
  it('tallySentence: zero parts are left out and the first part says what is compared with', () => {
    expect(tallySentence('København', 3, { better: 0, worse: 2, level: 1 })).toMatch(
      /ligger København klart dårligere end hele landet på 2 målinger og på niveau på 1 måling\.$/,
    );
  });
  it('tallySentence: one measure reads "På den ene måling", never "de 1 målinger"', () => {
    expect(tallySentence('Læsø', 1, { better: 0, worse: 0, level: 1 })).toBe(
      'På den ene måling, hvor der er tal for både Læsø og hele landet, ligger Læsø på niveau med hele landet.',
    );
  });
  it('tallySentence: one verdict for every measure reads "på begge" / "på alle N"', () => {
    expect(tallySentence('Læsø', 2, { better: 0, worse: 2, level: 0 })).toBe(
      'Af de 2 målinger, hvor der er tal for både Læsø og hele landet, ligger Læsø klart dårligere end hele landet på begge.',
    );
    expect(tallySentence('Aarhus', 5, { better: 5, worse: 0, level: 0 })).toMatch(/klart bedre end hele landet på alle 5\.$/);
  });
  it('tallySentence: Læsø with 7 kontanthjælpsmodtagere is never "klart dårligere" — the groups are too small to tell', () => {
    expect(tallySentence('Læsø', 2, { better: 0, worse: 0, level: 0, unsure: 2 })).toBe(
      'Af de 2 målinger, hvor der er tal for både Læsø og hele landet, er grupperne i Læsø for små til at sige, om kommunen ligger bedre eller dårligere end hele landet.',
    );
    expect(tallySentence('Samsø', 3, { better: 0, worse: 2, level: 0, unsure: 1 })).toBe(
      'Af de 3 målinger, hvor der er tal for både Samsø og hele landet, ligger Samsø klart dårligere end hele landet på 2 målinger; på 1 måling er gruppen for lille til at sammenligne.',
    );
  });
});

describe('lawTallySentence', () => {
  it('lawTallySentence: counts the measures where the kommune lives up to the law, before any comparison', () => {
    expect(lawTallySentence('Aarhus', 0, 9)).toBe('Aarhus lever ikke op til lovens krav på nogen af de 9 målinger, hvor loven sætter et niveau.');
    expect(lawTallySentence('Aarhus', 2, 9)).toBe('Aarhus lever op til lovens krav på 2 af de 9 målinger, hvor loven sætter et niveau.');
    expect(lawTallySentence('Aarhus', 1, 1)).toBe('Aarhus lever op til lovens krav på den ene måling, hvor loven sætter et niveau.');
    expect(lawTallySentence('Aarhus', 0, 0)).toBe('');
  });
});
