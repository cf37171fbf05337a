/**
 * The share picture of a kommune page (1200×630, what social media show for a link): the kommune's name, its newest
 * key numbers beside the country's with better/worse in words, the kommune marked on the map of Denmark, the period,
 * the credit and the site's address; for generated numbers the sample label is drawn in where no crop loses it.
 */
import type { PictureMap } from '../map/map-picture.ts';
import { escapeXml, wrapText } from '../map/map-picture.ts';
import { SAMPLE_WARNING } from '../words/sample-warning.ts';

export interface CardFact {
  /** "Aktiveringsgrad, kontanthjælpsmodtagere" */
  title: string;
  /** "13,1 %" */
  value: string;
  /** "Hele landet 15,6 % · dårligere for borgerne" */
  detail: string;
}

export interface KommuneCardInput {
  name: string;
  /** "Region Hovedstaden · juli 2026" */
  subtitle: string;
  facts: CardFact[];
  map: PictureMap;
  highlight: string;
  credit: string;
  site: string;
  sample: boolean;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const FONT = "'DejaVu Sans',system-ui,Arial,sans-serif";
const INK = '#111';
const ACCENT = '#0b3d5c';

const round = (n: number) => Math.round(n * 10) / 10;

function lines(text: string, x: number, y: number, width: number, size: number, attrs: string): { svg: string; height: number } {
  const wrapped = wrapText(text, width, size);
  const step = Math.round(size * 1.25);
  return {
    svg: wrapped.map((line, i) => `<text x="${x}" y="${y + size + i * step}" font-size="${size}"${attrs}>${escapeXml(line)}</text>`).join(''),
    height: wrapped.length * step,
  };
}

export function kommuneCard(input: KommuneCardInput): string {
  const pad = 48;
  const textWidth = 620;
  const parts: string[] = [];
  let y = pad - 8;
  const add = (block: { svg: string; height: number }, gap: number) => {
    parts.push(block.svg);
    y += block.height + gap;
  };
  add(lines(input.name, pad, y, textWidth, 64, ` font-weight="700" fill="${INK}"`), 2);
  add(lines(input.subtitle, pad, y, textWidth, 26, ' fill="#444"'), 20);
  if (input.sample) add(lines(SAMPLE_WARNING, pad, y, textWidth, 28, ' font-weight="700" fill="#5c4500"'), 14);
  for (const fact of input.facts.slice(0, 3)) {
    if (y > CARD_HEIGHT - 150) break;
    add(lines(fact.title, pad, y, textWidth, 22, ' fill="#333"'), 0);
    add(lines(fact.value, pad, y, textWidth, 46, ` font-weight="700" fill="${ACCENT}"`), 0);
    add(lines(fact.detail, pad, y, textWidth, 20, ' fill="#444"'), 16);
  }
  // The map on the right, every kommune pale, this one dark.
  const mapLeft = pad + textWidth + 30;
  const mapWidth = CARD_WIDTH - pad - mapLeft;
  const mapHeight = CARD_HEIGHT - 2 * pad - 40;
  const scale = Math.min(mapWidth / input.map.width, mapHeight / input.map.height);
  const mapX = mapLeft + (mapWidth - input.map.width * scale) / 2;
  const stroke = round(0.6 / scale);
  const areas = input.map.areas
    .map(
      (a) =>
        `<path d="${a.d}" fill="${a.code === input.highlight ? ACCENT : '#dfe6ec'}"${a.code === input.highlight ? ` stroke="${INK}" stroke-width="${round(2 / scale)}"` : ''}/>`,
    )
    .join('');
  const frames = input.map.frames
    .map((f) => `<rect x="${f.x}" y="${f.y}" width="${f.width}" height="${f.height}" fill="none" stroke="#999" stroke-width="${round(1 / scale)}"/>`)
    .join('');
  parts.push(
    `<g transform="translate(${round(mapX)} ${pad}) scale(${round(scale * 1000) / 1000})"><g stroke="#fff" stroke-width="${stroke}">${areas}</g>${frames}</g>`,
  );
  if (input.sample) {
    parts.push(
      `<text x="${round(mapLeft + mapWidth / 2)}" y="${round(pad + mapHeight / 2)}" font-size="30" font-weight="700" text-anchor="middle" fill="#5c4500" stroke="#fff4cc" stroke-width="6" paint-order="stroke">${escapeXml(SAMPLE_WARNING)}</text>`,
    );
  }
  const footer = lines(`${input.credit} ${input.site}`, pad, 0, CARD_WIDTH - 2 * pad, 16, ' fill="#444"');
  parts.push(`<g transform="translate(0 ${CARD_HEIGHT - pad + 16 - footer.height})">${footer.svg}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}"><rect width="100%" height="100%" fill="#fff"/><rect width="100%" height="10" fill="${ACCENT}"/>${parts.join('')}</svg>`;
}
