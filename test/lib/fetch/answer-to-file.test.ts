import { describe, expect, it } from 'vitest';
import { answerToTableFile } from '../../../src/lib/fetch/answer-to-file.ts';
import type { Cell, JobindsatsAnswer } from '../../../src/lib/fetch/jobindsats-response.ts';
import { planRequests, type TableRequest } from '../../../src/lib/fetch/plan-requests.ts';
import { createMeasureLookup } from '../../../src/lib/ingest/measure-lookup.ts';
import type { Catalogue } from '../../../src/lib/reference/catalogue.ts';
import { catalogue } from '../../support/ingest-fixtures.ts';

const lookup = createMeasureLookup(catalogue);
const request = (table: string, from: Catalogue = catalogue): TableRequest => planRequests(from).requests.find((r) => r.table === table)!;
const GRAD = 'Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)';
const ANDEL = 'Aktiveringsgrad og andel aktiveringsberørte: Andel aktiveringsberørte (pct.)';
const AREAS = ['Hele landet', 'København', 'Aarhus', 'Læsø'];

/** y60c07 as the API answers it: `months` months from 2026M01 for four areas. */
function y60c07(months: number, columns = ['Periode', 'Område', GRAD, ANDEL]): JobindsatsAnswer {
  const rows: Cell[][] = [];
  for (let m = 1; m <= months; m++)
    for (const area of AREAS)
      rows.push([`2026M${String(m).padStart(2, '0')}`, area, ...columns.slice(2).map((_, i) => (area === 'Læsø' ? null : 10 + m + i / 10))]);
  return { columns, rows };
}

describe('answerToTableFile', { timeout: 5_000 }, () => {
  it('answerToTableFile: period, area and the catalogue measures make the file; a column no measure uses is left out and named', () => {
    const result = answerToTableFile(
      y60c07(2, ['Periode', 'Område', GRAD, 'Aktiveringsgrad og andel aktiveringsberørte: Antal aktiverede', ANDEL]),
      request('y60c07'),
      lookup,
      { periods: 2 },
    );
    expect(result).toMatchObject({
      ok: true,
      file: { rows: 8, periods: 2, first: '2026M01', last: '2026M02', dropped: ['Aktiveringsgrad og andel aktiveringsberørte: Antal aktiverede'] },
    });
    if (!result.ok) return;
    expect(result.file.csv.split('\r\n').slice(0, 5)).toEqual([
      `\uFEFFPeriode;Område;${GRAD};${ANDEL}`,
      '2026M01;Hele landet;11;11,2',
      '2026M01;København;11;11,2',
      '2026M01;Aarhus;11;11,2',
      '2026M01;Læsø;;',
    ]);
  });
  it('answerToTableFile: a measure the catalogue expects is missing: named with the header it looks for, and the columns that came', () => {
    const result = answerToTableFile(y60c07(1, ['Periode', 'Område', 'Aktiveringsgrad', 'Andel aktiverede']), request('y60c07'), lookup, { periods: 1 });
    expect(result).toEqual({
      ok: false,
      problems: [
        `svaret mangler kolonner for aktiveringsberoerte-kontanthjaelp (fx "${ANDEL}"); svarets kolonner: "Periode", "Område", "Aktiveringsgrad", "Andel aktiverede" — ret kolonnenavnene (headers/tableHeaders) i data/catalogue/indicators.json, hvis jobindsats har omdøbt dem`,
      ],
    });
  });
  it('answerToTableFile: generic headers ("Antal personer") count for the table they belong to', () => {
    const answer: JobindsatsAnswer = {
      columns: [
        'Periode',
        'Område',
        'Antal personer',
        'Antal fuldtidspersoner',
        'Fuldtidspersoner i pct. af arbejdsstyrken',
        'Fuldtidspersoner i pct. af befolkningen',
      ],
      rows: [['2026M07', 'Køge', 700, 650.5, 2.1, 1.4]],
    };
    expect(answerToTableFile(answer, request('y60a02'), lookup, { periods: 1 })).toMatchObject({ ok: true, file: { dropped: [] } });
  });
  it('answerToTableFile: no rows, or no period or area column, is refused', () => {
    expect(answerToTableFile(y60c07(0), request('y60c07'), lookup, { periods: 1 })).toEqual({
      ok: false,
      problems: [`svaret har ingen rækker (kolonner: "Periode", "Område", "${GRAD}", "${ANDEL}")`],
    });
    const noArea = answerToTableFile(y60c07(1, ['Periode', 'Sted', GRAD, ANDEL]), request('y60c07'), lookup, { periods: 1 });
    expect(noArea).toMatchObject({ ok: false, problems: [expect.stringContaining('svaret har ingen områdekolonne')] });
  });
  it("answerToTableFile: under half the previous release's rows is refused, naming the file and release", () => {
    const previous = { release: '2026-08-22', file: 'y60c07_aktivering_kontanthjaelp.csv', rows: 40, periods: 10 };
    expect(answerToTableFile(y60c07(4), request('y60c07'), lookup, { periods: 10, previous })).toEqual({
      ok: false,
      problems: [
        'kun 16 rækker, men y60c07_aktivering_kontanthjaelp.csv i udgivelsen 2026-08-22 havde 40; så kort et svar ligner et afbrudt eller ændret udtræk',
      ],
    });
    expect(answerToTableFile(y60c07(5), request('y60c07'), lookup, { periods: 10, previous })).toMatchObject({ ok: true });
  });
  it('answerToTableFile: asking for fewer months than the previous file holds is compared with its share', () => {
    const previous = { release: '2026-08-22', file: 'y60c07_aktivering_kontanthjaelp.csv', rows: 400, periods: 100 };
    expect(answerToTableFile(y60c07(4), request('y60c07'), lookup, { periods: 4, previous })).toMatchObject({ ok: true });
    expect(answerToTableFile(y60c07(1), request('y60c07'), lookup, { periods: 4, previous })).toEqual({
      ok: false,
      problems: [
        'kun 4 rækker, men y60c07_aktivering_kontanthjaelp.csv i udgivelsen 2026-08-22 havde 400 (4 af dens 100 perioder giver mindst 8); så kort et svar ligner et afbrudt eller ændret udtræk',
      ],
    });
  });
});

describe('answerToTableFile with jobindsats.rows', { timeout: 5_000 }, () => {
  const selecting: Catalogue = {
    ...catalogue,
    indicators: catalogue.indicators.map((i) =>
      i.id === 'langtidsledige-antal'
        ? { ...i, jobindsats: { ...i.jobindsats!, rows: { Ydelsesgruppe: 'I alt' } } }
        : i.id === 'langtidsledige-dagpenge-antal'
          ? { ...i, jobindsats: { ...i.jobindsats!, rows: { Ydelsesgruppe: 'A-dagpenge' } } }
          : i,
    ),
  };
  const breakdown: JobindsatsAnswer = {
    columns: ['Periode', 'Område', 'Ydelsesgruppe', 'A-kasse', 'Antal langtidsledige'],
    rows: [
      ['2026M07', 'Køge', 'I alt', 'I alt', 120],
      ['2026M07', 'Køge', 'A-dagpenge', 'I alt', 80],
      ['2026M07', 'Køge', 'Kontanthjælp', 'I alt', 40],
      ['2026M07', 'Læsø', 'I alt', 'I alt', null],
    ],
  };

  it('answerToTableFile: a breakdown becomes one column per indicator, under the header the catalogue knows it by', () => {
    const result = answerToTableFile(breakdown, request('y25i09', selecting), lookup, { periods: 1 });
    expect(result).toMatchObject({ ok: true, file: { rows: 2, dropped: ['A-kasse'] } });
    if (result.ok)
      expect(result.file.csv).toBe('\uFEFFPeriode;Område;Langtidsledige i alt;Langtidsledige a-dagpenge\r\n2026M07;Køge;120;80\r\n2026M07;Læsø;;\r\n');
  });
  it('answerToTableFile: a selector that picks nothing, or a column it names that is not there, is refused', () => {
    const renamed = { ...breakdown, rows: breakdown.rows.map((row) => (row[2] === 'A-dagpenge' ? [...row.slice(0, 2), 'Dagpenge', ...row.slice(3)] : row)) };
    expect(answerToTableFile(renamed, request('y25i09', selecting), lookup, { periods: 1 })).toEqual({
      ok: false,
      problems: ['ingen rækker i svaret passer på jobindsats.rows {"Ydelsesgruppe":"A-dagpenge"} for langtidsledige-dagpenge-antal'],
    });
    const without = { columns: breakdown.columns.map((c) => (c === 'Ydelsesgruppe' ? 'Gruppe' : c)), rows: breakdown.rows };
    expect(answerToTableFile(without, request('y25i09', selecting), lookup, { periods: 1 })).toMatchObject({
      ok: false,
      problems: [expect.stringContaining('kolonnen "Ydelsesgruppe" fra jobindsats.rows findes ikke i svaret')],
    });
  });
});
