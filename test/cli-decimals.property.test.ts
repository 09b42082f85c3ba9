// formatDecimal, the text of every figure of the commands' CSV outputs (which OutputBytes writes
// without a string: see cli-output-bytes.property.test.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../src/cli/common.js';

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
