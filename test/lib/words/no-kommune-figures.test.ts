import { describe, expect, test } from 'vitest';
import { noKommuneFiguresSentence, yearsBetween } from '../../../src/lib/words/no-kommune-figures.ts';

describe('noKommuneFiguresSentence', () => {
  test('yearsBetween: december 2018 to july 2026 is 7 whole years', () => {
    expect(yearsBetween('2018M12', '2026M07')).toBe(7);
    expect(yearsBetween('2025M08', '2026M07')).toBe(0);
    expect(yearsBetween('x', '2026M07')).toBeNull();
  });
  test('Aarhus: no kommune figures, the newest national figure and its age', () => {
    expect(noKommuneFiguresSentence('Aarhus', { value: '67,3 %', period: '2018M12', newest: '2026M07' })).toBe(
      'der er ingen tal pr. kommune, så siden kan ikke sige, hvordan Aarhus klarer sig. Det nyeste landstal er 67,3 % fra december 2018, 7 år før sidens nyeste tal.',
    );
  });
  test('a national figure from the newest year carries no age', () => {
    expect(noKommuneFiguresSentence('Køge', { value: '50,0 %', period: '2026M01', newest: '2026M07' })).toMatch(/fra januar 2026\.$/);
  });
  test('no national figure either', () => {
    expect(noKommuneFiguresSentence('Læsø')).toMatch(/heller ingen offentliggjorte landstal\.$/);
  });
});
