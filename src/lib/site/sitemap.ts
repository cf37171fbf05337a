/**
 * sitemap.xml (sitemaps.org 0.9) and robots.txt: what tells a search engine which pages the site has. The page list is
 * the build's own (src/integrations/sitemap.ts); pages that ask not to be indexed (embeds, the 404 page) are left out
 * there, so the sitemap never lists a page the page itself disowns.
 */

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap of absolute page addresses, sorted so the same site gives the same file. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be read, and here is the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** A page that says <meta name="robots" content="noindex">: not for the sitemap. */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}
