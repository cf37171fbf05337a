/**
 * npm run screenshots [-- --site dist] — pictures of the built site as people see it, to look at before a release:
 * the front page's first screen on a desktop (1280×800) and a phone (390×844) and the whole front page, kommune pages
 * on a phone and a desktop, and the table, in .cache/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' }, out: { type: 'string', default: '.cache/screenshots' } } });
const shots = [
  // First screens, as a journalist at a desk and a citizen on a phone meet them; then the whole front page.
  { name: 'forside-desktop', path: '/', width: 1280, height: 800, full: false },
  { name: 'forside-telefon', path: '/', width: 390, height: 844, full: false },
  { name: 'forside-desktop-hele', path: '/', width: 1280, height: 800, full: true },
  { name: 'kommune-telefon', path: '/kommune/aarhus/', width: 390, height: 844, full: false },
  { name: 'kommune-telefon-lille-gruppe', path: '/kommune/laesoe/', width: 390, height: 844, full: false },
  { name: 'kommune-desktop', path: '/kommune/koebenhavn/', width: 1280, height: 800, full: false },
  { name: 'tabel-telefon', path: '/tabel/', width: 390, height: 844, full: false },
];

mkdirSync(values.out, { recursive: true });
const server = await serveStatic(values.site);
try {
  for (const shot of shots) {
    const context = await launchBrowser({ width: shot.width, height: shot.height });
    const page = await context.newPage();
    await page.goto(server.url + shot.path, { waitUntil: 'networkidle' });
    const file = `${values.out}/${shot.name}.png`;
    await page.screenshot({ path: file, fullPage: shot.full });
    console.error(`${file}  (${shot.path}, ${shot.width} px)`);
    await context.close();
  }
} finally {
  await server.close();
}
