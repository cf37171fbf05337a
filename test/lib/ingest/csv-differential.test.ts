/**
 * The ingest's own CSV reader and papaparse read the same text the same way: every fixture, every published file and
 * generated files (well-formed with awkward cells, and random text that may be malformed). The ingest keeps its own
 * reader for speed (npm run bench:ingest prints its share); this is what lets it: it is papaparse's reading, faster.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../../src/lib/ingest/csv-rows.ts';

interface Read {
  rows: string[][];
  /** Whether the reader found a badly quoted cell anywhere. */
  broken: boolean;
}

function ours(text: string, pieceSize = text.length || 1): Read {
  const pieces = Array.from({ length: Math.ceil(text.length / pieceSize) }, (_, i) => text.slice(i * pieceSize, (i + 1) * pieceSize));
  const rows: string[][] = [];
  let broken = false;
  readCsvRows(pieces, ';', {
    row: (row) => void rows.push(Array.from({ length: row.count }, (_, i) => row.cell(i))),
    broken: () => void (broken = true),
  });
  return { rows, broken };
}

function papaparse(text: string): Read {
  const result = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  return { rows: result.data, broken: result.errors.length > 0 };
}

/** A row as CSV: cells quoted when they must be (or when `quoteAll`), quotes doubled. */
function csvLine(cells: string[], quoteAll: boolean): string {
  return cells.map((cell) => (quoteAll || /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(';');
}

const root = join(import.meta.dirname, '../../..');
const fixtureDir = join(root, 'test/fixtures/ingest');
const releasesDir = join(root, 'data/releases');
const files = [
  ...readdirSync(fixtureDir).map((name) => join(fixtureDir, name)),
  ...readdirSync(releasesDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(releasesDir, name)),
].filter((file) => file.endsWith('.csv'));

describe('the ingest reader and papaparse agree', () => {
  it('on every fixture and every published release file (read as UTF-8 text)', () => {
    let compared = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
      // A CR outside quotes and not before LF is refused by the ingest before its reader runs (line-endings.ts).
      if (/\r(?!\n)/.test(text)) continue;
      const a = ours(text, 4096);
      const b = papaparse(text);
      expect(a.broken, `${file}: one reader finds a broken quote, the other not`).toBe(b.broken);
      if (!a.broken) {
        expect(a.rows, file).toEqual(b.rows);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(30);
  });

  it('on generated well-formed files: separators, quotes, line breaks, spaces and Danish letters in cells, any line ending, read in any pieces', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Ø', 'æ', ';', '"', '\n', '\r\n', ' ', ',', '1'), maxLength: 8 });
    const file = fc.record({
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
      crlf: fc.boolean(),
      quoteAll: fc.boolean(),
      finalBreak: fc.boolean(),
      pieceSize: fc.integer({ min: 1, max: 64 }),
    });
    fc.assert(
      fc.property(file, ({ rows, crlf, quoteAll, finalBreak, pieceSize }) => {
        const eol = crlf ? '\r\n' : '\n';
        const text = rows.map((row) => csvLine(row, quoteAll)).join(eol) + (finalBreak ? eol : '');
        // A row of one empty cell is an empty line, which both skip.
        const expected = rows.filter((row) => row.length > 1 || row[0] !== '');
        const a = ours(text, pieceSize);
        expect(a).toEqual({ rows: expected, broken: false });
        expect(papaparse(text)).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('on random text that may be badly quoted: where neither finds a broken quote, the rows are the same', () => {
    let clean = 0;
    let brokenBoth = 0;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ';', '"', '\n', ' ', 'å'), maxLength: 40 }), fc.integer({ min: 1, max: 16 }), (text, pieceSize) => {
        const a = ours(text, pieceSize);
        const b = papaparse(text);
        if (!a.broken && !b.broken) {
          clean++;
          expect(a.rows, JSON.stringify(text)).toEqual(b.rows);
        } else if (a.broken && b.broken) brokenBoth++;
      }),
      { numRuns: 3000 },
    );
    // Not vacuous: most texts are compared, and broken ones are seen too.
    expect(clean).toBeGreaterThan(1000);
    expect(brokenBoth).toBeGreaterThan(100);
  });
});
