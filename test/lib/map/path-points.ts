/** Reads SVG path data (M/m, L/l, Z/z, with implicit repeats and compact numbers) back into absolute points. */
export function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[MmLlZz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  let first = false;
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i]!;
    if (/[A-Za-z]/.test(token)) {
      command = token;
      first = true;
      i++;
      if (command === 'z' || command === 'Z') {
        x = startX;
        y = startY;
      }
      continue;
    }
    const a = Number(tokens[i]);
    const b = Number(tokens[i + 1]);
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new Error(`ufuldstændigt koordinatpar ved "${tokens.slice(i, i + 2).join(' ')}"`);
    i += 2;
    const relative = command === 'm' || command === 'l';
    x = relative ? x + a : a;
    y = relative ? y + b : b;
    if ((command === 'm' || command === 'M') && first) {
      startX = x;
      startY = y;
    }
    first = false;
    out.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  }
  return out;
}
