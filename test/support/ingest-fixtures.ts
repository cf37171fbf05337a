import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCatalogue } from '../../src/lib/reference/catalogue.ts';
import { ingest, toDataset, type IngestOptions } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problem.ts';
import { parseRegistry } from '../../src/lib/reference/registry.ts';

export const root = join(import.meta.dirname, '..', '..');
export const fixtures = join(root, 'test', 'fixtures', 'ingest');
export const catalogue = parseCatalogue(JSON.parse(readFileSync(join(root, 'data/catalogue/indicators.json'), 'utf8')));
export const registry = parseRegistry(
  readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8'),
  readFileSync(join(root, 'data/reference/regioner.csv'), 'utf8'),
);

/** Ingests fixture files by name; problems come back formatted, observations as plain objects. */
export function ingestFixtures(names: string[], options: IngestOptions = {}) {
  const sources = names.map((name) => ({ file: name, bytes: readFileSync(join(fixtures, name)) }));
  const result = ingest(sources, catalogue, registry, { builtAt: '2026-01-01T00:00:00.000Z', ...options });
  return {
    ...result,
    messages: result.problems.map(formatProblem),
    observations: result.dataset ? toDataset(result.dataset).observations : [],
  };
}

/** "code period measure value" lines: compact and exact. */
export function rows(observations: Array<{ code: string; period: string; measure: string; value: number | null; sample: boolean }>): string[] {
  return observations.map((o) => `${o.code} ${o.period} ${o.measure} ${o.value}${o.sample ? ' sample' : ''}`);
}
