// The CSV writer: what it protects (a user's text that a spreadsheet would run or rewrite) and what
// comes back from the reader, for any string (property-based, fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { csvRecords, formatCsv, formatCsvField, formatCsvText, needsCsvTextMark, parseCsv, textFromCsvText, type Delimiter } from './csv.js';

const DELIMITERS: readonly (readonly [string, Delimiter])[] = [
  [',', 'comma'],
  [';', 'semicolon'],
  ['\t', 'tab'],
];

function records(text: string, delimiter: Delimiter): string[][] {
  const result = csvRecords(parseCsv(text, { delimiter }));
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

/** Strings rich in what CSV and spreadsheets care about, mixed with any Unicode text. */
const tricky = fc.string({
  unit: fc.constantFrom('"', ',', ';', '\t', '\r', '\n', '\r\n', ' ', "'", '=', '+', '-', '@', '#', '\uFEFF', 'a', 'E', '0', '1', '9', '.', '/', ':', '%', 'é', 'TRUE', 'vrai'),
  maxLength: 12,
});
const anyText = fc.oneof(tricky, fc.string({ unit: 'binary' }), fc.string());

describe('formatCsvText: a user’s text that a spreadsheet would run or rewrite gets a leading apostrophe', () => {
  it('marks formulas, error literals and the apostrophe itself', () => {
    expect(formatCsvText('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(formatCsvText('@SUM(1)')).toBe("'@SUM(1)");
    expect(formatCsvText('+33 6 12 34 56 78')).toBe("'+33 6 12 34 56 78");
    expect(formatCsvText('+33612345678')).toBe("'+33612345678");
    expect(formatCsvText('-Dupont')).toBe("'-Dupont");
    expect(formatCsvText('\tcmd')).toBe("'\tcmd");
    expect(formatCsvText('#N/A')).toBe("'#N/A");
    expect(formatCsvText('#REF!')).toBe("'#REF!");
    expect(formatCsvText("'quoted")).toBe("''quoted");
  });

  it('marks ids a spreadsheet would read as numbers, dates, times or percentages and show otherwise', () => {
    // 00123 → 123; 123456789012 → 1.23457E+11; 1/2 → 2 January; 2024-01-31 → a date; 12:30 → a time.
    for (const id of ['00123', '0042', '123456789012', '1/2', '2024-01-31', '31/12/2024', '12:30', '1,5', '12.5', '-12.5', '12 %', '(12)', '1E5', '1e-3', '12 €', '$12', '1 234'])
      expect(formatCsvText(id, ';'), id).toBe(`'${id}`);
  });

  it('marks the booleans of English and French spreadsheets, in any case', () => {
    for (const word of ['TRUE', 'FALSE', 'VRAI', 'FAUX', 'true', 'Vrai', ' faux ']) expect(formatCsvText(word), word).toBe(`'${word}`);
  });

  it('leaves whole numbers up to 11 digits, ordinary names and ids with letters as they are', () => {
    for (const id of ['12345', '-42', '0', '99999999999', 'Brion Stark', 'C-12', 'iPhone 15', 'A1', 'Truelove', 'E5', ''])
      expect(formatCsvText(id), id).toBe(id);
    expect(formatCsvText('Dupont; Jean', ';')).toBe('"Dupont; Jean"');
    expect(formatCsvText('Dupont, Jean')).toBe('"Dupont, Jean"');
  });
});

describe('the CSV writer and reader round-trip any string (fast-check)', () => {
  it('formatCsvField: any string, any of the three delimiters, comes back unchanged', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, [character, name]) => {
        expect(records(`${formatCsvField(text, character)}${character}x\n`, name)).toEqual([[text, 'x']]);
        expect(records(`x${character}${formatCsvField(text, character)}\r\n`, name)).toEqual([['x', text]]);
      }),
      { numRuns: 2000 },
    );
  });

  it('formatCsv: any rows of any strings come back as the same rows (a lone empty field included)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(...DELIMITERS), (rows, [character, name]) => {
        expect(records(formatCsv(rows, character), name)).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });

  it('formatCsvText: the text comes back as it is, or with one leading apostrophe exactly when it is marked, and textFromCsvText undoes the mark', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, [character, name]) => {
        const [[field]] = records(`${formatCsvText(text, character)}${character}x\n`, name) as [[string, string]];
        expect(field).toBe(needsCsvTextMark(text) ? `'${text}` : text);
        expect(textFromCsvText(field)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('every text starting with an apostrophe is marked, so a leading apostrophe always means “added by the writer”', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(needsCsvTextMark(`'${text}`)).toBe(true);
      }),
    );
  });
});
