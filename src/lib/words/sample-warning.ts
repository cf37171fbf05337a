/** The one label every page, download and picture built from generated numbers carries. */
export const SAMPLE_WARNING = 'Eksempeldata – ikke officielle tal';
