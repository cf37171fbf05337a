/** Releases: the newest value of each kommune × period × measure wins, an older different value is a revision. */
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/lib/dataset/dataset.ts';
import { measureView } from '../../../src/lib/dataset/read-columns.ts';
import { toColumns } from '../../../src/lib/dataset/to-columns.ts';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../../src/lib/ingest/problem.ts';
import { catalogue, registry } from '../../support/ingest-fixtures.ts';

const HEADER = 'Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)';
const release = (date: string): Release => ({ id: date, date, retrieved: date, title: `Jobindsats ${date}` });
const file = (name: string, rows: string[], releaseIndex: number) => ({
  file: name,
  bytes: new TextEncoder().encode(`${[HEADER, ...rows].join('\n')}\n`),
  release: releaseIndex,
});

/** July: Køge 14,0 and Albertslund 10,4 for May; August revises Køge, repeats Albertslund, adds June. */
function twoReleases() {
  return ingest(
    [
      file('juli/y60c07.csv', ['2026M05;Køge;14,0', '2026M05;Albertslund;10,4', '2026M05;Hele landet;15,6'], 0),
      file(
        'august/y60c07.csv',
        [
          '2026M05;Køge;12,4',
          '2026M05;Albertslund;10,4',
          '2026M05;Hele landet;15,6',
          '2026M06;Køge;13,1',
          '2026M06;Albertslund;;',
          '2026M06;Hele landet;15,2',
        ].map((r) => r.replace(';;', ';')),
        1,
      ),
    ],
    catalogue,
    registry,
    { releases: [release('2026-07-03'), release('2026-08-22')], builtAt: '2026-11-24T00:00:00Z' },
  );
}

describe('releases', () => {
  it('releases: the newest release wins, and the older different value is a revision naming both releases', () => {
    const result = twoReleases();
    expect(result.problems.map(formatProblem)).toEqual([]);
    const values = toDataset(result.dataset!).observations.map((o) => `${o.code} ${o.period} ${o.value}`);
    expect(values).toEqual(['000 2026M05 15.6', '000 2026M06 15.2', '165 2026M05 10.4', '165 2026M06 null', '259 2026M05 12.4', '259 2026M06 13.1']);
    expect(result.dataset!.revisions).toEqual([
      { code: '259', period: '2026M05', measure: 'aktiveringsgrad-kontanthjaelp', from: 14, to: 12.4, fromRelease: 0, release: 1 },
    ]);
  });

  it('releases: each release says what it added, revised and held unchanged, and which months it published first', () => {
    const [july, august] = twoReleases().dataset!.releases;
    expect(july).toMatchObject({
      id: '2026-07-03',
      files: 1,
      values: 3,
      added: 3,
      revised: 0,
      unchanged: 0,
      newPeriods: [{ measure: 'aktiveringsgrad-kontanthjaelp', periods: ['2026M05'] }],
    });
    expect(august).toMatchObject({
      id: '2026-08-22',
      files: 1,
      values: 6,
      added: 3,
      revised: 1,
      unchanged: 2,
      newPeriods: [{ measure: 'aktiveringsgrad-kontanthjaelp', periods: ['2026M06'] }],
    });
  });

  it('releases: within one release two different values for the same key are still an error naming both places', () => {
    const result = ingest([file('a.csv', ['2026M05;Køge;14,0'], 0), file('b.csv', ['2026M05;Køge;12,4'], 0)], catalogue, registry, {
      releases: [release('2026-07-03')],
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'b.csv:2:3 (kolonne "Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)"): samme kommune, periode og måling står også i a.csv:2 med værdien 14: "12,4" – gyldigt: én værdi pr. kommune, periode og måling',
    ]);
  });

  it('releases: three releases chain their revisions (14,0 → 12,4 → 12,9), and the columns show each step with its release', () => {
    const result = ingest(
      [file('1.csv', ['2026M05;Køge;14,0'], 0), file('2.csv', ['2026M05;Køge;12,4'], 1), file('3.csv', ['2026M05;Køge;12,9'], 2)],
      catalogue,
      registry,
      { releases: [release('2026-06-03'), release('2026-07-03'), release('2026-08-22')] },
    );
    const columns = toColumns(result.dataset!).measures[0]!;
    const view = measureView(columns);
    expect(view.value('259', '2026M05')).toBe(12.9);
    expect(view.revisions('259')).toEqual([
      { period: '2026M05', from: 14, to: 12.4, release: 1 },
      { period: '2026M05', from: 12.4, to: 12.9, release: 2 },
    ]);
    expect(view.firstRelease('2026M05')).toBe(0);
  });

  it('releases: a value the newer release suppresses is a revision to "not published", never a zero', () => {
    const result = ingest([file('1.csv', ['2026M05;Læsø;4,4'], 0), file('2.csv', ['2026M05;Læsø;'], 1)], catalogue, registry, {
      releases: [release('2026-07-03'), release('2026-08-22')],
    });
    expect(result.dataset!.revisions).toMatchObject([{ code: '825', from: 4.4, to: null, release: 1 }]);
  });

  it('releases: files must come in release order', () => {
    expect(() =>
      ingest([file('2.csv', [], 1), file('1.csv', [], 0)], catalogue, registry, { releases: [release('2026-07-03'), release('2026-08-22')] }),
    ).toThrow(/udgivelsernes rækkefølge/);
  });
});
