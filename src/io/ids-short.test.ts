/**
 * `IdTable` compares ids of up to 7 one-byte characters in its hash slots (packed with their length)
 * and the others character by character: both ways must number ids exactly as a `Map` of the trimmed
 * strings does, across settles (a file read in parts) and growths of the table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdTable } from './ids.js';

/** Characters that make packing hard: NUL, the last one-byte one, the first two-byte one, a surrogate half. */
const character = fc.constantFrom('a', 'b', 'A', '0', '9', '\u0000', '\u00e9', '\u00ff', '\u0100', '\u03a9', '\ud83d', '-');
const id = fc.array(character, { minLength: 1, maxLength: 10 }).map((characters) => characters.join(''));

describe('IdTable with short ids in its slots', () => {
  it('numbers ids as a Map does, through settles and growths (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 3000 }), fc.integer({ min: 1, max: 500 }), (ids, settleEvery) => {
        const table = new IdTable();
        const reference = new Map<string, number>();
        ids.forEach((value, k) => {
          if (k % settleEvery === 0) table.settle();
          // Read from a text holding it between two others, as from a file's line.
          const text = `x,${value},y`;
          const code = table.codeOfRange(text, 2, 2 + value.length);
          const trimmed = value.trim();
          if (trimmed === '') {
            expect(code).toBe(-1);
            return;
          }
          let expected = reference.get(trimmed);
          if (expected === undefined) {
            expected = reference.size;
            reference.set(trimmed, expected);
          }
          expect(code).toBe(expected);
        });
        expect(table.allNames()).toEqual([...reference.keys()]);
      }),
      { numRuns: 60 },
    );
  });

  it('tells apart a 7-character id, the same with a NUL after it, and an 8-character one', () => {
    const table = new IdTable();
    expect(['C103354', 'C103354\u0000', 'C1033540', 'C103354', 'C10335'].map((value) => table.codeOf(value))).toEqual([0, 1, 2, 0, 3]);
  });
});
