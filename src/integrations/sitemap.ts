/**
 * Writes sitemap.xml and robots.txt when Astro has built the pages, from the list of pages the build made (Astro's own,
 * so a page added to src/pages is in the sitemap without anyone remembering it). Endpoints (CSV, JSON, feeds, PNG) and
 * pages that say noindex are left out.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { isNoindex, robotsTxt, sitemapXml } from '../lib/site/sitemap.ts';
import { siteUrl } from '../lib/site/with-base.ts';

export function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'jobcentertjek-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = new URL(config.base, config.site).href;
      },
      'astro:build:done': ({ pages, dir }) => {
        const out = fileURLToPath(dir);
        const urls = pages
          .map(({ pathname }) => `/${pathname}`.replace(/\/?$/, '/').replace(/^\/\/$/, '/'))
          .filter((path) => {
            const file = join(out, path, 'index.html');
            return existsSync(file) && !isNoindex(readFileSync(file, 'utf8'));
          })
          .map((path) => siteUrl(path, site));
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(urls));
        writeFileSync(join(out, 'robots.txt'), robotsTxt(siteUrl('/sitemap.xml', site)));
      },
    },
  };
}
