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
  it('classifies by the crossing rule: 70 A, 15 crossing 80 % A, 10 B, 5 (95 % before it) C', () => {
    // Sorted: 70, 15, 10, 5; cumulative share before each: 0, 70 %, 85 %, 95 %, by hand.
    expect(invoke('ABC_CLASS', [column(10, 70, 15, 5)])).toEqual(column('B', 'A', 'A', 'C'));
  });

  it('classes an item worth 96 % of the total A', () => {
    expect(invoke('ABC_CLASS', [column(3, 96, 1)])).toEqual(column('C', 'A', 'C'));
  });

  it('reads thresholds given as percentages in text or as shares', () => {
    // Shares before 0, 70 %, 85 %, 95 % against 85 % and 90 %.
    expect(invoke('ABC_CLASS', [column(10, 70, 15, 5), '85 %', 0.9])).toEqual(column('B', 'A', 'A', 'C'));
  });

  it('leaves values ≤ 0 out of the total with a dash, and keeps trailing blanks empty', () => {
    // Total of the positive values: 80; 60 A, 20 (75 % before it) A.
    expect(invoke('ABC_CLASS', [column(60, 0, -5, 20, '', null)])).toEqual(column('A', '-', '-', 'A', '', ''));
  });

  it('breaks ties by the order of the list', () => {
    // 50 / 50 with a = 50 %: the first (0 % before it) A, the second (50 % before it) B.
    expect(invoke('ABC_CLASS', [column(50, 50), 0.5])).toEqual(column('A', 'B'));
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
