import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../../src/lib/reference/registry.ts';

const registry = parseRegistry(readFileSync('data/reference/kommuner.csv', 'utf8'), readFileSync('data/reference/regioner.csv', 'utf8'));

describe('registry', () => {
  it('registry: 98 kommuner, slugs with æ→ae, ø→oe, å→aa', () => {
    expect(registry.kommuner).toHaveLength(98);
    expect(registry.byCode.get('169')!.slug).toBe('hoeje-taastrup');
    expect(registry.byCode.get('101')!.slug).toBe('koebenhavn');
    expect(registry.byCode.get('492')!.slug).toBe('aeroe');
    expect(new Set(registry.kommuner.map((k) => k.slug)).size).toBe(98);
  });
  it('resolveArea: names, variants and codes all reach the same kommune', () => {
    for (const cell of ['København', 'Københavns Kommune', 'KØBENHAVN', '101', '0101'])
      expect(registry.resolveArea(cell)).toEqual({ kind: 'kommune', code: '101' });
    for (const cell of ['Århus', 'Aarhus Kommune']) expect(registry.resolveArea(cell)).toEqual({ kind: 'kommune', code: '751' });
    expect(registry.resolveArea('Høje Taastrup')).toEqual({ kind: 'kommune', code: '169' });
    expect(registry.resolveArea('Vesthimmerland')).toEqual({ kind: 'kommune', code: '820' });
    expect(registry.resolveArea('Bornholms Regionskommune')).toEqual({ kind: 'kommune', code: '400' });
  });
  it('resolveArea: Hele landet is 000; Christiansø, Uoplyst område and regions are not kommuner', () => {
    expect(registry.resolveArea('Hele landet')).toEqual({ kind: 'national', code: '000' });
    expect(registry.resolveArea('0411')?.kind).toBe('not-kommune');
    expect(registry.resolveArea('Uoplyst område')?.kind).toBe('not-kommune');
    expect(registry.resolveArea('Region Sjælland')?.kind).toBe('not-kommune');
    expect(registry.resolveArea('1085')?.kind).toBe('not-kommune');
  });
  it('resolveArea: an unknown name or code is undefined', () => {
    expect(registry.resolveArea('Fakeby')).toBeUndefined();
    expect(registry.resolveArea('999')).toBeUndefined();
  });
});
