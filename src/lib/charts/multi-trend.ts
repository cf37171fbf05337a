import { trendScales, type Point } from './trend-chart.ts';
import { CompactPath } from '../map/compact-path.ts';

export interface MultiTrendLine {
  /** Straight segments; a period without a published value breaks the line. */
  path: string;
  /** Where the line's marker is drawn: its last published value, every x tick and any lone value. */
  markers: { x: number; y: number }[];
  /** The end-of-line label's vertical position (spread so labels never overlap); null when the line has no value. */
  labelY: number | null;
}

export interface MultiTrend {
  width: number;
  height: number;
  lines: MultiTrendLine[];
  /** Hele landet: dashed, labelled at its end like the others. */
  national: MultiTrendLine;
  /** x of the end-of-line labels, right of the plot. */
  labelX: number;
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; period: string }[];
  breaks: { x: number; label: string }[];
  requirement: { x1: number; x2: number; y: number; level: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Label positions near the wanted ones, at least `gap` apart and inside [min, max], in the given order of labels:
 * pushed down past their upper neighbours, then back up from the bottom edge.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => Math.min(max, Math.max(min, o.y)));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? max : placed[k + 1]! - gap;
    placed[k] = Math.max(min, Math.min(placed[k]!, limit));
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = round(placed[k]!)));
  return out;
}

/** Geometry for a trend chart with several kommuner and Hele landet over the same periods, drawn as SVG. */
export function multiTrend(
  periods: readonly string[],
  series: readonly (readonly Point[])[],
  national: readonly Point[],
  options: {
    width?: number;
    height?: number;
    unit: 'pct' | 'antal';
    requirement?: readonly { from: string; to: string; level: number | null }[] | undefined;
    breaks?: readonly { period: string; label: string }[] | undefined;
  },
): MultiTrend {
  const width = options.width ?? 520;
  const height = options.height ?? 320;
  // Room on the right for the names at the ends of the lines ("Ringkøbing-Skjern").
  const plot = { left: 40, right: width - 124, top: 14, bottom: height - 26 };
  const { x, y, steps } = trendScales(periods, [...series.flat(), ...national], options, plot, 5);
  const tickEvery = Math.max(1, Math.ceil(periods.length / 4));
  const tickPeriods = new Set(periods.filter((_, i) => i % tickEvery === 0));

  const lineOf = (points: readonly Point[]) => {
    const byPeriod = new Map(points.map((p) => [p.period, p.value]));
    const path = new CompactPath(0.5);
    const markers: { x: number; y: number }[] = [];
    let drawing = false;
    let last: number | null = null;
    periods.forEach((period, i) => {
      const value = byPeriod.get(period);
      if (value == null) {
        drawing = false;
        return;
      }
      const px = x(period)!;
      const py = y(value);
      if (drawing) path.lineTo(px, py);
      else path.moveTo(px, py);
      drawing = true;
      last = py;
      const lone = byPeriod.get(periods[i - 1] ?? '') == null && byPeriod.get(periods[i + 1] ?? '') == null;
      if (lone || tickPeriods.has(period)) markers.push({ x: round(px), y: round(py) });
    });
    const end = [...periods].reverse().find((p) => byPeriod.get(p) != null);
    // A line that stops before the last period gets a marker where it stops; one that reaches it meets its label's.
    const early = end !== undefined && end !== periods[periods.length - 1];
    if (early && !tickPeriods.has(end)) markers.push({ x: round(x(end)!), y: round(y(byPeriod.get(end)!)) });
    return { path: path.toString(), markers, end: last as number | null };
  };

  const drawn = [...series.map(lineOf), lineOf(national)];
  const ends = drawn.map((d) => d.end);
  const withEnd = ends.flatMap((e, i) => (e === null ? [] : [{ e, i }]));
  const spread = spreadLabels(
    withEnd.map((w) => w.e),
    14,
    plot.top,
    plot.bottom,
  );
  const labelY = ends.map(() => null as number | null);
  withEnd.forEach((w, k) => (labelY[w.i] = spread[k]!));
  const lines = drawn.map((d, i) => ({ path: d.path, markers: d.markers, labelY: labelY[i] ?? null }));
  const half = periods.length > 1 ? x.step() / 2 : 0;
  return {
    width,
    height,
    lines: lines.slice(0, series.length),
    national: lines[series.length]!,
    labelX: plot.right + 10,
    yTicks: y.ticks(5).map((value) => ({ y: round(y(value)), value })),
    xTicks: [...tickPeriods].map((period) => ({ x: round(x(period)!), period })),
    breaks: (options.breaks ?? []).filter((b) => x(b.period) !== undefined && b.period !== periods[0]).map((b) => ({ x: round(x(b.period)!), label: b.label })),
    requirement: steps.map((s) => ({
      x1: round(Math.max(plot.left, x(s.from)! - (s.from === periods[0] ? 0 : half))),
      x2: round(Math.min(plot.right, x(s.to)! + (s.to === periods[periods.length - 1] ? 0 : half))),
      y: round(y(s.level)),
      level: s.level,
    })),
    plot,
  };
}
