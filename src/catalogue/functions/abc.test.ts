import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import { invoke } from '../invoke.js';
import type { RawCell } from '../../cells/values.js';

const column = (...values: RawCell[]): RawCell[][] => values.map((value) => [value]);
const codeOf = (result: readonly (readonly unknown[])[]) => {
  const cell = result[0]?.[0];
  return isSheetError(cell) ? cell.code : cell;
};

describe('ABC_CLASS', () => {
  it('classifies by cumulative share: 70 % A, then 85 % and 95 % B, then 100 % C', () => {
    // Sorted: 70 (70 %), 15 (85 %), 10 (95 %), 5 (100 %), by hand.
    expect(invoke('ABC_CLASS', [column(10, 70, 15, 5)])).toEqual(column('B', 'A', 'B', 'C'));
  });

  it('reads thresholds given as percentages in text or as shares', () => {
    expect(invoke('ABC_CLASS', [column(10, 70, 15, 5), '85 %', 0.9])).toEqual(column('C', 'A', 'A', 'C'));
  });

  it('leaves values ≤ 0 out of the total with a dash, and keeps trailing blanks empty', () => {
    // Total of the positive values: 80; 60 → 75 % A, 20 → 100 % C.
    expect(invoke('ABC_CLASS', [column(60, 0, -5, 20, '', null)])).toEqual(column('A', '-', '-', 'C', '', ''));
  });

  it('breaks ties by the order of the list', () => {
    // 50 / 50: the first reaches 50 % (A), the second 100 % (C).
    expect(invoke('ABC_CLASS', [column(50, 50)])).toEqual(column('A', 'C'));
  });

  it('gives #NUM! for thresholds that are not 0 < a < b ≤ 100 %', () => {
    expect(codeOf(invoke('ABC_CLASS', [column(1, 2), 0.9, 0.8]))).toBe('#NUM!');
  });

  it('gives #VALUE! for a value that is not a number', () => {
    expect(codeOf(invoke('ABC_CLASS', [column(1, 'douze')]))).toBe('#VALUE!');
  });

  it('gives #VALUE! for a block of several columns', () => {
    expect(codeOf(invoke('ABC_CLASS', [[[1, 2], [3, 4]]]))).toBe('#VALUE!');
  });

  it('gives #DIV/0! when no value is positive', () => {
    expect(codeOf(invoke('ABC_CLASS', [column(0, -1)]))).toBe('#DIV/0!');
  });
});
