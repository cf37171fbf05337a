import { csvRecords } from '../ingest/csv-rows.ts';

export interface Region {
  code: string;
  name: string;
  shortName: string;
}

export interface Kommune {
  /** 3-digit kommunekode, the key everywhere ("101"). */
  code: string;
  /** Short name as jobindsats writes it ("København"). */
  name: string;
  officialName: string;
  region: Region;
  /** URL-only identifier ("koebenhavn", "hoeje-taastrup"). */
  slug: string;
  variants: string[];
  /** So few citizens per target group that figures jump and are often suppressed (Læsø, Fanø, Samsø, Ærø). */
  smallNumbers: boolean;
}

export const NATIONAL_CODE = '000';
export const NATIONAL_NAME = 'Hele landet';

/** What an area cell in a published file refers to. */
export type AreaMatch = { kind: 'kommune'; code: string } | { kind: 'national'; code: typeof NATIONAL_CODE } | { kind: 'not-kommune'; label: string };

export interface Registry {
  kommuner: Kommune[];
  regions: Region[];
  byCode: Map<string, Kommune>;
  bySlug: Map<string, Kommune>;
  /** Resolves a name, a name variant, or a 3- or 4-digit code; undefined when unknown. */
  resolveArea(cell: string): AreaMatch | undefined;
}

/** Name key for matching: case, hyphens, spaces, "Kommune" suffix and aa/å spelling do not matter. */
export function areaKey(name: string): string {
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+(regions)?kommune$/, '')
    .replace(/å/g, 'aa')
    .replace(/[\s\-\u00a0.]+/g, '');
}

export function parseRegistry(kommunerCsv: string, regionerCsv: string): Registry {
  const regions: Region[] = csvRecords(regionerCsv, ';', 'regioner.csv').map((r) => ({
    code: r['regionskode'] ?? '',
    name: r['navn'] ?? '',
    shortName: r['kort_navn'] ?? '',
  }));
  const regionByCode = new Map(regions.map((r) => [r.code, r]));
  const kommuner: Kommune[] = csvRecords(kommunerCsv, ';', 'kommuner.csv').map((row) => {
    const region = regionByCode.get(row['regionskode'] ?? '');
    if (!region) throw new Error(`kommuner.csv: ukendt regionskode "${row['regionskode']}" for ${row['navn']}`);
    return {
      code: row['kode'] ?? '',
      name: row['navn'] ?? '',
      officialName: row['officielt_navn'] ?? '',
      region,
      slug: row['slug'] ?? '',
      variants: (row['varianter'] ?? '').split('|').filter(Boolean),
      smallNumbers: row['smaa_tal'] === 'ja',
    };
  });
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const bySlug = new Map(kommuner.map((k) => [k.slug, k]));
  const byKey = new Map<string, AreaMatch>();
  for (const k of kommuner) {
    for (const name of [k.name, k.officialName, ...k.variants]) byKey.set(areaKey(name), { kind: 'kommune', code: k.code });
  }
  for (const national of [NATIONAL_NAME, 'Hele Danmark', 'Danmark', 'Landsplan', 'I alt']) {
    byKey.set(areaKey(national), { kind: 'national', code: NATIONAL_CODE });
  }
  for (const other of ['Uoplyst område', 'Uoplyst', 'Christiansø', 'Ertholmene']) {
    byKey.set(areaKey(other), { kind: 'not-kommune', label: other });
  }
  for (const r of regions) {
    byKey.set(areaKey(r.name), { kind: 'not-kommune', label: r.name });
    byKey.set(areaKey(r.shortName), { kind: 'not-kommune', label: r.name });
  }

  function resolveArea(cell: string): AreaMatch | undefined {
    const text = cell.trim();
    if (/^\d{3,4}$/.test(text)) {
      const region = regionByCode.get(text);
      if (region) return { kind: 'not-kommune', label: region.name };
      const code = text.length === 4 ? text.replace(/^0/, '') : text;
      if (code === NATIONAL_CODE) return { kind: 'national', code: NATIONAL_CODE };
      if (code === '411') return { kind: 'not-kommune', label: 'Christiansø' };
      return byCode.has(code) ? { kind: 'kommune', code } : undefined;
    }
    return byKey.get(areaKey(text));
  }

  return { kommuner, regions, byCode, bySlug, resolveArea };
}
