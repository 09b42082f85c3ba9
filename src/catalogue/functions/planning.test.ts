import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import type { RawCell } from '../../cells/values.js';
import { invoke } from '../invoke.js';

const column = (...values: RawCell[]): RawCell[][] => values.map((value) => [value]);

describe('TIME_ALLOCATION', () => {
  it('gives hours per account aligned with the classes, default 50 / 35 / 15 %', () => {
    // 1 000 h: A 500 h ÷ 2 = 250, B 350 h ÷ 1, C 150 h ÷ 1.
    expect(invoke('TIME_ALLOCATION', [column('A', 'B', 'A', 'C'), 1000])).toEqual(column(250, 350, 250, 150));
  });

  it('reads three shares, given as text percentages too, and keeps trailing blanks empty', () => {
    // 1 600 h at 40/40/20 %: A 640 h ÷ 1, B 640 h ÷ 2 = 320, C 320 h ÷ 1; "-" gets nothing.
    expect(invoke('TIME_ALLOCATION', [column('A', 'B', 'B', '-', 'C', null, ''), 1600, column('40 %', 0.4, 0.2)])).toEqual(
      column(640, 320, 320, '', 320, '', ''),
    );
  });

  it('gives #VALUE! for two shares, shares above 100 %, hours missing', () => {
    for (const args of [
      [column('A'), 100, column(0.5, 0.5)],
      [column('A'), 100, column(0.6, 0.3, 0.2)],
      [column('A'), null],
    ]) {
      const result = invoke('TIME_ALLOCATION', args);
      const cell = result[0]?.[0];
      expect(isSheetError(cell) ? cell.code : cell).toBe('#VALUE!');
    }
  });
});
