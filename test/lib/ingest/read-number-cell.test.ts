import { describe, expect, it } from 'vitest';
import { EMPTY_CELL, NEEDS_FULL_READ, PLAIN, PLAIN_KOMMA, PLAIN_VALUE, readNumberCell, readPlainNumberAt } from '../../../src/lib/ingest/read-number-cell.ts';

describe('readNumberCell', () => {
  it('readNumberCell: decimal comma, with or without thousands dots, proves Danish format', () => {
    expect(readNumberCell('4,9')).toEqual({ kind: 'number', value: 4.9, mark: 'komma' });
    expect(readNumberCell('96.938,5')).toEqual({ kind: 'number', value: 96938.5, mark: 'komma' });
    expect(readNumberCell('1.234.567')).toEqual({ kind: 'number', value: 1234567, mark: 'komma' });
  });

  it('readNumberCell: a dot that cannot be a thousands group proves decimal point', () => {
    expect(readNumberCell('4.9')).toEqual({ kind: 'number', value: 4.9, mark: 'punktum' });
    expect(readNumberCell('0.123')).toEqual({ kind: 'number', value: 0.123, mark: 'punktum' });
    expect(readNumberCell('1234.567')).toEqual({ kind: 'number', value: 1234.567, mark: 'punktum' });
  });

  it('readNumberCell: "96.938" is ambiguous; integers read the same either way', () => {
    expect(readNumberCell('96.938')).toEqual({ kind: 'ambiguous', komma: 96938, punktum: 96.938 });
    expect(readNumberCell('96938')).toEqual({ kind: 'number', value: 96938, mark: null });
  });

  it('readNumberCell: suppression markers are missing, anything else is invalid', () => {
    for (const cell of ['', '..', '.', '-', 'x', 'X', ' ']) expect(readNumberCell(cell)).toEqual({ kind: 'missing' });
    for (const cell of ['abc', '1,2,3', '1.23,4', '4,', ',5', '1.234.56', '1e5']) expect(readNumberCell(cell)).toEqual({ kind: 'invalid' });
  });

  it('readPlainNumberAt: the cells it reads in place read exactly as readNumberCell reads them; the rest is left to it', () => {
    const cells = ['0', '-0', '42', '007', '4,9', '-4,9', '10,4', '0,1', '0,3', '99,99', '123456789012345', '1234567890,12345', '33,3'];
    for (const cell of cells) {
      const text = `;${cell};`;
      const answer = readPlainNumberAt(text, 1, 1 + cell.length);
      const full = readNumberCell(cell);
      expect(answer, cell).toBe(cell.includes(',') ? PLAIN_KOMMA : PLAIN);
      expect(Object.is(PLAIN_VALUE[0], full.kind === 'number' ? full.value : NaN), cell).toBe(true);
    }
    expect(readPlainNumberAt(';;', 1, 1)).toBe(EMPTY_CELL);
    for (const cell of ['96.938', '4.9', '..', '-', 'x', ' 4', '4,', ',5', '1,2,3', '1234567890123456', 'abc']) {
      expect(readPlainNumberAt(cell, 0, cell.length), cell).toBe(NEEDS_FULL_READ);
    }
  });
});
