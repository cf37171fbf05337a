export type Direction = 'up' | 'down' | 'left' | 'right';

export interface PlacedItem {
  id: string;
  x: number;
  y: number;
}

/**
 * The item an arrow key should move to: the nearest one in that direction, where sideways distance counts
 * double so "right" prefers the neighbour on the same row. Undefined at the edge of the map.
 */
export function nextInDirection(items: PlacedItem[], fromId: string, direction: Direction): string | undefined {
  const from = items.find((item) => item.id === fromId);
  if (!from) return undefined;
  let best: { id: string; score: number } | undefined;
  for (const item of items) {
    if (item.id === fromId) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const [along, across] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (along <= 0.5) continue;
    const score = along + 2 * Math.abs(across);
    if (!best || score < best.score) best = { id: item.id, score };
  }
  return best?.id;
}
