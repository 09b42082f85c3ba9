import { describe, expect, it } from 'vitest';
import { displayList, displayText } from './display.js';

describe('displayText', () => {
  it('writes escape codes, line breaks, DEL, C1 controls and bidirectional overrides as their escapes', () => {
    expect(displayText('\u001b[2J\u001b[31mred\u0007')).toBe('\\x1b[2J\\x1b[31mred\\x07');
    expect(displayText('a\tb\r\nc\u007f\u009b')).toBe('a\\x09b\\x0d\\x0ac\\x7f\\x9b');
    expect(displayText('abc\u202etxt.exe')).toBe('abc\\u202etxt.exe');
  });

  it('leaves ordinary text as it is, accents and no-break spaces included', () => {
    expect(displayText('Élodie « 1\u00a0234,50 € »')).toBe('Élodie « 1\u00a0234,50 € »');
  });

  it('cuts a long text with "…" within the length given, never inside a surrogate pair', () => {
    expect(displayText('abcdef', 4)).toBe('abc…');
    expect(displayText('ab😀cd', 4)).toBe('ab…');
    expect(displayText('x'.repeat(10_000), 600)).toHaveLength(600);
  });
});

describe('displayList', () => {
  it('shows the first names and how many more there are', () => {
    expect(displayList(['a', 'b', 'c'], (count) => `${count} more`, 2)).toBe('a, b, … (1 more)');
    expect(displayList(['a', 'b'], (count) => `${count} more`, 2)).toBe('a, b');
  });
});
