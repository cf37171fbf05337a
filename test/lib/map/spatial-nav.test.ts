import { describe, expect, it } from 'vitest';
import { nextInDirection } from '../../../src/lib/map/spatial-nav.ts';

// A 3x2 grid: a b c / d e f
const grid = [
  { id: 'a', x: 0, y: 0 },
  { id: 'b', x: 10, y: 0 },
  { id: 'c', x: 20, y: 0 },
  { id: 'd', x: 0, y: 10 },
  { id: 'e', x: 10, y: 10 },
  { id: 'f', x: 20, y: 10 },
];

describe('nextInDirection', () => {
  it('nextInDirection: arrows move to the neighbour on the same row or column', () => {
    expect(nextInDirection(grid, 'a', 'right')).toBe('b');
    expect(nextInDirection(grid, 'b', 'down')).toBe('e');
    expect(nextInDirection(grid, 'f', 'left')).toBe('e');
    expect(nextInDirection(grid, 'e', 'up')).toBe('b');
  });
  it('nextInDirection: nothing beyond the edge of the map', () => {
    expect(nextInDirection(grid, 'c', 'right')).toBeUndefined();
    expect(nextInDirection(grid, 'a', 'up')).toBeUndefined();
  });
  it('nextInDirection: sideways distance counts double, so a far item straight ahead beats a near diagonal one', () => {
    const items = [
      { id: 'from', x: 0, y: 0 },
      { id: 'diagonal', x: 5, y: 6 },
      { id: 'ahead', x: 14, y: 0 },
    ];
    expect(nextInDirection(items, 'from', 'right')).toBe('ahead');
  });
  it('nextInDirection: down from Gentofte-like positions stays within 45° rather than jumping sideways', () => {
    const items = [
      { id: 'from', x: 0, y: 0 },
      { id: 'sideways', x: 6, y: 5 },
      { id: 'below', x: 3, y: 14 },
    ];
    expect(nextInDirection(items, 'from', 'down')).toBe('below');
  });
});
