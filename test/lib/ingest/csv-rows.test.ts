import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../src/lib/ingest/csv-rows.ts';

/** Every row as "line: cell|cell", and every broken quote as "line:column! value", reading the text in pieces of `size`. */
function read(text: string, size = text.length, delimiter = ';'): string[] {
  const pieces = Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));
  const out: string[] = [];
  readCsvRows(pieces, delimiter, {
    row: (row) => void out.push(`${row.line}: ${Array.from({ length: row.count }, (_, i) => row.cell(i)).join('|')}`),
    broken: (row, column, value, truncated) => void out.push(`${row.line}:${column}${truncated ? ' truncated' : ''}! ${value}`),
  });
  return out;
}

describe('readCsvRows', () => {
  it('readCsvRows: LF and CRLF rows, empty lines skipped but counted, empty cells kept', () => {
    expect(read('a;b\r\n\r\n1;\r\n\n;2\n')).toEqual(['1: a|b', '3: 1|', '5: |2']);
    expect(read('a,b\n1,2', undefined, ',')).toEqual(['1: a|b', '2: 1|2']);
  });

  it('readCsvRows: quoted cells hold separators, doubled quotes and line breaks, and count their lines', () => {
    const text = 'Område;Note\r\n"Høje-Taastrup";"siger ""ja""; to"\r\n"Køge";"linje 1\r\nlinje 2"  \r\nLæsø;x\r\n';
    const expected = ['1: Område|Note', '2: Høje-Taastrup|siger "ja"; to', '3: Køge|linje 1\r\nlinje 2', '5: Læsø|x'];
    expect(read(text)).toEqual(expected);
    // The same rows whatever the pieces: cut inside cells, inside quotes, between CR and LF.
    for (const size of [1, 2, 3, 5, 7, 13]) expect(read(text, size), `pieces of ${size}`).toEqual(expected);
  });

  it('readCsvRows: a badly closed quote costs its own row only; a file ending inside quotes is called truncated', () => {
    expect(read('a;b\n1;"Albertslund"x;3\n2;ok\n')).toEqual(['1: a|b', '2:2! "Albertslund"x', '3: 2|ok']);
    expect(read('a;b\n1;"Aller', 4)).toEqual(['1: a|b', '2:2 truncated! Aller']);
  });
});

describe('csvRecords', () => {
  it('csvRecords: reference files as records by header, BOM and CRLF allowed; a broken quote names file, line and column', async () => {
    const { csvRecords } = await import('../../../src/lib/ingest/csv-rows.ts');
    expect(csvRecords('\ufeffkode;navn\r\n101;København\r\n\r\n147;"Frederiksberg"\r\n', ';', 'kommuner.csv')).toEqual([
      { kode: '101', navn: 'København' },
      { kode: '147', navn: 'Frederiksberg' },
    ]);
    expect(() => csvRecords('kode;navn\n101;"Køb"x\n147;ok\n165;"Albert"y\n', ';', 'kommuner.csv')).toThrow(
      'kommuner.csv, linje 2, kolonne 2: citationstegnet lukkes ikke rigtigt i ""Køb"x"\nkommuner.csv, linje 4, kolonne 2: citationstegnet lukkes ikke rigtigt i ""Albert"y"',
    );
  });
});
