/**
 * The map as a standalone picture for articles: title, period, legend, the map as shown, source line and, for sample
 * data, the "Eksempeldata" warning drawn into the image itself. SVG, or PNG drawn from that SVG.
 */
const WIDTH = 820;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + word.length + 1 > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** A map view as plain shapes (no links, no on-screen watermark), keeping its class so the picture's CSS applies. */
function plainShapes(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const [, , width = 600, height = 700] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  for (const el of copy.querySelectorAll('.watermark')) el.remove();
  for (const a of copy.querySelectorAll('a')) {
    const g = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    if (a.classList.contains('dark')) g.setAttribute('class', 'dark');
    g.append(...a.childNodes);
    a.replaceWith(g); // plain shapes: no links in a picture
  }
  return { markup: `<g class="${svg.getAttribute('class') ?? ''}">${copy.innerHTML}</g>`, width, height };
}

export function mapSvg(root: HTMLElement, sample: boolean): string {
  const tilesShown = root.classList.contains('show-tiles') || !root.querySelector('svg.national');
  const map = root.querySelector<SVGSVGElement>(tilesShown ? 'svg.tiles' : 'svg.national')!;
  const inset = tilesShown ? null : root.querySelector<SVGSVGElement>('.inset svg');
  const title = root.querySelector('#map-title')?.childNodes[0]?.textContent?.trim().replace(/,$/, '') ?? '';
  const period = root.querySelector('[data-period-label]')?.textContent ?? '';
  const summary = root.querySelector('#map-summary')?.textContent ?? '';
  const source = root.querySelector('[data-credit]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const legend = [...root.querySelectorAll<HTMLLIElement>('#map-legend li')].map((li) => ({
    colour: li.dataset['class'] === '-1' ? 'url(#hatch)' : (li.querySelector<HTMLElement>('.swatch')?.style.background ?? '#ccc'),
    label: li.textContent?.trim() ?? '',
  }));
  const defs = document.querySelector('svg.defs defs')?.innerHTML ?? '';
  const parts: string[] = [];
  let y = 34;
  for (const line of wrap(`${title}, ${period}`, 60)) {
    parts.push(`<text x="20" y="${y}" font-size="22" font-weight="700">${escape(line)}</text>`);
    y += 28;
  }
  for (const line of wrap(summary, 95)) {
    parts.push(`<text x="20" y="${y}" font-size="15" fill="#444">${escape(line)}</text>`);
    y += 20;
  }
  y += 8;
  let x = 20;
  for (const item of legend) {
    const width = 24 + item.label.length * 7.2;
    if (x + width > WIDTH - 20) [x, y] = [20, y + 24];
    parts.push(`<rect x="${x}" y="${y - 12}" width="16" height="16" fill="${item.colour}" stroke="#888"/><text x="${x + 22}" y="${y + 1}" font-size="13">${escape(item.label)}</text>`);
    x += width + 12;
  }
  y += 20;
  // The national map on the left; the enlarged Copenhagen area beside it, as on the screen.
  const main = plainShapes(map);
  const mainWidth = inset ? 500 : WIDTH - 40;
  const scale = Math.min(mainWidth / main.width, 760 / main.height);
  const left = inset ? 20 : (WIDTH - main.width * scale) / 2;
  parts.push(`<g transform="translate(${left} ${y}) scale(${scale})">${main.markup}</g>`);
  let bottom = y + main.height * scale;
  if (inset) {
    const small = plainShapes(inset);
    const insetScale = (WIDTH - 40 - mainWidth - 16) / small.width;
    const insetLeft = 20 + mainWidth + 16;
    parts.push(`<rect x="${insetLeft - 4}" y="${y - 4}" width="${small.width * insetScale + 8}" height="${small.height * insetScale + 26}" fill="none" stroke="#bbb"/>`);
    parts.push(`<g transform="translate(${insetLeft} ${y}) scale(${insetScale})">${small.markup}</g>`);
    parts.push(`<text x="${insetLeft}" y="${y + small.height * insetScale + 16}" font-size="12" fill="#555">Hovedstadsområdet forstørret</text>`);
    bottom = Math.max(bottom, y + small.height * insetScale + 26);
  }
  y = bottom + 24;
  if (sample) {
    parts.push(`<text x="20" y="${y}" font-size="20" font-weight="700" fill="#5c4500">Eksempeldata – ikke officielle tal</text>`);
    y += 26;
  }
  for (const line of wrap(source, 120)) {
    parts.push(`<text x="20" y="${y}" font-size="12" fill="#555">${escape(line)}</text>`);
    y += 16;
  }
  const height = Math.ceil(y + 10);
  const style = '<style>text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}.mesh{fill:none;stroke:#fff;stroke-width:.6}.choropleth path,.choropleth rect{stroke:#fff;stroke-width:.4}.choropleth .frame{fill:none;stroke:#999;stroke-width:.8}.choropleth .inset-frame{stroke:#333;stroke-dasharray:3 2}.tiles text{font-size:9px;font-weight:600;fill:#1a1a1a;text-anchor:middle}.tiles .dark text{fill:#fff}.inset-label{font-size:9px;fill:#1a1a1a;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:2px}</style>';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${style}<defs>${defs}</defs><rect width="100%" height="100%" fill="#fff" stroke="none"/>${parts.join('')}</svg>`;
}

function save(blob: Blob, name: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadMap(root: HTMLElement, sample: boolean, name: string, format: 'svg' | 'png'): void {
  const svg = new Blob([mapSvg(root, sample)], { type: 'image/svg+xml' });
  if (format === 'svg') return save(svg, `${name}.svg`);
  const image = new Image();
  image.onload = () => {
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width * 2, height: image.height * 2 });
    const context = canvas.getContext('2d')!;
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    canvas.toBlob((png) => png && save(png, `${name}.png`), 'image/png');
  };
  image.src = URL.createObjectURL(svg);
}
