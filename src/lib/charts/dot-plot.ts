import { scaleLinear } from 'd3-scale';

export interface Dot {
  code: string;
  x: number;
  /** Row offset in a simple beeswarm so equal values do not hide each other. */
  y: number;
  value: number;
}

export interface DotPlot {
  width: number;
  height: number;
  dots: Dot[];
  ticks: { x: number; value: number }[];
  nationalX: number | undefined;
}

/**
 * The dots as one path of zero-length segments ("m12 30h0"), drawn round by a stroke as wide as a dot: 98 kommuner in
 * a few hundred bytes instead of 98 elements.
 */
export function dotsPath(dots: readonly { x: number; y: number }[]): string {
  let d = '';
  let x = 0;
  let y = 0;
  for (const dot of dots) {
    const dx = Math.round((dot.x - x) * 10) / 10;
    const dy = Math.round((dot.y - y) * 10) / 10;
    d += `m${dx}${dy < 0 ? '' : ' '}${dy}h0`;
    x = Math.round((x + dx) * 10) / 10;
    y = Math.round((y + dy) * 10) / 10;
  }
  return d;
}

/** All kommuner on one axis, stacked where they would overlap (a small beeswarm), drawn at build time. */
export function dotPlot(
  values: { code: string; value: number }[],
  national: number | null | undefined,
  options: { width?: number; radius?: number } = {},
): DotPlot {
  const width = options.width ?? 320;
  const radius = options.radius ?? 3.5;
  const all = values.map((v) => v.value).concat(national ?? []);
  const x = scaleLinear()
    .domain([Math.min(...all), Math.max(...all)])
    .nice(4)
    .range([radius + 4, width - radius - 4]);
  const lanes: number[][] = [];
  const dots = [...values]
    .sort((a, b) => a.value - b.value)
    .map(({ code, value }) => {
      const cx = Math.round(x(value) * 10) / 10;
      let lane = lanes.findIndex((xs) => xs.every((other) => Math.abs(other - cx) >= radius * 2));
      if (lane === -1) lane = lanes.push([]) - 1;
      lanes[lane]!.push(cx);
      const offset = lane === 0 ? 0 : Math.ceil(lane / 2) * (lane % 2 ? -1 : 1) * radius * 1.8;
      return { code, x: cx, y: offset, value };
    });
  const spread = Math.max(0, ...dots.map((d) => Math.abs(d.y)));
  const mid = spread + radius + 6;
  return {
    width,
    height: Math.round(mid * 2 + 18),
    dots: dots.map((d) => ({ ...d, y: Math.round((mid + d.y) * 10) / 10 })),
    ticks: x.ticks(4).map((value) => ({ x: Math.round(x(value) * 10) / 10, value })),
    nationalX: national == null ? undefined : Math.round(x(national) * 10) / 10,
  };
}
