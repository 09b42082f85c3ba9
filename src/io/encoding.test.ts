import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { chooseEncoding, countLineFeeds, inspectUtf8, Utf8Inspector } from './encoding.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
/** Latin-1 characters as single bytes, as Windows-1252 writes them. */
const singleBytes = (text: string): Uint8Array => Uint8Array.from(text, (character) => character.charCodeAt(0));
const joined = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

describe('inspectUtf8', () => {
  it('counts well-formed multi-byte characters and finds the line of each invalid byte', () => {
    // Line 1 "Élodie" in UTF-8 (C3 89), line 2 "Zoé" with é as the single byte E9, line 3 CR-ended, line 4 E9 again.
    const bytes = joined(utf8('client\nÉlodie\n'), singleBytes('Zo\u00e9\r'), singleBytes('x\r\n\u00e9'));
    expect(inspectUtf8(bytes)).toEqual({ multiByteCharacters: 1, invalidBytes: 2, invalidLines: [3, 5] });
  });

  it('refuses overlong forms, surrogates and truncated sequences', () => {
    for (const bad of [[0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]]) {
      expect(inspectUtf8(Uint8Array.from(bad)).invalidBytes).toBe(bad.length);
    }
    expect(inspectUtf8(utf8('€ 𝄞 é')).invalidBytes).toBe(0);
  });
});

describe('countLineFeeds', () => {
  it('counts the LF bytes of any range without CR, whatever the alignment of its bytes; −1 with a CR', () => {
    // Bytes near LF (0x0a) and with the high bit set, where a wrong carry between bytes would show.
    const byte = fc.constantFrom(0x0a, 0x0b, 0x09, 0x8a, 0x0d, 0x00, 0xff, 0x7f, 0x61);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 70 }), fc.nat(7), fc.nat(70), fc.nat(70), (values, offset, a, b) => {
        // Seen through an offset into a larger buffer, so that the words start anywhere.
        const bytes = new Uint8Array(new ArrayBuffer(values.length + offset), offset);
        bytes.set(values);
        const from = Math.min(a, b, values.length);
        const to = Math.min(Math.max(a, b), values.length);
        const range = values.slice(from, to);
        expect(countLineFeeds(bytes, from, to)).toBe(range.includes(0x0d) ? -1 : range.filter((value) => value === 0x0a).length);
      }),
    );
  });

  it('counts 2 LFs in "a\\nbcd\\nef" and none in a range that stops before them; −1 with a CR', () => {
    const bytes = utf8('a\nbcd\nef\r\n');
    expect(countLineFeeds(bytes, 0, 8)).toBe(2);
    expect(countLineFeeds(bytes, 2, 5)).toBe(0);
    expect(countLineFeeds(bytes, 0, bytes.length)).toBe(-1);
  });
});

describe('Utf8Inspector', () => {
  it('names the line of each invalid byte of a file given in pieces, CR, LF and CRLF ending one line each', () => {
    const byte = fc.constantFrom(0x61, 0x0a, 0x0d, 0xff);
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 6 }), (values, cuts) => {
        // Worked out byte by byte: a CR, a LF not just after a CR, end a line; 0xFF is never valid UTF-8.
        const expected: number[] = [];
        let line = 1;
        values.forEach((value, k) => {
          if (value === 0xff && expected[expected.length - 1] !== line) expected.push(line);
          if (value === 0x0d || (value === 0x0a && values[k - 1] !== 0x0d)) line++;
        });
        const inspector = new Utf8Inspector(Infinity);
        const bounds = [0, ...cuts.map((cut) => Math.min(cut, values.length)).sort((x, y) => x - y), values.length];
        for (let k = 0; k + 1 < bounds.length; k++) inspector.push(Uint8Array.from(values.slice(bounds[k], bounds[k + 1])), k + 2 === bounds.length);
        expect(inspector.inspection().invalidLines).toEqual(expected);
        expect(inspector.invalidBytes).toBe(values.filter((value) => value === 0xff).length);
      }),
    );
  });
});

describe('chooseEncoding', () => {
  it('reads valid UTF-8 as UTF-8, a BOM or not', () => {
    expect(chooseEncoding(utf8('\uFEFFclient;montant\nÉlodie;12,50\n'))).toEqual({ encoding: 'utf-8', replacedLines: [] });
  });

  it('reads a file whose accented letters are all single bytes as Windows-1252 (Excel’s French CSV)', () => {
    expect(chooseEncoding(singleBytes('client;montant\nSoci\u00e9t\u00e9 G\u00e9n\u00e9rale;12,50\n'))).toEqual({ encoding: 'windows-1252', replacedLines: [] });
  });

  it('refuses a UTF-8 file holding one Windows-1252 byte, naming its line, instead of reading it all as Windows-1252', () => {
    const bytes = joined(utf8('client;montant\nÉlodie;3\n'), singleBytes('Zo\u00e9;4\n'));
    const result = chooseEncoding(bytes);
    expect(isSheetError(result) && result.code).toBe('#VALUE!');
    expect(isSheetError(result) && result.message.en).toBe('the file is UTF-8, but 1 byte(s) are invalid in UTF-8 (Windows-1252, probably) on line 3: save the file again as UTF-8');
    expect(isSheetError(result) && result.message.fr).toBe(
      'fichier en UTF-8, mais 1 octet(s) invalide(s) en UTF-8 (sans doute du Windows-1252) à la ligne 3\u00a0: réenregistrez le fichier en UTF-8',
    );
  });

  it('reads such a file as the user chooses: UTF-8 listing the replaced lines, or Windows-1252', () => {
    const bytes = joined(utf8('Élodie\n'), singleBytes('Zo\u00e9\n\u00e9'));
    expect(chooseEncoding(bytes, 'utf-8')).toEqual({ encoding: 'utf-8', replacedLines: [2, 3] });
    expect(chooseEncoding(bytes, 'windows-1252')).toEqual({ encoding: 'windows-1252', replacedLines: [] });
  });
});
