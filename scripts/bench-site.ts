/**
 * npm run bench:site — figures, not a test: build time, what each page type costs to download (HTML + CSS + JS,
 * gzip and brotli), the boundary TopoJSON, and the search index bytes one search pulls, against the budgets
 * (front page ≤ 150 KB, kommune page ≤ 60 KB, compressed). Builds real data into .cache/dist-real when
 * <shared>/data/jobindsats exists ($JOBCENTERTJEK_SHARED or ../shared), then the default data into dist/ (last,
 * so .cache/dataset.json ends matching dist/). Builds run one at a time: they share .cache/dataset.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compressedSizes, kb, pageWeight } from '../test/support/page-weight.ts';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const shared = resolve(root, process.env['JOBCENTERTJEK_SHARED'] ?? '../shared');
const realInput = join(shared, 'data/jobindsats');
const BUDGET = { front: 150 * 1024, kommune: 60 * 1024 };

function build(out: string, inputs: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build-site.ts', ...inputs.flatMap((i) => ['--input', i]), '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) {
    console.error(`bench:site: bygningen af ${out}/ fejlede`);
    process.exit(result.status ?? 1);
  }
  return (performance.now() - started) / 1000;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (text: string, width = 10) => text.padStart(width);

function pageTable(dir: string): void {
  const slugs = readdirSync(join(dir, 'kommune')).filter((name) => !name.endsWith('.csv')); // pages, not the per-kommune CSVs
  const kommuner = slugs.map((slug) => pageWeight(dir, `/kommune/${slug}/`, { brotli: false }));
  const heaviest = kommuner.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const median = [...kommuner].sort((a, b) => a.gzip - b.gzip)[Math.floor(kommuner.length / 2)]!;
  const rows: [string, string, number | undefined][] = [
    ['forside', '/', BUDGET.front],
    [`kommuneside, tungeste (${heaviest.page.split('/')[2]})`, heaviest.page, BUDGET.kommune],
    [`kommuneside, median (${median.page.split('/')[2]})`, median.page, BUDGET.kommune],
    ['tabel', '/tabel/', undefined],
    ['om data', '/om-data/', undefined],
  ];
  console.log(`  ${pad('side', 40)}${num('filer', 6)}${num('rå')}${num('gzip')}${num('brotli')}  budget (gzip)`);
  for (const [label, page, budget] of rows) {
    const w = pageWeight(dir, page, { brotli: true });
    const verdict = budget === undefined ? '' : `${w.gzip <= budget ? 'OK  ' : 'OVER'} ≤ ${kb(budget)}`;
    console.log(
      `  ${pad(label, 40)}${num(String(w.assets.length), 6)}${num(kb(w.raw))}${num(kb(w.gzip))}${num(kb(w.brotli))}  ${verdict}${w.missing.length ? `  mangler: ${w.missing.join(', ')}` : ''}`,
    );
  }
  const front = pageWeight(dir, '/', { brotli: false });
  console.log(`  forsiden består af: ${front.assets.map((a) => `${a.path} ${kb(a.gzip)}`).join(', ')}`);
}

/** Loads /soeg/ in Chromium, types queries and sums the bytes of /pagefind/ responses each search pulls in. */
async function searchBytes(dir: string, queries: string[]): Promise<void> {
  const { launchBrowser } = await import('../test/support/browser.ts');
  const { serveStatic } = await import('../test/support/static-server.ts');
  const server = await serveStatic(dir);
  const context = await launchBrowser();
  try {
    const page = await context.newPage();
    let bytes = 0;
    let gzipped = 0;
    let files = 0;
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      pending.push(
        response.body().then(
          (body) => {
            bytes += body.length;
            // pagefind's index, fragment and wasm files are gzipped already; its JS and JSON are not.
            gzipped += /\.(js|json)$/.test(path) ? gzipSync(body).length : body.length;
            files++;
          },
          () => undefined,
        ),
      );
    });
    await page.goto(`${server.url}/soeg/`);
    for (const [i, query] of queries.entries()) {
      bytes = 0;
      gzipped = 0;
      files = 0;
      await page.locator('#search-input').fill(query);
      await page.waitForFunction(
        (q) =>
          (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`"${q}"`) ||
          document.querySelector('[data-search-status]')?.textContent?.includes('kunne ikke'),
        query,
        { timeout: 15_000 },
      );
      await page.waitForLoadState('networkidle');
      await Promise.all(pending.splice(0));
      const status = await page.locator('[data-search-status]').textContent();
      const first = await page
        .locator('[data-search-results] li a')
        .first()
        .textContent()
        .catch(() => '–');
      console.log(
        `  ${i === 0 ? 'første søgning' : 'næste søgning '} "${query}": ${files} filer fra /pagefind/, ${kb(bytes)} som de ligger, ${kb(gzipped)} med gzip på JS/JSON – ${status} Første: ${first}`,
      );
    }
  } finally {
    await context.close();
    await server.close();
  }
}

function report(title: string, dir: string, seconds: number): void {
  console.log(`\n${title}: ${relative(root, dir) || dir}/ bygget på ${seconds.toFixed(1)} s`);
  pageTable(dir);
}

const results: [string, string, number][] = [];
if (existsSync(realInput)) results.push(['Rigtige data', '.cache/dist-real', build('.cache/dist-real', ['data/published', relative(root, realInput)])]);
const defaultSeconds = build('dist', []);
results.unshift(['Standarddata (eksempeldata)', 'dist', defaultSeconds]);

for (const [title, dir, seconds] of results) report(title, resolve(root, dir), seconds);

const topo = join(root, '.cache/geo/kommuner.topo.json');
if (existsSync(topo)) {
  const size = compressedSizes(readFileSync(topo), { brotli: true });
  console.log(
    `\nTopoJSON .cache/geo/kommuner.topo.json: ${kb(size.raw)} rå, ${kb(size.gzip)} gzip, ${kb(size.brotli)} brotli (bruges ved bygning; siden tegner kortet som SVG)`,
  );
} else {
  console.log('\nTopoJSON: ingen .cache/geo/kommuner.topo.json (ingen grænsefil – flisekort)');
}

for (const [title, dir] of results) {
  console.log(`\nSøgning, ${title.toLowerCase()} (${dir}/soeg/):`);
  await searchBytes(resolve(root, dir), ['koge', 'laeso']);
}
