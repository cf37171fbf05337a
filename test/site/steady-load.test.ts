/**
 * The pages a reader lands on hold still while they arrive, on a phone and a desktop: nothing already drawn jumps when
 * more of the page comes in. "Slow" sends each page in pieces, cut where a half-arrived page once drew differently from
 * the whole one: the menu's first item before the others, and a map's key before the map that a phone draws above it.
 * (The table page has its own, with its rows: table.test.ts.)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { shiftsWhileLoading } from '../support/layout-shift.ts';
import { serveStatic } from '../support/static-server.ts';
import { siteDir } from '../support/site.ts';

const changeMap = readdirSync(join(siteDir, 'kort')).find((id) => existsSync(join(siteDir, 'kort', id, 'aendring', 'index.html')));
const pages = ['/', `/kort/${changeMap}/aendring/`, '/kommune/koege/'];
const screens = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

describe('pages hold still while they arrive', { timeout: 60_000 }, () => {
  test.each(pages)('%s, fast and slow, on a phone and a desktop', async (path) => {
    const fast = await serveStatic(siteDir);
    const slow = await serveStatic(siteDir, { pauseHtmlAfter: ['</li>', '<div class="views">', '</h1>'], pauseMs: 250 });
    try {
      for (const server of [fast, slow]) {
        for (const screen of screens) {
          const shifts = await shiftsWhileLoading(`${server.url}${path}`, screen);
          expect(shifts, `${server === slow ? 'slow' : 'fast'}, ${screen.width} px: ${JSON.stringify(shifts)}`).toEqual([]);
        }
      }
    } finally {
      await Promise.all([fast.close(), slow.close()]);
    }
  });
});
