import { readCsvRows, type CsvRow } from './csv-rows.ts';
import { decodeText } from './decode-text.ts';
import type { IngestState } from './ingest-state.ts';
import type { InputFile } from '../dataset/dataset.ts';
import { lineEndingProblems, unfinishedLine } from './line-endings.ts';
import { readHeader } from './read-header.ts';
import type { AreaSet } from './area-set.ts';
import { createRowReader, type RowReader } from './read-row.ts';
import { joinChunks, scanBytes } from './scan-bytes.ts';

/** A period with fewer areas than this share of its neighbours' looks cut off. */
const CUT_OFF_SHARE = 0.75;

export interface FileContext {
  file: string;
  /** The file's bytes in chunks, read afresh on each call: once to check them, once to read the rows. */
  chunks: () => Iterable<Uint8Array>;
  /** Index of the release (layer) the file belongs to. */
  release: number;
  /** Jobindsats tables the file is known to hold (from its manifest or its name). */
  tables: readonly string[];
}

/**
 * Streams one published CSV file into the shared ingest state. A first pass over the bytes settles the encoding, the
 * separator and the line endings (and the number of lines, to size the store once); the second decodes chunk by
 * chunk and reads the rows in place. Neither the file's text nor its rows ever exist whole. Unusual files (another
 * encoding, stray CRs, nothing visible) are checked on their whole text, as before.
 */
export function ingestFile(state: IngestState, { file, chunks, release, tables }: FileContext): InputFile {
  const fileIndex = state.files.push(file) - 1;
  const input: InputFile = { file, release, layout: 'wide', rows: 0, observations: 0, sample: false, periods: null };
  const problems = state.problems;
  const facts = scanBytes(chunks());
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  if (facts.needsDecodeCheck) {
    const decoded = decodeText(file, joinChunks(chunks()));
    if (!decoded.ok) {
      problems.add(decoded.problem);
      return input;
    }
    encoding = decoded.encoding;
  }
  const wholeText = () => new TextDecoder(encoding).decode(joinChunks(chunks()));
  if (!facts.visible && wholeText().trim() === '') {
    problems.add({ file, line: 1, message: 'filen er tom', expected: 'en overskrift og mindst én række data' });
    return input;
  }
  if (facts.strayCr) {
    const endings = lineEndingProblems(file, wholeText());
    if (endings.unfinished) problems.add(endings.unfinished);
    // A stray carriage return splits rows wrongly: reading on would only add confusing errors after the real one.
    for (const problem of endings.breaking) problems.add(problem);
    if (endings.breaking.length > 0) return input;
  } else if (facts.unfinishedLastLine) problems.add(unfinishedLine(file, facts.lines + 1));
  const delimiter = facts.semicolon ? ';' : ',';
  const valuesBefore = state.releaseCounts[release]!.values;

  let header: string[] | undefined;
  let reader: RowReader | undefined;
  let dataRows = 0;
  const decoder = new TextDecoder(encoding);
  function* pieces(): Generator<string> {
    for (const bytes of chunks()) yield decoder.decode(bytes, { stream: true });
    yield decoder.decode();
  }
  readCsvRows(pieces(), delimiter, {
    broken(row, column, value, truncated) {
      if (header !== undefined) dataRows++;
      problems.add({
        file,
        line: row.line,
        column,
        header: header?.[column - 1] ?? '',
        value,
        message: truncated ? 'filen slutter inde i et felt i anførselstegn – er filen afkortet?' : 'anførselstegn er ikke lukket korrekt',
        expected: 'felter i anførselstegn skal lukkes med " før næste skilletegn',
      });
    },
    row(row) {
      if (header === undefined) {
        header = cells(row, 0).map((field) => field.trim());
        const layout = readHeader(file, header, state.measures, delimiter, tables);
        if (Array.isArray(layout)) {
          for (const problem of layout) problems.add(problem);
          return false;
        }
        input.layout = layout.layout;
        state.store.reserve(facts.lines * (layout.layout === 'wide' ? layout.measures.length + layout.pending.length : 1));
        reader = createRowReader(fileIndex, header, layout, state, release, tables);
        return true;
      }
      if (reader === undefined) return false;
      dataRows++;
      if (row.count !== header.length) {
        const column = Math.min(row.count, header.length) + 1;
        const value = row.count > header.length ? cells(row, header.length).join(delimiter) : '';
        const message = `rækken har ${row.count} felter, men overskriften har ${header.length}`;
        const named = column <= header.length ? { header: header[column - 1] ?? '' } : {};
        problems.add({ file, line: row.line, column, ...named, value, message, expected: `${header.length} felter adskilt af "${delimiter}"` });
        return true;
      }
      reader.read(row);
      return true;
    },
  });
  if (header !== undefined && reader !== undefined) {
    reader.finish();
    if (dataRows === 0) problems.add({ file, line: 2, message: 'filen har kun en overskrift og ingen rækker', expected: 'mindst én række data' });
    input.rows = reader.rows;
    input.sample = reader.sample;
    input.periods = periodSpan(state, reader);
    if (!reader.derived) reportCutOffPeriods(state, file, header, reader);
  }
  input.observations = state.releaseCounts[release]!.values - valuesBefore;
  return input;
}

function cells(row: CsvRow, from: number): string[] {
  return Array.from({ length: Math.max(0, row.count - from) }, (_, index) => row.cell(from + index));
}

function periodSpan(state: IngestState, reader: RowReader): InputFile['periods'] {
  const periods = [...new Set([...reader.periodAreas.values()].flatMap((byPeriod) => [...byPeriod.keys()]))].map((index) => state.periods[index]!).sort();
  return periods.length === 0 ? null : { first: periods[0]!, last: periods[periods.length - 1]!, count: periods.length };
}

/** A period with far fewer areas than the periods beside it (per measure), as when a download stops partway. */
function reportCutOffPeriods(state: IngestState, file: string, header: string[], reader: RowReader): void {
  for (const byPeriod of reader.periodAreas.values()) {
    const periods = [...byPeriod].map(([index, seen]) => ({ code: state.periods[index]!, ...seen })).sort((a, b) => (a.code < b.code ? -1 : 1));
    reportCutOff(state, file, header, reader.periodColumn, periods);
  }
}

function reportCutOff(state: IngestState, file: string, header: string[], column: number, periods: { code: string; areas: AreaSet; line: number }[]): void {
  periods.forEach((period, i) => {
    const neighbours = [periods[i - 1], periods[i + 1]].filter((p) => p !== undefined).map((p) => p.areas.size);
    const most = Math.max(0, ...neighbours);
    if (most >= 10 && period.areas.size < most * CUT_OFF_SHARE) {
      state.problems.add({
        file,
        line: period.line,
        column: column + 1,
        header: header[column] ?? '',
        value: period.code,
        message: `perioden har kun rækker for ${period.areas.size} områder mod ${most} i perioden ved siden af – er filen afkortet?`,
        expected: 'lige så mange kommuner i hver periode (undertrykte tal står som tomme felter, ikke som manglende rækker)',
      });
    }
  });
}
