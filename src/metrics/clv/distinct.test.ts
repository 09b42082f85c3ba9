import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctPairs, distinctValues } from './distinct.js';

describe('distinctValues', () => {
  it('numbers the distinct values in order of first appearance', () => {
    const { index, values } = distinctValues([5, 2, 5, 7, 2.5, 7]);
    expect([...index]).toEqual([0, 1, 0, 2, 3, 2]);
    expect([...values]).toEqual([5, 2, 7, 2.5]);
  });

  it('takes 0 and −0 as one value, and tells apart values one ulp apart', () => {
    expect([...distinctValues([0, -0, 0]).index]).toEqual([0, 0, 0]);
    expect(distinctValues([1 / 7, 1 / 7 + 2 ** -55, 1 / 7]).values.length).toBe(2);
  });

  it('numbers as a Map of first appearances would, for any column', () => {
    const column = fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 400 }).map((d) => d / 7), fc.double({ noNaN: true })), { maxLength: 3000 });
    fc.assert(
      fc.property(column, (values) => {
        const first = new Map<number, number>();
        for (const v of values) if (!first.has(v)) first.set(v, first.size);
        const result = distinctValues(values);
        expect([...result.index]).toEqual(values.map((v) => first.get(v)));
        expect([...result.values]).toEqual([...first.keys()].map((v) => v + 0));
      }),
      { numRuns: 300 },
    );
  });
});

describe('distinctPairs', () => {
  it('numbers the distinct pairs in order of first appearance, worked by hand', () => {
    // Pairs (0, 3) (1, 3) (0, 4) (1, 3) (0, 3): three distinct.
    expect([...distinctPairs(Int32Array.of(0, 1, 0, 1, 0), distinctValues([3, 3, 4, 3, 3])).index]).toEqual([0, 1, 2, 1, 0]);
  });

  it('numbers as a Map of the pairs’ first appearances would (fast-check)', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })), { maxLength: 2000 });
    fc.assert(
      fc.property(pairs, (rows) => {
        const first = distinctValues(rows.map(([a]) => a));
        const second = distinctValues(rows.map(([, b]) => b));
        const seen = new Map<string, number>();
        for (const [a, b] of rows) if (!seen.has(`${String(a)},${String(b)}`)) seen.set(`${String(a)},${String(b)}`, seen.size);
        expect([...distinctPairs(first.index, second).index]).toEqual(rows.map(([a, b]) => seen.get(`${String(a)},${String(b)}`)));
      }),
      { numRuns: 300 },
    );
  });
});
