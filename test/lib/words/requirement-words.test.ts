import { describe, expect, it } from 'vitest';
import { requirementLevelText } from '../../../src/lib/words/requirement-words.ts';

describe('requirementLevelText', () => {
  it('requirementLevelText: everyone, no one, at least, at most, or no level — with a non-breaking space before %', () => {
    expect(requirementLevelText(100, 'higher')).toBe('alle (100\u00a0%)');
    expect(requirementLevelText(0, 'lower')).toBe('ingen (0\u00a0%)');
    expect(requirementLevelText(75, 'higher')).toBe('mindst 75,0\u00a0%');
    expect(requirementLevelText(25, 'lower')).toBe('højst 25,0\u00a0%');
    expect(requirementLevelText(null, 'higher')).toBe('intet bestemt niveau');
  });
});
