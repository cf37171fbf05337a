import type { CsvRow } from './csv-rows.ts';

/** Distinct cells remembered per cache (a period for every month of 5,000 years); a file of endless distinct garbage must not fill memory. */
const MAX_ENTRIES = 65_536;

/**
 * What repeated cells (periods, area names) mean, looked up by the cell's characters where they stand: a million rows
 * naming 99 areas make 99 strings, not a million.
 */
export class CellCache<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** Open addressing: 1 + the entry's index; 0 = empty. */
  private slots = new Int32Array(256);
  /** Index of the entry found last. */
  private last = -1;
  private readonly resolve: (cell: string) => T;

  constructor(resolve: (cell: string) => T) {
    this.resolve = resolve;
  }

  get(row: CsvRow, column: number): T {
    if (!row.isRange(column)) return this.resolve(row.cell(column));
    const { text } = row;
    const start = row.starts[column] ?? 0;
    const end = row.ends[column] ?? 0;
    // Rows come period by period: most period cells are the previous row's.
    const last = this.keys[this.last];
    if (last !== undefined && last.length === end - start && sameAt(text, start, last)) return this.values[this.last]!;
    const mask = this.slots.length - 1;
    let slot = hash(text, start, end) & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      const key = this.keys[entry - 1]!;
      if (key.length === end - start && sameAt(text, start, key)) {
        this.last = entry - 1;
        return this.values[entry - 1]!;
      }
      slot = (slot + 1) & mask;
    }
    const cell = text.slice(start, end);
    const value = this.resolve(cell);
    if (this.keys.length < MAX_ENTRIES) {
      // A copy of its own: a slice would keep the whole piece of the file it came from alive.
      this.keys.push(cell.split('').join(''));
      this.values.push(value);
      this.slots[slot] = this.keys.length;
      if (this.keys.length * 2 > this.slots.length) this.rehash();
    }
    return value;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    const mask = this.slots.length - 1;
    this.keys.forEach((key, index) => {
      let slot = hash(key, 0, key.length) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
    });
  }
}

/** FNV-1a over the characters of text[start, end). */
function hash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff; // a small integer: no boxed number per call
}

function sameAt(text: string, start: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (text.charCodeAt(start + i) !== key.charCodeAt(i)) return false;
  return true;
}
