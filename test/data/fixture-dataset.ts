/** A small dataset file made by the ingest itself from CSV text, for the data door's tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problem.ts';
import { toColumns } from '../../src/lib/dataset/to-columns.ts';
import { catalogue, registry } from '../support/ingest-fixtures.ts';

/** The CSV ingested as `file`, written as .cache/dataset.json would be; its path. */
export function datasetFile(csv: string, file = 'aktivering.csv'): string {
  const result = ingest([{ file, bytes: Buffer.from(csv, 'utf8') }], catalogue, registry, { builtAt: '2026-08-22T10:00:00.000Z' });
  if (!result.dataset) throw new Error(result.problems.map(formatProblem).join('\n'));
  const path = join(mkdtempSync(join(tmpdir(), 'site-data-')), 'dataset.json');
  writeFileSync(path, JSON.stringify(toColumns(result.dataset)));
  return path;
}

/** Aktiveringsgrad for two months: Hele landet, Aarhus, Ærø and Albertslund, one share published whole ("8"). */
export const AKTIVERING = [
  'Periode;Område;Aktiveringsgrad og andel aktiveringsberørte: Aktiveringsgrad (pct.)',
  '2026M06;Hele landet;15,2',
  '2026M06;Aarhus;13,1',
  '2026M06;Ærø;20,0',
  '2026M06;Albertslund;8',
  '2026M07;Hele landet;15,6',
  '2026M07;Aarhus;13,4',
  '2026M07;Ærø;21,5',
  '2026M07;Albertslund;9,0',
].join('\n') + '\n';
