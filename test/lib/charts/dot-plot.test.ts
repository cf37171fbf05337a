import { describe, expect, it } from 'vitest';
import { dotPlot } from '../../../src/lib/charts/dot-plot.ts';

describe('dotPlot', () => {
  it('dotPlot: equal values are stacked, not drawn on top of each other', () => {
    const plot = dotPlot(
      [
        { code: '101', value: 50 },
        { code: '147', value: 50 },
        { code: '151', value: 50 },
        { code: '153', value: 80 },
      ],
      60,
    );
    const at50 = plot.dots.filter((d) => d.value === 50);
    expect(new Set(at50.map((d) => d.y)).size).toBe(3);
    expect(new Set(at50.map((d) => d.x)).size).toBe(1);
  });
  it('dotPlot: higher values lie further right and the national marker sits between', () => {
    const plot = dotPlot(
      [
        { code: '101', value: 40 },
        { code: '147', value: 90 },
      ],
      60,
    );
    const [low, high] = [plot.dots.find((d) => d.code === '101')!, plot.dots.find((d) => d.code === '147')!];
    expect(high.x).toBeGreaterThan(low.x);
    expect(plot.nationalX).toBeGreaterThan(low.x);
    expect(plot.nationalX).toBeLessThan(high.x);
    expect(plot.dots.every((d) => d.x > 0 && d.x < plot.width && d.y > 0 && d.y < plot.height)).toBe(true);
  });
});
