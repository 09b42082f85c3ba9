import { describe, expect, it } from 'vitest';
import { invoke } from '../catalogue/invoke.js';
import { errorCellError, firstErrorCell, isHostErrorCell } from './error-cells.js';
import { isSheetError } from './errors.js';
import type { RawCell } from './values.js';

/** What Excel hands over for an error cell: a CustomFunctions.Error, i.e. { code, message? }. */
const excelError = (code: string, message?: string): RawCell => ({ code, ...(message === undefined ? {} : { message }) }) as unknown as RawCell;

describe('error cells as hosts pass them', () => {
  it('are recognised by their "#" code, whatever their class', () => {
    class CustomFunctionsError {
      constructor(readonly code: string) {}
    }
    expect(isHostErrorCell(new CustomFunctionsError('#N/A'))).toBe(true);
    expect(isHostErrorCell({ code: '#DIV/0!', message: 'x' })).toBe(true);
  });

  it('are told apart from text, dates, numbers, ranges and other objects', () => {
    for (const value of ['#N/A', 0, null, undefined, new Date(2024, 0, 1), [], [[{ code: '#N/A' }]], { code: 'N/A' }, { code: 7 }]) {
      expect(isHostErrorCell(value)).toBe(false);
    }
  });

  it('are found first in argument order, then row by row, with their 1-based row and column', () => {
    const args = [[['a', 'b'], ['c', 'd']], [[1], [2], [excelError('#REF!')]], excelError('#N/A')];
    expect(firstErrorCell(args)).toEqual({ argument: 1, row: 3, column: 1, inRange: true, code: '#REF!' });
    expect(firstErrorCell([[['a', excelError('#NUM!')]]])).toEqual({ argument: 0, row: 1, column: 2, inRange: true, code: '#NUM!' });
    expect(firstErrorCell([5, excelError('#N/A')])).toEqual({ argument: 1, row: 1, column: 1, inRange: false, code: '#N/A' });
    expect(firstErrorCell([[1, 2, excelError('#N/A')]])).toEqual({ argument: 0, row: 3, column: 1, inRange: true, code: '#N/A' });
    expect(firstErrorCell([[[1]], 'x', null])).toBeUndefined();
  });

  it('are reported as #VALUE! naming the argument, the row, the column and the error, in both languages', () => {
    const error = errorCellError({ argument: 1, row: 12, column: 1, inRange: true, code: '#N/A' }, 'dates', 'RFM_TABLE');
    expect(error.code).toBe('#VALUE!');
    expect(error.message.en).toBe('dates: row 12, column 1 of the range holds the error #N/A; fix that cell, or leave it out (e.g. with IFERROR), then recalculate RFM_TABLE');
    expect(error.message.fr).toBe(
      'dates\u00a0: ligne 12, colonne 1 de la plage contient l’erreur #N/A\u00a0; corrigez cette cellule ou écartez-la (par exemple avec SIERREUR), puis recalculez RFM_TABLE',
    );
  });
});

describe('a function whose input holds an error cell', () => {
  it('answers RFM_TABLE with the place of the first #N/A among 5 transactions, not with a result', () => {
    const customers = [['C1'], ['C2'], ['C1'], ['C3'], ['C2']];
    const dates = [[45292], [45306], [excelError('#N/A')], [45380], [45412]];
    const amounts = [[10], [20], [30], [excelError('#DIV/0!')], [50]];
    const result = invoke('RFM_TABLE', [customers, dates, amounts], { language: 'en' });
    expect(result).toHaveLength(1);
    const only = result[0]?.[0];
    expect(isSheetError(only) ? only.message.en : only).toMatch(/^dates: row 3, column 1 of the range holds the error #N\/A/);
  });

  it('answers a single-cell argument holding an error with that argument named', () => {
    const result = invoke('CHURN_RATE', [100, excelError('#REF!')], { language: 'fr' });
    const only = result[0]?.[0];
    expect(isSheetError(only) ? only.message.fr : only).toMatch(/^customers_lost\u00a0: la cellule contient l’erreur #REF!/);
  });
});
