export interface Label {
  code: string;
  x: number;
  y: number;
  text: string;
}

/**
 * Keeps the labels that fit: in the given order (most important first), a label is drawn only when its box does not
 * overlap one already placed. Box size is estimated from the text length at the given font size.
 */
export function placeLabels(labels: Label[], fontSize: number): Label[] {
  const placed: { label: Label; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const label of labels) {
    const half = (label.text.length * fontSize * 0.56) / 2;
    const box = { label, x0: label.x - half, x1: label.x + half, y0: label.y - fontSize * 0.8, y1: label.y + fontSize * 0.3 };
    if (placed.every((p) => box.x1 < p.x0 || box.x0 > p.x1 || box.y1 < p.y0 || box.y0 > p.y1)) placed.push(box);
  }
  return placed.map((p) => p.label);
}
