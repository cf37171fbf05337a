/**
 * A small archive of two releases for the release tests, written through the same code as data:release: generated
 * sample numbers (every row eksempeldata=ja) in the site's own export format, so an export of a release can be
 * compared byte for byte with its file.
 *   2026-06-03: aktiveringsgrad and aktiveringsberørte, March–May 2026, Hele landet + 98 kommuner.
 *   2026-07-03: the same months again with three revisions (Køge May 14,0 → 12,4; Hele landet April 15,6 → 15,4;
 *               Læsø May 4,4 → not published) and June 2026 added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportCsv } from '../../src/lib/dataset/export-csv.ts';
import type { Observation } from '../../src/lib/dataset/dataset.ts';
import { parseRegistry } from '../../src/lib/reference/registry.ts';
import { writeRelease } from '../../scripts/release-io.ts';

const root = join(import.meta.dirname, '..', '..');
const registry = parseRegistry(
  readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8'),
  readFileSync(join(root, 'data/reference/regioner.csv'), 'utf8'),
);
const CODES = ['000', ...registry.kommuner.map((k) => k.code)];
const MEASURES = ['aktiveringsberoerte-kontanthjaelp', 'aktiveringsgrad-kontanthjaelp'];

export const FIXTURE = {
  first: '2026-06-03',
  second: '2026-07-03',
  revisions: [
    { code: '259', period: '2026M05', measure: 'aktiveringsgrad-kontanthjaelp', from: 14, to: 12.4 },
    { code: '000', period: '2026M04', measure: 'aktiveringsgrad-kontanthjaelp', from: 15.6, to: 15.4 },
    { code: '825', period: '2026M05', measure: 'aktiveringsgrad-kontanthjaelp', from: 4.4, to: null },
  ],
  file: 'eksempel-aktivering.csv',
} as const;

function generated(periods: string[]): Observation[] {
  const rows: Observation[] = [];
  for (const measure of MEASURES) {
    CODES.forEach((code, a) => {
      periods.forEach((period, m) => {
        const base = measure === 'aktiveringsgrad-kontanthjaelp' ? 8 : 30;
        rows.push({ code, period, measure, value: Math.round((base + ((a * 37 + m * 11) % 170) / 10) * 10) / 10, sample: true });
      });
    });
  }
  return rows;
}

function set(rows: Observation[], code: string, period: string, measure: string, value: number | null): void {
  rows.find((o) => o.code === code && o.period === period && o.measure === measure)!.value = value;
}

/** Writes the two releases into `archive` (which must not hold them yet). */
export function makeReleaseArchive(archive: string): void {
  const first = generated(['2026M03', '2026M04', '2026M05']);
  for (const r of FIXTURE.revisions) set(first, r.code, r.period, r.measure, r.from);
  const second = generated(['2026M03', '2026M04', '2026M05', '2026M06']);
  for (const r of FIXTURE.revisions) set(second, r.code, r.period, r.measure, r.to);
  for (const [date, rows] of [
    [FIXTURE.first, first],
    [FIXTURE.second, second],
  ] as const) {
    const result = writeRelease(archive, {
      date,
      title: 'Eksempeldata til test af udgivelser – ikke officielle tal',
      retrieved: date,
      files: [{ file: FIXTURE.file, bytes: new TextEncoder().encode(exportCsv(rows, registry)), source: 'eksempeldata' }],
    });
    if (!result.ok) throw new Error(`testarkivet kunne ikke skrives: ${result.problems.map((p) => p.message).join('; ')}`);
  }
}
