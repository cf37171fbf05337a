/**
 * A parsed jobindsats answer → the CSV file kept in the release, checked on the way: the period and area columns
 * are there, every measure the catalogue expects from the request is found through the ingest's own header
 * matching, and the answer is not far shorter than the same table in the previous release.
 */
import type { Indicator } from '../reference/catalogue.ts';
import type { MeasureLookup } from '../ingest/measure-lookup.ts';
import { headerRole } from '../ingest/read-header.ts';
import { toJobindsatsCsv, type Cell, type JobindsatsAnswer } from './jobindsats-response.ts';
import type { TableRequest } from './plan-requests.ts';

/** The same table's file in the newest earlier release, from its manifest. */
export interface PreviousFile {
  release: string;
  file: string;
  rows: number;
  /** Periods in the file; null when the manifest has none. */
  periods: number | null;
}

export interface TableFile {
  csv: string;
  rows: number;
  /** How many periods, and the first and last (period codes sort as text within a period type). */
  periods: number;
  first: string;
  last: string;
  /** Columns of the answer no catalogue measure uses; left out of the file. */
  dropped: string[];
}

export type TableFileResult = { ok: true; file: TableFile } | { ok: false; problems: string[] };

export interface FileOptions {
  /** Periods asked for (`latest:N`): a smaller request is compared with a share of the previous file. */
  periods: number;
  previous?: PreviousFile | undefined;
  /** Below this share of the previous release's rows the answer is refused; 0.5 unless told. */
  minShare?: number;
}

const count = (n: number) => n.toLocaleString('da-DK');
const list = (labels: readonly string[]) => labels.map((label) => `"${label}"`).join(', ');
const AREA_ROLES = new Set(['code', 'name']);

/** Where a measure's header is expected: the first alias the catalogue gives it. */
export function expectedHeader(indicator: Indicator): string {
  return indicator.headers[0] ?? indicator.tableHeaders?.[0] ?? indicator.id;
}

export function answerToTableFile(answer: JobindsatsAnswer, request: TableRequest, lookup: MeasureLookup, options: FileOptions): TableFileResult {
  const { columns } = answer;
  if (answer.rows.length === 0) return { ok: false, problems: [`svaret har ingen rækker (kolonner: ${list(columns)})`] };
  const problems: string[] = [];
  const roles = columns.map((label) => headerRole(label));
  const period = roles.indexOf('period');
  const areas = roles.flatMap((role, index) => (role !== undefined && AREA_ROLES.has(role) ? [index] : []));
  if (period === -1) problems.push(`svaret har ingen periodekolonne ("Periode"); kolonner: ${list(columns)}`);
  if (areas.length === 0) problems.push(`svaret har ingen områdekolonne ("Område", "Kommune" eller "Områdekode"); kolonner: ${list(columns)}`);
  const pivoted = request.indicators.filter((indicator) => indicator.jobindsats?.rows);
  const built = pivoted.length > 0 ? pivot(answer, request, pivoted, period, areas, problems) : asColumns(answer, request, lookup, period, areas, problems);
  if (problems.length > 0 || !built) return { ok: false, problems };

  const codes = [...new Set(built.rows.map((row) => String(row[0] ?? '')))].sort();
  const periods = codes.length;
  const previous = options.previous;
  if (previous) {
    const scale = previous.periods ? Math.min(1, options.periods / previous.periods) : 1;
    const required = (options.minShare ?? 0.5) * previous.rows * scale;
    if (built.rows.length < required) {
      const asked = scale < 1 ? ` (${count(options.periods)} af dens ${count(previous.periods!)} perioder giver mindst ${count(Math.ceil(required))})` : '';
      problems.push(
        `kun ${count(built.rows.length)} rækker, men ${previous.file} i udgivelsen ${previous.release} havde ${count(previous.rows)}${asked}; så kort et svar ligner et afbrudt eller ændret udtræk`,
      );
      return { ok: false, problems };
    }
  }
  return {
    ok: true,
    file: {
      csv: toJobindsatsCsv(built.columns, built.rows),
      rows: built.rows.length,
      periods,
      first: codes[0]!,
      last: codes[periods - 1]!,
      dropped: built.dropped,
    },
  };
}

interface Built {
  columns: string[];
  /** The period first, then the area cells, then the values. */
  rows: (Cell | undefined)[][];
  dropped: string[];
}

/** Measures as columns, as jobindsats exports them: keep the period, area and catalogue measure columns. */
function asColumns(
  answer: JobindsatsAnswer,
  request: TableRequest,
  lookup: MeasureLookup,
  period: number,
  areas: number[],
  problems: string[],
): Built | undefined {
  const found = new Set<number>();
  const measures: number[] = [];
  const dropped: string[] = [];
  answer.columns.forEach((label, index) => {
    if (index === period || areas.includes(index)) return;
    const measure = lookup.find(label, [request.table]);
    if (measure === undefined) return void dropped.push(label);
    found.add(measure);
    measures.push(index);
  });
  const absent = request.indicators.filter((indicator) => !found.has(lookup.ids.indexOf(indicator.id)));
  if (absent.length > 0) {
    const wanted = absent.map((indicator) => `${indicator.id} (fx "${expectedHeader(indicator)}")`).join(', ');
    problems.push(
      `svaret mangler kolonner for ${wanted}; svarets kolonner: ${list(answer.columns)} — ret kolonnenavnene (headers/tableHeaders) i data/catalogue/indicators.json, hvis jobindsats har omdøbt dem`,
    );
  }
  if (problems.length > 0) return undefined;
  const keep = [period, ...areas, ...measures];
  return { columns: keep.map((index) => answer.columns[index]!), rows: answer.rows.map((row) => keep.map((index) => row[index])), dropped };
}

/**
 * A breakdown (one row per period, area and e.g. ydelsesgruppe) → one column per indicator, holding the value of the
 * rows its `rows` selector picks. The value comes from the answer's one numeric column.
 */
function pivot(
  answer: JobindsatsAnswer,
  request: TableRequest,
  indicators: Indicator[],
  period: number,
  areas: number[],
  problems: string[],
): Built | undefined {
  const { columns } = answer;
  const dimensions = [...new Set(indicators.flatMap((indicator) => Object.keys(indicator.jobindsats!.rows!)))];
  const dimensionAt = new Map(dimensions.map((name) => [name, columns.indexOf(name)]));
  for (const [name, index] of dimensionAt)
    if (index === -1) problems.push(`kolonnen "${name}" fra jobindsats.rows findes ikke i svaret; kolonner: ${list(columns)}`);
  const plain = request.indicators.filter((indicator) => !indicator.jobindsats?.rows);
  if (plain.length > 0) problems.push(`${plain.map((i) => i.id).join(', ')} mangler jobindsats.rows, men hentes sammen med målinger, der vælger rækker`);
  const numeric = columns
    .map((_, index) => index)
    .filter((index) => index !== period && !areas.includes(index) && ![...dimensionAt.values()].includes(index))
    .filter((index) => answer.rows.some((row) => typeof row[index] === 'number') && answer.rows.every((row) => typeof row[index] !== 'string'));
  if (numeric.length !== 1) {
    problems.push(
      numeric.length === 0
        ? `svaret har ingen talkolonne at tage værdierne fra; kolonner: ${list(columns)}`
        : `svaret har flere talkolonner (${list(numeric.map((i) => columns[i]!))}); jobindsats.rows tager værdien fra én — vælg målingsgruppen med jobindsats.mgroup`,
    );
  }
  if (problems.length > 0) return undefined;
  const value = numeric[0]!;
  const byKey = new Map<string, (Cell | undefined)[]>();
  const matched = indicators.map(() => 0);
  const twice = new Set<number>();
  for (const row of answer.rows) {
    const head = [row[period], ...areas.map((index) => row[index])];
    indicators.forEach((indicator, i) => {
      const picks = Object.entries(indicator.jobindsats!.rows!).every(([name, wanted]) => String(row[dimensionAt.get(name)!] ?? '').trim() === wanted.trim());
      if (!picks) return;
      const key = JSON.stringify(head);
      const out = byKey.get(key) ?? [...head, ...indicators.map(() => undefined)];
      byKey.set(key, out);
      if (out[head.length + i] !== undefined) twice.add(i);
      out[head.length + i] = row[value] ?? null;
      matched[i]!++;
    });
  }
  indicators.forEach((indicator, i) => {
    const selector = JSON.stringify(indicator.jobindsats!.rows);
    if (matched[i] === 0) problems.push(`ingen rækker i svaret passer på jobindsats.rows ${selector} for ${indicator.id}`);
    else if (twice.has(i)) problems.push(`jobindsats.rows ${selector} for ${indicator.id} passer på flere rækker for samme periode og område`);
  });
  if (problems.length > 0) return undefined;
  const head = [columns[period]!, ...areas.map((index) => columns[index]!)];
  const dropped = columns.filter((_, index) => index !== value && !head.includes(columns[index]!) && ![...dimensionAt.values()].includes(index));
  return { columns: [...head, ...indicators.map(expectedHeader)], rows: [...byKey.values()], dropped };
}
