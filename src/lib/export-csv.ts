import type { Observation, ObservationList } from './dataset.ts';
import { EXPORT_HEADER } from './read-header.ts';
import { NATIONAL_CODE, NATIONAL_NAME, type Registry } from './registry.ts';

/**
 * The normalised long table as CSV: `kommunekode,kommune,periode,maaling,vaerdi`, in dataset order (measure, kommunekode,
 * period); values with a decimal point and no thousands separator, empty when not published. Re-ingests as is.
 */
export function exportCsv(observations: ObservationList, registry: Registry): string {
  const names = new Map<string, string>([[NATIONAL_CODE, NATIONAL_NAME]]);
  for (const kommune of registry.kommuner) names.set(kommune.code, kommune.name);
  const lines = [EXPORT_HEADER.join(',')];
  for (const { code, period, measure, value } of inDatasetOrder(observations)) {
    lines.push(`${code},${quote(names.get(code) ?? '')},${quote(period)},${quote(measure)},${value === null ? '' : String(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The list itself when it is already sorted (as the ingest's and dataset.json's are), else a sorted copy. */
function* inDatasetOrder(observations: ObservationList): Generator<Observation> {
  let previous: Observation | undefined;
  let sorted = true;
  for (let index = 0; index < observations.length && sorted; index++) {
    const current = observations.at(index);
    if (previous && current && compareObservations(previous, current) > 0) sorted = false;
    previous = current;
  }
  if (sorted) {
    for (let index = 0; index < observations.length; index++) yield observations.at(index)!;
    return;
  }
  const copy = Array.from({ length: observations.length }, (_, index) => observations.at(index)!);
  yield* copy.sort(compareObservations);
}

function compareObservations(a: Observation, b: Observation): number {
  return compare(a.measure, b.measure) || compare(a.code, b.code) || compare(a.period, b.period);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function quote(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
