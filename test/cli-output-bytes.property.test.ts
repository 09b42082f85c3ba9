// The rfm, abc and clv commands write their outputs straight into bytes (OutputBytes) instead of joining
// lines of text and encoding them: the bytes must be those of the text, for any text and any figure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../src/cli/common.js';
import { OutputBytes } from '../src/cli/output.js';

function decimalBytes(value: number, places: number): string {
  const out = new OutputBytes();
  out.decimal(value, places);
  return out.toString();
}

describe('OutputBytes', () => {
  it('writes figures as formatDecimal does, worked by hand', () => {
    expect(decimalBytes(1234.5, 2)).toBe('1234.5');
    expect(decimalBytes(0.30000000000000004, 2)).toBe('0.3');
    expect(decimalBytes(-0.001, 2)).toBe('0');
    expect(decimalBytes(-0, 10)).toBe('0');
    expect(decimalBytes(-2.5, 0)).toBe('-3');
    expect(decimalBytes(10, 2)).toBe('10');
    expect(decimalBytes(1 / 3, 10)).toBe('0.3333333333');
    expect(decimalBytes(2 / 3, 10)).toBe('0.6666666667');
    expect(decimalBytes(0.000_000_000_06, 10)).toBe('0.0000000001');
    expect(decimalBytes(1, 10)).toBe('1');
    // 2⁻¹¹ = 0.00048828125 is exact in binary: a true tie at the tenth place, which toFixed rounds up.
    expect(decimalBytes(2 ** -11, 10)).toBe('0.0004882813');
    expect(decimalBytes(1e30, 2)).toBe('1e+30');
    expect(decimalBytes(123_456_789_012.345, 2)).toBe('123456789012.35');
    // Figures of the clv command: 4 places for purchases and times, 2 for money.
    expect(decimalBytes(38.857142857142854, 4)).toBe('38.8571');
    expect(decimalBytes(0.26699999, 4)).toBe('0.267');
    expect(decimalBytes(-0.00001, 4)).toBe('0');
    expect(decimalBytes(41.215000001, 2)).toBe('41.22');
    expect(decimalBytes(16.504999, 2)).toBe('16.5');
    expect(decimalBytes(1e12 + 0.125, 2)).toBe('1000000000000.13');
    // 0.125 is exact in binary: a true tie, which toFixed rounds up.
    expect(decimalBytes(0.125, 2)).toBe('0.13');
    expect(decimalBytes(Number.NaN, 2)).toBe('NaN');
  });

  it('gives formatDecimal’s text for any double, 0 to 10 places (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })), fc.integer({ min: 0, max: 10 }), (value, places) => {
        expect(decimalBytes(value, places)).toBe(formatDecimal(value, places));
      }),
      { numRuns: 30_000 },
    );
  });

  it('gives formatDecimal’s text next to the ties k.5 ÷ 10^places, a few ulps either side (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: -4, max: 4 }), (units, places, ulps) => {
        const tie = (units + 0.5) / 10 ** places;
        const value = tie + ulps * Number.EPSILON * 2 ** Math.floor(Math.log2(Math.abs(tie)));
        expect(decimalBytes(value, places)).toBe(formatDecimal(value, places));
      }),
      { numRuns: 30_000 },
    );
  });

  it('writes the UTF-8 bytes of the lines’ text: accents, emoji, lone surrogates, many lines (fast-check)', () => {
    const field = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.constantFrom('Dupont', 'Société Générale', '😀 client', '\uD800'));
    fc.assert(
      fc.property(fc.array(fc.tuple(field, fc.double({ noNaN: true })), { maxLength: 3000 }), (rows) => {
        const bytes = new OutputBytes();
        const lines: string[] = [];
        for (const [text, value] of rows) {
          bytes.text(text);
          bytes.comma();
          bytes.decimal(value, 2);
          bytes.lineEnd();
          lines.push(`${text},${formatDecimal(value, 2)}`);
        }
        const text = lines.map((line) => `${line}\n`).join('');
        expect(Buffer.from(bytes.bytes()).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
