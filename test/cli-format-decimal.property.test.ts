/**
 * `formatDecimal` prints CSV numbers (the ABC values and shares, the RFM monetary values) without
 * `toFixed` when the rounding is certain: its text must be the one `toFixed` gives, trailing zeros and
 * "-0" dropped, for every value — halves, values a rounding error away from a half, negatives, large
 * and tiny numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../src/cli/common.js';

/** The rule as written before the quick way: `toFixed`, then trailing zeros and the dot dropped, never "-0". */
function byToFixed(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  if (decimals > 0) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

const decimalsArbitrary = fc.integer({ min: 0, max: 12 });
/** Values near the cases that matter: k / 10^d and k / 10^d ± half a unit of the last place, and neighbours. */
const valueArbitrary = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom(0, 0.5, -0.5, 0.4999999, 0.5000001)).map(([k, d, shift]) => (k + shift) / 10 ** d),
  fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -3, max: 3 })).map(([k, d, ulps]) => {
    const x = (k + 0.5) / 10 ** d;
    return ulps === 0 ? x : x + ulps * Number.EPSILON * Math.max(1, Math.abs(x));
  }),
);

describe('formatDecimal', () => {
  it('writes what toFixed writes, trailing zeros dropped, on random values (fast-check)', () => {
    fc.assert(
      fc.property(valueArbitrary, decimalsArbitrary, (value, decimals) => {
        expect(formatDecimal(value, decimals)).toBe(byToFixed(value, decimals));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rounds the exact binary value: 1.005 is 1.00499999999999989… (1), 2.675 is 2.67499999999999982… (2.67)', () => {
    expect(formatDecimal(1.005, 2)).toBe('1');
    expect(formatDecimal(2.675, 2)).toBe('2.67');
    // 0.125 is exact in binary: a true half, rounded away from zero as toFixed does.
    expect(formatDecimal(0.125, 2)).toBe('0.13');
    expect(formatDecimal(-0.125, 2)).toBe('-0.13');
  });

  it('drops trailing zeros and the sign of a zero: 1234.5, 0.3, 0, 12', () => {
    expect(formatDecimal(1234.5, 2)).toBe('1234.5');
    expect(formatDecimal(0.30000000000000004, 2)).toBe('0.3');
    expect(formatDecimal(-0.001, 2)).toBe('0');
    expect(formatDecimal(12, 10)).toBe('12');
    expect(formatDecimal(1 / 3, 10)).toBe('0.3333333333');
    expect(formatDecimal(-2 / 3, 10)).toBe('-0.6666666667');
  });

  it('writes large values as toFixed does (beyond 2^40 the quick way steps aside): 123456789012345.67 → 123456789012345.67', () => {
    expect(formatDecimal(123456789012345.67, 2)).toBe((123456789012345.67).toFixed(2).replace(/0+$/, '').replace(/\.$/, ''));
    expect(formatDecimal(1e21, 2)).toBe('1e+21');
  });
});
