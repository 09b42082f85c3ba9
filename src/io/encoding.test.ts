import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { chooseEncoding, inspectUtf8 } from './encoding.js';

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
