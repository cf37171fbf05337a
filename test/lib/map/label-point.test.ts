import { describe, expect, it } from 'vitest';
import { labelPoint, type PlanarPolygon } from '../../../src/lib/map/label-point.ts';

const square = (x0: number, y0: number, size: number): [number, number][] => [
  [x0, y0],
  [x0 + size, y0],
  [x0 + size, y0 + size],
  [x0, y0 + size],
  [x0, y0],
];

describe('labelPoint', () => {
  it('labelPoint: a square is labelled at its centre', () => {
    const [x, y] = labelPoint([[square(0, 0, 10)]]);
    expect(x).toBeCloseTo(5, 0);
    expect(y).toBeCloseTo(5, 0);
  });

  it('labelPoint: a ring around an enclave (København around Frederiksberg) is labelled on the ring, not in the hole', () => {
    const [x, y] = labelPoint([[square(0, 0, 30), square(8, 8, 14)]]);
    const inHole = x > 8 && x < 22 && y > 8 && y < 22;
    expect(inHole).toBe(false);
    expect(x > 0 && x < 30 && y > 0 && y < 30).toBe(true);
  });

  it('labelPoint: uses the largest part (the mainland, not the island)', () => {
    const [x] = labelPoint([[square(100, 0, 2)], [square(0, 0, 20)]] as PlanarPolygon[]);
    expect(x).toBeLessThan(20);
  });

  it('labelPoint: an empty shape gives NaN rather than a made-up place', () => {
    expect(labelPoint([])).toEqual([NaN, NaN]);
  });
});
