/** The columns of the site's own CSV export, in this one place (no imports: browser code reads them too). */
export const EXPORT_HEADER = ['kommunekode', 'kommune', 'periode', 'maaling', 'vaerdi'] as const;
/** Added to the export when it holds sample rows. */
export const SAMPLE_COLUMN = 'eksempeldata';
