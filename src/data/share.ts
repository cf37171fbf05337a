/**
 * Share pictures and page descriptions: what a link to a kommune page or a map shows on social media. The pictures
 * are drawn by the pure src/lib (map-picture, kommune-card) and turned into PNG here with resvg and the bundled
 * DejaVu fonts (no system fonts: the same picture on every machine), with the credit and, for generated numbers, the
 * sample label also written into the PNG's text chunks.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';
import { renderAsync } from '@resvg/resvg-js';
import type { Kommune } from '../lib/reference/registry.ts';
import { NATIONAL_CODE } from '../lib/reference/registry.ts';
import { mapPicture, type PictureMap } from '../lib/map/map-picture.ts';
import { mapState } from '../lib/map/map-state.ts';
import { kommuneCard, type CardFact } from '../lib/share/kommune-card.ts';
import { gapVerdict } from '../lib/words/gap-verdict.ts';
import { formatNumber, formatPeriod, formatValue } from '../lib/words/format.ts';
import { lawVerdict } from '../lib/words/law-verdict.ts';
import { SAMPLE_WARNING } from '../lib/words/sample-warning.ts';
import { withBase } from '../lib/site/with-base.ts';
import { once } from './once.ts';
import { fullName, siteData, type IndicatorData } from './site-data.ts';
import { geometry } from './map.ts';
import { mapMeasure, mapPeriod, places } from './map-data.ts';

export const SHARE_SIZE = { width: 1200, height: 630 } as const;
export const kommuneImageUrl = (k: Kommune) => withBase(`/del/kommune/${k.slug}.png`);
export const mapImageUrl = (id: string) => withBase(`/del/kort/${id}.png`);

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => join(fontDir, name));

const nationalMap = once((): PictureMap => {
  const { national } = geometry();
  const frames = [...(national.bornholmFrame ? [national.bornholmFrame] : []), national.insetFrame];
  return { width: national.width, height: national.height, areas: national.areas, mesh: national.mesh, frames };
});
const insetMap = once((): PictureMap => {
  const { inset } = geometry();
  return { width: inset.width, height: inset.height, areas: inset.areas, mesh: inset.mesh, frames: [] };
});

const creditOf = (list: IndicatorData[]) => `${[...new Set(list.flatMap((d) => d.credits)), siteData().boundaryCredit].join('. ')}.`;

/** A kommune's newest headline numbers in words: what its page, its description and its picture lead with. */
export function kommuneFacts(kommune: Kommune): { facts: CardFact[]; period: string | undefined; used: IndicatorData[] } {
  const used = siteData().mappable.filter((d) => d.indicator.role === 'headline' && typeof d.value(kommune.code, d.latest) === 'number');
  const facts = used.map((d): CardFact => {
    const value = d.value(kommune.code, d.latest) as number;
    const national = d.value(NATIONAL_CODE, d.latest);
    const { indicator } = d;
    const law = lawVerdict({ value, level: d.law(d.latest)?.level?.value, better: indicator.better, place: kommune.name, decimals: d.decimals(kommune.code, d.latest) });
    const lawWords = law.kind === 'met' ? 'lever op til lovens krav · ' : law.kind === 'short' ? `${formatNumber(law.gap, 1)} procentpoint fra lovens krav · ` : '';
    const comparison =
      typeof national === 'number' && indicator.unit === 'pct'
        ? gapVerdict(value, national, indicator.better, { headcount: d.headcount(kommune.code, d.latest) })
        : undefined;
    const words = !comparison
      ? ''
      : comparison.position === 'unsure'
        ? ' · for få personer til at sammenligne'
        : comparison.verdict
          ? ` · ${comparison.verdict === 'better' ? 'bedre' : 'dårligere'} for borgerne`
          : ` · ${comparison.phrase === 'på niveau med' ? 'på niveau' : comparison.phrase.replace(' end', '')}`;
    return { title: fullName(indicator), value: formatValue(value, indicator.unit, d.decimals(kommune.code, d.latest)), detail: `${lawWords}${lawWords ? 'hele' : 'Hele'} landet ${formatValue(national ?? null, indicator.unit, d.decimals(NATIONAL_CODE, d.latest))}${words}` };
  });
  return { facts, period: used[0]?.latest, used };
}

/** "Albertslund, juli 2026: aktiveringsgrad 13,1 % (hele landet 15,6 %) …" — the page's own newest figures. */
export function kommuneDescription(kommune: Kommune): string {
  const { facts, period } = kommuneFacts(kommune);
  if (!period) return `${kommune.officialName}: samtaler og aktiv indsats for borgere på offentlig forsørgelse – tal, udvikling og sammenligning med hele landet.`;
  const list = facts.slice(0, 2).map((f) => `${f.title.charAt(0).toLowerCase()}${f.title.slice(1)} ${f.value} (${f.detail.toLowerCase()})`);
  return `${kommune.name}, ${formatPeriod(period)}: ${list.join('; ')}. Udvikling og sammenligning med hele landet.`;
}

export function kommuneCardSvg(kommune: Kommune, site: string): string {
  const { facts, period, used } = kommuneFacts(kommune);
  return kommuneCard({
    name: kommune.name,
    subtitle: `${kommune.region.name}${period ? ` · ${formatPeriod(period)}` : ''}`,
    facts,
    map: nationalMap(),
    highlight: kommune.code,
    credit: creditForKommune(kommune),
    site,
    sample: used.some((d) => d.isSample(kommune.code, d.latest)),
  });
}

export function mapCardSvg(d: IndicatorData, site: string): string {
  const state = mapState(mapMeasure(d), places(), mapPeriod(d, d.latest));
  return mapPicture({ title: fullName(d.indicator), measure: mapMeasure(d), state, national: nationalMap(), inset: insetMap(), credit: creditOf([d]), site, ...SHARE_SIZE });
}

/** The map's finding as a page description: "43 af 98 kommuner lå klart dårligere end hele landet i juli 2026 …". */
export function mapDescription(d: IndicatorData): string {
  const state = mapState(mapMeasure(d), places(), mapPeriod(d, d.latest));
  return `${state.headline} (${fullName(d.indicator).toLowerCase()}; hele landet ${state.national}). Kort over de 98 kommuner, måned for måned.`;
}

/** A PNG chunk: length, type, data and the CRC of type and data. */
function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A PNG tEXt chunk (keyword, Latin-1 text) so the credit travels inside the file. */
function textChunk(keyword: string, text: string): Buffer {
  return pngChunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text.replace(/[^\x20-\xff]/g, '-'), 'latin1')]));
}

const deflateAsync = promisify(deflate);

/**
 * SVG → PNG of exactly the SVG's size, with Title, Source/Copyright and (for sample data) Disclaimer chunks. Drawn and
 * compressed off the main thread (resvg's renderAsync, zlib's deflate), so pictures and pages are made side by side.
 * Stored as resvg's RGBA rows without filters: flat colours compress well that way. The opaque alpha byte costs about
 * 2 % over RGB (Aarhus 90.5 → 92.2 KB); dropping it took 6 ms of main-thread work per picture.
 */
export async function renderPng(svg: string, meta: { title: string; credit: string; sample: boolean }): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, background: '#ffffff' });
  const { width, height } = image;
  const rgba = image.pixels;
  const stride = width * 4;
  const scanlines = Buffer.alloc((stride + 1) * height); // each line starts with filter type 0 (none)
  for (let y = 0; y < height; y++) rgba.copy(scanlines, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method variants, not interlaced
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      pngChunk('IHDR', header),
      textChunk('Title', meta.title),
      textChunk('Source', meta.credit),
      textChunk('Copyright', meta.credit),
      ...(meta.sample ? [textChunk('Disclaimer', SAMPLE_WARNING)] : []),
      pngChunk('IDAT', await deflateAsync(scanlines, { level: 6 })),
      pngChunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

export function creditForKommune(kommune: Kommune): string {
  const { used } = kommuneFacts(kommune);
  return creditOf(used.length > 0 ? used : siteData().mappable);
}
export const creditForMap = (d: IndicatorData) => creditOf([d]);
