/** Distinct area numbers as bits: a Set of 99 numbers for each of ten thousand periods would cost tens of megabytes. */
export class AreaSet {
  size = 0;
  private readonly bits: Uint32Array;

  constructor(slots: number) {
    this.bits = new Uint32Array(Math.ceil(slots / 32));
  }

  add(area: number): void {
    const word = area >>> 5;
    const bit = 1 << (area & 31);
    if (((this.bits[word] ?? 0) & bit) === 0) {
      this.bits[word]! |= bit;
      this.size++;
    }
  }
}
