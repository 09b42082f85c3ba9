import { describe, expect, it } from 'vitest';
import { parseNumberText } from './numbers.js';

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
