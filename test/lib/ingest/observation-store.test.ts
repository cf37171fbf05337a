import { describe, expect, it } from 'vitest';
import { ObservationStore } from '../../../src/lib/ingest/observation-store.ts';

describe('ObservationStore', () => {
  it('ObservationStore: finds each key, and widens its narrow columns when numbers outgrow them', () => {
    const store = new ObservationStore(3, 100);
    const keys = [
      [0, 0, 0],
      [2, 99, 0],
      [1, 5, 300],
      [1, 6, 70_000],
    ] as const;
    keys.forEach(([measure, area, period], i) => {
      const row = store.add(measure, area, period, false, false, 400 + i, 12, 0, 300);
      store.value[row] = i + 0.5;
    });
    keys.forEach(([measure, area, period], i) => {
      expect(store.find(measure, area, period)).toBe(i);
      expect([store.measure[i], store.area[i], store.period[i], store.valueOf(i), store.file[i], store.first[i]]).toEqual([
        measure,
        area,
        period,
        i + 0.5,
        400 + i,
        300,
      ]);
    });
    expect(store.find(1, 5, 301)).toBe(-1);
    expect(store.find(0, 1, 0)).toBe(-1);
    expect(() => store.add(3, 0, 0, false, false, 0, 0, 0, 0)).toThrow();
  });

  it('ObservationStore: many periods and measures (blocks across pages), each row found again', () => {
    const store = new ObservationStore(4, 99);
    let row = 0;
    for (let period = 0; period < 700; period++)
      for (let measure = 0; measure < 4; measure += 3) store.add(measure, period % 99, period, false, false, 0, row++, 0, 0);
    row = 0;
    for (let period = 0; period < 700; period++) for (let measure = 0; measure < 4; measure += 3) expect(store.find(measure, period % 99, period)).toBe(row++);
  });
});
