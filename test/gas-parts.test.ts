import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPart, wholeText, type TextPart } from '../gas/server/parts.js';
import { UserFacingError } from '../src/workbook/port.js';

/** Every part of a text, as the server gives them one call at a time. */
function allParts(text: string, limit: number): TextPart[] {
  const first = textPart(text, 0, limit);
  return Array.from({ length: first.parts }, (_, k) => textPart(text, k, limit));
}

describe('text carried in parts over google.script.run', () => {
  it('cuts "abcdef" at 4 into "abcd" and "ef"', () => {
    expect(allParts('abcdef', 4).map((part) => [part.text, part.part, part.parts])).toEqual([
      ['abcd', 0, 2],
      ['ef', 1, 2],
    ]);
  });

  it('joins back any text, whatever the limit, never cutting a surrogate pair', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 50 }), async (text, limit) => {
        const parts = allParts(text, limit);
        for (const part of parts) {
          expect(part.text.length).toBeLessThanOrEqual(limit);
          const last = part.text.charCodeAt(part.text.length - 1);
          if (part.part < part.parts - 1) expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
        }
        expect(await wholeText((k) => Promise.resolve(parts[k] ?? parts[0] as TextPart))).toBe(text);
      }),
    );
  });

  it('refuses to join the parts of two different texts (the selection edited between two calls)', async () => {
    const before = allParts('{"plans":[1,2,3]}', 6);
    const after = allParts('{"plans":[1,2,4]}', 6);
    const mixed = [before[0], after[1], after[2]] as TextPart[];
    await expect(wholeText((k) => Promise.resolve(mixed[k] as TextPart))).rejects.toBeInstanceOf(UserFacingError);
  });

  it('refuses a part number outside the text', () => {
    expect(() => textPart('abc', 1, 10)).toThrow(RangeError);
  });
});
