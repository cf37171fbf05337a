/**
 * npm run bench:ingest [-- --rows 1000000] — generates a jobindsats-style wide file (BOM, ";", CRLF, decimal komma;
 * 99 areas × monthly periods ending July 2026, as far back as the row count needs) in a temp folder and ingests it through the data:build code path.
 * `--write` also times writing dataset.json (what data:build does next).
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { toColumns } from '../src/lib/dataset/to-columns.ts';
import { ingestPaths, loadReference, printProblems, runScript, writeAtomic } from './io.ts';

const HEADER =
  'Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.);Aktiveringsgrad og andel aktiveringsberørte: Andel aktiveringsberørte (pct.)';

runScript(() => {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { rows: { type: 'string' }, write: { type: 'boolean' } } });
  const wanted = Number(values.rows ?? 1_000_000);
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
    const rows = months * areas.length;
    const mb = readFileSync(file).length / 1e6;
    process.stderr.write(`Testfil: ${rows.toLocaleString('da-DK')} rækker, ${mb.toFixed(1)} MB (${months} måneder × ${areas.length} områder)\n`);

    // The anchor, in the same run on the same file: papaparse streaming it row by row and doing nothing with the rows.
    const anchorStart = performance.now();
    let anchorRows = 0;
    Papa.parse<string[]>(readFileSync(file, 'utf8'), {
      delimiter: ';',
      skipEmptyLines: true,
      step: () => {
        anchorRows++;
      },
    });
    const anchorSeconds = (performance.now() - anchorStart) / 1000;
    process.stdout.write(`papaparse (streaming, step pr. række): ${anchorSeconds.toFixed(2)} s for ${anchorRows.toLocaleString('da-DK')} rækker\n`);

    const start = performance.now();
    const result = ingestPaths([file], undefined);
    const seconds = (performance.now() - start) / 1000;
    if (!result.dataset) {
      printProblems(result.problems, result.problemCount);
      return 1;
    }
    const maxRss = process.resourceUsage().maxRSS / 1024;
    process.stdout.write(
      `ingest: ${seconds.toFixed(2)} s, ${Math.round(rows / seconds).toLocaleString('da-DK')} rækker/s, ` +
        `${result.dataset.observations.length.toLocaleString('da-DK')} observationer, maks. hukommelse ${Math.round(maxRss)} MB ` +
        `(processen i alt; ${(seconds / anchorSeconds).toFixed(1)} × papaparse)\n`,
    );
    if (values.write) {
      const writeStart = performance.now();
      writeAtomic(join(dir, 'dataset.json'), [JSON.stringify(toColumns(result.dataset))]);
      const writeSeconds = (performance.now() - writeStart) / 1000;
      process.stdout.write(`skriv dataset.json: ${writeSeconds.toFixed(2)} s, maks. hukommelse ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`);
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function komma(tenths: number): string {
  return `${Math.floor(tenths / 10)},${tenths % 10}`;
}
