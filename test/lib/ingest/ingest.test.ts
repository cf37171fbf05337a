import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../../src/lib/ingest/ingest.ts';
import { catalogue, fixtures, ingestFixtures, registry, rows } from '../../support/ingest-fixtures.ts';

const AKT = 'aktiveringsgrad-kontanthjaelp';
const BER = 'aktiveringsberoerte-kontanthjaelp';

/** Rows of files that must ingest without a single problem. */
function cleanRows(names: string[]): string[] {
  const result = ingestFixtures(names);
  expect(result.messages).toEqual([]);
  return rows(result.observations);
}

describe('ingest: published file variants', () => {
  it('ingest: jobindsats export (BOM, ";", CRLF, decimal comma) skips non-kommuner with a notice', () => {
    const result = ingestFixtures(['wide-semicolon-bom-crlf.csv']);
    expect(result.messages).toEqual([]);
    expect(rows(result.observations)).toEqual([`000 2021M08 ${BER} 42.9`, `165 2021M08 ${BER} 35.2`, `000 2021M08 ${AKT} 14`, `165 2021M08 ${AKT} 10.4`]);
    expect(result.notices).toEqual([
      '1 række for "Uoplyst område" er sprunget over (ikke en kommune)',
      '1 række for "Region Hovedstaden" er sprunget over (ikke en kommune)',
    ]);
    expect(result.dataset?.inputs).toEqual([
      {
        file: 'wide-semicolon-bom-crlf.csv',
        release: 0,
        layout: 'wide',
        rows: 4,
        observations: 4,
        sample: false,
        periods: { first: '2021M08', last: '2021M08', count: 1 },
      },
    ]);
  });

  it('ingest: "," separator, LF, no BOM, decimal point', () => {
    expect(cleanRows(['wide-comma-lf-point.csv'])).toEqual([
      '101 2024M05 ledige-antal 12345',
      '851 2024M05 ledige-antal 5101',
      '101 2024M05 ledige-pct 4.9',
      '851 2024M05 ledige-pct 4.5',
    ]);
  });

  it('ingest: decimal comma with thousands dots ("96.938", "1.234.567")', () => {
    const result = ingestFixtures(['wide-thousands-dot.csv']);
    expect(result.messages).toEqual([]);
    expect(rows(result.observations).filter((row) => row.includes('ledige-antal'))).toEqual([
      '000 2021M08 ledige-antal 96938',
      '580 2021M08 ledige-antal 654',
      '851 2021M08 ledige-antal 1234567',
    ]);
  });

  it('ingest: "96.938" alone is read as declared with --decimal; declared as a decimal point it is no whole count of people', () => {
    expect(rows(ingestFixtures(['bad-ambiguous.csv'], { decimal: 'komma' }).observations)).toEqual([
      '000 2021M08 ledige-antal 96938',
      '580 2021M08 ledige-antal 654',
    ]);
    expect(ingestFixtures(['bad-ambiguous.csv'], { decimal: 'punktum' }).messages).toEqual([
      expect.stringMatching(/^bad-ambiguous\.csv:2:3 .*antallet 96,938 er ikke et helt tal/),
    ]);
  });

  it('ingest: Windows-1252 bytes (Læsø, Høje Taastrup, Næstved)', () => {
    expect(cleanRows(['windows-1252.csv'])).toEqual([`169 2021M08 ${AKT} 12.5`, `370 2021M08 ${AKT} 9.1`, `825 2021M08 ${AKT} 4.4`]);
  });

  it('ingest: month codes and spelled-out Danish months ("december 2018", "Maj 2019") are the same periods', () => {
    expect(cleanRows(['periods.csv'])).toEqual([`165 2018M12 ${AKT} 5`, `165 2019M05 ${AKT} 6`, `165 2020M01 ${AKT} 7`, `165 2024M05 ${AKT} 1`]);
  });

  it('ingest: areas by name, variant, " Kommune" suffix, case, 3-digit (151) and 4-digit (0147) code, Hele landet; Christiansø skipped', () => {
    const result = ingestFixtures(['area-variants.csv']);
    expect(result.messages).toEqual([]);
    expect(rows(result.observations)).toEqual([
      `000 2021M08 ${AKT} 9`,
      `101 2021M08 ${AKT} 1`,
      `147 2021M08 ${AKT} 8`,
      `151 2021M08 ${AKT} 7`,
      `169 2021M08 ${AKT} 3`,
      `461 2021M08 ${AKT} 6`,
      `480 2021M08 ${AKT} 5`,
      `751 2021M08 ${AKT} 2`,
      `820 2021M08 ${AKT} 4`,
    ]);
    expect(result.notices).toEqual(['1 række for "Christiansø" er sprunget over (ikke en kommune)']);
    expect(result.problemCount).toBe(0);
  });

  it('ingest: every suppression marker is null (not published), never zero; "0" stays 0', () => {
    expect(cleanRows(['suppression.csv'])).toEqual(
      [
        `155 2021M08 ${AKT} 0`,
        `165 2021M08 ${AKT} null`,
        `201 2021M08 ${AKT} null`,
        `151 2021M08 ${AKT} null`,
        `530 2021M08 ${AKT} null`,
        `400 2021M08 ${AKT} null`,
        `153 2021M08 ${AKT} null`,
      ].sort((a, b) => (a.slice(0, 3) < b.slice(0, 3) ? -1 : 1)),
    );
  });

  it('ingest: long layout with Danish headers, code + name, measure by id or alias, eksempeldata flag', () => {
    const result = ingestFixtures(['long-danish.csv']);
    expect(result.messages).toEqual([]);
    expect(rows(result.observations)).toEqual([`101 2021M08 ${AKT} 10.5 sample`, `165 2021M08 ${AKT} 10.4 sample`, '000 2021M08 ledige-antal 96938 sample']);
    expect(result.dataset?.sample).toBe(true);
    expect(result.dataset?.inputs[0]).toEqual({
      file: 'long-danish.csv',
      release: 0,
      layout: 'long',
      rows: 3,
      observations: 3,
      sample: true,
      periods: { first: '2021M08', last: '2021M08', count: 1 },
    });
  });

  it('ingest: long layout with codes only, "," and decimal point', () => {
    expect(rows(ingestFixtures(['long-code-only.csv']).observations)).toEqual(['101 2021M08 ledige-pct 4.9', '147 2021M08 ledige-pct 3.25']);
  });

  it('ingest: the same file twice keeps one copy of identical values', () => {
    const result = ingestFixtures(['periods.csv', 'periods.csv']);
    expect(result.messages).toEqual([]);
    expect(result.observations).toHaveLength(4);
  });

  it('ingest: real data wins over sample data for the same kommune, period and measure', () => {
    const result = ingestFixtures(['long-danish.csv', 'wide-semicolon-bom-crlf.csv']);
    expect(result.messages).toEqual([]);
    expect(rows(result.observations).filter((row) => row.startsWith('165') && row.includes(AKT))).toEqual([`165 2021M08 ${AKT} 10.4`]);
    expect(result.notices).toContain('1 værdier fandtes både som eksempeldata og som rigtige tal; de rigtige tal er brugt');
  });

  it("ingest: a kilde column credits rows to a catalogue source; rows without one keep the measure's source", () => {
    const result = ingestFixtures(['long-kilde.csv']);
    expect(result.messages).toEqual([]);
    expect(result.observations).toEqual([
      { code: '000', period: '2018M12', measure: 'samtaler-dagpenge', value: 67, decimals: 0, sample: false, source: 'star-brev-2019' },
      { code: '751', period: '2018M12', measure: 'samtaler-dagpenge', value: 71.2, decimals: 1, sample: false },
    ]);
  });
});

describe('ingest: files read in chunks', () => {
  it('ingest: every fixture read in chunks of a few bytes gives the same observations, problems and notices as read whole', () => {
    const names = readdirSync(fixtures).filter((name) => name.endsWith('.csv'));
    const run = (source: (bytes: Uint8Array) => { bytes: Uint8Array } | { chunks: () => Iterable<Uint8Array> }) =>
      names.map((file) => {
        const result = ingest([{ file, ...source(readFileSync(join(fixtures, file))) }], catalogue, registry, { builtAt: '2026-01-01T00:00:00Z' });
        const observations = result.dataset ? Array.from({ length: result.dataset.observations.length }, (_, i) => result.dataset!.observations.at(i)) : [];
        return { file, problems: result.problems, notices: result.notices, observations, inputs: result.dataset?.inputs };
      });
    const whole = run((bytes) => ({ bytes }));
    for (const size of [1, 3, 17]) {
      const chunked = run((bytes) => ({
        *chunks() {
          for (let offset = 0; offset < bytes.length; offset += size) yield bytes.slice(offset, offset + size);
        },
      }));
      expect(chunked, `chunks of ${size} bytes`).toEqual(whole);
    }
    expect(whole.some((result) => result.problems.length > 0) && whole.some((result) => result.observations.length > 0)).toBe(true);
  });
});
