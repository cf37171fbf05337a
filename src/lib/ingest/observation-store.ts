const NULL_FLAG = 1;
const PAGE_BITS = 7;
const INDEX_BITS = 12;
const INDEX_PAGE = 1 << INDEX_BITS;
const INDEX_MASK = INDEX_PAGE - 1;
const PAGE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE - 1;
const SAMPLE_FLAG = 2;

/**
 * Observations in columns of typed arrays, deduplicated on (measure, area, period). A million-row file makes two
 * million observations; objects and string keys would cost several times the memory. The key index is dense: one
 * block of row numbers per (measure, period), one slot per area, so the rows of a period sit side by side and a
 * lookup is two array reads (a hash table of two million keys spent most of its time waiting for memory).
 * Each observation remembers the release its value comes from and the release that first published the key; a value
 * replaced by a newer release's different value is kept as a revision.
 */
export class ObservationStore {
  size = 0;
  // Numbers that are small in practice (measures, areas, files, releases) start one byte wide and widen when needed.
  measure: Small = new Uint8Array(1024);
  area: Small = new Uint8Array(1024);
  period: Small = new Uint16Array(1024);
  value = new Float64Array(1024);
  /** Decimals the value was published with ("8" → 0, "8,0" → 1): pages show it so, never more precise. */
  decimals = new Uint8Array(1024);
  flags = new Uint8Array(1024);
  /** Where the observation was read: index into the caller's file list, and the physical line. */
  file: Small = new Uint8Array(1024);
  line = new Uint32Array(1024);
  /** Named source per observation (index into the run's source list; 0 = none named). */
  source = new Uint8Array(1024);
  /** Release (layer) of the current value, and the release that first published this key. */
  release: Small = new Uint8Array(1024);
  first: Small = new Uint8Array(1024);
  /** Revisions in the order they happened: the row, its earlier value, and the release that replaced it. */
  readonly revisions: { row: number; from: number | null; fromRelease: number; release: number }[] = [];
  /** (period × measureSlots + measure) → 1 + its block number (0 = no row yet), in pages of 2^INDEX_BITS keys. */
  private readonly blockOf: Int32Array[] = [];
  /** Blocks of `areaSlots` entries, 2^PAGE_BITS blocks to a page: 1 + the row of each area; 0 = no row. */
  private readonly blocks: Int32Array[] = [];
  private blockCount = 0;

  /** `measureSlots` and `areaSlots` bound the measure and area numbers (the catalogue's measures, the registry's areas). */
  readonly measureSlots: number;
  readonly areaSlots: number;

  constructor(measureSlots = 1, areaSlots = 128) {
    this.measureSlots = measureSlots;
    this.areaSlots = areaSlots;
  }

  /** Index of the stored observation with this key, or -1. */
  find(measure: number, area: number, period: number): number {
    const block = this.blockNumber(period * this.measureSlots + measure) - 1;
    if (block === -1) return -1;
    return (this.blocks[block >>> PAGE_BITS]![(block & PAGE_MASK) * this.areaSlots + area] ?? 0) - 1;
  }

  /** Whether any observation has this measure and period. */
  hasBlock(measure: number, period: number): boolean {
    return this.blockNumber(period * this.measureSlots + measure) !== 0;
  }

  private blockNumber(key: number): number {
    const page = this.blockOf[key >>> INDEX_BITS];
    return page === undefined ? 0 : (page[key & INDEX_MASK] ?? 0);
  }

  /** Appends an observation whose key is not stored yet (check with find first); returns its index. Set `value[row]` after. */
  add(measure: number, area: number, period: number, missing: boolean, sample: boolean, file: number, line: number, source: number, release: number): number {
    if (measure >= this.measureSlots || area >= this.areaSlots) throw new Error(`ObservationStore: måling ${measure} eller område ${area} uden for rammen`);
    if (this.size === this.measure.length) this.grow();
    if (measure > this.limits.measure || area > this.limits.area || period > this.limits.period || release > this.limits.release) {
      this.widen(measure, area, period, release, 0);
    }
    const row = this.size++;
    this.measure[row] = measure;
    this.area[row] = area;
    this.period[row] = period;
    this.first[row] = release;
    this.set(row, missing, sample, file, line, source, release);
    const block = this.blockFor(measure, period);
    this.blocks[block >>> PAGE_BITS]![(block & PAGE_MASK) * this.areaSlots + area] = row + 1;
    return row;
  }

  /** Everything but the value, which the caller writes into `value[row]` itself (see INCOMING in store-value.ts). */
  set(row: number, missing: boolean, sample: boolean, file: number, line: number, source: number, release: number): void {
    if (file > this.limits.file || release > this.limits.release) this.widen(0, 0, 0, release, file);
    this.source[row] = source;
    this.flags[row] = (missing ? NULL_FLAG : 0) | (sample ? SAMPLE_FLAG : 0);
    this.file[row] = file;
    this.line[row] = line;
    this.release[row] = release;
  }

  valueOf(row: number): number | null {
    return this.isMissing(row) ? null : (this.value[row] ?? 0);
  }

  isMissing(row: number): boolean {
    return ((this.flags[row] ?? 0) & NULL_FLAG) !== 0;
  }

  isSample(row: number): boolean {
    return ((this.flags[row] ?? 0) & SAMPLE_FLAG) !== 0;
  }

  hasSample(): boolean {
    for (let row = 0; row < this.size; row++) if (this.isSample(row)) return true;
    return false;
  }

  /** The largest number each narrow column holds now. */
  private limits = { measure: 0xff, area: 0xff, period: 0xffff, release: 0xff, file: 0xff };

  private widen(measure: number, area: number, period: number, release: number, file: number): void {
    this.measure = widened(this.measure, measure);
    this.area = widened(this.area, area);
    this.period = widened(this.period, period);
    this.first = widened(this.first, release);
    this.release = widened(this.release, release);
    this.file = widened(this.file, file);
    this.limits = { measure: limit(this.measure), area: limit(this.area), period: limit(this.period), release: limit(this.release), file: limit(this.file) };
  }

  /** Makes room for `extra` more observations at once, instead of doubling step by step. */
  reserve(extra: number): void {
    if (this.size + extra > this.measure.length) this.grow(this.size + extra);
  }

  /**
   * The block for (measure, period), made when it is the first row of that pair. Index and blocks grow a page at a
   * time: nothing is copied, and no outgrown array is left for the collector (megabytes at two million rows).
   */
  private blockFor(measure: number, period: number): number {
    const key = period * this.measureSlots + measure;
    while (this.blockOf.length <= key >>> INDEX_BITS) this.blockOf.push(new Int32Array(INDEX_PAGE));
    const page = this.blockOf[key >>> INDEX_BITS]!;
    if (page[key & INDEX_MASK] === 0) {
      if ((this.blockCount & PAGE_MASK) === 0) this.blocks.push(new Int32Array(PAGE * this.areaSlots));
      page[key & INDEX_MASK] = ++this.blockCount;
    }
    return page[key & INDEX_MASK]! - 1;
  }

  private grow(capacity = this.measure.length * 2): void {
    this.measure = resized(this.measure, capacity);
    this.area = resized(this.area, capacity);
    this.period = resized(this.period, capacity);
    this.value = resized(this.value, capacity);
    this.decimals = resized(this.decimals, capacity);
    this.flags = resized(this.flags, capacity);
    this.file = resized(this.file, capacity);
    this.line = resized(this.line, capacity);
    this.source = resized(this.source, capacity);
    this.release = resized(this.release, capacity);
    this.first = resized(this.first, capacity);
  }
}

type Small = Uint8Array | Uint16Array | Uint32Array;

function limit(array: Small): number {
  return array instanceof Uint8Array ? 0xff : array instanceof Uint16Array ? 0xffff : 0xffffffff;
}

/** The array, or a wider copy when `value` does not fit. */
function widened(array: Small, value: number): Small {
  if (value <= limit(array)) return array;
  const wider = value <= 0xffff ? new Uint16Array(array.length) : new Uint32Array(array.length);
  wider.set(array);
  return wider;
}

/** A copy with room for `capacity` entries, of the same type. */
function resized<T extends Small | Float64Array>(old: T, capacity: number): T {
  const next = new (old.constructor as new (length: number) => T)(capacity);
  next.set(old as never);
  return next;
}
