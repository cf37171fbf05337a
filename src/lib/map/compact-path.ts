/**
 * SVG path data written compactly: relative commands, coordinates rounded to a fixed step on an integer grid (so
 * rounding never drifts along a ring), points that round onto the previous one dropped, and no separator where the
 * grammar needs none ("l12-3.5.5" is l 12,-3.5 .5…). A d3-geo path context: geoPath(projection, new CompactPath(0.5)).
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection, type GeoStreamWrapper } from 'd3-geo';

export class CompactPath implements GeoContext {
  /** Grid points per unit (2 for a step of 0.5). */
  private readonly scale: number;
  /** Decimals a fraction of a unit needs (1 for 0.5). */
  private readonly decimals: number;
  private out = '';
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  /** The last command written; implicit repeats need no letter ("m" continues as "l"). */
  private command = '';
  /** Whether the last written number had a decimal point, so a following ".5" needs no separator. */
  private lastHadPoint = false;

  /** step: the grid coordinates are rounded to, in units; 1 divided by a whole number (1, 0.5, 0.25, 0.1 …). */
  constructor(step = 0.5) {
    this.scale = Math.round(1 / step);
    if (!(this.scale >= 1) || Math.abs(this.scale * step - 1) > 1e-9) throw new RangeError(`step skal være 1 delt med et helt tal, ikke ${step}`);
    this.decimals = this.scale === 1 ? 0 : (1 / this.scale).toString().split('.')[1]!.length;
  }

  private number(n: number, first: boolean): string {
    // n is on the integer grid; n / scale written without a leading zero or trailing zeros.
    const negative = n < 0;
    const abs = Math.abs(n);
    let text: string;
    const whole = Math.floor(abs / this.scale);
    const rest = abs % this.scale;
    if (rest === 0) text = String(whole);
    else {
      const fraction = (rest / this.scale).toFixed(this.decimals).slice(2).replace(/0+$/, '');
      text = `${whole === 0 ? '' : whole}.${fraction}`;
    }
    const written = negative ? `-${text}` : text;
    const needsSeparator = !first && !negative && !(text.startsWith('.') && this.lastHadPoint);
    this.lastHadPoint = text.includes('.');
    return needsSeparator ? ` ${written}` : written;
  }

  private pair(command: 'm' | 'l', dx: number, dy: number): void {
    // A subpath always starts with "m"; line segments after "m" or "l" continue without a letter.
    const letter = command === 'm' || (this.command !== 'm' && this.command !== 'l') ? command : '';
    this.out += letter + this.number(dx, letter !== '') + this.number(dy, false);
    this.command = command;
  }

  moveTo(x: number, y: number): void {
    const X = Math.round(x * this.scale);
    const Y = Math.round(y * this.scale);
    this.pair('m', X - this.x, Y - this.y);
    this.x = this.startX = X;
    this.y = this.startY = Y;
  }

  lineTo(x: number, y: number): void {
    const X = Math.round(x * this.scale);
    const Y = Math.round(y * this.scale);
    if (X === this.x && Y === this.y) return;
    this.pair('l', X - this.x, Y - this.y);
    this.x = X;
    this.y = Y;
  }

  closePath(): void {
    this.out += 'z';
    this.command = 'z';
    this.lastHadPoint = false;
    this.x = this.startX;
    this.y = this.startY;
  }

  /** d3 starts each shape with this; the path continues across shapes. */
  beginPath(): void {}

  /** Points are not drawn on these maps; d3 calls this only for Point geometries. */
  arc(x: number, y: number): void {
    this.moveTo(x, y);
  }

  toString(): string {
    return this.out;
  }
}

/** The compact path of a GeoJSON object under a projection; step as in CompactPath. */
export function compactGeoPath(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects, step = 0.5): string {
  const context = new CompactPath(step);
  geoPath(projection, context).pointRadius(0)(object);
  return context.toString();
}
