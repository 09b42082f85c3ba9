/**
 * `formatDecimal` writes the numbers of the CSV outputs without `toFixed` when it can
 * (`decimalFromScaled`): the text must be exactly what `toFixed` gives, trailing zeros dropped, on
 * any double — near halves, tiny, huge, negative — and for any number of places.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalFromScaled, formatDecimal } from '../src/cli/common.js';

/** The rule as written before the fast path: toFixed, trailing zeros and the dot dropped, never -0. */
function byToFixed(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  if (decimals > 0) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

const places = fc.integer({ min: 0, max: 15 });

describe('formatDecimal', () => {
  it('writes what toFixed writes, on any double (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), places, (value, decimals) => {
        expect(formatDecimal(value, decimals)).toBe(byToFixed(value, decimals));
      }),
      { numRuns: 20_000 },
    );
  });

  it('writes what toFixed writes on amounts in cents, shares and values next to a half (fast-check)', () => {
    const near = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: -3, max: 3 })).map(([units, decimals, ulps]) => {
      // (units + 0.5) / 10^decimals, then moved a few units in the last place: ties and near-ties.
      let value = (units + 0.5) / 10 ** decimals;
      for (let k = 0; k < Math.abs(ulps); k++) value = ulps > 0 ? value + Math.abs(value) * 2 ** -52 : value - Math.abs(value) * 2 ** -52;
      return { value, decimals };
    });
    const cents = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 4 })).map(([c, decimals]) => ({ value: c / 100, decimals }));
    const shares = fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })).map(([a, b]) => ({ value: Math.min(a, b) / Math.max(a, b), decimals: 10 }));
    fc.assert(
      fc.property(fc.oneof(near, cents, shares), ({ value, decimals }) => {
        expect(formatDecimal(value, decimals)).toBe(byToFixed(value, decimals));
      }),
      { numRuns: 20_000 },
    );
  });

  it('takes the fast way for ordinary values and leaves exact halves to toFixed', () => {
    expect(decimalFromScaled(1234.5, 2)).toBe('1234.5');
    expect(decimalFromScaled(0.30000000000000004, 2)).toBe('0.3');
    expect(decimalFromScaled(-0.004, 2)).toBe('0');
    expect(decimalFromScaled(0.0123456789012, 10)).toBe('0.0123456789');
    // 0.125 is exact in binary: a true half at 2 places, which toFixed rounds up (0.13).
    expect(decimalFromScaled(0.125, 2)).toBeNull();
    expect(formatDecimal(0.125, 2)).toBe('0.13');
    expect(decimalFromScaled(1e300, 2)).toBeNull();
  });
});
