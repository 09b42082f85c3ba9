import { describe, expect, it } from 'vitest';
import { parseNumberText, toSpreadsheetPrecision } from './numbers.js';

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
});
