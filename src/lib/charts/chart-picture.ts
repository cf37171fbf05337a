/**
 * A chart card as a picture to take away: the drawn chart (its SVG markup, read back from the page) under a title,
 * over the place's key and a line with the source and the period, and the demo label where the numbers are made up.
 * The chart's look travels inside the picture (a style element), so the file reads the same outside the site.
 */
import { escapeXml, wrapText } from '../map/map-picture.ts';

export interface ChartPictureInput {
  /** The chart's inner SVG markup and its viewBox size. */
  inner: string;
  width: number;
  height: number;
  title: string;
  /** "Aarhus: heltrukken linje. Hele landet: stiplet." */
  key: string;
  /** "Kilde: Jobindsats.dk (STAR), tabel Y60C07, hentet 2026-08-03. Jobcentertjek." */
  source: string;
  /** "Tal for august 2021–juli 2026." */
  period: string;
  /** The demo label ("Eksempeldata – ikke officielle tal"), or null for official numbers. */
  sample: string | null;
}

const STYLE = [
  'text{font-family:"DejaVu Sans",Verdana,sans-serif}',
  '.tick line{stroke:#e4e4e4}',
  '.tick text,.xtick{fill:#555;font-size:12px}',
  '.national{fill:none;stroke:#555;stroke-width:1.5;stroke-dasharray:4 3}',
  '.kommune{fill:none;stroke:#0b3d5c;stroke-width:2.5}',
  '.kommune-dot{fill:#0b3d5c}',
  '.requirement{stroke:#1b7837;stroke-width:1.5;stroke-dasharray:1 3}',
  '.break line{stroke:#a63603;stroke-width:1;stroke-dasharray:2 2}',
  '.watermark{font-size:9px;font-weight:700;fill:#5c4500}',
].join('');

/** HTML serialisation writes a no-break space as &nbsp;, which XML does not know: the picture would not load. */
const xmlSafe = (markup: string) => markup.replace(/&nbsp;/g, '&#160;');

export function chartPicture(input: ChartPictureInput): string {
  const pad = 16;
  const width = Math.max(input.width, 480) + pad * 2;
  const titleLines = wrapText(input.title, (width - pad * 2) * 0.85, 17); // bold letters run wider than wrapText's average
  const footLines = [input.key, input.source, input.period, ...(input.sample ? [input.sample] : [])].flatMap((t) => wrapText(t, width - pad * 2, 11));
  const top = pad + titleLines.length * 22 + 6;
  const chartBottom = top + input.height;
  const height = chartBottom + 10 + footLines.length * 15 + pad;
  const text = (lines: string[], y: number, step: number, attrs: string) =>
    lines.map((line, i) => `<text x="${pad}" y="${y + i * step}" ${attrs}>${escapeXml(line)}</text>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${STYLE}</style>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    text(titleLines, pad + 16, 22, 'font-size="17" font-weight="700" fill="#1a1a1a"'),
    `<svg x="${pad}" y="${top}" width="${input.width}" height="${input.height}" viewBox="0 0 ${input.width} ${input.height}">${xmlSafe(input.inner)}</svg>`,
    text(footLines, chartBottom + 22, 15, 'font-size="11" fill="#333"'),
    '</svg>',
  ].join('');
}
