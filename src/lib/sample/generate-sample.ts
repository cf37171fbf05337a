import { gaussian, seededRandom } from './seeded-random.ts';

/** A national anchor the sample must agree with: the published national value for a measure in a month. */
export interface Anchor {
  measure: string;
  period: string;
  value: number;
}

/** The national level of a sample measure at the start and end of the sample window. */
export interface SampleSeries {
  measure: string;
  /** National level at the first and last sample month when no published anchor pins it. */
  start: number;
  end: number;
  /** Share of a kommune's caseload in this target group; small groups get suppressed cells. */
  groupShare: number;
  /** Months of its own, where the measure's sample window differs from the others'. */
  periods?: readonly string[];
}

export interface SampleRow {
  period: string;
  code: string;
  measure: string;
  /** null = suppressed ("ikke offentliggjort"). */
  value: number | null;
}

/** Caseload size below which a cell is suppressed, as jobindsats discretises small counts. */
const SUPPRESS_BELOW = 20;
const BIG_CITIES: Record<string, number> = { '101': 9, '751': 5, '461': 3.5, '851': 3.5, '561': 2 };
const SMALL_ISLANDS = new Set(['825', '563', '741', '492']);

export function monthRange(first: string, last: string): string[] {
  const toIndex = (p: string) => Number(p.slice(0, 4)) * 12 + Number(p.slice(5)) - 1;
  const periods: string[] = [];
  for (let i = toIndex(first); i <= toIndex(last); i++) {
    periods.push(`${Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return periods;
}

/** Relative caseload of a kommune: deterministic, big cities big, the small islands tiny. */
export function kommuneSize(code: string): number {
  if (SMALL_ISLANDS.has(code)) return 0.03 + seededRandom(`size:${code}`)() * 0.05;
  return BIG_CITIES[code] ?? 0.4 + seededRandom(`size:${code}`)() * 1.2;
}

/** Linear national path through the anchors (or start/end), held flat beyond the outermost points. */
function nationalPath(series: SampleSeries, periods: string[], anchors: Anchor[]): number[] {
  const own = anchors.filter((a) => a.measure === series.measure);
  const points =
    own.length >= 2
      ? own
          .map((a) => [periods.indexOf(a.period), a.value] as const)
          .filter(([i]) => i >= 0)
          .sort((a, b) => a[0] - b[0])
      : [[0, series.start] as const, [periods.length - 1, series.end] as const];
  return periods.map((_, i) => {
    const after = points.findIndex(([at]) => at >= i);
    if (after <= 0) return points[after === -1 ? points.length - 1 : 0]![1];
    const [x0, y0] = points[after - 1]!;
    const [x1, y1] = points[after]!;
    return y0 + ((y1 - y0) * (i - x0)) / (x1 - x0);
  });
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Plausible per-kommune sample values whose caseload-weighted mean follows the national path every month.
 * National rows are emitted only for months without a published anchor, so sample never overrides real data.
 */
export function generateSample(codes: string[], series: SampleSeries[], periods: string[], anchors: Anchor[], nationalCode = '000'): SampleRow[] {
  const rows: SampleRow[] = [];
  for (const s of series) {
    const own = s.periods ? [...s.periods] : periods;
    const national = nationalPath(s, own, anchors);
    const sizes = codes.map((code) => kommuneSize(code));
    const totalSize = sizes.reduce((a, b) => a + b, 0);
    const levels = codes.map((code) => gaussian(seededRandom(`level:${s.measure}:${code}`)) * 7);
    const drifts = codes.map((code) => gaussian(seededRandom(`drift:${s.measure}:${code}`)) * 0.25);
    own.forEach((period, p) => {
      const noise = codes.map((code, k) => (gaussian(seededRandom(`noise:${s.measure}:${code}:${period}`)) * 1.5) / Math.sqrt(sizes[k]!));
      const raw = codes.map((_, k) => levels[k]! + drifts[k]! * p + noise[k]!);
      const weightedMean = raw.reduce((sum, v, k) => sum + v * sizes[k]!, 0) / totalSize;
      codes.forEach((code, k) => {
        const caseload = sizes[k]! * s.groupShare * 400;
        const value = caseload < SUPPRESS_BELOW ? null : round1(clamp(national[p]! + raw[k]! - weightedMean));
        rows.push({ period, code, measure: s.measure, value });
      });
      if (!anchors.some((a) => a.measure === s.measure && a.period === period)) {
        rows.push({ period, code: nationalCode, measure: s.measure, value: round1(national[p]!) });
      }
    });
  }
  return rows;
}
