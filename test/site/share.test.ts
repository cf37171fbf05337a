/**
 * What a shared link shows: every kommune page and map page names its own share picture (og:image, Twitter card), a
 * 1200×630 PNG made at build time that carries the credit (and the sample label when its numbers are generated), and
 * a description with the page's own newest figures. The pages themselves never load the picture.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { fileFor, readPage, registry, sampleData, siteFiles } from '../support/site.ts';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'");

interface Png {
  width: number;
  height: number;
  text: Map<string, string>;
  /** Distinct 3-byte groups in a sample of the inflated (still row-filtered) image data: a blank picture has one or two. */
  colours: number;
}

/** Reads a PNG's size and tEXt chunks, and inflates its image data. */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG-signatur').toBe(true);
  const text = new Map<string, string>();
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let channels = 4;
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 1;
    } else if (type === 'tEXt') {
      const zero = data.indexOf(0);
      text.set(data.toString('latin1', 0, zero), data.toString('latin1', zero + 1));
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels + 1;
  const seen = new Set<string>();
  // Rows are still filtered (each byte relative to its neighbours): a flat picture inflates to a few repeated values.
  for (let row = 0; row < height; row += 7) {
    const start = row * stride;
    for (let x = 0; x < width * channels; x += channels * 13) seen.add(raw.subarray(start + 1 + x, start + 1 + x + 3).toString('hex'));
  }
  return { width, height, text, colours: seen.size };
}

const kommuneSlugs = ['koebenhavn', 'laesoe', 'albertslund'].filter((slug) => registry.some((k) => k.slug === slug));
const mapPages = [
  '/',
  ...siteFiles()
    .filter((p) => /^\/kort\/[^/]+\/index\.html$/.test(p))
    .slice(0, 3)
    .map((p) => p.replace('index.html', '')),
];

describe('share pictures and descriptions', () => {
  test.each([...kommuneSlugs.map((slug) => `/kommune/${slug}/`), ...mapPages])(
    '%s: og:image is a 1200×630 PNG with the credit, a Twitter card and an own description',
    (page) => {
      const html = readPage(page);
      const image = meta(html, 'og:image');
      expect(image, 'og:image').toMatch(/^https?:\/\/[^/]+\/del\/(kommune|kort)\/[a-z0-9-]+\.png$/);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')?.length).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      expect(meta(html, 'twitter:image')).toBe(image);
      expect(meta(html, 'og:url')).toMatch(new RegExp(`${page.replace(/\//g, '\\/')}$`));
      const png = readPng(readFileSync(fileFor(new URL(image!).pathname)));
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(png.text.get('Source'), 'the source of the numbers').toMatch(sampleData ? /Kilde: / : /Kilde: Jobindsats.dk/);
      expect(png.text.get('Source'), 'the boundaries credit (CC BY)').toContain('DAGI');
      expect(png.colours, 'a drawn picture, not a blank one').toBeGreaterThan(4);
      expect(html, 'the page does not load its own share picture').not.toMatch(/<img[^>]+\/del\//);
    },
  );

  test.each(kommuneSlugs)("/kommune/%s/: the description gives the kommune's own newest figures", (slug) => {
    const html = readPage(`/kommune/${slug}/`);
    const name = registry.find((k) => k.slug === slug)!.name;
    const description = meta(html, 'description')!;
    expect(description).toContain(name);
    expect(meta(html, 'og:description')).toBe(description);
    if (/\d/.test(description)) expect(description).toMatch(/\d+,\d\u00a0%/);
  });

  test('kommune pages have different descriptions (not a template)', () => {
    const descriptions = new Set(registry.map((k) => meta(readPage(`/kommune/${k.slug}/`), 'description')));
    expect(descriptions.size).toBe(registry.length);
  });

  test.runIf(sampleData)("a share picture of generated numbers says so, in the picture's text too", () => {
    const pictures = siteFiles().filter((p) => p.startsWith('/del/kort/'));
    const labelled = pictures
      .map((p) => readPng(readFileSync(fileFor(p))))
      .filter((png) => png.text.get('Disclaimer') === 'Eksempeldata - ikke officielle tal');
    expect(labelled.length, 'kort med eksempeldata').toBeGreaterThan(0);
  });
});
