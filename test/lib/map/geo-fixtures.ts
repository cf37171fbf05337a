import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

const root = join(import.meta.dirname, '../../..');

/** Three squares near København: 101 in two parts, 147 sharing an edge with it, and Christiansø 0411. */
export function threeKommuner(): FeatureCollection {
  return JSON.parse(readFileSync(join(root, 'test/fixtures/geo/three-kommuner.geojson'), 'utf8'));
}

export const realBoundaryFile = join(process.env['JOBCENTERTJEK_SHARED'] ?? join(root, '../shared'), 'geo/kommuner.geojson');
export const hasRealBoundaryFile = existsSync(realBoundaryFile);

export function registryCodes(): string[] {
  return readFileSync(join(root, 'data/reference/kommuner.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';')[0] ?? '');
}
