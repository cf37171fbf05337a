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

export function mapSvg(root: HTMLElement, sample: boolean): string {
  const map = root.querySelector<SVGSVGElement>(root.classList.contains('show-tiles') ? 'svg.tiles' : 'svg.national, svg.tiles')!;
  const [, , vbWidth = 600, vbHeight = 700] = (map.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const title = root.querySelector('#map-title')?.childNodes[0]?.textContent?.trim().replace(/,$/, '') ?? '';
  const period = root.querySelector('[data-period-label]')?.textContent ?? '';
  const summary = root.querySelector('#map-summary')?.textContent ?? '';
  const source = root.querySelector('.source-line')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const legend = [...root.querySelectorAll<HTMLLIElement>('#map-legend li')].map((li) => ({
    colour: li.dataset['class'] === '-1' ? 'url(#hatch)' : (li.querySelector<HTMLElement>('.swatch')?.style.background ?? '#ccc'),
    label: li.textContent?.trim() ?? '',
  }));
  const defs = document.querySelector('svg.defs defs')?.innerHTML ?? '';
  const body = map.cloneNode(true) as SVGSVGElement;
  for (const el of body.querySelectorAll('.watermark')) el.remove();
  for (const a of body.querySelectorAll('a')) a.replaceWith(...a.childNodes); // plain shapes: no links in a picture
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
  const scale = Math.min((WIDTH - 40) / vbWidth, 760 / vbHeight);
  parts.push(`<g transform="translate(${(WIDTH - vbWidth * scale) / 2} ${y}) scale(${scale})">${body.innerHTML}</g>`);
  y += vbHeight * scale + 16;
  if (sample) {
    parts.push(`<text x="20" y="${y}" font-size="20" font-weight="700" fill="#5c4500">Eksempeldata – ikke officielle tal</text>`);
    y += 26;
  }
  for (const line of wrap(source, 120)) {
    parts.push(`<text x="20" y="${y}" font-size="12" fill="#555">${escape(line)}</text>`);
    y += 16;
  }
  const height = Math.ceil(y + 10);
  const style = '<style>text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}.mesh{fill:none;stroke:#fff;stroke-width:.6}.frame{fill:none;stroke:#999}.inset-frame{stroke:#333;stroke-dasharray:3 2}path,rect{stroke:#fff;stroke-width:.4}.tiles text{font-size:9px;font-weight:600}</style>';
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
