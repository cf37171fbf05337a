import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, MultiPolygon, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { feature, quantize } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { groupKommuneFeatures } from './group-kommune-features.ts';

/** The boundary topology the site reads: one MultiPolygon per kommune in `objects.kommuner`, id = 3-digit code. */
export type KommuneTopology = Topology<{ kommuner: GeometryCollection }>;

export interface BuildTopologyOptions {
  /** Fraction of points to keep after simplification (0-1]. */
  keep?: number;
  quantization?: number;
}

export type BuildTopologyResult = { ok: true; topology: KommuneTopology } | { ok: false; problems: string[] };

/** Chosen by measurement on DAGI 1:500 000: ~79 kB / 29 kB gzip, Frederiksberg and all small islands intact. */
export const DEFAULT_KEEP = 0.15;
export const DEFAULT_QUANTIZATION = 1e5;

/**
 * Turns a kommune boundary FeatureCollection into a simplified, quantized TopoJSON keyed by kommunekode.
 * Every problem is collected: unknown codes, missing or duplicated kommuner, kommuner lost in simplification.
 */
export function buildTopology(source: FeatureCollection, registryCodes: readonly string[], options: BuildTopologyOptions = {}): BuildTopologyResult {
  const keep = options.keep ?? DEFAULT_KEEP;
  const grouped = groupKommuneFeatures(source);
  const problems = [...grouped.problems];
  const expected = new Set(registryCodes);
  for (const f of grouped.features) {
    const code = String(f.id);
    if (!expected.has(code)) problems.push(`ukendt kommunekode ${code} (${grouped.names.get(code) || 'uden navn'}) findes ikke i kommuner.csv`);
  }
  const present = new Set(grouped.features.map((f) => String(f.id)));
  for (const code of registryCodes) {
    if (!present.has(code)) problems.push(`kommune ${code} mangler i grænsefilen`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const collection: FeatureCollection = { type: 'FeatureCollection', features: grouped.features };
  let built = topology({ kommuner: collection }) as unknown as KommuneTopology;
  if (keep < 1) {
    built = presimplify(built, sphericalTriangleArea);
    built = simplify(built, quantile(built, keep));
  }
  const result = quantize(built, options.quantization ?? DEFAULT_QUANTIZATION) as KommuneTopology;
  stripWeights(result);

  for (const code of lostKommuner(result)) {
    problems.push(`kommune ${code} (${grouped.names.get(code) || 'uden navn'}) forsvinder ved forenkling med keep=${keep}`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, topology: result };
}

/** Kommuner whose simplified shape has no area left (e.g. an enclave collapsed to a line). */
export function lostKommuner(topo: KommuneTopology): string[] {
  return topo.objects.kommuner.geometries
    .filter((g) => {
      const shape = feature(topo, g as MultiPolygon);
      return !(shape.geometry && geoArea(shape) > 0 && geoArea(shape) < 2 * Math.PI);
    })
    .map((g) => String(g.id));
}

/** presimplify stores a third "weight" number in each position and quantize copies it; the site needs only x, y. */
function stripWeights(topo: KommuneTopology): void {
  topo.arcs = topo.arcs.map((arc) => arc.map((p) => [p[0] ?? 0, p[1] ?? 0]));
}
