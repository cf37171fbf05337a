import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/lib/dataset/export-csv.ts';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { catalogue, ingestFixtures, registry } from '../../support/ingest-fixtures.ts';

describe('exportCsv', () => {
  it('exportCsv: 3-digit codes, short names, decimal point, empty when not published', () => {
    const observations = [
      { code: '000', period: '2021M08', measure: 'ledige-antal', value: 96938, sample: false },
      { code: '169', period: '2021M08', measure: 'ledige-pct', value: 4.9, sample: false },
      { code: '825', period: '2021M08', measure: 'ledige-pct', value: null, sample: false },
    ];
    expect(exportCsv(observations, registry)).toBe(
      'kommunekode,kommune,periode,maaling,vaerdi\n000,Hele landet,2021M08,ledige-antal,96938\n169,Høje-Taastrup,2021M08,ledige-pct,4.9\n825,Læsø,2021M08,ledige-pct,\n',
    );
  });

  it('exportCsv: unsorted input comes out in dataset order', () => {
    const a = { code: '169', period: '2021M08', measure: 'ledige-pct', value: 1, sample: false };
    const b = { code: '000', period: '2021M08', measure: 'ledige-pct', value: 2, sample: false };
    expect(exportCsv([a, b], registry).split('\n')[1]).toBe('000,Hele landet,2021M08,ledige-pct,2');
  });

  it('exportCsv: the export re-ingests to the same observations (round trip)', () => {
    const first = ingestFixtures(['wide-thousands-dot.csv', 'suppression.csv', 'periods.csv', 'windows-1252.csv', 'long-code-only.csv']);
    expect(first.messages).toEqual([]);
    const csv = exportCsv(first.observations, registry);
    const again = ingest([{ file: 'export.csv', bytes: new TextEncoder().encode(csv) }], catalogue, registry);
    expect(again.problems).toEqual([]);
    expect(toDataset(again.dataset!).observations).toEqual(first.observations);
    expect(exportCsv(toDataset(again.dataset!).observations, registry)).toBe(csv);
  });

  it('exportCsv: sample rows keep their label in an eksempeldata column and say "Eksempeldata – ikke officielle tal", also after a round trip', () => {
    const observations = [
      { code: '000', period: '2018M12', measure: 'samtaler-alle', value: 67, decimals: 0, sample: false },
      { code: '101', period: '2018M12', measure: 'samtaler-alle', value: 66.8, decimals: 1, sample: true },
    ];
    const csv = exportCsv(observations, registry);
    expect(csv).toBe(
      'kommunekode,kommune,periode,maaling,vaerdi,eksempeldata,bemaerkning\n000,Hele landet,2018M12,samtaler-alle,67,nej,\n101,København,2018M12,samtaler-alle,66.8,ja,Eksempeldata – ikke officielle tal\n',
    );
    const again = ingest([{ file: 'download.csv', bytes: new TextEncoder().encode(csv) }], catalogue, registry);
    expect(again.problems).toEqual([]);
    expect(toDataset(again.dataset!).observations).toEqual(observations);
  });
});
