import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { expectError } from '../../test/support/errors.js';
import { classifyAbc, type AbcOptions, type AbcResult } from './abc.js';

function classify(items: string[], values: number[], options?: AbcOptions): AbcResult {
  const result = classifyAbc(items, values, options);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

describe('classifyAbc', () => {
  it('sorts by value, computes shares and cumulative shares including the item, and classes 80 / 95 by the crossing rule', () => {
    const result = classify(['p', 'q', 'r', 's'], [10, 70, 15, 5]);
    expect(result.total).toBe(100);
    expect(result.excluded).toEqual([]);
    expect(result.rows.map((row) => row.item)).toEqual(['q', 'r', 'p', 's']);
    expect(result.rows.map((row) => row.index)).toEqual([1, 2, 0, 3]);
    expect(result.rows.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
    const shares = [0.7, 0.15, 0.1, 0.05];
    const cumulative = [0.7, 0.85, 0.95, 1];
    result.rows.forEach((row, k) => {
      expect(row.share).toBeCloseTo(shares[k] ?? Number.NaN, 12);
      expect(row.cumulativeShare).toBeCloseTo(cumulative[k] ?? Number.NaN, 12);
    });
    // Shares before each item: 0, 0.70, 0.85, 0.95 — r crosses 80 % and is A; s starts at 95 % and is C.
    expect(result.rows.map((row) => row.abcClass)).toEqual(['A', 'A', 'B', 'C']);
  });

  it('ends the cumulative share on exactly 100 %', () => {
    const result = classify(['a', 'b', 'c'], [0.1, 0.2, 0.3]);
    expect(result.rows.at(-1)?.cumulativeShare).toBe(1);
  });

  it('orders equal values by item id', () => {
    const result = classify(['b', 'a', 'c'], [5, 5, 10]);
    expect(result.rows.map((row) => row.item)).toEqual(['c', 'a', 'b']);
  });

  it('counts an item that brings the cumulative share exactly to the threshold in that class, the next one below', () => {
    // Cumulative shares 0.5, 0.8, 0.95, 1 with thresholds 0.8 and 0.95; shares before 0, 0.5, 0.8, 0.95.
    const result = classify(['w', 'x', 'y', 'z'], [50, 30, 15, 5]);
    expect(result.rows.map((row) => row.abcClass)).toEqual(['A', 'A', 'B', 'C']);
  });

  it('tolerates float noise in a threshold (0.7 + 0.1 is 0.7999999999999999)', () => {
    const result = classify(['x', 'y'], [80, 20], { a: 0.7 + 0.1, b: 0.95 });
    expect(result.rows[0]?.abcClass).toBe('A');
  });

  it('uses the thresholds given', () => {
    // Shares before: 0, 0.5, 0.8, 0.95 against a = 50 %, b = 90 %.
    const result = classify(['w', 'x', 'y', 'z'], [50, 30, 15, 5], { a: 0.5, b: 0.9 });
    expect(result.rows.map((row) => row.abcClass)).toEqual(['A', 'B', 'B', 'C']);
  });

  it('always classes the largest item A: one worth 96 % of the total is A, the rest C', () => {
    const result = classify(['big', 'small', 'tiny'], [96, 3, 1]);
    expect(result.rows.map((row) => row.abcClass)).toEqual(['A', 'C', 'C']);
  });

  it('classes an item worth 90 % A, and the next one B while the share before it is under 95 %', () => {
    const result = classify(['big', 'small'], [90, 10]);
    expect(result.rows.map((row) => row.abcClass)).toEqual(['A', 'B']);
  });

  it('leaves items worth 0 or less out of the total and reports them', () => {
    const result = classify(['i0', 'i1', 'i2', 'i3'], [10, 0, -5, 30]);
    expect(result.total).toBe(40);
    expect(result.excluded).toEqual([1, 2]);
    expect(result.rows.map((row) => [row.item, row.cumulativeShare, row.abcClass])).toEqual([
      ['i3', 0.75, 'A'],
      // 75 % before it: i0 crosses 80 % and is A.
      ['i0', 1, 'A'],
    ]);
  });

  it('gives #NUM! for thresholds not in 0 < a < b ≤ 1', () => {
    expectError(classifyAbc(['x'], [1], { a: 0 }), '#NUM!');
    expectError(classifyAbc(['x'], [1], { a: 0.9, b: 0.8 }), '#NUM!');
    expectError(classifyAbc(['x'], [1], { b: 1.2 }), '#NUM!');
    expectError(classifyAbc(['x'], [1], { a: Number.NaN }), '#NUM!');
  });

  it('gives #VALUE! when items and values differ in length', () => {
    const items = Array.from({ length: 120 }, (_, k) => `item ${String(k)}`);
    const values = Array.from({ length: 118 }, () => 1);
    const error = expectError(classifyAbc(items, values), '#VALUE!');
    expect(error.message.en).toBe('items and values must have the same number of rows: 120 vs 118');
  });

  it('gives #VALUE! with no item', () => {
    expectError(classifyAbc([], []), '#VALUE!');
  });

  it('gives #VALUE! for a value that is not a finite number, naming the row', () => {
    const error = expectError(classifyAbc(['x', 'y'], [1, Number.NaN]), '#VALUE!');
    expect(error.message.en).toBe('values, row 2: a number is expected');
  });

  it('gives #DIV/0! when no value is positive', () => {
    expectError(classifyAbc(['x', 'y'], [0, -3]), '#DIV/0!');
  });

  it('gives #NUM! when the total overflows', () => {
    expectError(classifyAbc(['x', 'y'], [Number.MAX_VALUE, Number.MAX_VALUE]), '#NUM!');
  });
});
