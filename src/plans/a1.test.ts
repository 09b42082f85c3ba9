import { describe, expect, it } from 'vitest';
import { cellAddress, cellRange, columnLetters, rangeAddress } from './a1.js';
import { PlanError } from './types.js';

describe('columnLetters', () => {
  it('names the first, last single-letter and first double-letter columns A, Z, AA', () => {
    expect([1, 26, 27].map(columnLetters)).toEqual(['A', 'Z', 'AA']);
  });

  it('names column 702 ZZ, 703 AAA and the last column of the grid XFD', () => {
    expect([702, 703, 16_384].map(columnLetters)).toEqual(['ZZ', 'AAA', 'XFD']);
  });

  it('refuses a column outside the grid', () => {
    expect(() => columnLetters(0)).toThrow(PlanError);
    expect(() => columnLetters(16_385)).toThrow(PlanError);
  });
});

describe('cellAddress and rangeAddress', () => {
  it('writes B5 and, absolute, $B$5', () => {
    expect(cellAddress(5, 2)).toBe('B5');
    expect(cellAddress(5, 2, { absolute: true })).toBe('$B$5');
  });

  it('refuses a row outside the grid', () => {
    expect(() => cellAddress(0, 1)).toThrow(PlanError);
  });

  it('writes a range as its two corners, and a single cell as one address', () => {
    expect(rangeAddress(cellRange(5, 2, 5, 3))).toBe('B5:D9');
    expect(rangeAddress(cellRange(5, 2))).toBe('B5');
    expect(rangeAddress(cellRange(1, 1, 2, 2), { absolute: true })).toBe('$A$1:$B$2');
  });
});
