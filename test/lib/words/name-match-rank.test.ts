import { describe, expect, test } from 'vitest';
import { foldDanish } from '../../../src/lib/words/fold-danish.ts';
import { nameMatchRank } from '../../../src/lib/words/name-match-rank.ts';

const rank = (name: string, query: string) => nameMatchRank(foldDanish(name), foldDanish(query));

describe('nameMatchRank', () => {
  test('"aar": Aarhus (prefix) before Lyngby-Taarbæk (inside a word)', () => {
    expect(rank('Aarhus', 'aar')).toBeLessThan(rank('Lyngby-Taarbæk', 'aar'));
  });
  test('exact, prefix, word prefix, inside', () => {
    expect(rank('Køge', 'koge')).toBe(0);
    expect(rank('Høje-Taastrup', 'høje')).toBe(1);
    expect(rank('Høje-Taastrup', 'taa')).toBe(2);
    expect(rank('Lyngby-Taarbæk', 'bæk')).toBe(3);
  });
});
