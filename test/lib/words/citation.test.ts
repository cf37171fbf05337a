import { describe, expect, test } from 'vitest';
import { citation } from '../../../src/lib/words/citation.ts';

describe('citation', () => {
  test('one table, retrieved on a day', () => {
    expect(citation({ publisher: 'jobindsats.dk', tables: ['y60c07'], retrieved: '2026-08-03' })).toBe(
      'Kilde: jobindsats.dk, tabel Y60C07, hentet 3. august 2026 (via Jobcentertjek).',
    );
  });
  test('two tables, the same table once, no date known', () => {
    expect(citation({ publisher: 'jobindsats.dk', tables: ['y60c07', 'Y60C07', 'y01a02'], retrieved: null })).toBe(
      'Kilde: jobindsats.dk, tabellerne Y60C07, Y01A02 (via Jobcentertjek).',
    );
  });
  test('the demo label travels with the line', () => {
    expect(citation({ publisher: 'jobindsats.dk', tables: [], retrieved: null, sample: 'Eksempeldata – ikke officielle tal' })).toBe(
      'Kilde: jobindsats.dk (via Jobcentertjek). Eksempeldata – ikke officielle tal.',
    );
  });
});
