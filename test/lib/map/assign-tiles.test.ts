import { describe, expect, it } from 'vitest';
import { assignTiles, minimumCostAssignment } from '../../../src/lib/map/assign-tiles.ts';

describe('assignTiles', () => {
  it('minimumCostAssignment: finds the cheapest one-to-one assignment', () => {
    expect(
      minimumCostAssignment([
        [4, 1, 3],
        [2, 0, 5],
        [3, 2, 2],
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('minimumCostAssignment: more places than items leaves places free', () => {
    expect(
      minimumCostAssignment([
        [5, 1, 9, 9],
        [1, 5, 9, 9],
      ]),
    ).toEqual([1, 0]);
  });

  it('assignTiles: a west-to-east row of kommuner keeps its order', () => {
    const cells = assignTiles(
      [
        { code: '561', x: 0, y: 0 },
        { code: '621', x: 5, y: 0.2 },
        { code: '461', x: 10, y: 0 },
      ],
      3,
      1,
    );
    expect(cells).toEqual([
      { code: '561', column: 1, row: 1 },
      { code: '621', column: 2, row: 1 },
      { code: '461', column: 3, row: 1 },
    ]);
  });

  it('assignTiles: two kommuner at nearly the same place get neighbouring cells, not the same one', () => {
    const cells = assignTiles(
      [
        { code: '101', x: 0, y: 0 },
        { code: '147', x: 0.01, y: 0 },
        { code: '851', x: 10, y: 10 },
      ],
      4,
      4,
    );
    const [a, b] = cells;
    expect(`${a?.column},${a?.row}`).not.toBe(`${b?.column},${b?.row}`);
    expect(Math.abs((a?.column ?? 0) - (b?.column ?? 0)) + Math.abs((a?.row ?? 0) - (b?.row ?? 0))).toBe(1);
  });
});
