/**
 * src/data reads nothing until a page asks: every module imports without a dataset, says what is missing when one is
 * asked for, and works out each thing once when it is there.
 */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { once } from '../../src/data/once.ts';
import { AKTIVERING, datasetFile } from './fixture-dataset.ts';

describe('src/data loads lazily', () => {
  it('imports every module with no dataset, and names the missing file only when data is asked for', async () => {
    vi.stubEnv('JOBCENTERTJEK_DATASET', join(import.meta.dirname, 'findes-ikke.json'));
    const door = await import('../../src/data/site-data.ts');
    const modules = await Promise.all(
      ['build-info', 'citation', 'embeds', 'feeds', 'find', 'glossary', 'map', 'map-data', 'peers', 'share'].map((name) => import(`../../src/data/${name}.ts`)),
    );
    expect(modules).toHaveLength(10);
    expect(door.lawPageUrl('fra-juli-2026')).toMatch(/\/loven\/#fra-juli-2026$/);
    expect(() => door.siteData()).toThrow(/Mangler .*findes-ikke\.json: kør "npm run data:build" først/);

    // Once the file is there, the same modules answer from it.
    vi.stubEnv('JOBCENTERTJEK_DATASET', datasetFile(AKTIVERING));
    const { findEntries } = (await import('../../src/data/find.ts')) as typeof import('../../src/data/find.ts');
    const koege = findEntries().find((e) => e.name === 'Køge')!;
    expect(koege.keys).toContain('koge');
    expect(findEntries()).toBe(findEntries());
    const { places } = await import('../../src/data/map-data.ts');
    expect(places().codes).toHaveLength(98);
    const { buildInfo } = await import('../../src/data/build-info.ts');
    expect(buildInfo().siteFreshness.line).toMatch(/juli 2026/);
    vi.unstubAllEnvs();
  });
});

describe('once', () => {
  it('works a value out on the first call only', () => {
    const make = vi.fn(() => ({ made: true }));
    const value = once(make);
    expect(make).not.toHaveBeenCalled();
    expect(value()).toBe(value());
    expect(make).toHaveBeenCalledTimes(1);
  });
});
