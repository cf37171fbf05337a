/** The data door (src/data/site-data.ts) on a dataset of its own: what every page reads, from the files given. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kommuneUrl, mapUrl, openSiteData } from '../../src/data/site-data.ts';
import { AKTIVERING, datasetFile } from './fixture-dataset.ts';

const root = join(import.meta.dirname, '..', '..');
const site = openSiteData({ root, datasetPath: datasetFile(AKTIVERING) });

describe('openSiteData', () => {
  it('lists all 98 kommuner in Danish alphabetical order (Æ, Ø and Å last)', () => {
    expect(site.kommuner).toHaveLength(98);
    expect(site.kommuner[0]!.name).toBe('Albertslund');
    // "Aa" is the old spelling of "Å", and sorts with it.
    expect(site.kommuner.slice(-4).map((k) => k.name)).toEqual(['Ærø', 'Aabenraa', 'Aalborg', 'Aarhus']);
  });

  it('gives each measure its values as published, with their decimals', () => {
    const d = site.indicatorById.get('aktiveringsgrad-kontanthjaelp')!;
    expect(d.periods).toEqual(['2026M06', '2026M07']);
    expect(d.latest).toBe('2026M07');
    expect(d.value('751', '2026M07')).toBe(13.4);
    expect(d.value('000', '2026M06')).toBe(15.2);
    expect([d.decimals('165', '2026M06'), d.decimals('165', '2026M07')]).toEqual([0, 1]);
    expect(d.value('101', '2026M07')).toBeUndefined();
  });

  it('maps only measures with kommune numbers, and tables every month they have', () => {
    expect(site.mappable.map((d) => d.indicator.id)).toEqual(['aktiveringsgrad-kontanthjaelp']);
    expect(site.defaultIndicator.indicator.id).toBe('aktiveringsgrad-kontanthjaelp');
    expect(site.tablePeriods).toEqual(['2026M06', '2026M07']);
    expect(site.newestPeriod).toBe('2026M07');
  });

  it('names the downloads of real numbers without "eksempeldata"', () => {
    const aarhus = site.registry.byCode.get('751')!;
    expect(site.nationalDownloadName).toBe('hele-landet.csv');
    expect(site.kommuneCsvUrl(aarhus)).toMatch(/\/kommune\/aarhus\.csv$/);
    expect(site.allDataLabel).toBe('Hent alle data (CSV)');
    expect(site.areaFiles[0]).toMatchObject({ name: 'Hele landet' });
    expect(site.areaFiles).toHaveLength(99);
  });

  it('keeps every observation once: the downloads', () => {
    expect(site.observations.length).toBe(8);
    const aarhus = site.observationsFor('751');
    expect(Array.from({ length: aarhus.length }, (_, i) => aarhus.at(i)!).map((o) => `${o.period} ${o.value}`)).toEqual(['2026M06 13.1', '2026M07 13.4']);
  });

  it('says what is missing when the dataset has not been built, naming the file', () => {
    expect(() => openSiteData({ root, datasetPath: join(root, '.cache', 'ingen-her.json') })).toThrow(
      /Mangler .*ingen-her\.json: kør "npm run data:build" først/,
    );
  });

  it('refuses a dataset without a single kommune number: no map can be drawn', () => {
    const national = ['Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)', '2026M07;Hele landet;15,6', ''].join('\n');
    expect(() => openSiteData({ root, datasetPath: datasetFile(national) })).toThrow(/ingen tal pr\. kommune/);
  });
});

describe('addresses need no data', () => {
  it('builds kommune and map addresses from their arguments alone', () => {
    expect(kommuneUrl({ slug: 'koege' } as Parameters<typeof kommuneUrl>[0])).toMatch(/\/kommune\/koege\/$/);
    expect(mapUrl('aktiveringsgrad-kontanthjaelp', { period: '2025M07', code: '751' })).toMatch(/\/kort\/aktiveringsgrad-kontanthjaelp\/\?periode=2025M07&kommune=751$/);
  });
});
