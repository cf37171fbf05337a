import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { groupKommuneFeatures } from '../../../src/lib/map/group-kommune-features.ts';
import { threeKommuner } from './geo-fixtures.ts';

describe('groupKommuneFeatures', () => {
  it('groupKommuneFeatures: København in two parts becomes one MultiPolygon with id "101"', () => {
    const { features, problems } = groupKommuneFeatures(threeKommuner());
    expect(problems).toEqual([]);
    expect(features.map((f) => f.id)).toEqual(['101', '147']);
    expect(features[0]?.geometry.coordinates).toHaveLength(2);
    expect(features[1]?.geometry.coordinates).toHaveLength(1);
  });

  it('groupKommuneFeatures: drops Christiansø (0411), which is not a kommune', () => {
    const { features, names } = groupKommuneFeatures(threeKommuner());
    expect(features.some((f) => f.id === '411')).toBe(false);
    expect(names.has('411')).toBe(false);
  });

  it('groupKommuneFeatures: strips the dummy Z value (-999)', () => {
    const ring = groupKommuneFeatures(threeKommuner()).features[0]?.geometry.coordinates[0]?.[0] ?? [];
    expect(ring.every((p) => p.length === 2)).toBe(true);
  });

  it('groupKommuneFeatures: reports a feature without KOMKODE and a non-polygon geometry, by number and name', () => {
    const source: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { KOMNAVN: 'Ingenkode' }, geometry: { type: 'Polygon', coordinates: [] } },
        { type: 'Feature', properties: { KOMKODE: '0153', KOMNAVN: 'Brøndby' }, geometry: { type: 'Point', coordinates: [12.4, 55.6] } },
      ],
    };
    const { problems } = groupKommuneFeatures(source);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/feature nr\. 1 \(Ingenkode\).*KOMKODE/);
    expect(problems[1]).toMatch(/feature nr\. 2 \(Brøndby\).*153.*Point/);
  });
});
