import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTopology, type KommuneTopology } from '../../../src/lib/map/build-topology.ts';
import { COPENHAGEN_INSET_CODES, mapGeometry, type MapArea } from '../../../src/lib/map/map-geometry.ts';
import { pathPoints } from './path-points.ts';
import { hasRealBoundaryFile, realBoundaryFile, registryCodes, threeKommuner } from './geo-fixtures.ts';

const points = pathPoints;

function expectInside(areas: MapArea[], width: number, height: number): void {
  for (const area of areas) {
    expect(area.d, area.code).toMatch(/^m/);
    for (const [x, y] of points(area.d)) {
      expect(x >= 0 && x <= width && y >= 0 && y <= height, `${area.code}: ${x},${y}`).toBe(true);
    }
  }
}

function topologyOf(result: ReturnType<typeof buildTopology>): KommuneTopology {
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.topology;
}

describe('mapGeometry', () => {
  const { national, inset } = mapGeometry(topologyOf(buildTopology(threeKommuner(), ['101', '147'], { keep: 1 })));

  it('mapGeometry: one path per kommune, inside the national viewBox', () => {
    expect(national.areas.map((a) => a.code)).toEqual(['101', '147']);
    expect(national.width).toBe(600);
    expectInside(national.areas, national.width, national.height);
  });

  it('mapGeometry: København and Frederiksberg share a border, so the mesh is drawn', () => {
    expect(pathPoints(national.mesh).length).toBeGreaterThan(1);
  });

  it('mapGeometry: the inset draws both, with a label point inside its viewBox', () => {
    expect(inset.areas.map((a) => a.code)).toEqual(['101', '147']);
    expectInside(inset.areas, inset.width, inset.height);
    for (const label of inset.labels) {
      expect(label.x).toBeGreaterThan(0);
      expect(label.x).toBeLessThan(inset.width);
      expect(label.y).toBeGreaterThan(0);
      expect(label.y).toBeLessThan(inset.height);
    }
  });

  it('mapGeometry: coordinates are relative and rounded to half a unit to keep the HTML small', () => {
    for (const [x, y] of pathPoints(national.areas[0]!.d)) {
      expect(Number.isInteger(x * 2) && Number.isInteger(y * 2), `${x},${y}`).toBe(true);
    }
  });

  it('mapGeometry: without Bornholm there is no Bornholm box', () => {
    expect(national.bornholmFrame).toBeNull();
  });
});

describe.skipIf(!hasRealBoundaryFile)(`mapGeometry on the real DAGI file (skipped: ${realBoundaryFile} not found)`, () => {
  const codes = registryCodes();
  const topology = hasRealBoundaryFile ? topologyOf(buildTopology(JSON.parse(readFileSync(realBoundaryFile, 'utf8')), codes)) : undefined;
  const geometry = topology ? mapGeometry(topology) : undefined;

  it('buildTopology: all 98 kommuner survive the default simplification', () => {
    expect(topology?.objects.kommuner.geometries.map((g) => g.id)).toEqual([...codes].sort());
    expect(codes).toHaveLength(98);
  });

  it('mapGeometry: every kommune has a path inside the national viewBox, Bornholm in its box', () => {
    const { national } = geometry!;
    expect(national.areas.map((a) => a.code)).toEqual([...codes].sort());
    expectInside(national.areas, national.width, national.height);
    const frame = national.bornholmFrame!;
    for (const [x, y] of points(national.areas.find((a) => a.code === '400')!.d)) {
      expect(x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height).toBe(true);
    }
  });

  it('mapGeometry: Frederiksberg (147) has a non-empty path on the national map and in the inset', () => {
    const { national, inset } = geometry!;
    expect(points(national.areas.find((a) => a.code === '147')!.d).length).toBeGreaterThanOrEqual(4);
    expect(points(inset.areas.find((a) => a.code === '147')!.d).length).toBeGreaterThanOrEqual(4);
  });

  it('mapGeometry: the inset holds the Copenhagen kommuner and its frame sits on Sjælland', () => {
    const { national, inset } = geometry!;
    expect(inset.areas.map((a) => a.code)).toEqual(COPENHAGEN_INSET_CODES);
    expectInside(inset.areas, inset.width, inset.height);
    expect(national.insetFrame.x).toBeGreaterThan(national.width / 2);
    expect(national.insetFrame.width).toBeLessThan(national.width / 4);
  });

  it('mapGeometry: the label for København lies outside Frederiksberg', () => {
    const { inset } = geometry!;
    const kbh = inset.labels.find((l) => l.code === '101')!;
    const frb = points(inset.areas.find((a) => a.code === '147')!.d);
    const xs = frb.map((p) => p[0]);
    const ys = frb.map((p) => p[1]);
    const inFrbBox = kbh.x > Math.min(...xs) && kbh.x < Math.max(...xs) && kbh.y > Math.min(...ys) && kbh.y < Math.max(...ys);
    expect(inFrbBox).toBe(false);
  });
});
