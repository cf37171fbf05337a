/** The glossary (data/catalogue/glossary.json): /ordliste/ explains each word, pages link to it where it appears. */
import glossary from '../../data/catalogue/glossary.json';
import { glossaryMatcher } from '../lib/words/glossary-links.ts';
import { withBase } from '../lib/site/with-base.ts';

export const glossaryTerms = glossary.terms;
export const glossaryMatch = glossaryMatcher(glossary.terms);
export const glossaryUrl = (id: string) => withBase(`/ordliste/#${id}`);
