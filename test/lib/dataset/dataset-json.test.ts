/** dataset.json as data:build writes it: the columns straight from the ingest's store, the same bytes as the objects give. */
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/dataset/dataset.ts';
import { datasetJson } from '../../../src/lib/dataset/dataset-json.ts';
import { toColumns } from '../../../src/lib/dataset/to-columns.ts';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../../src/lib/ingest/problem.ts';
import { catalogue, registry } from '../../support/ingest-fixtures.ts';

const WIDE = 'Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)';
const release = (date: string): Release => ({ id: date, date, retrieved: date, title: `Jobindsats ${date} – Københavns tal` });
const file = (name: string, lines: string[], releaseIndex: number) => ({
  file: name,
  bytes: new TextEncoder().encode(`${lines.join('\n')}\n`),
  release: releaseIndex,
});

/**
 * Two releases with everything a column block can hold: a revised value (Køge), a value that is not published
 * (Albertslund in June), an area with no row for a period (Hele landet in June), sample values beside real ones
 * (København), a source named in a `kilde` column, and Hele landet's "000" among codes JavaScript orders as numbers.
 */
function draft() {
  const result = ingest(
    [
      file('juli/y60c07.csv', [WIDE, '2026M05;Køge;14,0', '2026M05;Albertslund;10,4', '2026M05;Hele landet;15,6'], 0),
      file('august/y60c07.csv', [WIDE, '2026M05;Køge;12,4', '2026M05;Albertslund;10,4', '2026M06;Køge;13,1', '2026M06;Albertslund;'], 1),
      file('august/eksempel.csv', ['Periode;Kommunekode;Kommune;Måling;Værdi;eksempeldata', '2026M06;101;København;aktiveringsgrad-kontanthjaelp;10,5;ja'], 1),
      file(
        'august/brev.csv',
        ['Periode;Område;Måling;Værdi;Kilde', 'december 2018;Hele landet;samtaler-dagpenge;67;star-brev-2019', '2018M12;Aarhus;samtaler-dagpenge;71,2;'],
        1,
      ),
    ],
    catalogue,
    registry,
    { releases: [release('2026-07-03'), release('2026-08-22')], builtAt: '2026-11-24T00:00:00Z' },
  );
  expect(result.problems.map(formatProblem)).toEqual([]);
  return result.dataset!;
}

const text = (pieces: Iterable<Uint8Array>) => new TextDecoder().decode(Buffer.concat(Array.from(pieces, (piece) => piece.slice())));

describe('datasetJson', () => {
  it('datasetJson: byte for byte what JSON.stringify(toColumns()) writes, Danish letters included', () => {
    const dataset = draft();
    const written = text(datasetJson(dataset));
    expect(written).toBe(JSON.stringify(toColumns(dataset)));
    expect(written).toContain('Københavns tal');
  });

  it('datasetJson: every kind of cell lands where the pages read it (revision, not published, absent, sample, source)', () => {
    const [aktivering, samtaler] = (JSON.parse(text(datasetJson(draft()))) as ReturnType<typeof toColumns>).measures;
    expect(aktivering).toEqual({
      id: 'aktiveringsgrad-kontanthjaelp',
      periods: ['2026M05', '2026M06'],
      values: { '101': [null, 10.5], '165': [10.4, null], '259': [12.4, 13.1], '000': [15.6, null] },
      absent: { '101': [0], '000': [1] },
      sample: { '101': [1] },
      sources: [''],
      revisions: [['259', 0, 14, 1]],
      firstRelease: [0, 1],
      decimals: { usual: 1, other: {} },
      derived: {},
    });
    expect(samtaler).toMatchObject({ id: 'samtaler-dagpenge', values: { '751': [71.2], '000': [67] }, sources: ['', 'star-brev-2019'], sample: false });
  });

  it("toColumns: the ingest's store gives the same columns as the observations as objects", () => {
    const dataset = draft();
    expect(toColumns(dataset)).toEqual(toColumns(toDataset(dataset)));
  });

  it('datasetJson: ten years of every kommune, with tenths, hundredths and gaps, still matches JSON.stringify', () => {
    const periods = Array.from({ length: 120 }, (_, m) => `${2016 + Math.floor(m / 12)}M${String((m % 12) + 1).padStart(2, '0')}`);
    const rows = periods.flatMap((period, m) =>
      registry.kommuner.map((kommune, k) => {
        const n = (m * 7919 + k * 104729) % 10000;
        return `${period};${kommune.name};${n % 13 === 0 ? '' : `${Math.floor(n / 100)},${String(n % 100).padStart(2, '0')}`}`;
      }),
    );
    const result = ingest([file('y60c07.csv', [WIDE, ...rows], 0)], catalogue, registry, { releases: [release('2026-08-22')] });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(text(datasetJson(result.dataset!))).toBe(JSON.stringify(toColumns(result.dataset!)));
  });
});
