/** The glossary (data/catalogue/glossary.json): /ordliste/ explains each word, pages link to it where it appears. */
import glossary from '../../data/catalogue/glossary.json';
import { glossaryMatcher } from '../lib/words/glossary-links.ts';

export const glossaryTerms = glossary.terms;
export const glossaryMatch = glossaryMatcher(glossary.terms);
export const glossaryUrl = (id: string) => `/ordliste/#${id}`;
