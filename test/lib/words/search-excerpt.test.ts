import { describe, expect, it } from 'vitest';
import { chooseExcerpts, excerptText, markQuery } from '../../../src/lib/words/search-excerpt.ts';

const boilerplate = (name: string) =>
  `landet, ligger ${name} klart bedre end hele landet på begge. Hvor meget aktiv indsats får <mark>kontanthjælpsmodtagerne</mark>? Loven sætter`;

describe('chooseExcerpts', () => {
  it('chooseExcerpts: an excerpt of its own is kept as pagefind marked it', () => {
    const excerpt = 'Små kommuner (<mark>Læsø</mark>, Fanø, Samsø, Ærø) har få borgere';
    expect(chooseExcerpts([{ excerpt, title: 'Om data', description: 'Kilder og metode.' }], 'Læsø')).toEqual([excerpt]);
  });

  it('chooseExcerpts: Roskilde and Billund saying the same sentence both show their description instead', () => {
    const chosen = chooseExcerpts(
      [
        { excerpt: boilerplate('Roskilde'), title: 'Roskilde', description: 'Roskilde, juli 2026: aktiveringsgrad 19,5 %.' },
        { excerpt: boilerplate('Billund'), title: 'Billund', description: 'Billund, juli 2026: aktiveringsgrad 20,2 %.' },
      ],
      'kontanthjælp',
    );
    expect(chosen.map(excerptText)).toEqual(['Roskilde, juli 2026: aktiveringsgrad 19,5 %.', 'Billund, juli 2026: aktiveringsgrad 20,2 %.']);
  });

  it('chooseExcerpts: an empty excerpt gives way to the description', () => {
    expect(chooseExcerpts([{ excerpt: '', title: 'Køge', description: 'Køge, juli 2026: ledighed 2,5 %.' }], 'køge')).toEqual([
      '<mark>Køge</mark>, juli 2026: ledighed 2,5 %.',
    ]);
  });

  it('chooseExcerpts: without a description the excerpt stays, rather than nothing', () => {
    const results = [
      { excerpt: boilerplate('Vejle'), title: 'Vejle' },
      { excerpt: boilerplate('Odense'), title: 'Odense' },
    ];
    expect(chooseExcerpts(results, 'kontanthjælp')).toEqual(results.map((r) => r.excerpt));
  });
});

describe('markQuery', () => {
  it('markQuery: marks words starting with a query word, æøå or not, and escapes the text', () => {
    expect(markQuery('Kontanthjælpsmodtagere i Køge <5', 'kontanthjaelp koge')).toBe('<mark>Kontanthjælpsmodtagere</mark> i <mark>Køge</mark> &lt;5');
  });
});

describe('excerptText', () => {
  it('excerptText: the text a reader sees, without marks and entities', () => {
    expect(excerptText('<mark>A</mark> &amp;  B &lt;')).toBe('A & B <');
  });
});
