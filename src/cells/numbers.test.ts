import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from './errors.js';
import { decideDecimalMark, DecimalEvidence, decimalEvidence, parseNumberText, toSpreadsheetPrecision } from './numbers.js';

describe('parseNumberText', () => {
  it.each([
    ['1 234,50', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['1\u202f234,50', 1234.5],
    ['1,234.50', 1234.5],
    ['1.234,50', 1234.5],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['-3,5', -3.5],
    ['+7', 7],
    ['(1 234)', -1234],
    ['1 234,50 €', 1234.5],
    ['€1,234.50', 1234.5],
    ['$ 20', 20],
    ['-$12.50', -12.5],
    ['- 12,50 €', -12.5],
    ['12 %', 0.12],
    ['12,5%', 0.125],
    ['1e3', 1000],
    ["1'234.5", 1234.5],
    ['0', 0],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumberText(text)).toBeCloseTo(expected, 12);
  });

  it.each(['', '   ', 'abc', '12abc', '1,2,3', '1.2.3,4,5', '--3', '1,23,456', 'NaN', 'Infinity', '1e999', '%'])(
    'refuses %j',
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe('toSpreadsheetPrecision', () => {
  it('gives the decimal total a spreadsheet shows: 0.1 + 0.2 = 0.3, 47.41 + 105.17 + 11.34 = 163.92', () => {
    expect(toSpreadsheetPrecision(0.1 + 0.2)).toBe(0.3);
    expect(toSpreadsheetPrecision(162.92000000000002)).toBe(162.92);
    expect(toSpreadsheetPrecision(47.41 + 105.17 + 11.34)).toBe(163.92);
  });

  it('keeps 15 significant digits, whatever the magnitude, and the sign', () => {
    expect(toSpreadsheetPrecision(123456789.1234567)).toBe(123456789.123457);
    expect(toSpreadsheetPrecision(-0.0001234567890123456)).toBe(-0.000123456789012346);
    expect(toSpreadsheetPrecision(0)).toBe(0);
    expect(Object.is(toSpreadsheetPrecision(-0), 0)).toBe(true);
  });

  it('keeps the largest numbers as they are rather than rounding them up to infinity', () => {
    expect(toSpreadsheetPrecision(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(toSpreadsheetPrecision(-Number.MAX_VALUE)).toBe(-Number.MAX_VALUE);
  });

  it('gives what writing 15 significant digits and reading them back gives, whole cents or not (fast-check)', () => {
    const byText = (value: number): number => {
      if (value === 0) return 0;
      const rounded = Number(value.toPrecision(15));
      return Number.isFinite(rounded) ? rounded : value;
    };
    const cents = fc.tuple(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.constantFrom(1, 10, 100)).map(([n, d]) => n / d);
    const sums = fc.array(fc.integer({ min: -1e7, max: 1e7 }), { maxLength: 30 }).map((list) => list.reduce((total, n) => total + n / 100, 0));
    fc.assert(
      fc.property(fc.oneof(cents, sums, fc.double({ noNaN: true, noDefaultInfinity: true })), (value) => {
        expect(Object.is(toSpreadsheetPrecision(value), byText(value))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the decimal mark of a column', () => {
  it.each([
    ['1,234.50', '.'],
    ['$1,234', '$ambiguous'],
    ['-$1,234', '$ambiguous'],
    ['(1 234,5 €)', ','],
    ['$12.50', '.'],
    ['£ 20', '.'],
    ['12.5', '.'],
    ['1,234,567', '.'],
    ['1234.567', '.'],
    ['0.125', '.'],
    ['1 234,50', ','],
    ['1.234,50', ','],
    ['12,5', ','],
    ['1.234.567', ','],
    ['0,125', ','],
    ['1 234,567', ','],
    ['1,234', 'ambiguous'],
    ['1.234', 'ambiguous'],
    ['-12,500', 'ambiguous'],
    ['(1,234) €', 'ambiguous'],
    ['1234', 'none'],
    ['12 %', 'none'],
  ])('takes %j for a sign of %j', (text, hint) => {
    expect(decimalEvidence(text)).toBe(hint);
  });

  it('reads with the mark given: the other one only groups thousands by threes', () => {
    expect(parseNumberText('$1,234', '.')).toBe(1234);
    expect(parseNumberText('1,234', ',')).toBe(1.234);
    expect(parseNumberText('1.234', ',')).toBe(1234);
    expect(parseNumberText('1.234,5', ',')).toBe(1234.5);
    expect(parseNumberText('1,234.5', '.')).toBe(1234.5);
    expect(parseNumberText('(1 234,50)', ',')).toBe(-1234.5);
    for (const [text, mark] of [['12,5', '.'], ['12.5', ','], ['1,23.4', '.'], ['1.2,3', '.'], ['1,2,3', ',']] as const) expect(parseNumberText(text, mark)).toBeNull();
  });

  const evidence = (values: readonly string[]): DecimalEvidence => {
    const found = new DecimalEvidence();
    values.forEach((value, k) => { found.add(decimalEvidence(value), k + 1); });
    return found;
  };

  it('reads the ambiguous values of a column by the mark it proves', () => {
    expect(decideDecimalMark(evidence(['$1,234', '12.50']))).toEqual({ decimal: '.', defaultedAt: null });
    expect(decideDecimalMark(evidence(['1.234', '12,50']))).toEqual({ decimal: ',', defaultedAt: null });
  });

  it('reads each value by itself when none is ambiguous, even in a column written both ways', () => {
    expect(decideDecimalMark(evidence(['12,5', '29.33', '7']))).toEqual({ decimal: undefined, defaultedAt: null });
  });

  it('reads a lone mark as decimal when nothing proves otherwise, and says where', () => {
    expect(decideDecimalMark(evidence(['7', '1,234']))).toEqual({ decimal: undefined, defaultedAt: 2 });
  });

  it('refuses an ambiguous value in a column proving both marks, naming the rows', () => {
    const result = decideDecimalMark(evidence(['12,5', '29.33', '1,234']));
    expect(isSheetError(result) && result.message.en).toBe('numbers written both ways, decimal comma (row 1) and decimal point (row 2): those such as 1,234 (row 3) cannot be read');
  });

  it('takes the mark the user forces', () => {
    expect(decideDecimalMark(evidence(['12,5', '1,234']), '.')).toEqual({ decimal: '.', defaultedAt: null });
  });
});
