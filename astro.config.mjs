// @ts-check
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';

// The site's address, one setting: SITE_URL=https://eksempel.github.io/jobcentertjek/ npm run build. Its path is the base
// path every page, asset and fetch sits under (src/lib/site/with-base.ts); the Pages workflow sets it from the repository.
const site = new URL(process.env.SITE_URL || 'https://jobcentertjek.dk/');

export default defineConfig({
  site: site.href,
  base: site.pathname,
  trailingSlash: 'always',
  // Astro's default HTML compression can glue adjacent words together ("the<a>" -> "thelink"),
  // which the search index and screen readers then read wrongly. gzip on the server does the real work.
  compressHTML: false,
  // Several pages at once: the share pictures are drawn off the main thread (resvg) while other pages render.
  build: { format: 'directory', concurrency: 4 },
  integrations: [sitemap()],
});
