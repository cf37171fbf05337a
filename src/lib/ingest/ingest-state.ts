import type { Catalogue } from '../reference/catalogue.ts';
import type { Release } from '../dataset/dataset.ts';
import { createMeasureLookup, type MeasureLookup } from './measure-lookup.ts';
import { ObservationStore } from './observation-store.ts';
import { parsePeriod } from '../period/parse-period.ts';
import { ProblemList } from './problem.ts';
import type { DecimalMark } from './read-number-cell.ts';
import type { Registry } from '../reference/registry.ts';

/** An area cell resolved once: an index into `codes`, SKIP (not a kommune, counted under `label`) or UNKNOWN. */
export interface AreaRef {
  index: number;
  label: string;
}
export const SKIP = -1;
export const UNKNOWN = -2;

/** Everything an ingest run shares across files: lookups, interned strings, the store and the problem list. */
export interface IngestState {
  measures: MeasureLookup;
  registry: Registry;
  decimal: DecimalMark | undefined;
  releases: Release[];
  store: ObservationStore;
  problems: ProblemList;
  files: string[];
  codes: string[];
  periods: string[];
  /** Source ids named in `kilde` columns; index 0 is "none named" (the catalogue's source applies). */
  sources: string[];
  /** Rows dropped because their area is not a kommune, by area label. */
  skipped: Map<string, number>;
  /** Keys present both as sample and as real data (the real value is kept). */
  sampleOverlaps: number;
  /** Per release: values its files held (each key once), and how many of them an earlier release had already published unchanged. */
  releaseCounts: { values: number; unchanged: number }[];
  area(cell: string): AreaRef;
  /** Period cell → index into `periods`, or UNKNOWN. */
  period(cell: string): number;
  /** Long-layout measure cell → measure number, or UNKNOWN; `tables` are the file's jobindsats tables. */
  measure(cell: string, tables: readonly string[]): number;
  /** The catalogue's source ids, for messages. */
  catalogueSources: string;
  /** `kilde` cell → index into `sources` (0 when empty), or UNKNOWN when it is not a catalogue source id. */
  source(cell: string): number;
}

export const SAMPLE_SOURCE = 'eksempeldata';

export function createIngestState(catalogue: Catalogue, registry: Registry, releases: Release[], decimal?: DecimalMark, problemCap?: number): IngestState {
  const codeIndex = new Map<string, number>();
  const areaCells = new Map<string, AreaRef>();
  const periodIndex = new Map<string, number>();
  const periodCells = new Map<string, number>();
  const measureCells = new Map<string, number>();
  const state: IngestState = {
    measures: createMeasureLookup(catalogue),
    registry,
    decimal,
    releases,
    store: new ObservationStore(catalogue.indicators.length, registry.byCode.size + 1),
    problems: new ProblemList(problemCap),
    files: [],
    codes: [],
    periods: [],
    sources: [''],
    catalogueSources: catalogue.sources.map((source) => `"${source.id}"`).join(', '),
    skipped: new Map(),
    sampleOverlaps: 0,
    releaseCounts: releases.map(() => ({ values: 0, unchanged: 0 })),
    area(cell) {
      let ref = areaCells.get(cell);
      if (ref === undefined) {
        ref = resolve(cell);
        areaCells.set(cell, ref);
      }
      return ref;
    },
    source(cell) {
      const id = cell.trim();
      if (id === '') return 0;
      if (!catalogue.sources.some((source) => source.id === id)) return UNKNOWN;
      const index = state.sources.indexOf(id);
      return index === -1 ? state.sources.push(id) - 1 : index;
    },
    period(cell) {
      let index = periodCells.get(cell);
      if (index === undefined) {
        const period = parsePeriod(cell);
        index = period === undefined ? UNKNOWN : intern(periodIndex, state.periods, period);
        periodCells.set(cell, index);
      }
      return index;
    },
    measure(cell, tables) {
      const key = tables.length > 0 ? `${tables.join(',')}|${cell}` : cell;
      let index = measureCells.get(key);
      if (index === undefined) {
        index = state.measures.find(cell, tables) ?? UNKNOWN;
        measureCells.set(key, index);
      }
      return index;
    },
  };

  function resolve(cell: string): AreaRef {
    const match = registry.resolveArea(cell);
    if (match === undefined) return { index: UNKNOWN, label: cell };
    if (match.kind === 'not-kommune') return { index: SKIP, label: match.label };
    return { index: intern(codeIndex, state.codes, match.code), label: cell };
  }

  return state;
}

function intern(index: Map<string, number>, list: string[], value: string): number {
  let position = index.get(value);
  if (position === undefined) {
    position = list.length;
    list.push(value);
    index.set(value, position);
  }
  return position;
}
