/**
 * The layout shifts a page makes while it loads, as Chromium's Layout Instability API reports them: what a reader sees
 * as text or a control jumping just as they reach for it.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

export interface LayoutShift {
  value: number;
  /** The moved elements, by name and the start of their text. */
  nodes: string[];
}

export async function shiftsWhileLoading(
  url: string,
  viewport: { width: number; height: number },
  loaded: (page: Page) => Promise<unknown> = (page) => page.waitForLoadState('load'),
): Promise<LayoutShift[]> {
  const context = await launchBrowser(viewport);
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: { value: number; nodes: string[] }[] = [];
      (window as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[]) {
          shifts.push({ value: entry.value, nodes: entry.sources.map((s) => `${s.node?.nodeName} ${s.node?.textContent?.trim().slice(0, 30)}`) });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url);
    await loaded(page);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return await page.evaluate(() => (window as unknown as { shifts: LayoutShift[] }).shifts);
  } finally {
    await context.close();
  }
}
