import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { CompactPath, compactGeoPath } from '../../../src/lib/map/compact-path.ts';
import { pathPoints } from './path-points.ts';

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const shape: Feature<MultiPolygon> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPolygon', coordinates: [[square(10.04, 20.26, 5.5)], [square(100.3, 50.71, 0.2), square(100.32, 50.73, 0.1)]] },
};
const identity = geoIdentity();

describe('compact map paths', () => {
  it('compactGeoPath: draws the same points as the absolute path, rounded to the step, without drift', () => {
    const absolute = pathPoints(geoPath(identity)(shape)!);
    const compact = pathPoints(compactGeoPath(identity, shape, 0.5));
    const onGrid = absolute.map(([x, y]) => [Math.round(x * 2) / 2, Math.round(y * 2) / 2]);
    // Points that round onto the one before are dropped, so compare the distinct points in order.
    const distinct = onGrid.filter((p, i) => i === 0 || p[0] !== onGrid[i - 1]![0] || p[1] !== onGrid[i - 1]![1]);
    expect(compact).toEqual(distinct);
  });

  it('compactGeoPath: relative commands, no leading zeros, no separator before a minus', () => {
    const d = compactGeoPath(identity, shape, 0.1);
    expect(d).toMatch(/^m10 20\.3/);
    expect(d).not.toMatch(/[ML]/);
    expect(d).not.toMatch(/(^|[^\d])0\.\d/);
    expect(d).not.toMatch(/ -/);
    expect(d).toContain('z');
  });

  it('compactGeoPath: a ring smaller than the step collapses to its first point instead of a smear of zeros', () => {
    const d = compactGeoPath(identity, shape, 1);
    expect(d).not.toMatch(/l0 0/);
    expect(pathPoints(d)).toContainEqual([100, 51]);
  });

  it('CompactPath: is much smaller than absolute coordinates at the same precision', () => {
    // A coastline: many close points far from the origin, where absolute coordinates repeat their big digits.
    const coast = Array.from({ length: 400 }, (_, i) => [312.7 + Math.cos(i / 63.66) * 80, 245.1 + Math.sin(i / 63.66) * 60 + Math.sin(i) * 2]);
    const many: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[...coast, coast[0]!]]] } };
    const absolute = geoPath(identity).digits(1)(many)!;
    const compact = compactGeoPath(identity, many, 0.1);
    expect(compact.length).toBeLessThan(absolute.length * 0.6);
    expect(pathPoints(compact)).toEqual(pathPoints(absolute).map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]));
  });

  it('CompactPath: a step that is not 1 divided by a whole number is refused', () => {
    expect(() => new CompactPath(0.3)).toThrow(/1 delt med et helt tal/);
  });
});
