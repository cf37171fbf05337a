import { describe, expect, it } from 'vitest';
import { multiTrend, spreadLabels } from '../../../src/lib/charts/multi-trend.ts';

const periods = ['2026M01', '2026M02', '2026M03', '2026M04', '2026M05', '2026M06'];
const series = (values: (number | null)[]) => values.map((value, i) => ({ period: periods[i]!, value }));

// København, Aarhus and Læsø (small numbers: often suppressed).
const koebenhavn = series([12, 12.5, 13, 13.2, 13.1, 13.4]);
const aarhus = series([10, 10.2, 10.1, 10.4, 10.6, 10.5]);
const laesoe = series([null, 9, null, null, 8, null]);
const national = series([11, 11.1, 11.2, 11.1, 11.3, 11.2]);

describe('multiTrend', () => {
  it('multiTrend: one line per kommune and one for Hele landet', () => {
    const chart = multiTrend(periods, [koebenhavn, aarhus, laesoe], national, { unit: 'pct' });
    expect(chart.lines).toHaveLength(3);
    expect(chart.lines[0]!.path.match(/m/gi), 'København unbroken: one piece').toHaveLength(1);
    expect(chart.national.path.match(/m/gi)).toHaveLength(1);
  });

  it('multiTrend: a lone value (Læsø) gets a marker, and an unpublished month breaks the line instead of dropping to zero', () => {
    const chart = multiTrend(periods, [laesoe], national, { unit: 'pct' });
    const line = chart.lines[0]!;
    expect(line.path.match(/m/gi), 'two lone points, two pieces').toHaveLength(2);
    expect(line.markers.length).toBeGreaterThanOrEqual(2);
    expect(
      line.markers.every((m) => m.y < chart.plot.bottom),
      'no marker on the zero line',
    ).toBe(true);
  });

  it('multiTrend: labels sit right of the plot at the last value, in the order of the lines', () => {
    const chart = multiTrend(periods, [koebenhavn, aarhus], national, { unit: 'pct' });
    expect(chart.labelX).toBeGreaterThan(chart.plot.right);
    const [kbh, aar] = chart.lines.map((l) => l.labelY!);
    expect(kbh, 'København (13,4 %) above Hele landet (11,2 %) above Aarhus (10,5 %)').toBeLessThan(chart.national.labelY!);
    expect(chart.national.labelY!).toBeLessThan(aar!);
  });

  it('multiTrend: a kommune without any value has no label', () => {
    const chart = multiTrend(periods, [series([null, null, null, null, null, null])], national, { unit: 'pct' });
    expect(chart.lines[0]!.labelY).toBeNull();
    expect(chart.lines[0]!.path).toBe('');
  });

  it('multiTrend: shares start at 0 and the axis reaches the law’s level', () => {
    const chart = multiTrend(periods, [aarhus], national, { unit: 'pct', requirement: [{ from: '2026M01', to: '2026M06', level: 100 }] });
    expect(chart.yTicks[0]!.value).toBe(0);
    expect(chart.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(100);
    expect(chart.requirement).toHaveLength(1);
    expect(chart.requirement[0]!.x1).toBe(chart.plot.left);
    expect(chart.requirement[0]!.x2).toBe(chart.plot.right);
  });

  it('multiTrend: no kommune chosen still draws Hele landet', () => {
    const chart = multiTrend(periods, [], national, { unit: 'pct' });
    expect(chart.lines).toEqual([]);
    expect(chart.national.labelY).not.toBeNull();
  });
});

describe('spreadLabels', () => {
  it('spreadLabels: labels closer than the gap are pushed apart, keeping their order', () => {
    const placed = spreadLabels([100, 101, 102], 13, 0, 300);
    expect(placed[1]! - placed[0]!).toBeGreaterThanOrEqual(13);
    expect(placed[2]! - placed[1]!).toBeGreaterThanOrEqual(13);
  });
  it('spreadLabels: labels at the bottom edge are moved up, not out of the chart', () => {
    const placed = spreadLabels([295, 298, 300], 13, 0, 300);
    expect(Math.max(...placed)).toBeLessThanOrEqual(300);
    expect([...placed].sort((a, b) => a - b)).toEqual([274, 287, 300]);
  });
  it('spreadLabels: labels far apart stay where they are', () => {
    expect(spreadLabels([200, 50], 13, 0, 300)).toEqual([200, 50]);
  });
});
