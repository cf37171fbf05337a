// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://jobcentertjek.dk',
  trailingSlash: 'always',
  // Astro's default HTML compression can glue adjacent words together ("the<a>" -> "thelink"),
  // which the search index and screen readers then read wrongly. gzip on the server does the real work.
  compressHTML: false,
  // Several pages at once: the share pictures are drawn off the main thread (resvg) while other pages render.
  build: { format: 'directory', concurrency: 4 },
});
