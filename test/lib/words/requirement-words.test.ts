import { describe, expect, it } from 'vitest';
import { lawKeyText, requirementLevelText, thresholdText } from '../../../src/lib/words/requirement-words.ts';

describe('requirementLevelText', () => {
  it('requirementLevelText: everyone, at least, or no level — whole percents as the act writes them, a non-breaking space before %', () => {
    expect(requirementLevelText(100, 'higher')).toBe('alle (100\u00a0%)');
    expect(requirementLevelText(75, 'higher')).toBe('mindst 75\u00a0%');
    expect(requirementLevelText(null, 'higher')).toBe('intet niveau');
  });
  it('requirementLevelText: the window the rule names follows the level', () => {
    expect(requirementLevelText(100, 'higher', 'inden for de første 6 måneder')).toBe('alle (100\u00a0%) inden for de første 6 måneder');
  });
});

describe('thresholdText and lawKeyText', () => {
  it('thresholdText: STAR’s threshold is always said not to be law', () => {
    expect(thresholdText(80, 'higher')).toBe('under 80\u00a0% giver opfølgning fra STAR (ikke et lovkrav)');
    expect(thresholdText(30, 'lower')).toBe('over 30\u00a0% giver opfølgning fra STAR (ikke et lovkrav)');
  });
  it('lawKeyText: the map key gives the law’s level, or no level and STAR’s threshold beside it', () => {
    expect(lawKeyText({ value: 75, window: 'inden for de første 6 måneder' }, null, 'higher')).toBe('mindst 75\u00a0% inden for de første 6 måneder');
    expect(lawKeyText(null, { value: 70 }, 'higher')).toBe("intet niveau · STAR's tærskel: under 70\u00a0% (ikke et lovkrav)");
  });
});
