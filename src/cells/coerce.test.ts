import { describe, expect, it } from 'vitest';
import { booleanFromCell, dayFromCell, listFromArg, numberFromCell, singleCell, textFromCell, toRows } from './coerce.js';
import { dayFromCivil } from './dates.js';
import { isSheetError } from './errors.js';

describe('numberFromCell', () => {
  it('passes numbers through and reads text', () => {
    expect(numberFromCell(42, 'x')).toBe(42);
    expect(numberFromCell('1 234,50', 'x')).toBe(1234.5);
    expect(numberFromCell('12 %', 'x')).toBeCloseTo(0.12, 12);
  });

  it('treats "", null, undefined and blanks as empty', () => {
    for (const cell of ['', null, undefined, '  ']) expect(numberFromCell(cell, 'x')).toBeNull();
  });

  it('reads booleans as 1 and 0, as Excel does for a typed argument', () => {
    expect(numberFromCell(true, 'x')).toBe(1);
    expect(numberFromCell(false, 'x')).toBe(0);
  });

  it('gives #VALUE! naming the argument for text that is not a number', () => {
    const result = numberFromCell('douze', 'cost');
    expect(isSheetError(result) && result.code).toBe('#VALUE!');
    expect(isSheetError(result) && result.message.en).toBe('cost: "douze" is not a number');
  });

  it('gives #VALUE! for NaN, Infinity and dates', () => {
    for (const cell of [NaN, Infinity, -Infinity, new Date(2024, 0, 1)]) {
      expect(isSheetError(numberFromCell(cell, 'x'))).toBe(true);
    }
  });
});

describe('dayFromCell', () => {
  const day = dayFromCivil(2024, 12, 31);
  it('reads Excel serials, Date objects and text', () => {
    expect(dayFromCell(45657, 'date')).toBe(day);
    expect(dayFromCell(new Date(2024, 11, 31), 'date')).toBe(day);
    expect(dayFromCell('31/12/2024', 'date')).toBe(day);
    expect(dayFromCell('2024-12-31', 'date')).toBe(day);
    expect(dayFromCell('20241231', 'date')).toBe(day);
    expect(dayFromCell('45657', 'date')).toBe(day);
  });

  it('gives null for an empty cell', () => {
    expect(dayFromCell('', 'date')).toBeNull();
    expect(dayFromCell(null, 'date')).toBeNull();
  });

  it('gives #VALUE! for what is no date', () => {
    for (const cell of ['hier', true, -5, 1e9, NaN, '12 %']) {
      const result = dayFromCell(cell, 'date');
      expect(isSheetError(result) && result.code).toBe('#VALUE!');
    }
  });
});

describe('other readers', () => {
  it('reads text, trimmed', () => {
    expect(textFromCell('  Dupont ')).toBe('Dupont');
    expect(textFromCell(1234)).toBe('1234');
    expect(textFromCell('')).toBeNull();
  });

  it('reads yes/no in French and English', () => {
    expect(booleanFromCell('Oui', 'x')).toBe(true);
    expect(booleanFromCell('FAUX', 'x')).toBe(false);
    expect(booleanFromCell(1, 'x')).toBe(true);
    expect(isSheetError(booleanFromCell('peut-être', 'x'))).toBe(true);
  });

  it('passes booleans through, reads 0 as no and an empty cell as nothing', () => {
    expect(booleanFromCell(true, 'x')).toBe(true);
    expect(booleanFromCell(false, 'x')).toBe(false);
    expect(booleanFromCell(0, 'x')).toBe(false);
    expect(booleanFromCell(null, 'x')).toBeNull();
    expect(booleanFromCell('', 'x')).toBeNull();
    expect(isSheetError(booleanFromCell(2, 'x'))).toBe(true);
  });

  it('shapes arguments as rows', () => {
    expect(toRows(5)).toEqual([[5]]);
    expect(toRows([1, 2])).toEqual([[1], [2]]);
    expect(toRows([[1, 2], [3, 4]])).toEqual([[1, 2], [3, 4]]);
    expect(toRows([])).toEqual([]);
  });

  it('reads a list from a column or a row, refusing a block', () => {
    expect(listFromArg([[1], [2], [3]], 'x')).toEqual([1, 2, 3]);
    expect(listFromArg([[1, 2, 3]], 'x')).toEqual([1, 2, 3]);
    const block = listFromArg([[1, 2], [3, 4]], 'values');
    expect(isSheetError(block) && block.message.en).toBe('values must be a single column or row (got 2 rows × 2 columns)');
  });

  it('reads a single cell, refusing a larger range', () => {
    expect(singleCell([['rfm']], 'method')).toBe('rfm');
    expect(singleCell('ntile', 'method')).toBe('ntile');
    expect(isSheetError(singleCell([[1], [2]], 'method'))).toBe(true);
  });
});
