import { describe, expect, it } from 'vitest';
import { isKeyRejection, jobindsatsResponseToCsv, parseJobindsatsAnswer, shortBody, toJobindsatsCsv } from '../../../src/lib/fetch/jobindsats-response.ts';

describe('jobindsatsResponseToCsv', { timeout: 5_000 }, () => {
  it('jobindsatsResponseToCsv: v3 rows become the jobindsats export layout, null as an empty cell', () => {
    const body = '\uFEFF{"columns":["Periode","Område","Aktiveringsgrad (pct.)"],"rows":[["2021M08","Albertslund",10.4],["2021M08","Læsø",null]]}';
    const result = jobindsatsResponseToCsv(body);
    expect(result).toEqual({ ok: true, rows: 2, csv: '\uFEFFPeriode;Område;Aktiveringsgrad (pct.)\r\n2021M08;Albertslund;10,4\r\n2021M08;Læsø;\r\n' });
  });
  it('jobindsatsResponseToCsv: an API error is reported with its code and cause', () => {
    expect(jobindsatsResponseToCsv('{"code":422,"cause":"Ukendt tabel","request_id":"x"}')).toEqual({
      ok: false,
      message: 'jobindsats svarede 422: Ukendt tabel',
    });
  });
  it('jobindsatsResponseToCsv: a ragged row is refused', () => {
    expect(jobindsatsResponseToCsv('{"columns":["a","b"],"rows":[["x"]]}')).toEqual({ ok: false, message: 'række 1 har 1 felter, forventede 2' });
  });
});

describe('parseJobindsatsAnswer', { timeout: 5_000 }, () => {
  it('parseJobindsatsAnswer: a body cut off mid-way is "not JSON", quoted short', () => {
    const result = parseJobindsatsAnswer('\uFEFF{"columns":["Periode","Område"],"rows":[["2026M07","Kø');
    expect(result).toEqual({ ok: false, message: 'svaret er ikke JSON: «{"columns":["Periode","Område"],"rows":[["2026M07","Kø»' });
  });
  it('parseJobindsatsAnswer: an empty body, a list, a missing "rows" and a cell that is an object are each named', () => {
    expect(parseJobindsatsAnswer('')).toEqual({ ok: false, message: 'svaret er tomt' });
    expect(parseJobindsatsAnswer('[1,2]')).toMatchObject({ ok: false, message: expect.stringContaining('ikke et JSON-objekt med "columns" og "rows"') });
    expect(parseJobindsatsAnswer('{"columns":["Periode"]}')).toMatchObject({ ok: false, message: expect.stringContaining('mangler "columns" eller "rows"') });
    expect(parseJobindsatsAnswer('{"columns":["Periode","Område"],"rows":[["2026M07",{"x":1}]]}')).toEqual({
      ok: false,
      message: 'række 1, kolonne "Område": uventet værdi {"x":1}',
    });
  });
  it("parseJobindsatsAnswer: the v2 API's wrong-key answer and a JSON 401 are key rejections", () => {
    expect(parseJobindsatsAnswer('{"Forkert nøgle eller nøglen er udløbet.":""}')).toMatchObject({ ok: false, keyRejected: true });
    expect(parseJobindsatsAnswer('{"code":401,"cause":"Unauthorized","request_id":"r"}')).toMatchObject({ ok: false, keyRejected: true });
  });
});

describe('isKeyRejection', { timeout: 5_000 }, () => {
  it('isKeyRejection: 401 and 403 whatever the body; a 200 only with the key messages; a 500 is not one', () => {
    expect(isKeyRejection(401, '')).toBe(true);
    expect(isKeyRejection(403, 'Forbidden')).toBe(true);
    expect(isKeyRejection(200, '\uFEFF{"Forkert nøgle eller nøglen er udløbet.":""}')).toBe(true);
    expect(isKeyRejection(200, '{"code":"401","cause":"x"}')).toBe(true);
    expect(isKeyRejection(200, '{"columns":[],"rows":[]}')).toBe(false);
    expect(isKeyRejection(500, '{"code":500,"cause":"x"}')).toBe(false);
  });
});

describe('toJobindsatsCsv', { timeout: 5_000 }, () => {
  it('toJobindsatsCsv: numbers as digits with a decimal comma (never 1e-7), text with ; or " quoted', () => {
    expect(
      toJobindsatsCsv(
        ['Periode', 'Område', 'x'],
        [
          ['2026M07', 'Hele "landet"; alt', 0.0000001],
          ['2026M07', 'Køge', -2.5],
        ],
      ),
    ).toBe('\uFEFFPeriode;Område;x\r\n2026M07;"Hele ""landet""; alt";0,0000001\r\n2026M07;Køge;-2,5\r\n');
  });
});

describe('shortBody', { timeout: 5_000 }, () => {
  it('shortBody: one line, without BOM, cut with its length', () => {
    expect(shortBody('\uFEFF{"a":\n 1}')).toBe('«{"a": 1}»');
    expect(shortBody('x'.repeat(300), 10)).toBe('«xxxxxxxxxx…» (300 tegn)');
    expect(shortBody('  ')).toBe('(tomt svar)');
  });
});
