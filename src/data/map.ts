/** Map geometry for pages: the committed kommune boundaries (data/geo) and the tile grid. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { neighbors } from 'topojson-client';
import type { KommuneTopology } from '../lib/map/build-topology.ts';
import { mapGeometry } from '../lib/map/map-geometry.ts';
import { tileGrid } from '../lib/map/tile-grid.ts';
import { once } from './once.ts';
import { siteData } from './site-data.ts';

const topology = once(() => {
  const path = resolve(process.cwd(), 'data/geo/kommuner.topo.json');
  if (!existsSync(path)) throw new Error('Mangler data/geo/kommuner.topo.json: lav den med "npm run data:geo -- --source <kommuner.geojson>".');
  return JSON.parse(readFileSync(path, 'utf8')) as KommuneTopology;
});

/** The national map and the inset, drawn from the boundaries. */
export const geometry = once(() => mapGeometry(topology()));
export const tiles = once(() => tileGrid(readFileSync(resolve(process.cwd(), 'data/reference/tile-grid.csv'), 'utf8')));
const adjacency = once(() => neighbors(topology().objects.kommuner.geometries));

/** Kommuner sharing a border, or the other kommuner of the region for an island without one (Læsø, Samsø …). */
export function neighbourCodes(code: string): string[] {
  const geometries = topology().objects.kommuner.geometries;
  const index = geometries.findIndex((g) => String(g.id) === code);
  const found = index >= 0 ? (adjacency()[index]?.map((i) => String(geometries[i]!.id)) ?? []) : [];
  if (found.length > 0) return found;
  const { registry } = siteData();
  const region = registry.byCode.get(code)?.region.code;
  return registry.kommuner.filter((k) => k.region.code === region && k.code !== code).map((k) => k.code);
}
