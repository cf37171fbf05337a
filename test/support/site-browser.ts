/** One Chromium and one static server over the built site, shared by all tests in a file. */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { siteBase, siteDir, sitePath } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface OpenSite {
  context: BrowserContext;
  url: string;
  /** A fresh tab at a site path ("/kommune/koege/", under the build's base path); console errors and failed requests on the page are collected in `errors`. */
  open(path: string): Promise<Page>;
  errors: string[];
  close(): Promise<void>;
}

export async function openSite(options: { javaScript?: boolean } = {}): Promise<OpenSite> {
  const server: StaticServer = await serveStatic(siteDir, { base: siteBase });
  const context = await launchBrowser({ javaScript: options.javaScript ?? true });
  const errors: string[] = [];
  return {
    context,
    url: server.url,
    errors,
    async open(path) {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
      });
      await page.goto(server.url + sitePath(path), { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/**
 * The site for one test file: opened before its tests, closed after them. `open` and `errors` reach the browser
 * started in beforeAll, so a file says `const site = useSite();` once instead of its own setup and teardown.
 */
export function useSite(options: { javaScript?: boolean } = {}): Pick<OpenSite, 'open' | 'errors'> {
  let site: OpenSite | undefined;
  beforeAll(async () => {
    site = await openSite(options);
  }, 60_000);
  afterAll(async () => {
    await site?.close();
  });
  return {
    open: (path) => site!.open(path),
    get errors() {
      return site?.errors ?? [];
    },
  };
}

/**
 * A site page served as if its component had renamed a field of the JSON it hands to its browser code (the
 * <script type="application/json" id={scriptId}>): `from` → `to`, first occurrence. The page's console lines are kept
 * in `logged`.
 */
export async function openWithRenamedField(
  site: Pick<OpenSite, 'open'>,
  path: string,
  scriptId: string,
  from: string,
  to: string,
): Promise<{ page: Page; logged: string[] }> {
  const page = await site.open('/ordliste/');
  const address = new URL(sitePath(path), page.url()).href;
  const field = new RegExp(`(<script type="application/json" id="${scriptId}">[^<]*?)"${from}":`);
  await page.route(address, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()).replace(field, `$1"${to}":`) });
  });
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.goto(address);
  return { page, logged };
}
