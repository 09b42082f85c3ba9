/**
 * The radix sort of `sortByValue` (from 2,048 items on) against the comparison it replaces: the same
 * order on random values, with many ties (a few distinct values), equal items, tiny and huge values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByValue } from './abc.js';

/** The order of the rows as the comparison sort gives it: value descending, item ascending, position. */
function compared(items: readonly string[], values: readonly number[]): number[] {
  const positions = values.map((_, i) => i);
  return positions.sort((x, y) => {
    const byValue = (values[y] ?? 0) - (values[x] ?? 0);
    if (byValue !== 0) return byValue;
    const itemX = items[x] ?? '';
    const itemY = items[y] ?? '';
    if (itemX !== itemY) return itemX < itemY ? -1 : 1;
    return x - y;
  });
}

const positiveValue = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((cents) => cents / 100),
  fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100),
  fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
);

/** Whole numbers below m drawn from a seed (a linear congruential generator): the same draws for the same seed. */
function drawer(seed: number): (m: number) => number {
  let state = seed;
  return (m) => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state % m;
  };
}

/** sortByValue over every position gives the comparison sort's order. */
function expectComparisonOrder(items: readonly string[], values: readonly number[]): void {
  const positions = Int32Array.from(values, (_, i) => i);
  sortByValue(positions, items, values);
  expect(Array.from(positions)).toEqual(compared(items, values));
}

describe('sortByValue', () => {
  it('orders many items as the comparison does (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2048, max: 6000 }),
        fc.array(positiveValue, { minLength: 1, maxLength: 40 }),
        fc.array(fc.constantFrom('a', 'b', 'B', 'c10', 'c9', 'é'), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (n, palette, names, seed) => {
          // Values and items drawn from small palettes: runs of equal values, equal items inside them.
          const next = drawer(seed);
          const values = Array.from({ length: n }, () => palette[next(palette.length)] ?? 1);
          const items = Array.from({ length: n }, () => names[next(names.length)] ?? '');
          expectComparisonOrder(items, values);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('orders short runs of equal values (pairs, triples) as the comparison does (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2048, max: 5000 }),
        fc.integer({ min: 2, max: 40 }),
        fc.array(fc.constantFrom('a', 'b', 'B', 'c10', 'c9', 'é', ''), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (n, perValue, names, seed) => {
          // About n ÷ perValue distinct amounts in cents: runs from 1 to some 20 rows, around the insertion sort's limit.
          const next = drawer(seed);
          const distinct = Math.max(1, Math.floor((2 * n) / perValue));
          const values = Array.from({ length: n }, () => (1 + next(distinct)) / 100);
          const items = Array.from({ length: n }, () => names[next(names.length)] ?? '');
          expectComparisonOrder(items, values);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sorts 3,000 distinct values worked out by hand: 3000, 2999 … 1 in cents', () => {
    const values = Array.from({ length: 3000 }, (_, i) => (i + 1) / 100);
    const items = values.map((_, i) => `p${String(i)}`);
    const positions = Int32Array.from(values, (_, i) => i);
    sortByValue(positions, items, values);
    expect(Array.from(positions.slice(0, 3))).toEqual([2999, 2998, 2997]);
    expect(positions.at(-1)).toBe(0);
  });
});
