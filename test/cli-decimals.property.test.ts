// formatDecimal, the text of every figure of the commands' CSV outputs; and decimalFormatter, which the
// clv command's output uses instead of formatDecimal (toFixed on each figure): the text must be the
// same for every number, ties and near-ties included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../src/cli/common.js';
import { decimalFormatter } from '../src/cli/decimals.js';

const PLACES = [0, 1, 2, 4, 6] as const;

describe('formatDecimal', () => {
  it('keeps the exponent of a number from 10²¹ on, worked by hand', () => {
    // toFixed writes such numbers as String does: the zeros of "1e+30" are the exponent's, not decimals.
    expect(formatDecimal(1e30, 2)).toBe('1e+30');
    expect(formatDecimal(-2e25, 10)).toBe('-2e+25');
    expect(formatDecimal(1.5e21, 2)).toBe('1.5e+21');
    expect(formatDecimal(1e20, 2)).toBe('100000000000000000000');
    expect(formatDecimal(12.5, 0)).toBe('13');
  });

  it('reads back as the number, to the places kept (fast-check)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 10 }), (value, places) => {
        const back = Number(formatDecimal(value, places));
        if (Math.abs(value) >= 1e21) expect(back).toBe(value);
        // Rounded to the places kept; the text of a number beyond 2⁵³ is itself rounded to its double.
        else expect(Math.abs(back - value)).toBeLessThanOrEqual(0.5 * 10 ** -places + Math.abs(value) * Number.EPSILON);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('decimalFormatter', () => {
  it('writes figures as formatDecimal does, worked by hand', () => {
    const places4 = decimalFormatter(4);
    const places2 = decimalFormatter(2);
    expect(places4(38.857142857142854)).toBe('38.8571');
    expect(places4(0.26699999)).toBe('0.267');
    expect(places4(1)).toBe('1');
    expect(places4(-0.00001)).toBe('0');
    expect(places4(-2.5)).toBe('-2.5');
    expect(places2(41.215000001)).toBe('41.22');
    expect(places2(16.504999)).toBe('16.5');
    expect(places2(1e12 + 0.125)).toBe('1000000000000.13');
    // 0.125 is exact in binary: a true tie, which toFixed rounds up.
    expect(places2(0.125)).toBe('0.13');
    expect(places2(Number.NaN)).toBe('NaN');
  });

  it('gives formatDecimal’s text for any double', () => {
    const formatters = PLACES.map((places) => decimalFormatter(places));
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: PLACES.length - 1 }), (value, k) => {
        expect(formatters[k]?.(value)).toBe(formatDecimal(value, PLACES[k] ?? 0));
      }),
      { numRuns: 20_000 },
    );
  });

  it('gives formatDecimal’s text next to the ties k.5 ÷ 10^places, a few ulps either side', () => {
    const formatters = PLACES.map((places) => decimalFormatter(places));
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: PLACES.length - 1 }), fc.integer({ min: -4, max: 4 }), (units, k, ulps) => {
        const places = PLACES[k] ?? 0;
        const tie = (units + 0.5) / 10 ** places;
        // A few units in the last place of the tie away from it (exact: same binade).
        const value = tie + ulps * Number.EPSILON * 2 ** Math.floor(Math.log2(Math.abs(tie)));
        expect(formatters[k]?.(value)).toBe(formatDecimal(value, places));
      }),
      { numRuns: 20_000 },
    );
  });
});
