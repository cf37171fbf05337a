import { DATASET_FORMAT, type DatasetDraft, type DatasetFile, type MeasureColumns } from './dataset.ts';
import { measureParts } from './measure-parts.ts';

/**
 * The ingest's sorted observations → one column block per measure (periods × areas), the form written to disk. The
 * scripts write the same thing with datasetJson, which never holds it all; this is the object, for tests and readers.
 */
export function toColumns(draft: DatasetDraft): DatasetFile {
  const measures = Array.from(measureParts(draft), ({ grid, keys, ...parts }): MeasureColumns => {
    const rows = new Int32Array(grid.periods.length);
    const read = new Float64Array(grid.periods.length);
    const values: Record<string, (number | null)[]> = {};
    for (const code of keys) {
      grid.read(code, rows, read);
      values[grid.codes[code]!] = Array.from(read, (value) => (Number.isNaN(value) ? null : value));
    }
    const { id, periods, absent, sample, sources, revisions, firstRelease, decimals, derived } = parts;
    return { id, periods, values, absent, sample, sources, revisions, firstRelease, decimals, derived };
  });
  const { builtAt, sample, releases, inputs } = draft;
  return { format: DATASET_FORMAT, builtAt, sample, releases, inputs, measures };
}
