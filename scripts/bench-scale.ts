/**
 * npm run bench:scale [-- --years 10,40] — figures, not a test: how the site grows with its history. For each length
 * it writes generated SAMPLE numbers for every monthly catalogue measure × 98 kommuner + Hele landet (the demo build's
 * kind of data, labelled as such), builds the site from them alone into .cache/dist-scale-<years>, and prints build
 * time, peak memory, dist size (per kind of file, and per CSV byte), and what each page type costs to download,
 * beside the page's own numbers as bare CSV (the anchor: what the numbers weigh with nothing around them).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateSample, monthRange, type SampleSeries } from '../src/lib/sample/generate-sample.ts';
import { kb, pageWeight } from '../test/support/page-weight.ts';
import { loadReference } from './io.ts';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const { values } = parseArgs({ options: { years: { type: 'string', default: '10,40' } } });
const lengths = values.years
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const LAST = '2026M06';
const { catalogue, registry } = loadReference();
const monthly = catalogue.indicators.filter((i) => i.periodType === 'month');
const codes = registry.kommuner.map((k) => k.code);
const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB`;

function writeSample(years: number): { dir: string; file: string; rows: number; bytes: number } {
  const dir = join(root, `.cache/scale-${years}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const first = monthRange('1900M01', LAST).slice(-years * 12)[0]!;
  const periods = monthRange(first, LAST);
  const series: SampleSeries[] = monthly.map((indicator, i) => ({ measure: indicator.id, start: 20 + (i % 7) * 5, end: 30 + (i % 5) * 6, groupShare: 0.3 }));
  const lines = ['periode;kommunekode;kommune;maaling;vaerdi;eksempeldata'];
  let rows = 0;
  for (const [i, s] of series.entries()) {
    // The generator makes shares; counts are whole numbers of people.
    const count = monthly[i]!.unit !== 'pct';
    for (const r of generateSample(codes, [s], periods, [])) {
      const value = r.value === null ? '..' : count ? String(Math.round(r.value * 37)) : String(r.value).replace('.', ',');
      lines.push(`${r.period};${r.code};${names.get(r.code) ?? 'Hele landet'};${r.measure};${value};ja`);
      rows++;
    }
  }
  const file = join(dir, 'eksempeldata.csv');
  const text = `${lines.join('\r\n')}\r\n`;
  writeFileSync(file, text);
  return { dir, file, rows, bytes: Buffer.byteLength(text) };
}

/** Build time and peak memory (GNU time's maximum resident set of the build and its child processes). */
function build(input: string, out: string): { seconds: number; peakMb: number | undefined } {
  const args = ['scripts/build-site.ts', '--input', input, '--out', out];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const result = timed
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_KB=%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    console.error(`bench:scale: bygningen af ${out} fejlede:\n${result.stderr}`);
    process.exit(1);
  }
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

function walk(dir: string, visit: (path: string, bytes: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else visit(path, statSync(path).size);
  }
}

function distSizes(dir: string): { total: number; files: number; kinds: Map<string, number> } {
  const kinds = new Map<string, number>();
  let total = 0;
  let files = 0;
  walk(dir, (path, bytes) => {
    const rel = path.slice(dir.length + 1);
    const kind = rel.startsWith('pagefind/')
      ? 'søgeindeks'
      : rel.endsWith('.html')
        ? 'HTML-sider'
        : /\.(csv|json|xlsx)$/.test(rel)
          ? 'datafiler (CSV/JSON)'
          : rel.endsWith('.atom')
            ? 'Atom-feeds'
            : 'andet (JS, CSS, billeder)';
    kinds.set(kind, (kinds.get(kind) ?? 0) + bytes);
    total += bytes;
    files++;
  });
  return { total, files, kinds };
}

/** A page's own numbers as bare CSV, gzipped: for a kommune page every measure × period of that kommune. */
function bareCsvGzip(rowsText: string[]): number {
  return gzipSync(rowsText.join('\n')).length;
}

const pad = (text: string, width: number) => text.padEnd(width);
const num = (text: string, width = 10) => text.padStart(width);

for (const years of lengths) {
  const sample = writeSample(years);
  const out = `.cache/dist-scale-${years}`;
  const { seconds, peakMb } = build(sample.dir, out);
  const dist = distSizes(join(root, out));
  console.log(`\n${years} år × ${monthly.length} månedlige målinger × 99 områder: ${sample.rows.toLocaleString('da-DK')} rækker, CSV ${mb(sample.bytes)}`);
  console.log(
    `  bygning: ${seconds.toFixed(1).replace('.', ',')} s, maks. hukommelse ${peakMb === undefined ? 'ukendt (/usr/bin/time mangler)' : `${Math.round(peakMb)} MB`}`,
  );
  console.log(`  dist: ${mb(dist.total)} i ${dist.files.toLocaleString('da-DK')} filer = ${(dist.total / sample.bytes).toFixed(1).replace('.', ',')} × CSV'en`);
  for (const [kind, bytes] of [...dist.kinds].sort((a, b) => b[1] - a[1])) console.log(`    ${pad(kind, 28)}${num(mb(bytes))}`);

  const csvLines = readFileSync(sample.file, 'utf8').split('\r\n');
  const aarhus = csvLines.filter((line) => line.includes(';751;'));
  const oneMonth = csvLines.filter((line) => line.startsWith(`${LAST};`) && line.includes(`;${monthly[0]!.id};`));
  const slugs = readdirSync(join(root, out, 'kommune')).filter((name) => !name.includes('.'));
  const kommuner = slugs.map((slug) => pageWeight(join(root, out), `/kommune/${slug}/`, { brotli: false }));
  const heaviest = kommuner.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  const rows: [string, string, string][] = [
    ['forside', '/', `${kb(bareCsvGzip(oneMonth))} (én måned, én måling)`],
    ['kort for en anden måling', `/kort/${monthly[1]!.id}/`, ''],
    ['kommuneside (Aarhus)', '/kommune/aarhus/', `${kb(bareCsvGzip(aarhus))} (alle målinger × perioder)`],
    [`kommuneside, tungeste (${heaviest.page.split('/')[2]})`, heaviest.page, ''],
    ['tabel', '/tabel/', ''],
    ['om data', '/om-data/', ''],
  ];
  console.log(`  ${pad('side', 40)}${num('filer', 6)}${num('rå')}${num('gzip')}  sidens egne tal som ren CSV (gzip)`);
  for (const [label, page, anchor] of rows) {
    if (!existsSync(join(root, out, page, 'index.html'))) continue;
    const w = pageWeight(join(root, out), page, { brotli: false });
    console.log(`  ${pad(label, 40)}${num(String(w.assets.length), 6)}${num(kb(w.raw))}${num(kb(w.gzip))}  ${anchor}`);
  }
}
