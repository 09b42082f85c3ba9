import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distinctValues } from './distinct.js';

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
