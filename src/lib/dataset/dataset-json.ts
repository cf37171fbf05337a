import { DATASET_FORMAT, type DatasetDraft } from './dataset.ts';
import { writeJsonNumber } from './json-number.ts';
import { measureParts } from './measure-parts.ts';

/** The file is handed to the writer in pieces of about this many bytes: a few writes, never one string as large as the file. */
const PIECE = 1 << 20;
/** Room for one value and its comma: "-123456789.123456," and String()'s longest ("-1.2345678901234567e-100"). */
const VALUE_BYTES = 26;

/**
 * JSON.stringify(toColumns(draft)) as UTF-8, byte for byte, in pieces (each valid until the next is asked for): the
 * values go from the grid straight into a byte buffer an area at a time, so a million values never stand as arrays,
 * objects or strings. Text made for the writer (even in small pieces) left the process 15 MB larger at a million rows.
 */
export function* datasetJson(draft: DatasetDraft): Generator<Uint8Array> {
  const out = new Output();
  const { builtAt, sample, releases, inputs } = draft;
  out.text(`${JSON.stringify({ format: DATASET_FORMAT, builtAt, sample, releases, inputs }).slice(0, -1)},"measures":[`);
  let firstMeasure = true;
  for (const { grid, keys, ...parts } of measureParts(draft)) {
    out.text(`${firstMeasure ? '' : ','}{"id":${JSON.stringify(parts.id)},"periods":${JSON.stringify(parts.periods)},"values":{`);
    firstMeasure = false;
    const rows = new Int32Array(grid.periods.length);
    const values = new Float64Array(grid.periods.length);
    for (const [index, code] of keys.entries()) {
      grid.read(code, rows, values);
      out.text(`${index === 0 ? '' : ','}${JSON.stringify(grid.codes[code])}:[`);
      out.values(values);
      out.text(']');
      if (out.length >= PIECE) yield out.take();
    }
    const { absent, sample: measureSample, sources, revisions, firstRelease, decimals, derived } = parts;
    out.text(`}${JSON.stringify({ absent, sample: measureSample, sources, revisions, firstRelease, decimals, derived }).replace('{', ',')}`);
  }
  out.text(']}');
  yield out.take();
}

/** A growing buffer of UTF-8 bytes, handed out and emptied by `take`. */
class Output {
  private bytes = new Uint8Array(PIECE * 2);
  length = 0;
  private readonly encoder = new TextEncoder();

  text(text: string): void {
    this.room(text.length * 3);
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
  }

  /** The numbers comma-separated, NaN written as null (JSON's "not published"). */
  values(values: Float64Array): void {
    this.room(values.length * VALUE_BYTES);
    const { bytes } = this;
    let at = this.length;
    for (let i = 0; i < values.length; i++) {
      if (i > 0) bytes[at++] = 44;
      at = writeJsonNumber(bytes, at, values[i]!);
    }
    this.length = at;
  }

  /** The bytes so far, as a view that the next write overwrites. */
  take(): Uint8Array {
    const piece = this.bytes.subarray(0, this.length);
    this.length = 0;
    return piece;
  }

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}
