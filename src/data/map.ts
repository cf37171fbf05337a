/** Map geometry for pages: the committed kommune boundaries (data/geo) and the tile grid. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { neighbors } from 'topojson-client';
import type { KommuneTopology } from '../lib/map/build-topology.ts';
import { mapGeometry } from '../lib/map/map-geometry.ts';
import { tileGrid } from '../lib/map/tile-grid.ts';
import { registry } from './dataset.ts';

const topologyPath = resolve(process.cwd(), 'data/geo/kommuner.topo.json');
if (!existsSync(topologyPath)) throw new Error('Mangler data/geo/kommuner.topo.json: lav den med "npm run data:geo -- --source <kommuner.geojson>".');
export const topology = JSON.parse(readFileSync(topologyPath, 'utf8')) as KommuneTopology;

export const geometry = mapGeometry(topology);
export const tiles = tileGrid(readFileSync(resolve(process.cwd(), 'data/reference/tile-grid.csv'), 'utf8'));
export const tileByCode = new Map(tiles.tiles.map((t) => [t.code, t]));

const adjacency = neighbors(topology.objects.kommuner.geometries);

/** Kommuner sharing a border, or the other kommuner of the region for an island without one (Læsø, Samsø …). */
export function neighbourCodes(code: string): string[] {
  const geometries = topology.objects.kommuner.geometries;
  const index = geometries.findIndex((g) => String(g.id) === code);
  const found = index >= 0 ? (adjacency[index]?.map((i) => String(geometries[i]!.id)) ?? []) : [];
  if (found.length > 0) return found;
  const region = registry.byCode.get(code)?.region.code;
  return registry.kommuner.filter((k) => k.region.code === region && k.code !== code).map((k) => k.code);
}
