import { parseTileGrid, type TileCell } from './parse-tile-grid.ts';

export interface Tile extends TileCell {
  /** Top-left corner and side length in SVG user units. */
  x: number;
  y: number;
  size: number;
  /** Centre, for the label. */
  cx: number;
  cy: number;
}

export interface TileGrid {
  width: number;
  height: number;
  tiles: Tile[];
}

export interface TileGridOptions {
  size?: number;
  gap?: number;
}

/**
 * The tile map used when no boundary file is available: one equal square per kommune,
 * placed roughly where the kommune lies. Tiles are sorted by code.
 */
export function tileGrid(csv: string, options: TileGridOptions = {}): TileGrid {
  const size = options.size ?? 32;
  const gap = options.gap ?? 2;
  const cells = parseTileGrid(csv);
  const minColumn = Math.min(...cells.map((c) => c.column));
  const minRow = Math.min(...cells.map((c) => c.row));
  const pitch = size + gap;
  const tiles = cells
    .map((cell): Tile => {
      const x = (cell.column - minColumn) * pitch;
      const y = (cell.row - minRow) * pitch;
      return { ...cell, x, y, size, cx: x + size / 2, cy: y + size / 2 };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  const columns = Math.max(...cells.map((c) => c.column)) - minColumn + 1;
  const rows = Math.max(...cells.map((c) => c.row)) - minRow + 1;
  return { width: columns * pitch - gap, height: rows * pitch - gap, tiles };
}
