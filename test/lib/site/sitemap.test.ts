import { describe, expect, test } from 'vitest';
import { isNoindex, robotsTxt, sitemapXml } from '../../../src/lib/site/sitemap.ts';

describe('sitemap', () => {
  test('lists each address once, sorted, escaped', () => {
    const xml = sitemapXml(['https://x.dk/b/', 'https://x.dk/a/?q=1&r=2', 'https://x.dk/b/']);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://x.dk/a/?q=1&amp;r=2</loc></url>\n  <url><loc>https://x.dk/b/</loc></url>\n</urlset>\n',
    );
  });

  test('robots.txt points at the sitemap', () => {
    expect(robotsTxt('https://eksempel.github.io/jobcentertjek/sitemap.xml')).toContain('\nSitemap: https://eksempel.github.io/jobcentertjek/sitemap.xml\n');
  });

  test('a page that says noindex is known as one', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex" /></head>')).toBe(true);
    expect(isNoindex('<head><meta name="robots" content="noindex, follow"></head>')).toBe(true);
    expect(isNoindex('<head><meta name="description" content="noindex er et ord"></head>')).toBe(false);
  });
});
