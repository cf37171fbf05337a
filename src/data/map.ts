/** Map geometry for pages: the boundary map when .cache/geo exists, and the tile grid (always available). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { neighbors } from 'topojson-client';
import type { KommuneTopology } from '../lib/map/build-topology.ts';
import { mapGeometry } from '../lib/map/map-geometry.ts';
import { tileGrid } from '../lib/map/tile-grid.ts';
import { registry, topology } from './dataset.ts';

export const geometry = topology ? mapGeometry(topology as KommuneTopology) : null;
export const tiles = tileGrid(readFileSync(resolve(process.cwd(), 'data/reference/tile-grid.csv'), 'utf8'));
export const tileByCode = new Map(tiles.tiles.map((t) => [t.code, t]));

/** Kommuner sharing a border (from the boundaries), or the other kommuner of the region when no boundaries are built. */
export function neighbourCodes(code: string): string[] {
  if (topology) {
    const object = (topology as KommuneTopology).objects.kommuner;
    const geometries = object.geometries;
    const index = geometries.findIndex((g) => String(g.id) === code);
    if (index >= 0) {
      const found = neighbors(geometries)[index]?.map((i) => String(geometries[i]!.id)) ?? [];
      if (found.length > 0) return found;
    }
  }
  const region = registry.byCode.get(code)?.region.code;
  return registry.kommuner.filter((k) => k.region.code === region && k.code !== code).map((k) => k.code);
}
