import { geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { KommuneTopology } from './build-topology.ts';
import { compactGeoPath } from './compact-path.ts';
import { labelPoint, type PlanarPolygon } from './label-point.ts';

export interface MapArea {
  code: string;
  d: string;
}
export interface MapLabel {
  code: string;
  x: number;
  y: number;
}
export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NationalMap {
  width: number;
  height: number;
  /** One path per kommune, sorted by code; Bornholm (400) is drawn inside `bornholmFrame`. */
  areas: MapArea[];
  /** Borders between kommuner (draw on top of the areas, no fill). */
  mesh: string;
  labels: MapLabel[];
  /** Box around Bornholm's inset; null when the topology has no Bornholm (test fixtures). */
  bornholmFrame: MapRect | null;
  /** Where the Copenhagen inset sits on this map. */
  insetFrame: MapRect;
}

export interface InsetMap {
  width: number;
  height: number;
  areas: MapArea[];
  mesh: string;
  labels: MapLabel[];
}

export interface MapGeometry {
  national: NationalMap;
  inset: InsetMap;
}

export interface MapGeometryOptions {
  width?: number;
  insetWidth?: number;
  padding?: number;
  /** The grid path coordinates are rounded to, in viewBox units. */
  step?: number;
}

/**
 * Fitted to the drawn size: the 600-unit map is shown at most about 650 CSS pixels wide (3/5 of the page), so a
 * step of half a unit is about one device pixel on a 2× screen; whole units show as jagged coasts.
 */
const DEFAULT_STEP = 0.5;

const BORNHOLM = '400';
/** Københavns Kommune, Frederiksberg and the omegn kommuner too small to click on the national map. */
export const COPENHAGEN_INSET_CODES: readonly string[] = [
  '101',
  '147',
  '151',
  '153',
  '155',
  '157',
  '159',
  '161',
  '163',
  '165',
  '167',
  '169',
  '173',
  '175',
  '183',
  '185',
  '187',
  '190',
  '201',
  '223',
  '230',
  '240',
  '253',
  '269',
];

const round1 = (n: number) => Math.round(n * 10) / 10;
const rect = ([[x0, y0], [x1, y1]]: [[number, number], [number, number]], pad = 0): MapRect => ({
  x: round1(x0 - pad),
  y: round1(y0 - pad),
  width: round1(x1 - x0 + 2 * pad),
  height: round1(y1 - y0 + 2 * pad),
});
const collection = (features: Feature<MultiPolygon>[]): FeatureCollection<MultiPolygon> => ({ type: 'FeatureCollection', features });

function areasAndLabels(features: Feature<MultiPolygon>[], projectionFor: (code: string) => GeoProjection, step: number) {
  const areas: MapArea[] = [];
  const labels: MapLabel[] = [];
  for (const f of features) {
    const code = String(f.id);
    const projection = projectionFor(code);
    areas.push({ code, d: compactGeoPath(projection, f, step) });
    const planar = f.geometry.coordinates.map((polygon) =>
      polygon.map((ring) => ring.map((p) => projection([p[0] ?? 0, p[1] ?? 0]) ?? [NaN, NaN])),
    ) as PlanarPolygon[];
    const [x, y] = labelPoint(planar);
    labels.push({ code, x: round1(x), y: round1(y) });
  }
  return { areas, labels };
}

/**
 * Build-time SVG geometry for the kommune map: a national map (transverse Mercator, Bornholm moved
 * into a boxed inset top right) and a zoomed map of the Copenhagen area. Pure data, no DOM.
 */
export function mapGeometry(topology: KommuneTopology, options: MapGeometryOptions = {}): MapGeometry {
  const width = options.width ?? 600;
  const insetWidth = options.insetWidth ?? 400;
  const pad = options.padding ?? 10;
  const step = options.step ?? DEFAULT_STEP;
  const object = topology.objects.kommuner;
  const all = (feature(topology, object) as FeatureCollection<MultiPolygon>).features.slice().sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const bornholm = all.filter((f) => String(f.id) === BORNHOLM);
  const insetFeatures = all.filter((f) => COPENHAGEN_INSET_CODES.includes(String(f.id)));

  const main = geoTransverseMercator()
    .rotate([-10.5, -56])
    .fitWidth(width - 2 * pad, collection(all.filter((f) => String(f.id) !== BORNHOLM)));
  const [[, y0], [, y1]] = geoPath(main).bounds(collection(all.filter((f) => String(f.id) !== BORNHOLM)));
  main.translate([main.translate()[0] + pad, main.translate()[1] - y0 + pad]);
  const height = Math.ceil(y1 - y0 + 2 * pad);

  // Bornholm keeps the national scale so its size compares honestly; it is only moved.
  const island = geoTransverseMercator().rotate([-14.9, -55.1]).scale(main.scale()).translate([0, 0]);
  const [[, by0], [bx1]] = geoPath(island).bounds(collection(bornholm));
  const boxPad = 8;
  island.translate([width - pad - boxPad - bx1, pad + boxPad - by0]);
  const bornholmFrame = bornholm.length > 0 ? rect(geoPath(island).bounds(collection(bornholm)), boxPad) : null;

  const national = areasAndLabels(all, (code) => (code === BORNHOLM ? island : main), step);
  const borders = mesh(topology, object, (a, b) => a !== b);

  const insetCodes = new Set(insetFeatures.map((f) => String(f.id)));
  const zoom = geoTransverseMercator()
    .rotate([-12.4, -55.7])
    .fitWidth(insetWidth - 2 * pad, collection(insetFeatures));
  const [[, iy0], [, iy1]] = geoPath(zoom).bounds(collection(insetFeatures));
  zoom.translate([zoom.translate()[0] + pad, zoom.translate()[1] - iy0 + pad]);
  const inset = areasAndLabels(insetFeatures, () => zoom, step);
  const insetBorders = mesh(topology, object, (a, b) => a !== b && insetCodes.has(String(a.id)) && insetCodes.has(String(b.id)));

  return {
    national: {
      width,
      height,
      ...national,
      mesh: compactGeoPath(main, borders, step),
      bornholmFrame,
      insetFrame: rect(geoPath(main).bounds(collection(insetFeatures)), 2),
    },
    inset: {
      width: insetWidth,
      height: Math.ceil(iy1 - iy0 + 2 * pad),
      ...inset,
      mesh: compactGeoPath(zoom, insetBorders, step),
    },
  };
}
