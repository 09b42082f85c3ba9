import { describe, expect, it } from 'vitest';
import { isRange } from './coerce.js';
import { divisionByZero, errorMessage, isSheetError, notAvailable, numberError, valueError } from './errors.js';

describe('spreadsheet errors', () => {
  it('make the four codes every spreadsheet displays alike, each with its message in both languages', () => {
    const made = [valueError('v', 'v'), divisionByZero('d', 'd'), numberError('n', 'n'), notAvailable('a', 'a')];
    expect(made.map((error) => error.code)).toEqual(['#VALUE!', '#DIV/0!', '#NUM!', '#N/A']);
    for (const error of made) {
      expect(isSheetError(error)).toBe(true);
      expect(Object.isFrozen(error) && Object.isFrozen(error.message)).toBe(true);
    }
  });

  it('are told apart from values that only look like them', () => {
    for (const value of [null, undefined, '#VALUE!', 0, [], { code: '#VALUE!' }, { kind: 'error' }]) expect(isSheetError(value)).toBe(false);
    // Recognised by shape, not by class: an error made in another realm (an Apps Script vm) still counts.
    expect(isSheetError({ kind: 'sheet-error', code: '#NUM!', message: { fr: 'x', en: 'x' } })).toBe(true);
  });

  it('give their message in the language asked for, French by default', () => {
    const error = divisionByZero('Aucun prospect', 'No lead');
    expect(errorMessage(error)).toBe('Aucun prospect');
    expect(errorMessage(error, 'en')).toBe('No lead');
  });
});

describe('isRange', () => {
  it('tells a range (1-D or 2-D, even empty) from a single cell', () => {
    for (const arg of [[], [1, 2], [[1], [2]], [[]]]) expect(isRange(arg)).toBe(true);
    for (const arg of [1, '1 234,50', null, undefined, true, new Date(0)]) expect(isRange(arg)).toBe(false);
  });
});
