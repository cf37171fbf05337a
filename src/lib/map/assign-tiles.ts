export interface TilePoint {
  code: string;
  x: number;
  y: number;
}
export interface TileCellAssignment {
  code: string;
  column: number;
  row: number;
}

/**
 * Minimum-cost assignment (Hungarian method, O(n²m)) of n rows to m ≥ n columns.
 * Returns, per row, the index of its column.
 */
export function minimumCostAssignment(cost: number[][]): number[] {
  const n = cost.length;
  const m = cost[0]?.length ?? 0;
  if (n > m) throw new Error(`kan ikke fordele ${n} på ${m} pladser`);
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const owner = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    owner[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = owner[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const reduced = cost[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (reduced < minv[j]!) [minv[j], way[j]] = [reduced, j0];
        if (minv[j]! < delta) [delta, j1] = [minv[j]!, j];
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[owner[j]!]! += delta;
          v[j]! -= delta;
        } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (owner[j0] !== 0);
    do {
      const j1 = way[j0]!;
      owner[j0] = owner[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (owner[j]! > 0) result[owner[j]! - 1] = j - 1;
  return result;
}

/**
 * Places each point on its own cell of a columns × rows grid (1-based), minimising the total squared
 * distance between points (scaled to the grid) and cell centres, so neighbours stay neighbours.
 */
export function assignTiles(points: TilePoint[], columns: number, rows: number): TileCellAssignment[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((columns - 1) / (x1 - x0 || 1), (rows - 1) / (y1 - y0 || 1));
  const cells: [number, number][] = [];
  for (let row = 1; row <= rows; row++) for (let column = 1; column <= columns; column++) cells.push([column, row]);
  const cost = points.map((p) => {
    const gx = 1 + (p.x - x0) * scale;
    const gy = 1 + (p.y - y0) * scale;
    return cells.map(([c, r]) => (c - gx) ** 2 + (r - gy) ** 2);
  });
  return minimumCostAssignment(cost).map((cell, i) => {
    const [column, row] = cells[cell]!;
    return { code: points[i]!.code, column, row };
  });
}
