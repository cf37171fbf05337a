import { describe, expect, it } from 'vitest';
import { releaseNote } from '../../../src/lib/fetch/release-note.ts';

describe('releaseNote', { timeout: 5_000 }, () => {
  it('releaseNote: origin, retrieval time, every file with its table, request, rows and periods, and what is not included', () => {
    const text = releaseNote({
      date: '2026-11-24',
      retrieved: '2026-11-24T05:00:00.000Z',
      base: 'https://api.jobindsats.dk/v3',
      files: [
        {
          file: 'y60c07.csv',
          table: 'y60c07',
          tableName: 'Aktiveringsgrad og andel aktiveringsberørte',
          request: 'https://api.jobindsats.dk/v3/data/y60c07?format=json',
          rows: 5940,
          first: '2021M11',
          last: '2026M10',
          indicators: ['aktiveringsgrad-kontanthjaelp'],
          dropped: ['Antal aktiverede'],
        },
      ],
      missing: ['samtaler-4-seneste-12-mdr: tabel-id mangler'],
    });
    expect(text).toContain('# Udgivelse 2026-11-24 — jobindsats.dk, hentet 2026-11-24\n');
    expect(text).toContain("| Oprindelse | jobindsats' API v3, https://api.jobindsats.dk/v3 |");
    expect(text).toContain('| Hentet | 2026-11-24T05:00:00.000Z (UTC) |');
    expect(text).toContain('| `y60c07.csv` | Y60C07 Aktiveringsgrad og andel aktiveringsberørte | aktiveringsgrad-kontanthjaelp | 5.940 | 2021M11–2026M10 |');
    expect(text).toContain('- `y60c07.csv`: `GET https://api.jobindsats.dk/v3/data/y60c07?format=json`');
    expect(text).toContain('- `y60c07.csv`: "Antal aktiverede"');
    expect(text).toContain('- samtaler-4-seneste-12-mdr: tabel-id mangler');
  });
});
