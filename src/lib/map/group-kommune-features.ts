import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';

export interface GroupedKommuner {
  /** One MultiPolygon feature per 3-digit kommunekode, id = code, sorted by code. */
  features: Feature<MultiPolygon, null>[];
  /** Source name per code (KOMNAVN), for messages only. */
  names: Map<string, string>;
  problems: string[];
}

const CODE_KEYS = ['KOMKODE', 'kode'];
const NAME_KEYS = ['KOMNAVN', 'navn'];

function firstString(properties: Record<string, unknown> | null, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = properties?.[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

const to2d = (ring: Position[]): Position[] => ring.map(([lon, lat]) => [lon ?? NaN, lat ?? NaN]);

/**
 * Groups a boundary file that has one feature per island into one MultiPolygon per kommune.
 * KOMKODE "0101" becomes id "101"; Z values are dropped; codes in `exclude` (Christiansø) are skipped.
 */
export function groupKommuneFeatures(source: FeatureCollection, exclude: readonly string[] = ['411']): GroupedKommuner {
  const problems: string[] = [];
  const polygons = new Map<string, Position[][][]>();
  const names = new Map<string, string>();
  if (source?.type !== 'FeatureCollection' || !Array.isArray(source.features)) {
    return { features: [], names, problems: ['er ikke en GeoJSON FeatureCollection'] };
  }
  source.features.forEach((feature, index) => {
    const raw = firstString(feature.properties, CODE_KEYS);
    const name = firstString(feature.properties, NAME_KEYS) ?? '';
    const where = `feature nr. ${index + 1}${name ? ` (${name})` : ''}`;
    if (raw === undefined || !/^\d{3,4}$/.test(raw)) {
      problems.push(`${where}: KOMKODE mangler eller er ikke 3-4 cifre (${JSON.stringify(raw ?? null)})`);
      return;
    }
    const code = String(Number.parseInt(raw, 10)).padStart(3, '0');
    if (exclude.includes(code)) return;
    const geometry = feature.geometry;
    let parts: Position[][][];
    if (geometry?.type === 'Polygon') parts = [geometry.coordinates];
    else if (geometry?.type === 'MultiPolygon') parts = geometry.coordinates;
    else {
      problems.push(`${where}: kommune ${code} har geometritypen ${geometry?.type ?? 'null'}, forventede Polygon/MultiPolygon`);
      return;
    }
    const list = polygons.get(code) ?? [];
    list.push(...parts.map((polygon) => polygon.map(to2d)));
    polygons.set(code, list);
    if (!names.has(code)) names.set(code, name);
  });
  const features = [...polygons.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, coordinates]): Feature<MultiPolygon, null> => ({
      type: 'Feature',
      id: code,
      properties: null,
      geometry: { type: 'MultiPolygon', coordinates },
    }));
  return { features, names, problems };
}
