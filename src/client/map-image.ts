/**
 * "Hent kortet som billede": the picture comes from the pure src/lib/map/map-picture.ts, fed with the map state shown
 * and the shapes the page already drew (their path data, not their CSS). SVG, or PNG drawn from that SVG.
 */
import type { MapRect } from '../lib/map/map-geometry.ts';
import { mapPicture, type MapPictureInput, type PictureMap } from '../lib/map/map-picture.ts';

function rectOf(el: Element): MapRect {
  const n = (name: string) => Number(el.getAttribute(name) ?? 0);
  return { x: n('x'), y: n('y'), width: n('width'), height: n('height') };
}

/** The shapes of one drawn map, read back from the page. */
export function pictureMapOf(svg: SVGSVGElement): PictureMap {
  const [, , width = 600, height = 700] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
  const areas = [...svg.querySelectorAll<SVGAElement>('a.k[data-code]')].map((a) => ({
    code: a.dataset['code']!,
    d: a.querySelector('path')?.getAttribute('d') ?? '',
  }));
  return { width, height, areas, mesh: svg.querySelector('path.mesh')?.getAttribute('d') ?? '', frames: [...svg.querySelectorAll('rect.frame')].map(rectOf) };
}

function save(blob: Blob, name: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function downloadMap(picture: MapPictureInput, name: string, format: 'svg' | 'png'): void {
  const svg = new Blob([mapPicture(picture)], { type: 'image/svg+xml' });
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
