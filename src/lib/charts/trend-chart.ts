import { scaleLinear, scalePoint } from 'd3-scale';
import { CompactPath } from '../map/compact-path.ts';

export interface Point {
  period: string;
  value: number | null;
}

export interface TrendChart {
  width: number;
  height: number;
  /** Kommune line; gaps where a value is not published. */
  path: string;
  /** National line, dashed in the chart. */
  nationalPath: string;
  /** Dots for periods whose neighbours are missing, so a lone value is still visible. */
  dots: { x: number; y: number }[];
  yTicks: { y: number; value: number }[];
  xTicks: { x: number; period: string }[];
  breaks: { x: number; label: string }[];
  /** The law's level as steps over the periods it applies to (a rule can change over time). */
  requirement: { x1: number; x2: number; y: number; level: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The scales of a trend chart: periods evenly along x, values on y from 0 (shares) to the highest value or the law's
 * level, rounded to `ticks` nice steps; and the law's levels that fall inside the periods shown.
 */
export function trendScales(
  periods: readonly string[],
  points: readonly Point[],
  options: { unit: 'pct' | 'antal'; requirement?: readonly { from: string; to: string; level: number | null }[] | undefined },
  plot: { left: number; right: number; top: number; bottom: number },
  ticks: number,
) {
  const x = scalePoint<string>().domain(periods).range([plot.left, plot.right]);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  const steps = (options.requirement ?? []).filter(
    (s): s is { from: string; to: string; level: number } => s.level !== null && x(s.from) !== undefined && x(s.to) !== undefined,
  );
  const max = Math.max(...values, ...steps.map((s) => s.level), 1);
  const min = Math.min(...values, options.unit === 'pct' ? 0 : Infinity);
  const y = scaleLinear()
    .domain([Math.min(0, min), max])
    .nice(ticks)
    .range([plot.bottom, plot.top]);
  return { x, y, steps };
}

/** Geometry for a small trend chart over all periods, drawn as SVG at build time. */
export function trendChart(
  periods: string[],
  series: Point[],
  national: Point[],
  options: {
    width?: number;
    height?: number;
    unit: 'pct' | 'antal';
    /** The requirement level per stretch of periods (null where the law sets none). */
    requirement?: { from: string; to: string; level: number | null }[] | undefined;
    breaks?: { period: string; label: string }[] | undefined;
  },
): TrendChart {
  const width = options.width ?? 480;
  const height = options.height ?? 190;
  const plot = { left: 40, right: width - 10, top: 12, bottom: height - 26 };
  const { x, y, steps } = trendScales(periods, [...series, ...national], options, plot, 4);
  // Relative coordinates on a half-unit grid: a 40-year line stays a few kilobytes.
  // Straight segments; a period without a published value breaks the line.
  const toPath = (points: Point[]) => {
    const path = new CompactPath(0.5);
    let drawing = false;
    for (const p of points) {
      const px = x(p.period);
      if (p.value === null || px === undefined) {
        drawing = false;
        continue;
      }
      if (drawing) path.lineTo(px, y(p.value));
      else path.moveTo(px, y(p.value));
      drawing = true;
    }
    return path.toString();
  };
  const byPeriod = new Map(series.map((p) => [p.period, p.value]));
  const isolated = periods.filter(
    (p, i) => byPeriod.get(p) != null && byPeriod.get(periods[i - 1] ?? '') == null && byPeriod.get(periods[i + 1] ?? '') == null,
  );
  const tickEvery = Math.max(1, Math.ceil(periods.length / 4));
  const half = periods.length > 1 ? (x.step() || 0) / 2 : 0;
  return {
    width,
    height,
    path: toPath(series),
    nationalPath: toPath(national),
    dots: isolated.map((p) => ({ x: round(x(p)!), y: round(y(byPeriod.get(p)!)) })),
    yTicks: y.ticks(4).map((value) => ({ y: round(y(value)), value })),
    xTicks: periods.filter((_, i) => i % tickEvery === 0).map((period) => ({ x: round(x(period)!), period })),
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
