import { describe, expect, it } from 'vitest';
import { jobindsatsResponseToCsv } from '../../../src/lib/fetch/jobindsats-response.ts';

describe('jobindsatsResponseToCsv', () => {
  it('jobindsatsResponseToCsv: v3 rows become the jobindsats export layout, null as an empty cell', () => {
    const body = '\uFEFF{"columns":["Periode","Område","Aktiveringsgrad (pct.)"],"rows":[["2021M08","Albertslund",10.4],["2021M08","Læsø",null]]}';
    const result = jobindsatsResponseToCsv(body);
    expect(result).toEqual({ ok: true, rows: 2, csv: '\uFEFFPeriode;Område;Aktiveringsgrad (pct.)\r\n2021M08;Albertslund;10,4\r\n2021M08;Læsø;\r\n' });
  });
  it('jobindsatsResponseToCsv: an API error is reported with its code and cause', () => {
    expect(jobindsatsResponseToCsv('{"code":422,"cause":"Ukendt tabel","request_id":"x"}')).toEqual({ ok: false, message: 'jobindsats svarede 422: Ukendt tabel' });
  });
  it('jobindsatsResponseToCsv: a ragged row is refused', () => {
    expect(jobindsatsResponseToCsv('{"columns":["a","b"],"rows":[["x"]]}')).toEqual({ ok: false, message: 'række 1 har 1 felter, forventede 2' });
  });
});
