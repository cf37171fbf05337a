import { describe, expect, it } from 'vitest';
import { colourScale, isDarkFill } from '../../../src/lib/map/colour-scale.ts';

const values = Array.from({ length: 100 }, (_, i) => 40 + i * 0.5); // 40 … 89.5

describe('colourScale', () => {
  it('colourScale: five classes with readable thresholds from the quantiles', () => {
    const scale = colourScale(values, 'higher');
    expect(scale.thresholds).toEqual([50, 60, 70, 80]);
    expect(scale.classes).toHaveLength(5);
  });
  it('colourScale: the darkest colour marks the worse end, whichever direction is better', () => {
    const higher = colourScale(values, 'higher');
    const lower = colourScale(values, 'lower');
    expect(higher.colourOf(41)).toBe(lower.colourOf(89));
    expect(higher.colourOf(89)).toBe(lower.colourOf(41));
    expect(higher.colourOf(41), 'ColorBrewer Oranges, 5 classes, darkest').toBe('#a63603');
  });
  it('colourScale: a suppressed value has no class (drawn hatched)', () => {
    const scale = colourScale(values, 'higher');
    expect(scale.classOf(null)).toBe(-1);
    expect(scale.colourOf(null)).toBeUndefined();
  });
  it('colourScale: a value on a threshold falls in the class above it', () => {
    const scale = colourScale(values, 'neutral');
    expect(scale.classOf(49.9)).toBe(0);
    expect(scale.classOf(50)).toBe(1);
    expect(scale.classOf(95)).toBe(4);
  });
  it('colourScale: counts get whole-number thresholds', () => {
    const counts = Array.from({ length: 98 }, (_, i) => 100 + i * 97);
    expect(colourScale(counts, 'neutral').thresholds.every(Number.isInteger)).toBe(true);
  });
  it('colourScale: few distinct values give fewer classes, never duplicates', () => {
    const scale = colourScale([10, 10, 10, 20], 'higher');
    expect(new Set(scale.thresholds).size).toBe(scale.thresholds.length);
    expect(scale.classes.length).toBe(scale.thresholds.length + 1);
  });
  it("colourScale: fewer classes take ColorBrewer's scheme made for that many, still darkest at the worse end", () => {
    const three = colourScale([10, 10, 20, 20, 30, 30], 'lower');
    expect(three.classes.map((c) => c.colour)).toEqual(['#fee6ce', '#fdae6b', '#e6550d']);
  });
});

describe('isDarkFill', () => {
  it('isDarkFill: tile labels turn white on the dark end of either palette, whichever direction is better', () => {
    expect(isDarkFill('#a63603')).toBe(true);
    expect(isDarkFill('#d94701')).toBe(false); // black text has the better contrast here (4.9:1 against 4.3:1)
    expect(isDarkFill('#08519c')).toBe(true);
    expect(isDarkFill('#feedde')).toBe(false);
    expect(isDarkFill('#fdbe85')).toBe(false);
    expect(isDarkFill('#eff3ff')).toBe(false);
  });
});
