/**
 * "Hent alle data" as one file: the site keeps every number once as CSV, in one file per area (Hele landet and each
 * kommune), and the whole table is those files joined. Pure, so the browser and the tests join them the same way.
 * Files are the site's own export (comma-separated, one header line); a file without the eksempeldata column gets
 * "nej" in it when another file has it, so a sample number never loses its label in the joined file.
 */
import { EXPORT_HEADER, SAMPLE_COLUMN } from '../dataset/export-header.ts';

export class JoinError extends Error {}

export function joinExports(files: ReadonlyArray<{ name: string; text: string }>): string {
  const plain = EXPORT_HEADER.join(',');
  const withSample = `${plain},${SAMPLE_COLUMN}`;
  const parts = files.map(({ name, text }) => {
    const body = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
    const end = body.indexOf('\n');
    const header = end === -1 ? body : body.slice(0, end);
    if (header !== plain && header !== withSample) throw new JoinError(`${name}: kolonnerne er "${header.slice(0, 80)}", ventede "${withSample}"`);
    const rows = end === -1 ? '' : body.slice(end + 1);
    return { sample: header === withSample, rows: rows === '' || rows.endsWith('\n') ? rows : `${rows}\n` };
  });
  const anySample = parts.some((p) => p.sample);
  const rows = parts.map((p) => (anySample && !p.sample ? p.rows.replaceAll('\n', ',nej\n') : p.rows));
  return `${anySample ? withSample : plain}\n${rows.join('')}`;
}
