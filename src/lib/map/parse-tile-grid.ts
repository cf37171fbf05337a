export interface TileCell {
  /** 3-digit kommunekode. */
  code: string;
  /** 1-based column, left to right. */
  column: number;
  /** 1-based row, top to bottom. */
  row: number;
  /** 2-4 capital letters for the tile label ("KBH"). */
  abbreviation: string;
}

const HEADER = 'kode;kolonne;raekke;forkortelse';

/** Parses data/reference/tile-grid.csv; throws one Error listing every bad line, duplicate code and shared cell. */
export function parseTileGrid(csv: string, file = 'tile-grid.csv'): TileCell[] {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r?\n/);
  const problems: string[] = [];
  if (lines[0]?.trim() !== HEADER) problems.push(`linje 1: forventede overskriften "${HEADER}", fandt "${lines[0] ?? ''}"`);
  const cells: TileCell[] = [];
  const byCode = new Map<string, number>();
  const byCell = new Map<string, string>();
  lines.slice(1).forEach((line, index) => {
    const at = `linje ${index + 2}`;
    if (line.trim() === '') return;
    const [code = '', column = '', row = '', abbreviation = '', ...rest] = line.split(';').map((s) => s.trim());
    if (rest.length > 0) return void problems.push(`${at}: for mange felter i "${line}"`);
    if (!/^\d{3}$/.test(code)) return void problems.push(`${at}: kode "${code}" er ikke en 3-cifret kommunekode`);
    if (!/^[1-9]\d*$/.test(column) || !/^[1-9]\d*$/.test(row)) {
      return void problems.push(`${at}: kolonne "${column}" og raekke "${row}" skal være hele tal fra 1`);
    }
    if (!/^[A-ZÆØÅ]{2,4}$/.test(abbreviation)) return void problems.push(`${at}: forkortelse "${abbreviation}" skal være 2-4 store bogstaver`);
    const cellKey = `${column},${row}`;
    if (byCode.has(code)) problems.push(`${at}: kode ${code} står også på linje ${byCode.get(code)}`);
    if (byCell.has(cellKey)) problems.push(`${at}: ${code} deler felt (${cellKey}) med ${byCell.get(cellKey)}`);
    byCode.set(code, index + 2);
    byCell.set(cellKey, code);
    cells.push({ code, column: Number(column), row: Number(row), abbreviation });
  });
  if (problems.length > 0) throw new Error(`${file}: ${problems.length} fejl:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return cells;
}
