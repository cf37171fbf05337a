/** The columns of the site's own CSV export, in this one place (no imports: browser code reads them too). */
export const EXPORT_HEADER = ['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi'] as const;
/** Added to the export when it holds sample rows. */
export const SAMPLE_COLUMN = 'eksempeldata';
/** Added (last) when any row needs a remark in words: "Eksempeldata – ikke officielle tal", or that a value is derived and how. */
export const NOTE_COLUMN = 'bemaerkning';
