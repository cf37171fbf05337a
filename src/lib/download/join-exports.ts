/**
 * "Hent alle data" as one file: the site keeps every number once as CSV, in one file per area (Hele landet and each
 * kommune), and the whole table is those files joined. Pure, so the browser and the tests join them the same way.
 * Files are the site's own export (comma-separated, one header line); a file without the eksempeldata column gets
 * "nej" in it when another file has it, so a sample number never loses its label in the joined file.
 */
import { EXPORT_HEADER, NOTE_COLUMN, SAMPLE_COLUMN } from '../dataset/export-header.ts';

export class JoinError extends Error {}

/** The export's header with or without its two optional columns, in their order. */
const header = (sample: boolean, note: boolean) => [...EXPORT_HEADER, ...(sample ? [SAMPLE_COLUMN] : []), ...(note ? [NOTE_COLUMN] : [])].join(',');

export function joinExports(files: ReadonlyArray<{ name: string; text: string }>): string {
  const headers = [false, true].flatMap((sample) => [false, true].map((note) => ({ sample, note, text: header(sample, note) })));
  const parts = files.map(({ name, text }) => {
    const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const end = body.indexOf('\n');
    const first = end === -1 ? body : body.slice(0, end);
    const known = headers.find((h) => h.text === first);
    if (!known) throw new JoinError(`${name}: kolonnerne er "${first.slice(0, 80)}", ventede "${header(true, true)}"`);
    const rows = end === -1 ? '' : body.slice(end + 1);
    return { ...known, rows: rows === '' || rows.endsWith('\n') ? rows : `${rows}\n` };
  });
  const anySample = parts.some((p) => p.sample);
  const anyNote = parts.some((p) => p.note);
  const rows = parts.map((p) => {
    if (p.sample === anySample && p.note === anyNote) return p.rows;
    // Our own export: no field but the remark holds a comma, and the remark is the last column.
    return p.rows.replace(/^(.*)$/gm, (line) => {
      if (line === '') return line;
      const fields = line.split(',');
      const base = fields.slice(0, EXPORT_HEADER.length).join(',');
      const sample = p.sample ? fields[EXPORT_HEADER.length] : 'nej';
      const note = p.note ? fields.slice(EXPORT_HEADER.length + (p.sample ? 1 : 0)).join(',') : '';
      return [base, ...(anySample ? [sample] : []), ...(anyNote ? [note] : [])].join(',');
    });
  });
  return `${header(anySample, anyNote)}\n${rows.join('')}`;
}
