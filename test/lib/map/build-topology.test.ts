import { describe, expect, it } from 'vitest';
import type { MultiPolygon } from 'topojson-specification';
import { buildTopology, lostKommuner } from '../../../src/lib/map/build-topology.ts';
import { threeKommuner } from './geo-fixtures.ts';

describe('buildTopology', () => {
  it('buildTopology: keys one MultiPolygon per kommune by 3-digit code, without Christiansø', () => {
    const result = buildTopology(threeKommuner(), ['101', '147'], { keep: 1 });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const geometries = result.topology.objects.kommuner.geometries as MultiPolygon[];
    expect(geometries.map((g) => [g.id, g.type, g.arcs.length])).toEqual([
      ['101', 'MultiPolygon', 2],
      ['147', 'MultiPolygon', 1],
    ]);
    expect(result.topology.transform).toBeDefined();
    expect(lostKommuner(result.topology)).toEqual([]);
  });

  it('buildTopology: reports an unknown code with its name, and a registry kommune that is missing', () => {
    const source = threeKommuner();
    const first = source.features[0];
    if (first?.properties) Object.assign(first.properties, { KOMKODE: '0999', KOMNAVN: 'Atlantis' });
    const result = buildTopology(source, ['101', '147', '151'], { keep: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toContain('ukendt kommunekode 999 (Atlantis) findes ikke i kommuner.csv');
    expect(result.problems).toContain('kommune 151 mangler i grænsefilen');
  });

  it('buildTopology: reports a kommune that simplification would erase instead of dropping it', () => {
    const result = buildTopology(threeKommuner(), ['101', '147'], { keep: 0.01 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/forsvinder ved forenkling med keep=0.01/);
  });

  it('buildTopology: rejects something that is not a FeatureCollection', () => {
    const result = buildTopology({ type: 'Feature' } as never, ['101']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toBe('er ikke en GeoJSON FeatureCollection');
  });
});
