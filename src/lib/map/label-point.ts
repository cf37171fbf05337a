/** A planar polygon in screen coordinates: outer ring first, then holes. */
export type PlanarPolygon = [number, number][][];

/** Edges as a flat list ax, ay, bx, by, ... so the inner loops stay fast. */
function edges(polygon: PlanarPolygon): Float64Array {
  const list: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) list.push(...ring[j]!, ...ring[i]!);
  }
  return Float64Array.from(list);
}

function inside(x: number, y: number, e: Float64Array): boolean {
  let result = false;
  for (let k = 0; k < e.length; k += 4) {
    const [xj, yj, xi, yi] = [e[k]!, e[k + 1]!, e[k + 2]!, e[k + 3]!];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function edgeDistance(x: number, y: number, e: Float64Array): number {
  let best = Infinity;
  for (let k = 0; k < e.length; k += 4) {
    const ax = e[k]!,
      ay = e[k + 1]!;
    const dx = e[k + 2]! - ax;
    const dy = e[k + 3]! - ay;
    const length2 = dx * dx + dy * dy;
    const t = length2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length2)) : 0;
    best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
  }
  return best;
}

function ringArea(ring: [number, number][]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return Math.abs(sum) / 2;
}

/**
 * A point well inside the largest polygon, far from its edges (a coarse pole of inaccessibility).
 * A centroid would land in the hole for København (around Frederiksberg) or in the sea for bays.
 */
export function labelPoint(polygons: PlanarPolygon[]): [number, number] {
  const largest = polygons.reduce<PlanarPolygon | undefined>((best, p) => (!best || ringArea(p[0] ?? []) > ringArea(best[0] ?? []) ? p : best), undefined);
  const outer = largest?.[0] ?? [];
  if (!largest || outer.length === 0) return [NaN, NaN];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of outer) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const shape = edges(largest);
  let best: [number, number] = [(x0 + x1) / 2, (y0 + y1) / 2];
  let bestDistance = -Infinity;
  let step = Math.max(x1 - x0, y1 - y0) / 16;
  let [cx, cy] = best;
  let radius = 8;
  for (let round = 0; round < 4; round++) {
    for (let i = -radius; i <= radius; i++) {
      for (let j = -radius; j <= radius; j++) {
        const x = cx + i * step;
        const y = cy + j * step;
        if (!inside(x, y, shape)) continue;
        const distance = edgeDistance(x, y, shape);
        if (distance > bestDistance) [best, bestDistance] = [[x, y], distance];
      }
    }
    [cx, cy] = best;
    step /= 4;
    radius = 4;
  }
  return bestDistance > -Infinity ? best : [outer[0]![0], outer[0]![1]];
}
