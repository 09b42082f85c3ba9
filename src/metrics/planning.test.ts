import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { leadRoute, leadScores, timeAllocation } from './planning.js';

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

describe('leadScores', () => {
  it('sums points × values per row, null rows stay null', () => {
    // [1, 0, 1] · [20, 15, 30] = 50; [0, 1, 1] = 45; [2, 0, 0] = 40.
    expect(leadScores([[1, 0, 1], [0, 1, 1], [null, null, null], [2, null, 0]], [20, 15, 30])).toEqual([50, 45, null, 40]);
    expect(leadRoute(50, 50)).toBe('sales');
    expect(leadRoute(49.9, 50)).toBe('nurturing');
  });

  it('refuses rows of another length than the points, and points that are not finite', () => {
    expect(isSheetError(leadScores([[1, 0]], [20, 15, 30]))).toBe(true);
    expect(isSheetError(leadScores([[1]], [Number.NaN]))).toBe(true);
  });

  it('is additive over the criteria and linear in the points (property)', () => {
    const row = fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(row, fc.integer({ min: -100, max: 100 }), (met, factor) => {
        const points = met.map((_, j) => j + 1);
        const [base] = leadScores([met], points) as number[];
        const [scaled] = leadScores([met], points.map((p) => p * factor)) as number[];
        // Σ met_j × (j + 1) by hand, and multiplying every point by k multiplies the score by k.
        expect(base).toBe(met.reduce((sum, value, j) => sum + value * (j + 1), 0));
        expect(scaled === (base ?? 0) * factor).toBe(true);
      }),
    );
  });
});

describe('leadScores at the edge of the numbers', () => {
  it('gives #NUM! for a score beyond the largest number rather than Infinity', () => {
    const result = leadScores([[1e308, 1e308]], [10, 10]);
    expect(isSheetError(result) ? result.code : result).toBe('#NUM!');
  });
});
