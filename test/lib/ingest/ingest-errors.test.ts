import { describe, expect, it } from 'vitest';
import { ingestFixtures } from '../../support/ingest-fixtures.ts';

const AKT_HEADER = 'Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)';
const BER_HEADER = 'Aktiveringsgrad og andel aktiveringsberørte: Andel aktiveringsberørte (pct.)';

function problemsOf(name: string) {
  const result = ingestFixtures([name]);
  expect(result.dataset).toBeUndefined();
  return result.problems.map(({ file, line, column, header, value }) => ({ file, line, column, header, value }));
}

describe('ingest: bad input is reported with file, line, column and value', () => {
  it('ingest: unknown kommune', () => {
    expect(problemsOf('bad-unknown-kommune.csv')).toEqual([{ file: 'bad-unknown-kommune.csv', line: 3, column: 2, header: 'Område', value: 'Fakeby' }]);
    expect(ingestFixtures(['bad-unknown-kommune.csv']).messages[0]).toBe(
      'bad-unknown-kommune.csv:3:2 (kolonne "Område"): ukendt kommune: "Fakeby" – gyldigt: et kommunenavn (fx "København", "Høje-Taastrup") eller "Hele landet"',
    );
  });

  it('ingest: a kilde that is not a catalogue source', () => {
    expect(problemsOf('bad-unknown-source.csv')).toEqual([{ file: 'bad-unknown-source.csv', line: 2, column: 5, header: 'Kilde', value: 'brevet' }]);
    expect(ingestFixtures(['bad-unknown-source.csv']).messages[0]).toMatch(
      /^bad-unknown-source\.csv:2:5 \(kolonne "Kilde"\): ukendt kilde: "brevet" – gyldigt: en kilde fra .*"star-brev-2019"/,
    );
  });

  it('ingest: a count of people read as a fraction ("96.938" in a decimal-point file) is an error, not 96,938 ledige', () => {
    expect(problemsOf('bad-count-fraction.csv')).toEqual([
      { file: 'bad-count-fraction.csv', line: 2, column: 3, header: 'Ledige i alt (antal)', value: '96.938' },
    ]);
    expect(ingestFixtures(['bad-count-fraction.csv']).messages[0]).toContain('antallet 96,938 er ikke et helt tal');
  });

  it('ingest: a share of 140 %', () => {
    expect(problemsOf('bad-share-140.csv')).toEqual([{ file: 'bad-share-140.csv', line: 3, column: 3, header: AKT_HEADER, value: '140,0' }]);
    expect(ingestFixtures(['bad-share-140.csv']).messages[0]).toContain('andelen 140 % ligger uden for 0–100');
  });

  it('ingest: duplicate with a different value names both places (CRLF lines)', () => {
    expect(problemsOf('bad-duplicate.csv')).toEqual([{ file: 'bad-duplicate.csv', line: 4, column: 4, header: BER_HEADER, value: '35,3' }]);
    expect(ingestFixtures(['bad-duplicate.csv']).messages[0]).toContain('står også i bad-duplicate.csv:2 med værdien 35.2');
  });

  it('ingest: ragged rows (too few and too many fields)', () => {
    expect(problemsOf('bad-ragged.csv')).toEqual([
      { file: 'bad-ragged.csv', line: 2, column: 4, header: BER_HEADER, value: '' },
      { file: 'bad-ragged.csv', line: 3, column: 5, header: undefined, value: '7' },
    ]);
    expect(ingestFixtures(['bad-ragged.csv']).messages[0]).toContain('rækken har 3 felter, men overskriften har 4');
  });

  it('ingest: broken quote', () => {
    expect(problemsOf('bad-broken-quote.csv')).toMatchObject([{ file: 'bad-broken-quote.csv', line: 2, column: 2, header: 'Område' }]);
    expect(ingestFixtures(['bad-broken-quote.csv']).messages[0]).toContain('anførselstegn er ikke lukket korrekt');
  });

  it('ingest: unknown period', () => {
    expect(problemsOf('bad-unknown-period.csv')).toEqual([{ file: 'bad-unknown-period.csv', line: 3, column: 1, header: 'Periode', value: '2021M13' }]);
  });

  it('ingest: empty file and header-only file', () => {
    expect(ingestFixtures(['bad-empty.csv']).messages).toEqual(['bad-empty.csv:1: filen er tom – gyldigt: en overskrift og mindst én række data']);
    expect(ingestFixtures(['bad-header-only.csv']).messages).toEqual([
      'bad-header-only.csv:2: filen har kun en overskrift og ingen rækker – gyldigt: mindst én række data',
    ]);
  });

  it('ingest: header matching no measure suggests the closest header or lists the valid ones', () => {
    const messages = ingestFixtures(['bad-unknown-header.csv']).messages;
    expect(problemsOf('bad-unknown-header.csv')).toEqual([
      { file: 'bad-unknown-header.csv', line: 1, column: 3, header: 'Aktiveringsgrad (pct)', value: 'Aktiveringsgrad (pct)' },
      { file: 'bad-unknown-header.csv', line: 1, column: 4, header: 'Ledighed i alt', value: 'Ledighed i alt' },
    ]);
    expect(messages[0]).toContain('mente du "Aktiveringsgrad (pct.)"?');
    expect(messages[1]).toContain('"Ledige i alt (antal)"');
    expect(messages[1]!.length, 'one example per topic, not the whole catalogue').toBeLessThan(1200);
  });

  it('ingest: binary file, named at the first NUL byte', () => {
    expect(ingestFixtures(['bad-binary.csv']).messages).toEqual([
      expect.stringMatching(
        /^bad-binary\.csv:1:\d+: filen indeholder NUL-bytes og er ikke en tekstfil \(binær fil\?\) – gyldigt: en CSV-fil i UTF-8 eller Windows-1252$/,
      ),
    ]);
  });

  it('ingest: truncated file, inside a quoted field or inside a UTF-8 character', () => {
    expect(problemsOf('bad-truncated.csv')).toEqual([{ file: 'bad-truncated.csv', line: 3, column: 2, header: 'Område', value: 'Aller' }]);
    expect(ingestFixtures(['bad-truncated.csv']).messages[0]).toContain('filen slutter inde i et felt i anførselstegn');
    expect(ingestFixtures(['bad-truncated-utf8.csv']).messages).toEqual([
      expect.stringMatching(/^bad-truncated-utf8\.csv:4:\d+: filen slutter midt i et tegn – er filen afkortet\? – gyldigt: en komplet fil$/),
    ]);
  });

  it('ingest: "96.938" with nothing to disambiguate is an error, not a guess', () => {
    expect(problemsOf('bad-ambiguous.csv')).toEqual([{ file: 'bad-ambiguous.csv', line: 2, column: 3, header: 'Ledige i alt (antal)', value: '96.938' }]);
    expect(ingestFixtures(['bad-ambiguous.csv']).messages[0]).toContain('kan læses som 96938 (tusindtalspunktum) eller 96.938 (decimalpunktum)');
  });

  it('ingest: decimal comma and decimal point mixed in one file', () => {
    expect(problemsOf('bad-mixed-format.csv')).toEqual([{ file: 'bad-mixed-format.csv', line: 3, column: 3, header: 'Aktiveringsgrad', value: '4.9' }]);
  });

  it('ingest: text and negative counts are not valid values', () => {
    expect(problemsOf('bad-not-a-number.csv')).toEqual([
      { file: 'bad-not-a-number.csv', line: 2, column: 3, header: 'Ledige i alt (antal)', value: 'mange' },
      { file: 'bad-not-a-number.csv', line: 3, column: 3, header: 'Ledige i alt (antal)', value: '-5' },
    ]);
  });

  it('ingest: a name that disagrees with its kommunekode', () => {
    expect(problemsOf('bad-name-code-mismatch.csv')).toEqual([
      { file: 'bad-name-code-mismatch.csv', line: 2, column: 3, header: 'kommune', value: 'Albertslund' },
    ]);
  });

  it('ingest: unknown measure in long layout', () => {
    expect(problemsOf('bad-unknown-measure-long.csv')).toEqual([
      { file: 'bad-unknown-measure-long.csv', line: 3, column: 3, header: 'maaling', value: 'aktivringsgrad-kontanthjaelp' },
    ]);
  });

  it('ingest: all problems of all files come back in one run', () => {
    const result = ingestFixtures(['bad-unknown-kommune.csv', 'bad-unknown-period.csv', 'periods.csv', 'bad-not-a-number.csv']);
    expect(result.problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'bad-unknown-kommune.csv:3',
      'bad-unknown-period.csv:3',
      'bad-not-a-number.csv:2',
      'bad-not-a-number.csv:3',
    ]);
  });
});
