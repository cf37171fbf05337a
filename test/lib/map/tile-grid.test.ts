import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTileGrid } from '../../../src/lib/map/parse-tile-grid.ts';
import { tileGrid } from '../../../src/lib/map/tile-grid.ts';
import { registryCodes } from './geo-fixtures.ts';

const csv = readFileSync(join(import.meta.dirname, '../../../data/reference/tile-grid.csv'), 'utf8');

describe('tileGrid', () => {
  const cells = parseTileGrid(csv);

  it('tile-grid.csv: exactly the 98 kommuner in the registry', () => {
    expect(cells.map((c) => c.code).sort()).toEqual([...registryCodes()].sort());
  });

  it('tile-grid.csv: no two kommuner on one cell, and every label is different', () => {
    expect(new Set(cells.map((c) => `${c.column},${c.row}`)).size).toBe(cells.length);
    expect(new Set(cells.map((c) => c.abbreviation)).size).toBe(cells.length);
  });

  it('tile-grid.csv: roughly geographic (Hjørring north of Tønder, Esbjerg west of København, Bornholm furthest east)', () => {
    const at = (code: string) => cells.find((c) => c.code === code)!;
    expect(at('860').row).toBeLessThan(at('550').row);
    expect(at('561').column).toBeLessThan(at('101').column);
    expect(Math.max(...cells.map((c) => c.column))).toBe(at('400').column);
  });

  it('tileGrid: equal, non-overlapping tiles inside width × height, KBH for København', () => {
    const grid = tileGrid(csv, { size: 30, gap: 2 });
    for (const t of grid.tiles) {
      expect(t.size).toBe(30);
      expect(t.x + t.size).toBeLessThanOrEqual(grid.width);
      expect(t.y + t.size).toBeLessThanOrEqual(grid.height);
    }
    expect(grid.tiles.find((t) => t.code === '101')).toMatchObject({ abbreviation: 'KBH', cx: expect.any(Number) });
    expect(grid.tiles.map((t) => t.code)).toEqual([...grid.tiles.map((t) => t.code)].sort());
  });

  it('parseTileGrid: lists every problem with its line number', () => {
    const bad = 'kode;kolonne;raekke;forkortelse\n101;1;1;KBH\n147;1;1;FRB\n101;2;1;KBH\n9x;1;2;AB\n151;0;1;BAL\n';
    expect(() => parseTileGrid(bad, 'tile-grid.csv')).toThrowError(
      /tile-grid.csv: 4 fejl:[\s\S]*linje 3: 147 deler felt \(1,1\) med 101[\s\S]*linje 4: kode 101 står også på linje 2[\s\S]*linje 5[\s\S]*linje 6/,
    );
  });
});
