/** "Hent grafen som billede" on a kommune's chart card: the drawn chart with title, key, source and period (chart-picture). */
import { chartPicture } from '../lib/charts/chart-picture.ts';
import { save } from './download.ts';

export function initCardImages(): void {
  for (const bar of document.querySelectorAll<HTMLElement>('[data-card-image]')) {
    if (bar.dataset['ready']) continue;
    bar.dataset['ready'] = 'true';
    const card = bar.closest('article');
    const svg = card?.querySelector<SVGSVGElement>('.trend svg');
    if (!card || !svg) continue;
    for (const button of bar.querySelectorAll<HTMLButtonElement>('[data-format]')) {
      button.addEventListener('click', () => {
        const [, , width = 520, height = 220] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
        const picture = chartPicture({
          inner: svg.innerHTML,
          width,
          height,
          title: bar.dataset['title'] ?? '',
          key: bar.dataset['key'] ?? '',
          source: bar.dataset['source'] ?? '',
          period: bar.dataset['period'] ?? '',
          sample: bar.dataset['sample'] || null,
        });
        const blob = new Blob([picture], { type: 'image/svg+xml' });
        const name = bar.dataset['name'] ?? 'graf';
        if (button.dataset['format'] === 'svg') return save(blob, `${name}.svg`);
        const image = new Image();
        image.onload = () => {
          const canvas = Object.assign(document.createElement('canvas'), { width: image.width * 2, height: image.height * 2 });
          const context = canvas.getContext('2d')!;
          context.scale(2, 2);
          context.drawImage(image, 0, 0);
          canvas.toBlob((png) => png && save(png, `${name}.png`), 'image/png');
        };
        image.src = URL.createObjectURL(blob);
      });
    }
  }
}
