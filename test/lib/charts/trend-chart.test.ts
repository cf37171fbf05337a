import { describe, expect, it } from 'vitest';
import { trendChart } from '../../../src/lib/charts/trend-chart.ts';

const periods = ['2018M01', '2018M02', '2018M03', '2018M04', '2018M05'];

describe('trendChart', () => {
  it('trendChart: a gap where a value is not published, not a line through zero', () => {
    const chart = trendChart(
      periods,
      [
        { period: '2018M01', value: 50 },
        { period: '2018M02', value: 55 },
        { period: '2018M03', value: null },
        { period: '2018M04', value: 60 },
        { period: '2018M05', value: 62 },
      ],
      [],
      { unit: 'pct' },
    );
    expect(chart.path.match(/m/gi), 'two pieces of line, broken at the missing month').toHaveLength(2);
  });
  it('trendChart: a lone published value gets a dot', () => {
    const chart = trendChart(periods, [{ period: '2018M03', value: 40 }], [], { unit: 'pct' });
    expect(chart.dots).toHaveLength(1);
    expect(chart.dots[0]!.x).toBeGreaterThan(chart.plot.left);
  });
  it('trendChart: the y axis starts at 0 for shares and reaches the legal requirement', () => {
    const chart = trendChart(
      periods,
      [
        { period: '2018M01', value: 50 },
        { period: '2018M05', value: 70 },
      ],
      [],
      { unit: 'pct', requirement: [{ from: '2018M01', to: '2018M05', level: 100 }] },
    );
    expect(chart.yTicks[0]!.value).toBe(0);
    expect(chart.yTicks[chart.yTicks.length - 1]!.value).toBe(100);
    expect(chart.requirement).toEqual([{ x1: chart.plot.left, x2: chart.plot.right, y: chart.plot.top, level: 100 }]);
  });
  it('trendChart: a requirement that changes (100 % until March, 75 % from April) is drawn as two steps meeting between the months', () => {
    const requirement = [
      { from: '2018M01', to: '2018M03', level: 100 },
      { from: '2018M04', to: '2018M05', level: 75 },
    ];
    const chart = trendChart(periods, [{ period: '2018M01', value: 50 }], [], { unit: 'pct', requirement });
    const [before, after] = chart.requirement;
    expect(before!.level).toBe(100);
    expect(after!.level).toBe(75);
    expect(before!.x2).toBe(after!.x1);
    expect(after!.y).toBeGreaterThan(before!.y);
  });
  it('trendChart: no requirement line where the law sets no level', () => {
    const chart = trendChart(periods, [{ period: '2018M01', value: 5 }], [], { unit: 'pct', requirement: [{ from: '2018M01', to: '2018M05', level: null }] });
    expect(chart.requirement).toEqual([]);
    expect(chart.yTicks[chart.yTicks.length - 1]!.value).toBeLessThan(100);
  });
  it('trendChart: breaks in the series are marked only inside the period range', () => {
    const chart = trendChart(periods, [{ period: '2018M01', value: 1 }], [], {
      unit: 'pct',
      breaks: [
        { period: '2018M03', label: 'Reform' },
        { period: '2024M01', label: 'Senere' },
      ],
    });
    expect(chart.breaks.map((b) => b.label)).toEqual(['Reform']);
  });
});
