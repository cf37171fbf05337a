/**
 * npm run data:sample — writes data/sample/eksempeldata.csv: deterministic, plausible per-kommune SAMPLE values for
 * the measures that have no real per-kommune file (interviews per target group, passivandel, and the tidlig-indsats pair
 * over the two years around the law change of July 2026). Every row is flagged
 * `eksempeldata=ja`, so every page built from it says "Eksempeldata – ikke officielle tal".
 * The kommune values follow the national figures of the 2019 letter (data/published/) where those exist.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { generateSample, monthRange, type Anchor, type SampleSeries } from '../src/lib/sample/generate-sample.ts';
import { parsePeriod } from '../src/lib/period/parse-period.ts';
import { csvRecords } from '../src/lib/ingest/csv-rows.ts';
import { parseRegistry } from '../src/lib/reference/registry.ts';

const LETTER = 'data/published/star-brev-2019-samtaler-landsplan.csv';
const OUTPUT = 'data/sample/eksempeldata.csv';
const PERIODS = monthRange('2017M08', '2018M12');
/** The tidlig-indsats pair over two years, so the demo shows the law's level changing from 100 % to 75 % in July 2026. */
const TIDLIG = monthRange('2024M08', '2026M07');

/** Group shares size the caseload of each target group; start/end levels are used only where no anchor exists. */
const SERIES: SampleSeries[] = [
  { measure: 'samtaler-alle', start: 58, end: 67, groupShare: 1 },
  { measure: 'samtaler-dagpenge', start: 50, end: 67, groupShare: 0.35 },
  { measure: 'samtaler-jobparate-kontanthjaelp', start: 61, end: 64, groupShare: 0.1 },
  { measure: 'samtaler-aktivitetsparate-kontanthjaelp', start: 61, end: 67, groupShare: 0.2 },
  { measure: 'samtaler-uddannelsesparate-uddannelseshjaelp', start: 60, end: 64, groupShare: 0.08 },
  { measure: 'samtaler-aktivitetsparate-uddannelseshjaelp', start: 54, end: 55, groupShare: 0.07 },
  { measure: 'samtaler-sygedagpenge', start: 70, end: 73, groupShare: 0.3 },
  // The letter gives only changes for passivity: -5 points (aktivitetsparate, Aug 2017 -> Nov 2018) and
  // -1 point (dagpenge, Aug 2017 -> Jan 2019). The levels here are invented for the sample.
  { measure: 'passiv-aktivitetsparate', start: 21, end: 15.5, groupShare: 0.15 },
  { measure: 'passiv-dagpenge', start: 27, end: 26.1, groupShare: 0.3 },
  // Invented levels for the tidlig-indsats pair: no real national figure is published here.
  { measure: 'tidlig-samtaler-alle', start: 79, end: 81, groupShare: 1, periods: TIDLIG },
  { measure: 'tidlig-samtaler-dagpenge', start: 80, end: 78, groupShare: 0.35, periods: TIDLIG },
  { measure: 'tidlig-samtaler-jobparate-kontanthjaelp', start: 74, end: 77, groupShare: 0.12, periods: TIDLIG },
  { measure: 'tidlig-samtaler-aktivitetsparate-kontanthjaelp', start: 66, end: 64, groupShare: 0.2, periods: TIDLIG },
  { measure: 'tidlig-tilbud-alle', start: 71, end: 73, groupShare: 1, periods: TIDLIG },
  { measure: 'tidlig-tilbud-dagpenge', start: 72, end: 70, groupShare: 0.35, periods: TIDLIG },
  { measure: 'tidlig-tilbud-jobparate-kontanthjaelp', start: 68, end: 71, groupShare: 0.12, periods: TIDLIG },
  { measure: 'tidlig-tilbud-aktivitetsparate-kontanthjaelp', start: 58, end: 57, groupShare: 0.2, periods: TIDLIG },
];

const read = (path: string) => readFileSync(path, 'utf8');
const registry = parseRegistry(read('data/reference/kommuner.csv'), read('data/reference/regioner.csv'));
const letter = csvRecords(read(LETTER), ';', LETTER);
const anchors: Anchor[] = letter.map((row) => ({
  measure: row['Måling'] ?? '',
  period: parsePeriod(row['Periode'] ?? '') ?? '',
  value: Number(row['Værdi']),
}));

const rows = generateSample(
  registry.kommuner.map((k) => k.code),
  SERIES,
  PERIODS,
  anchors,
);
const names = new Map(registry.kommuner.map((k) => [k.code, k.name]));
const decimalComma = (v: number | null) => (v === null ? '..' : String(v).replace('.', ','));
const lines = ['periode;kommunekode;kommune;maaling;vaerdi;eksempeldata'];
for (const r of rows) lines.push([r.period, r.code, names.get(r.code) ?? 'Hele landet', r.measure, decimalComma(r.value), 'ja'].join(';'));

mkdirSync('data/sample', { recursive: true });
writeFileSync(`${OUTPUT}.tmp`, `${lines.join('\r\n')}\r\n`);
renameSync(`${OUTPUT}.tmp`, OUTPUT);
console.error(`Skrev ${OUTPUT}: ${rows.length} rækker eksempeldata (${SERIES.length} målinger).`);
