/**
 * The map as a picture for an article or a share card: one SVG string with every style written on its elements (no
 * page CSS), drawn from the same map state as the page. Title and period, the finding, the key with what darker
 * means, the national value and the law's level, the map with the enlarged Copenhagen area, the credit and the site's
 * name; for sample data the warning is drawn across the map itself, where no crop can lose it.
 */
import { SAMPLE_WARNING } from '../words/sample-warning.ts';
import { legendDirection, legendItems, NO_DATA_LABEL } from './legend.ts';
import type { MapRect } from './map-geometry.ts';
import type { MapMeasure, MapState } from './map-state.ts';

export interface PictureMap {
  width: number;
  height: number;
  areas: { code: string; d: string }[];
  mesh: string;
  /** Boxes drawn around insets (Bornholm, the Copenhagen area). */
  frames: MapRect[];
}

export interface MapPictureInput {
  /** The measure's full name ("Aktiveringsgrad, kontanthjælpsmodtagere"). */
  title: string;
  measure: MapMeasure;
  state: MapState;
  national: PictureMap;
  inset?: PictureMap;
  /** Source lines, joined: "Kilde: Jobindsats.dk, STAR. Kommunegrænser: DAGI …". */
  credit: string;
  /** The site and, where known, the page's address. */
  site: string;
  /** A kommune drawn with a thick outline (share card of a kommune page). */
  highlight?: string;
  /** Picture width in pixels; 1200 with height 630 for share cards. */
  width?: number;
  /** A fixed height: the map is fitted into what the text leaves. Without it the picture is as tall as it needs. */
  height?: number;
}

const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif";
const HATCH =
  '<pattern id="hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#8a8a8a" stroke-width="2"/></pattern>';

export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Lines of at most about `width` pixels at this font size (an average letter is 0.53 em wide). */
export function wrapText(text: string, width: number, size: number): string[] {
  const max = Math.max(8, Math.floor(width / (size * 0.53)));
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

interface Block {
  svg: string;
  height: number;
}

function textBlock(text: string, x: number, y: number, width: number, size: number, attrs = ''): Block {
  const lines = wrapText(text, width, size);
  const step = Math.round(size * 1.3);
  const svg = lines.map((line, i) => `<text x="${x}" y="${y + size + i * step}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`).join('');
  return { svg, height: lines.length * step };
}

function legendBlock(input: MapPictureInput, x: number, y: number, width: number): Block {
  const { measure, state } = input;
  const items = [...legendItems(measure.thresholds, measure.colours, measure.unit), { colour: 'url(#hatch)', label: NO_DATA_LABEL }];
  const size = 14;
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  const direction = legendDirection(measure.better);
  parts.push(`<text x="${x}" y="${cy + size}" font-size="${size}" font-weight="700">${escapeXml(direction)}</text>`);
  cy += size + 10;
  for (const item of items) {
    const itemWidth = 24 + item.label.length * size * 0.53;
    if (cx + itemWidth > x + width && cx > x) [cx, cy] = [x, cy + 24];
    parts.push(
      `<rect x="${cx}" y="${cy}" width="16" height="16" fill="${item.colour}" stroke="#8a8a8a"/><text x="${cx + 22}" y="${cy + 13}" font-size="${size}">${escapeXml(item.label)}</text>`,
    );
    cx += itemWidth + 14;
  }
  cy += 24;
  const refs = [`Hele landet: ${state.national}`, ...(state.requirement ? [`Lovens krav: ${state.requirement}`] : [])].join('   ·   ');
  parts.push(`<text x="${x}" y="${cy + size}" font-size="${size}">${escapeXml(refs)}</text>`);
  cy += size + 6;
  return { svg: parts.join(''), height: cy - y };
}

function mapGroup(map: PictureMap, state: MapState, x: number, y: number, scale: number, highlight: string | undefined): string {
  const fill = new Map(state.shapes.map((s) => [s.code, s.fill]));
  const stroke = 0.5 / Math.max(scale, 0.01);
  const areas = map.areas.map((a) => `<path d="${a.d}" fill="${fill.get(a.code) ?? '#eee'}"/>`).join('');
  const marked = map.areas.find((a) => a.code === highlight);
  const outline = marked ? `<path d="${marked.d}" fill="none" stroke="#111" stroke-width="${3 / scale}" stroke-linejoin="round"/>` : '';
  const frames = map.frames
    .map((f) => `<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="none" stroke="#999" stroke-width="${1 / scale}"/>`)
    .join('');
  return `<g transform="translate(${round(x)} ${round(y)}) scale(${round(scale, 4)})"><g stroke="#fff" stroke-width="${round(stroke, 3)}">${areas}</g><path d="${map.mesh}" fill="none" stroke="#fff" stroke-width="${round(stroke * 1.5, 3)}"/>${frames}${outline}</g>`;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function mapPicture(input: MapPictureInput): string {
  const width = input.width ?? 820;
  const pad = Math.round(width / 40);
  const inner = width - 2 * pad;
  const { state, measure } = input;
  // A wide card of fixed height (1200×630) puts the words on the left and the map on the right; otherwise the map
  // goes under the words.
  const side = input.height !== undefined && width / input.height > 1.5;
  const textWidth = side ? Math.round(inner * 0.4) : inner;
  const parts: string[] = [];
  let y = pad;
  const add = (block: Block, gap = 8) => {
    parts.push(block.svg);
    y += block.height + gap;
  };
  const titleSize = side ? 30 : width >= 1000 ? 34 : 24;
  add(textBlock(`${input.title}, ${state.periodLabel}`, pad, y, textWidth, titleSize, ' font-weight="700" fill="#111"'), 4);
  if (measure.sample) add(textBlock(SAMPLE_WARNING, pad, y, textWidth, Math.round(titleSize * 0.75), ' font-weight="700" fill="#5c4500"'), 4);
  add(textBlock(state.summary, pad, y, textWidth, width >= 1000 ? 20 : 15, ' fill="#333"'), 6);
  add(legendBlock(input, pad, y, textWidth), 10);

  const footerSize = width >= 1000 ? 16 : 12;
  const footer = textBlock(`${input.credit} ${input.site}`, pad, 0, inner, footerSize, ' fill="#444"');
  const mapTop = side ? pad : y;
  const mapLeft = side ? pad + textWidth + 24 : pad;
  const mapRoomWidth = pad + inner - mapLeft;
  const room = input.height !== undefined ? input.height - pad - footer.height - 8 - mapTop : Infinity;
  const insetGap = 16;
  const mainWidth = input.inset ? mapRoomWidth * 0.6 : mapRoomWidth;
  const scale = Math.min(mainWidth / input.national.width, room / input.national.height, 780 / input.national.height);
  const mainDrawn = input.national.width * scale;
  const left = input.inset ? mapLeft : mapLeft + (mapRoomWidth - mainDrawn) / 2;
  parts.push(mapGroup(input.national, state, left, mapTop, scale, input.highlight));
  let bottom = mapTop + input.national.height * scale;
  if (input.inset) {
    const insetLeft = left + mainDrawn + insetGap;
    const insetScale = Math.min((pad + inner - insetLeft) / input.inset.width, (room - 24) / input.inset.height);
    parts.push(mapGroup(input.inset, state, insetLeft, mapTop, insetScale, input.highlight));
    const insetBottom = mapTop + input.inset.height * insetScale;
    parts.push(
      `<rect x="${round(insetLeft - 4)}" y="${round(mapTop - 4)}" width="${round(input.inset.width * insetScale + 8)}" height="${round(insetBottom - mapTop + 28)}" fill="none" stroke="#bbb"/>`,
      `<text x="${round(insetLeft)}" y="${round(insetBottom + 18)}" font-size="${footerSize}" fill="#444">Hovedstadsområdet forstørret</text>`,
    );
    bottom = Math.max(bottom, insetBottom + 28);
  }
  if (side) bottom = Math.max(bottom, y);
  if (measure.sample) {
    // Across the middle of the map: a crop that keeps the map keeps the warning.
    const cy = round((mapTop + Math.min(bottom, mapTop + input.national.height * scale)) / 2);
    parts.push(
      `<text x="${round(side ? mapLeft + mapRoomWidth / 2 : width / 2)}" y="${cy}" font-size="${Math.round(titleSize * 0.9)}" font-weight="700" text-anchor="middle" fill="#5c4500" fill-opacity="0.9" stroke="#fff4cc" stroke-width="5" paint-order="stroke">${escapeXml(SAMPLE_WARNING)}</text>`,
    );
  }
  y = bottom + 12;
  const height = input.height ?? Math.ceil(y + footer.height + pad);
  const footerTop = height - pad - footer.height;
  parts.push(`<g transform="translate(0 ${round(footerTop)})">${footer.svg}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}"><defs>${HATCH}</defs><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
}
