/**
 * How each compared kommune's line looks: Okabe–Ito colours (told apart with the common colour-vision deficiencies, each
 * at least 3:1 against white) and a marker shape of its own, so the lines are told apart without colour too.
 */
export const LINE_COLOURS: readonly string[] = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#000000'];
export const NATIONAL_COLOUR = '#555555';

type Shape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down';
const SHAPES: readonly Shape[] = ['circle', 'square', 'triangle', 'diamond', 'triangle-down'];

export interface LineStyle {
  colour: string;
  shape: Shape;
}

export function lineStyle(index: number): LineStyle {
  return { colour: LINE_COLOURS[index % LINE_COLOURS.length]!, shape: SHAPES[index % SHAPES.length]! };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Path data for a marker of about `size` across, centred on (x, y). */
export function markerPath(shape: Shape, x: number, y: number, size = 8): string {
  const h = size / 2;
  const p = (points: [number, number][]) => `M${points.map(([px, py]) => `${r1(x + px)} ${r1(y + py)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${r1(x - h)} ${r1(y)}a${h} ${h} 0 1 0 ${size} 0a${h} ${h} 0 1 0 ${-size} 0Z`;
    case 'square':
      return p([
        [-h * 0.9, -h * 0.9],
        [h * 0.9, -h * 0.9],
        [h * 0.9, h * 0.9],
        [-h * 0.9, h * 0.9],
      ]);
    case 'triangle':
      return p([
        [0, -h * 1.15],
        [h * 1.1, h * 0.85],
        [-h * 1.1, h * 0.85],
      ]);
    case 'diamond':
      return p([
        [0, -h * 1.25],
        [h * 1.1, 0],
        [0, h * 1.25],
        [-h * 1.1, 0],
      ]);
    case 'triangle-down':
      return p([
        [0, h * 1.15],
        [h * 1.1, -h * 0.85],
        [-h * 1.1, -h * 0.85],
      ]);
  }
}
