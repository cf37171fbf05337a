/** What "Find din kommune" matches against: every kommune with its folded spellings (names, variants, aliases). */
import type { FindEntry } from '../lib/words/find-kommune.ts';
import { foldDanish } from '../lib/words/fold-danish.ts';
import { searchAliases } from '../lib/words/search-aliases.ts';
import { once } from './once.ts';
import { siteData } from './site-data.ts';

export const findEntries = once((): FindEntry[] =>
  siteData().kommuner.map((k) => ({
  name: k.name,
  slug: k.slug,
  keys: [...new Set([k.name, k.officialName, ...k.variants, ...searchAliases(k)].map(foldDanish))],
  })),
);
