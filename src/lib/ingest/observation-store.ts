const NULL_FLAG = 1;
const SAMPLE_FLAG = 2;

/**
 * Observations in columns of typed arrays, deduplicated on (measure, area, period) by an open-addressing hash table.
 * A million-row file makes two million observations; objects and string keys would cost several times the memory.
 * Each observation remembers the release its value comes from and the release that first published the key; a value
 * replaced by a newer release's different value is kept as a revision.
 */
export class ObservationStore {
  size = 0;
  measure = new Uint16Array(1024);
  area = new Uint16Array(1024);
  period = new Uint32Array(1024);
  value = new Float64Array(1024);
  flags = new Uint8Array(1024);
  /** Where the observation was read: index into the caller's file list, and the physical line. */
  file = new Uint16Array(1024);
  line = new Uint32Array(1024);
  /** Named source per observation (index into the run's source list; 0 = none named). */
  source = new Uint8Array(1024);
  /** Release (layer) of the current value, and the release that first published this key. */
  release = new Uint16Array(1024);
  first = new Uint16Array(1024);
  /** Revisions in the order they happened: the row, its earlier value, and the release that replaced it. */
  readonly revisions: { row: number; from: number | null; fromRelease: number; release: number }[] = [];
  private table = new Int32Array(4096);

  /** Index of the stored observation with this key, or -1. */
  find(measure: number, area: number, period: number): number {
    const mask = this.table.length - 1;
    for (let slot = hash(measure, area, period) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot] ?? 0;
      if (entry === 0) return -1;
      const row = entry - 1;
      if (this.period[row] === period && this.area[row] === area && this.measure[row] === measure) return row;
    }
  }

  /** Appends an observation whose key is not stored yet (check with find first); returns its index. */
  add(
    measure: number,
    area: number,
    period: number,
    value: number | null,
    sample: boolean,
    file: number,
    line: number,
    source: number,
    release: number,
  ): number {
    if (this.size === this.measure.length) this.grow();
    if ((this.size + 1) * 2 > this.table.length) this.rehash(this.table.length * 2);
    const row = this.size++;
    this.measure[row] = measure;
    this.area[row] = area;
    this.period[row] = period;
    this.first[row] = release;
    this.set(row, value, sample, file, line, source, release);
    const mask = this.table.length - 1;
    let slot = hash(measure, area, period) & mask;
    while (this.table[slot] !== 0) slot = (slot + 1) & mask;
    this.table[slot] = row + 1;
    return row;
  }

  set(row: number, value: number | null, sample: boolean, file: number, line: number, source: number, release: number): void {
    this.source[row] = source;
    this.value[row] = value ?? 0;
    this.flags[row] = (value === null ? NULL_FLAG : 0) | (sample ? SAMPLE_FLAG : 0);
    this.file[row] = file;
    this.line[row] = line;
    this.release[row] = release;
  }

  valueOf(row: number): number | null {
    return ((this.flags[row] ?? 0) & NULL_FLAG) !== 0 ? null : (this.value[row] ?? 0);
  }

  isSample(row: number): boolean {
    return ((this.flags[row] ?? 0) & SAMPLE_FLAG) !== 0;
  }

  hasSample(): boolean {
    for (let row = 0; row < this.size; row++) if (this.isSample(row)) return true;
    return false;
  }

  /** Makes room for `extra` more observations at once, instead of doubling step by step. */
  reserve(extra: number): void {
    if (this.size + extra > this.measure.length) this.grow(this.size + extra);
    // The hash table too, once, instead of doubling (and re-inserting everything) again and again while reading.
    let slots = this.table.length;
    while ((this.size + extra) * 2 > slots) slots *= 2;
    if (slots > this.table.length) this.rehash(slots);
  }

  private grow(capacity = this.measure.length * 2): void {
    this.measure = resized(this.measure, new Uint16Array(capacity));
    this.area = resized(this.area, new Uint16Array(capacity));
    this.period = resized(this.period, new Uint32Array(capacity));
    this.value = resized(this.value, new Float64Array(capacity));
    this.flags = resized(this.flags, new Uint8Array(capacity));
    this.file = resized(this.file, new Uint16Array(capacity));
    this.line = resized(this.line, new Uint32Array(capacity));
    this.source = resized(this.source, new Uint8Array(capacity));
    this.release = resized(this.release, new Uint16Array(capacity));
    this.first = resized(this.first, new Uint16Array(capacity));
  }

  private rehash(capacity: number): void {
    this.table = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let row = 0; row < this.size; row++) {
      let slot = hash(this.measure[row] ?? 0, this.area[row] ?? 0, this.period[row] ?? 0) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = row + 1;
    }
  }
}

function hash(measure: number, area: number, period: number): number {
  let h = Math.imul(period, 0x9e3779b1) ^ Math.imul(area + 1, 0x85ebca77) ^ Math.imul(measure + 1, 0xc2b2ae3d);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 13);
}

function resized<T extends Uint8Array | Uint16Array | Uint32Array | Float64Array>(old: T, next: T): T {
  next.set(old as never);
  return next;
}
