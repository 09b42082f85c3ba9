import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { timeAllocation } from './planning.js';

describe('timeAllocation', () => {
  it('gives each account its class share of the hours over the accounts of that class', () => {
    // 1 000 h: A 500 h over 2 accounts = 250, B 350 h over 1 = 350, C 150 h over 1 = 150.
    expect(timeAllocation(['A', 'B', 'A', 'C'], 1000)).toEqual([250, 350, 250, 150]);
  });

  it('reads shares, ignores case and spaces, leaves other cells empty', () => {
    // 1 600 h, shares 40/40/20: A 640 h over 2 = 320, B 640 over 1, C 320 over 1; "-" and null stay empty.
    expect(timeAllocation([' a', 'b', '-', null, 'A', 'c'], 1600, [0.4, 0.4, 0.2])).toEqual([320, 640, null, null, 320, 320]);
  });

  it('refuses shares above 100 % in all, a share out of range, negative hours', () => {
    expect(isSheetError(timeAllocation(['A'], 100, [0.6, 0.35, 0.15]))).toBe(true);
    expect(isSheetError(timeAllocation(['A'], 100, [-0.1, 0.5, 0.5]))).toBe(true);
    expect(isSheetError(timeAllocation(['A'], -1))).toBe(true);
  });

  it('allocates exactly the share of the classes present: the hours of the accounts add up to the shares used', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'B', 'C'), { minLength: 1, maxLength: 40 }), fc.double({ min: 0, max: 1e5, noNaN: true }), (classes, hours) => {
        const result = timeAllocation(classes, hours);
        if (isSheetError(result)) throw new Error('unexpected error');
        const shares = { A: 0.5, B: 0.35, C: 0.15 };
        const used = (['A', 'B', 'C'] as const).reduce((sum, key) => sum + (classes.includes(key) ? shares[key] : 0), 0);
        const total = result.reduce<number>((sum, value) => sum + (value ?? 0), 0);
        expect(total).toBeCloseTo(used * hours, 6);
      }),
    );
  });
});
