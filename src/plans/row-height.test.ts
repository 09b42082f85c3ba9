import { describe, expect, it } from 'vitest';
import { rowHeightFor, wrappedLines } from './row-height.js';

describe('wrapped text heights', () => {
  it('keeps a short answer on one line and the least height', () => {
    expect(wrappedLines('Oui', 10)).toBe(1);
    expect(rowHeightFor([{ text: 'Oui', width: 10 }])).toBe(20);
  });

  it('wraps words greedily: 10 words of 9 letters fill 4 lines of a 30-character column (34 letters per line)', () => {
    // (30 − 1) ÷ 0.85 → 34 letters per line; "abcdefghi abcdefghi abcdefghi" is 29, a fourth word would make 39.
    expect(wrappedLines(new Array(10).fill('abcdefghi').join(' '), 30)).toBe(4);
  });

  it('starts a new line at each line break and cuts a word longer than the line', () => {
    expect(wrappedLines('a\nb\nc', 30)).toBe(3);
    expect(wrappedLines('x'.repeat(70), 30)).toBe(3);
  });

  it('fits more letters per line in a smaller font', () => {
    const text = new Array(12).fill('abcdefghi').join(' ');
    expect(wrappedLines(text, 30, 9)).toBeLessThan(wrappedLines(text, 30, 11));
  });

  it('gives the tallest cell of the row 15 points a line plus a margin, capped at 409', () => {
    expect(rowHeightFor([{ text: 'a\nb\nc', width: 30 }, { text: 'x', width: 5 }])).toBe(50);
    expect(rowHeightFor([{ text: 'a\n'.repeat(100), width: 30 }])).toBe(409);
  });
});
