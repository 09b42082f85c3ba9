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

describe('LEAD_SCORE', () => {
  // The lead-scoring sheet's example criteria: sector 20, size 15, decision maker 20, quote asked 30, white paper 10, visits 10.
  const points = [[20, 15, 20, 30, 10, 10]];
  const leads: RawCell[][] = [
    [1, 1, 1, 1, 0, 0], // 20 + 15 + 20 + 30 = 85
    ['Oui', 'non', null, '', 'OUI', 'x'], // 20 + 10 + 10 = 40
    [true, false, 'Yes', 'No', 'vrai', 'FAUX'], // 20 + 20 + 10 = 50
    [0.5, 0, 0, 0, 3, 0], // 0.5 × 20 + 3 × 10 = 40: a number multiplies the points
  ];

  it('sums the points of the criteria met, per lead, aligned', () => {
    expect(invoke('LEAD_SCORE', [leads, points])).toEqual(column(85, 40, 50, 40));
    // Points given as a column read the same.
    expect(invoke('LEAD_SCORE', [leads, column(20, 15, 20, 30, 10, 10)])).toEqual(column(85, 40, 50, 40));
  });

  it('routes each lead by the threshold, in the workbook’s language or the one asked', () => {
    // 85 ≥ 50 and 50 ≥ 50 go to sales; 40 stays in nurturing.
    expect(invoke('LEAD_SCORE', [leads, points, 50])).toEqual([
      [85, 'Aux ventes'],
      [40, 'Nurturing'],
      [50, 'Aux ventes'],
      [40, 'Nurturing'],
    ]);
    expect(invoke('LEAD_SCORE', [leads.slice(0, 2), points, 50, 'en'])).toEqual([
      [85, 'To sales'],
      [40, 'Nurturing'],
    ]);
  });

  it('keeps empty rows empty, inside and at the end (a whole-column reference)', () => {
    const empty = [null, null, null];
    expect(invoke('LEAD_SCORE', [[[1, 0, 1], empty, [0, 1, 1], empty, empty], [[20, 15, 30]], 50])).toEqual([
      [50, 'Aux ventes'],
      ['', ''],
      [45, 'Nurturing'],
      ['', ''],
      ['', ''],
    ]);
  });

  it('gives #VALUE! for points not as many as the criteria, a text that is no yes/no, points that are text', () => {
    for (const args of [
      [leads, [[20, 15, 20]]],
      [[[1, 'peut-être']], [[10, 20]]],
      [[[1, 0]], [['dix', 20]]],
      [[[1, 0]], [[10, null, 20]]],
    ]) {
      const cell = invoke('LEAD_SCORE', args)[0]?.[0];
      expect(isSheetError(cell) ? cell.code : cell).toBe('#VALUE!');
    }
    const cell = invoke('LEAD_SCORE', [[[1, 'peut-être']], [[10, 20]]])[0]?.[0];
    expect(isSheetError(cell) ? cell.message.fr : '').toContain('ligne 1, critère 2');
  });
});
