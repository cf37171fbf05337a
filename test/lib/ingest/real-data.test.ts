import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ingest, toDataset } from '../../../src/lib/ingest/ingest.ts';
import { catalogue, registry, root } from '../../support/ingest-fixtures.ts';

const shared = resolve(root, process.env['JOBCENTERTJEK_SHARED'] ?? '../shared');
const jobindsats = join(shared, 'data', 'jobindsats');
const missing = !existsSync(jobindsats);

describe.skipIf(missing)(`real jobindsats files (${missing ? `springes over: ${jobindsats} findes ikke` : jobindsats})`, () => {
  const files = missing
    ? []
    : readdirSync(jobindsats)
        .filter((name) => name.endsWith('.csv'))
        .sort();
  const result = ingest(
    files.map((name) => ({ file: name, bytes: readFileSync(join(jobindsats, name)) })),
    catalogue,
    registry,
  );
  const observations = result.dataset ? toDataset(result.dataset).observations : [];
  const value = (code: string, period: string, measure: string) =>
    observations.find((o) => o.code === code && o.period === period && o.measure === measure)?.value;

  it('real data: every file ingests without a problem', () => {
    expect(files).toHaveLength(3);
    expect(result.problems).toEqual([]);
  });

  it('real data: 98 kommuner + Hele landet × 60 months for each measure', () => {
    expect(result.kommuner).toBe(98);
    expect(new Set(observations.map((o) => o.code)).size).toBe(99);
    expect(new Set(observations.map((o) => o.period)).size).toBe(60);
    expect(observations).toHaveLength(99 * 60 * 12);
  });

  it('real data: spot values survive exactly', () => {
    expect(value('165', '2021M08', 'aktiveringsgrad-kontanthjaelp')).toBe(10.4);
    expect(value('000', '2021M08', 'ledige-antal')).toBe(96938);
    expect(value('000', '2021M08', 'ledige-pct')).toBe(3.3);
  });

  it('real data: empty cells (small kommuner) are not published, not zero', () => {
    const nulls = observations.filter((o) => o.value === null);
    expect(nulls.length).toBeGreaterThan(0);
    expect(nulls.every((o) => o.code !== '000')).toBe(true);
  });
});

describe.skipIf(!existsSync(join(shared, 'data', 'kommuner.csv')))('registry against shared/data/kommuner.csv', () => {
  it('registry: same 98 codes, names and region codes; Christiansø is not a kommune', () => {
    const text = readFileSync(join(shared, 'data', 'kommuner.csv'), 'utf8');
    const reference = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    const kommuner = reference.filter((row) => row['er_kommune'] === 'ja');
    expect(kommuner).toHaveLength(98);
    expect(registry.kommuner.map((k) => [k.code, k.name, k.region.code]).sort()).toEqual(
      kommuner.map((row) => [row['kommunekode_3'], row['navn_kort_jobindsats'], row['regionskode']]).sort(),
    );
    for (const row of kommuner) expect(registry.resolveArea(row['officielt_navn'] ?? '')).toEqual({ kind: 'kommune', code: row['kommunekode_3'] });
    expect(registry.resolveArea('0411')).toEqual({ kind: 'not-kommune', label: 'Christiansø' });
    expect(registry.resolveArea('Christiansø')).toMatchObject({ kind: 'not-kommune' });
  });
});
