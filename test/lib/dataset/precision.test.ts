/**
 * Exactly as published (issue 17): each value keeps the decimals of its cell from the file to pages and downloads, and
 * derived values keep their rule. Real cases: Faxe's ordinære løntimer, the 2019 letter's figures.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/lib/dataset/export-csv.ts';
import { publishedNumber } from '../../../src/lib/dataset/plain-number.ts';
import { measureView } from '../../../src/lib/dataset/read-columns.ts';
import { toColumns } from '../../../src/lib/dataset/to-columns.ts';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../../src/lib/ingest/problem.ts';
import { explainChange } from '../../../src/lib/words/explain-change.ts';
import { formatChange, formatValue } from '../../../src/lib/words/format.ts';
import { catalogue, registry } from '../../support/ingest-fixtures.ts';

const bytes = (lines: string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
const Y60J01 = 'Periode;Område;Antal personer med ordinære løntimer;Andel personer med ordinære løntimer (pct.)';
const RULE = 'brevets tal for december 2018 minus den stigning i procentpoint siden november 2017 som brevet angiver';

function ingestBoth() {
  const result = ingest(
    [
      // Faxe as jobindsats published it: "7,1" in June 2025, "8" (a whole number) in June 2026; Hele landet "8,0".
      { file: 'y60j01_loentimer.csv', bytes: bytes([Y60J01, '2025M06;Faxe;104;7,1', '2026M06;Faxe;112;8', '2026M06;Hele landet;8047;8,0']) },
      {
        file: 'star-brev-2019.csv',
        bytes: bytes([
          'Periode;Område;Måling;Værdi;Kilde',
          'december 2018;Hele landet;samtaler-alle;67;star-brev-2019',
          'november 2017;Hele landet;samtaler-alle;58;star-brev-2019',
        ]),
        derived: [{ period: '2017M11', area: '000', measures: ['samtaler-alle'], rule: RULE }],
      },
    ],
    catalogue,
    registry,
  );
  expect(result.problems.map(formatProblem)).toEqual([]);
  return result.dataset!;
}

describe('published decimals: from the cell to the page', () => {
  const draft = ingestBoth();
  const columns = toColumns(draft);
  const view = (id: string) => measureView(columns.measures.find((m) => m.id === id)!);

  it('Faxe: "8" stays a whole number, "7,1" and "8,0" keep their decimal', () => {
    const share = view('loentimer-kontanthjaelp-pct');
    expect(share.decimals('320', '2026M06')).toBe(0);
    expect(share.decimals('320', '2025M06')).toBe(1);
    expect(share.decimals('000', '2026M06')).toBe(1);
    expect(formatValue(8, 'pct', share.decimals('320', '2026M06'))).toBe('8\u00a0%');
    expect(formatValue(8, 'pct', share.decimals('000', '2026M06'))).toBe('8,0\u00a0%');
  });

  it("Faxe's change from a whole-number share says ca. and carries no decimal it does not have", () => {
    const text = explainChange(
      { share: [7.1, 8], count: [104, 112], decimals: [1, 0] },
      {
        shareName: 'andelen med ordinære løntimer',
        countWords: { more: 'flere med ordinære løntimer', fewer: 'færre med ordinære løntimer' },
        baseWords: 'antallet af kontanthjælpsmodtagere',
      },
      ['2025M06', '2026M06'],
    );
    expect(text).toMatch(/^Fra juni 2025 til juni 2026 steg andelen med ordinære løntimer ca\. 1 procentpoint \(fra 7,1\u00a0% til 8\u00a0%\)/);
    expect(text).not.toContain('0,9');
    expect(formatChange(0.9, 'pct', 0)).toBe('ca. +1 procentpoint');
    // A change that rounds to nothing has no direction to show (Odder's løntimer share: 10,6 % to a whole 11 %).
    expect(formatChange(0.4, 'pct', 0)).toBe('ca. ±0 procentpoint');
    expect(formatChange(-0.4, 'pct', 0)).toBe('ca. ±0 procentpoint');
    expect(formatChange(0.9, 'pct', 1)).toBe('+0,9 procentpoint');
  });

  it("the letter's whole percents stay whole, and the November 2017 figure is marked derived with its rule", () => {
    const letter = view('samtaler-alle');
    expect(formatValue(67, 'pct', letter.decimals('000', '2018M12'))).toBe('67\u00a0%');
    expect(letter.derived('000', '2017M11')).toBe(RULE);
    expect(letter.derived('000', '2018M12')).toBeUndefined();
  });

  it('the CSV keeps published trailing zeros and says which value is derived', () => {
    const csv = exportCsv(toDataset(draft).observations, registry);
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('kommunekode,kommune,periode,maaling,vaerdi,bemaerkning');
    expect(lines).toContain('000,Hele landet,2026M06,loentimer-kontanthjaelp-pct,8.0,');
    expect(lines).toContain('320,Faxe,2026M06,loentimer-kontanthjaelp-pct,8,');
    expect(lines).toContain(`000,Hele landet,2017M11,samtaler-alle,58,afledt: ${RULE}`);
    expect(lines).toContain('000,Hele landet,2018M12,samtaler-alle,67,');
  });

  it('the CSV with its remarks reads back in with the same values and decimals', () => {
    const csv = exportCsv(toDataset(draft).observations, registry);
    const again = ingest([{ file: 'export.csv', bytes: new TextEncoder().encode(csv) }], catalogue, registry);
    expect(again.problems.map(formatProblem)).toEqual([]);
    const share = measureView(toColumns(again.dataset!).measures.find((m) => m.id === 'loentimer-kontanthjaelp-pct')!);
    expect([share.decimals('320', '2026M06'), share.decimals('000', '2026M06')]).toEqual([0, 1]);
  });
});

describe('property: every shown value has exactly its published decimals', () => {
  const cell = fc.record({ whole: fc.integer({ min: 0, max: 99 }), fraction: fc.integer({ min: 0, max: 9 }), decimals: fc.constantFrom(0, 1) });
  const decimalsIn = (text: string, mark: string) => (text.includes(mark) ? text.split(mark)[1]!.replace(/\D.*$/, '').length : 0);

  it('ingested cells, re-read from the page text and the CSV, have the decimals of the cell', () => {
    fc.assert(
      fc.property(cell, ({ whole, fraction, decimals }) => {
        const text = decimals === 0 ? String(whole) : `${whole},${fraction}`;
        const result = ingest([{ file: 'y60j01_x.csv', bytes: bytes([Y60J01, `2026M06;Faxe;10;${text}`]) }], catalogue, registry);
        const draft = result.dataset!;
        const share = measureView(toColumns(draft).measures.find((m) => m.id === 'loentimer-kontanthjaelp-pct')!);
        const shown = formatValue(share.value('320', '2026M06')!, 'pct', share.decimals('320', '2026M06'));
        const row = exportCsv(toDataset(draft).observations, registry)
          .trim()
          .split('\n')
          .find((line) => line.includes('loentimer-kontanthjaelp-pct'))!;
        const exported = row.split(',')[4]!;
        return decimalsIn(shown, ',') === decimals && decimalsIn(exported, '.') === decimals && shown.replace('\u00a0%', '') === text;
      }),
      { numRuns: 60 },
    );
  });

  it('publishedNumber writes as many decimals as asked, and reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), fc.constantFrom(0, 1, 2), (units, decimals) => {
        const value = units / 10 ** decimals;
        const text = publishedNumber(value, decimals);
        return decimalsIn(text, '.') === decimals && Number(text) === value;
      }),
    );
  });
});
