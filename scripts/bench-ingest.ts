/**
 * npm run bench:ingest [-- --rows 1000000 --runs 3] — figures, not a test. Generates a jobindsats-style wide file (BOM,
 * ";", CRLF, decimal komma; 99 areas × monthly periods ending July 2026, as far back as the row count needs) in a temp
 * folder, then measures side by side, each in its own child process so one cannot inflate the other's memory:
 *   - papaparse parsing the same file row by row (`step`) and doing nothing with the rows: the anchor;
 *   - the ingest's own CSV reader alone (64 KB chunks decoded and read into rows, nothing done with them): its share of
 *     the ingest, and whether it earns its place beside papaparse (test/lib/ingest/csv-differential.test.ts shows the
 *     two read alike);
 *   - our ingest through the data:build code path (read, check, validate, store, sort), then writing dataset.json;
 *   - the whole of `npm run data:build -- --input <file>` (scripts/build-dataset.ts from start to exit).
 * Time is the fastest of `--runs`; peak memory is the process's maximum resident set (process.resourceUsage().maxRSS),
 * with the resident set before the file is touched (Node, the loaded modules, the reference data) beside it.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const HEADER =
  'Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.);Aktiveringsgrad og andel aktiveringsberørte: Andel aktiveringsberørte (pct.)';

interface Measured {
  rows: number;
  seconds: number;
  /** maxRSS in MB before the file is read, and after the work. */
  startMb: number;
  peakMb: number;
  /** Ours only: dataset.json's bytes, the time and peak of making and writing it. */
  datasetBytes?: number;
  writeSeconds?: number;
  writePeakMb?: number;
}

const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { rows: { type: 'string' }, runs: { type: 'string' }, child: { type: 'string' }, file: { type: 'string' } },
});

if (values.child === 'data:build') {
  await dataBuild(values.file!);
} else if (values.child) {
  const measured =
    values.child === 'papaparse' ? await papaparse(values.file!) : values.child === 'reader' ? await reader(values.file!) : await ours(values.file!);
  process.stdout.write(`${JSON.stringify(measured)}\n`);
} else {
  await main();
}

/** The anchor, as before: the whole file as a string, parsed by papaparse with a step callback per row. */
async function papaparse(file: string): Promise<Measured> {
  const { readFileSync } = await import('node:fs');
  const { default: Papa } = await import('papaparse');
  const startMb = maxRssMb();
  const start = performance.now();
  let rows = 0;
  Papa.parse<string[]>(readFileSync(file, 'utf8'), {
    delimiter: ';',
    skipEmptyLines: true,
    step: () => {
      rows++;
    },
  });
  return { rows: rows - 1, seconds: (performance.now() - start) / 1000, startMb, peakMb: maxRssMb() };
}

/** The ingest's CSV reader alone, fed as the ingest feeds it: 64 KB chunks through a streaming decoder. */
async function reader(file: string): Promise<Measured> {
  const { readChunks } = await import('./io.ts');
  const { readCsvRows } = await import('../src/lib/ingest/csv-rows.ts');
  const startMb = maxRssMb();
  const start = performance.now();
  const decoder = new TextDecoder('utf-8');
  function* pieces(): Generator<string> {
    for (const bytes of readChunks(file)) yield decoder.decode(bytes, { stream: true });
    yield decoder.decode();
  }
  let rows = 0;
  readCsvRows(pieces(), ';', {
    row: () => void rows++,
    broken: () => undefined,
  });
  return { rows: rows - 1, seconds: (performance.now() - start) / 1000, startMb, peakMb: maxRssMb() };
}

async function ours(file: string): Promise<Measured> {
  const { ingestPaths, loadReference, printProblems } = await import('./io.ts');
  const { datasetJson } = await import('../src/lib/dataset/dataset-json.ts');
  loadReference();
  const startMb = maxRssMb();
  const start = performance.now();
  const result = ingestPaths([file], undefined);
  const seconds = (performance.now() - start) / 1000;
  const peakMb = maxRssMb();
  if (!result.dataset) {
    printProblems(result.problems, result.problemCount);
    process.exit(1);
  }
  const rows = result.dataset.inputs.reduce((sum, input) => sum + input.rows, 0);
  const writeStart = performance.now();
  const output = join(tmpdir(), `bench-ingest-${process.pid}.json`);
  const fd = openSync(output, 'w');
  let datasetBytes = 0;
  for (const piece of datasetJson(result.dataset)) datasetBytes += writeSync(fd, piece);
  closeSync(fd);
  rmSync(output, { force: true });
  return {
    rows,
    seconds,
    startMb,
    peakMb,
    datasetBytes,
    writeSeconds: (performance.now() - writeStart) / 1000,
    writePeakMb: maxRssMb(),
  };
}

/**
 * data:build as the user runs it, in this process: the script reads process.argv and writes as usual, and the figures
 * are taken on exit. Time counts from the process's start (Node and module loading included), as `time` would.
 */
async function dataBuild(file: string): Promise<void> {
  const output = join(tmpdir(), `bench-data-build-${process.pid}.json`);
  process.argv = [process.argv[0]!, join(import.meta.dirname, 'build-dataset.ts'), '--input', file, '--output', output];
  process.on('exit', (code) => {
    rmSync(output, { force: true });
    if (code !== 0) return;
    const measured: Measured = { rows: 0, seconds: performance.now() / 1000, startMb: 0, peakMb: maxRssMb() };
    process.stdout.write(`${JSON.stringify(measured)}\n`);
  });
  await import('./build-dataset.ts');
}

async function main(): Promise<void> {
  const { loadReference, runScript } = await import('./io.ts');
  runScript(() => {
    const wanted = Number(values.rows ?? 1_000_000);
    const runs = Math.max(1, Number(values.runs ?? 3));
    const areas = ['Hele landet', ...loadReference().registry.kommuner.map((kommune) => kommune.name)];
    const months = Math.ceil(wanted / areas.length);
    const dir = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
    const file = join(dir, 'y60c07_bench.csv');
    try {
      writeFileSync(file, `\ufeff${HEADER}\r\n`);
      // The last month is July 2026: periods after the retrieval date are refused by the ingest, as they should be.
      const first = 2026 * 12 + 6 - (months - 1);
      for (let m = 0; m < months; m++) {
        const index = first + m;
        const period = `${Math.floor(index / 12)}M${String((index % 12) + 1).padStart(2, '0')}`;
        const lines = areas.map((area, a) => {
          const tenths = (m * 7 + a * 13) % 1000;
          return tenths % 97 === 0 ? `${period};${area};;` : `${period};${area};${komma(tenths)};${komma((tenths * 3) % 1000)}`;
        });
        appendFileSync(file, `${lines.join('\r\n')}\r\n`);
      }
      const csvBytes = statSync(file).size;
      process.stdout.write(`Testfil: ${da(months * areas.length)} rækker, ${da(csvBytes / 1e6, 1)} MB (${months} måneder × ${areas.length} områder)\n`);
      process.stdout.write(`${runs} kørsler af hver, skiftevis, hver i sin egen proces; tid = hurtigste kørsel, hukommelse = processens maks. RSS\n\n`);

      const anchor: Measured[] = [];
      const read: Measured[] = [];
      const ingest: Measured[] = [];
      const build: Measured[] = [];
      for (let run = 0; run < runs; run++) {
        anchor.push(child('papaparse', file));
        read.push(child('reader', file));
        ingest.push(child('ours', file));
        build.push(child('data:build', file));
      }
      const a = fastest(anchor);
      const r = fastest(read);
      const o = fastest(ingest);
      const b = fastest(build);
      const line = (name: string, m: Measured) =>
        `${name.padEnd(34)}${da(m.rows).padStart(11)}${da(m.seconds, 2).padStart(8)} s${da(m.peakMb).padStart(7)} MB   (${da(m.startMb)} MB før filen læses)\n`;
      process.stdout.write(`${''.padEnd(34)}${'rækker'.padStart(11)}${'tid'.padStart(10)}${'maks.'.padStart(10)}\n`);
      process.stdout.write(line('papaparse (step pr. række)', a));
      process.stdout.write(line('ingestens CSV-læser alene', r));
      process.stdout.write(line('ingest (som data:build)', o));
      process.stdout.write(
        `\nforhold ingest/papaparse: ${da(o.seconds / a.seconds, 2)} × tiden, ${da(o.peakMb / a.peakMb, 2)} × hukommelsen ` +
          `(over starten: ${da(o.peakMb - o.startMb)} MB mod ${da(a.peakMb - a.startMb)} MB)\n`,
      );
      process.stdout.write(
        `CSV-læseren: ${da((100 * r.seconds) / o.seconds)} % af ingestens tid; ${da(r.seconds / a.seconds, 2)} × papaparses tid for de samme rækker\n`,
      );
      process.stdout.write(
        `datasæt (dataset.json, en kolonneblok pr. måling): ${da(o.datasetBytes! / 1e6, 1)} MB = ${da(o.datasetBytes! / csvBytes, 2)} × CSV-filen; ` +
          `kolonner + skrivning ${da(o.writeSeconds!, 2)} s, maks. ${da(o.writePeakMb!)} MB\n`,
      );
      process.stdout.write(
        `data:build i alt (node scripts/build-dataset.ts --input <testfilen>, fra start til exit): ${da(b.seconds, 2)} s, maks. ${da(b.peakMb)} MB ` +
          `(hurtigste af ${runs})\n`,
      );
      return 0;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

function child(kind: 'papaparse' | 'reader' | 'ours' | 'data:build', file: string): Measured {
  const result = spawnSync(process.execPath, [import.meta.filename, '--child', kind, '--file', file], {
    encoding: 'utf8',
    // data:build reports what it wrote on stderr, once a run: shown only when it fails.
    stdio: ['ignore', 'pipe', kind === 'data:build' ? 'pipe' : 'inherit'],
  });
  if (result.status !== 0) throw new Error(`${kind} fejlede (exitkode ${result.status})${result.stderr ? `:\n${result.stderr}` : ''}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Measured;
}

function fastest(runs: Measured[]): Measured {
  return runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
}

function da(n: number, digits = 0): string {
  return n.toLocaleString('da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function komma(tenths: number): string {
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}
