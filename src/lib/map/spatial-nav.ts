export type Direction = 'up' | 'down' | 'left' | 'right';

export interface PlacedItem {
  id: string;
  x: number;
  y: number;
}

/**
 * The item an arrow key should move to: the nearest one within 45° of that direction (sideways distance counts
 * double, so "right" prefers the neighbour on the same row); only when nothing lies in that cone, the nearest
 * within about 63°. Undefined at the edge of the map.
 */
export function nextInDirection(items: PlacedItem[], fromId: string, direction: Direction): string | undefined {
  const from = items.find((item) => item.id === fromId);
  if (!from) return undefined;
  const best: Array<{ id: string; score: number } | undefined> = [undefined, undefined];
  for (const item of items) {
    if (item.id === fromId) continue;
    const dx = item.x - from.x;
    const dy = item.y - from.y;
    const [along, across] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (along <= 0.5 || Math.abs(across) > 2 * along) continue;
    const cone = Math.abs(across) <= along ? 0 : 1;
    const score = along + 2 * Math.abs(across);
    if (!best[cone] || score < best[cone].score) best[cone] = { id: item.id, score };
  }
  return (best[0] ?? best[1])?.id;
}
