import { describe, expect, it, vi } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { csvField, csvFieldCount, csvRecords, detectDelimiter, formatCsv, formatCsvField, parseCsv, type CsvParseOptions, type CsvTable } from './csv.js';

function parsed(text: string, options: CsvParseOptions = {}): CsvTable {
  const table = parseCsv(text, options);
  if (isSheetError(table)) throw new Error(table.message.en);
  return table;
}

function records(text: string, options: CsvParseOptions = {}): string[][] {
  const result = csvRecords(parseCsv(text, options));
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

function lines(text: string, options: CsvParseOptions = {}): number[] {
  return Array.from(parsed(text, options).lines);
}

describe('detectDelimiter', () => {
  it('finds the comma of an English export', () => {
    expect(detectDelimiter('customer_id,order_date,revenue\nA,2006-12-31,32')).toBe('comma');
  });

  it('finds the semicolon of a French export, whose amounts hold decimal commas', () => {
    expect(detectDelimiter('client;date;montant\nA;31/12/2024;1 234,50')).toBe('semicolon');
  });

  it('finds tabs', () => {
    expect(detectDelimiter('client\tdate\tmontant\n')).toBe('tab');
  });

  it('takes aligned columns without any delimiter for whitespace, as in the CDNOW header line', () => {
    expect(detectDelimiter(' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77')).toBe('whitespace');
  });

  it('takes a one-word header for a one-column comma file', () => {
    expect(detectDelimiter('customer\nA\nB')).toBe('comma');
  });

  it('ignores delimiters inside quotes and a leading BOM', () => {
    expect(detectDelimiter('\uFEFF"nom, prénom";"ville, pays";montant\n')).toBe('semicolon');
  });

  it('prefers the semicolon when semicolons and commas are as many', () => {
    expect(detectDelimiter('a,b;c\n')).toBe('semicolon');
  });

  it('skips empty lines before the header line', () => {
    expect(detectDelimiter('\r\n\nx;y\n')).toBe('semicolon');
  });
});

describe('parseCsv', () => {
  it('splits comma-separated records and numbers their lines from 1', () => {
    const table = parsed('a,b,c\n1,2,3\n');
    expect(table.delimiter).toBe('comma');
    expect(records('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(Array.from(table.lines)).toEqual([1, 2]);
  });

  it('reads the last line without a final line break', () => {
    expect(records('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('handles CRLF and lone CR line ends', () => {
    expect(records('a;b\r\n1;2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(records('a;b\r1;2\r3;4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines('a;b\r1;2\r3;4')).toEqual([1, 2, 3]);
  });

  it('reads CR-only, LF and CRLF files in work proportional to their size (the searches cover each character a bounded number of times)', () => {
    // Counts the characters String.prototype.indexOf walks over during a parse: a search for the
    // next line feed from every line of a CR-only file would walk the rest of the file each time.
    const rows = 20_000;
    const body = Array.from({ length: rows }, (_, k) => `c${k % 97},2024-01-${String((k % 28) + 1).padStart(2, '0')},${k}.5`);
    const searched = (text: string): number => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with each string as its `this`
      const original = String.prototype.indexOf;
      let walked = 0;
      const spy = vi.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
        const found = original.call(this, search, from);
        walked += (found < 0 ? this.length : found) - (from ?? 0);
        return found;
      });
      try {
        const table = parsed(text);
        expect(table.recordCount).toBe(rows + 1);
      } finally {
        spy.mockRestore();
      }
      return walked;
    };
    for (const end of ['\r', '\n', '\r\n']) {
      const text = `customer,date,amount${end}${body.join(end)}${end}`;
      // Each of the three searches (line end, quote, delimiter) passes over a character at most once or twice.
      expect(searched(text)).toBeLessThan(6 * text.length);
    }
  });

  it('gives the same records and lines for a CR-only file as for the same file with LF', () => {
    const lf = 'a,b\n"x\ny",2\n\n3,4\n';
    const cr = lf.replaceAll('\n', '\r');
    expect(records(cr)).toEqual([
      ['a', 'b'],
      ['x\ry', '2'],
      ['3', '4'],
    ]);
    expect(lines(cr)).toEqual(lines(lf));
  });

  it('drops a UTF-8 BOM so that the first column name is clean', () => {
    expect(records('\uFEFFclient;montant\nA;3')[0]).toEqual(['client', 'montant']);
  });

  it('keeps the delimiter inside a quoted field', () => {
    expect(records('nom;montant\n"Dupont; Jean";12\n')[1]).toEqual(['Dupont; Jean', '12']);
  });

  it('makes doubled quotes single', () => {
    expect(records('a,b\n"12"" screen","say ""hi"""\n')[1]).toEqual(['12" screen', 'say "hi"']);
  });

  it('keeps line breaks inside quotes and still numbers the following records by their line', () => {
    const text = 'id,note\n1,"first line\r\nsecond line\nthird"\n2,plain\n';
    expect(records(text)).toEqual([
      ['id', 'note'],
      ['1', 'first line\r\nsecond line\nthird'],
      ['2', 'plain'],
    ]);
    expect(lines(text)).toEqual([1, 2, 5]);
  });

  it('skips empty lines but keeps counting them', () => {
    const text = 'a,b\n\n1,2\r\n\r\n3,4\n\n';
    expect(records(text)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(lines(text)).toEqual([1, 3, 5]);
  });

  it('keeps empty fields, a trailing delimiter included', () => {
    expect(records('a,b,c\n,2,\n')[1]).toEqual(['', '2', '']);
    expect(records('a;b\n1;\n')[1]).toEqual(['1', '']);
  });

  it('keeps spaces around unquoted fields (trimming is the reader’s choice)', () => {
    expect(records('a, b \n')[0]).toEqual(['a', ' b ']);
  });

  it('keeps text written after a closing quote, as spreadsheets do', () => {
    expect(records('a,b\n"x"y,2\n')[1]).toEqual(['xy', '2']);
  });

  it('reads a quoted empty field as an empty string', () => {
    expect(records('a,b\n"",2\n')[1]).toEqual(['', '2']);
  });

  it('reads a one-column file with no delimiter at all', () => {
    expect(records('customer\nA\nB\n')).toEqual([['customer'], ['A'], ['B']]);
  });

  it('mixes quoted and plain lines in any order', () => {
    const text = 'a,b\n1,2\n"3,x",4\n5,6\n"7\n8",9\n10,11';
    expect(records(text)).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3,x', '4'],
      ['5', '6'],
      ['7\n8', '9'],
      ['10', '11'],
    ]);
    expect(lines(text)).toEqual([1, 2, 3, 4, 5, 7]);
  });

  it('splits whitespace-aligned columns, ignoring leading and trailing blanks (CDNOW)', () => {
    const text = ' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n';
    expect(records(text, { delimiter: 'whitespace' })).toEqual([
      ['00004', '0001', '19970101', '2', '29.33'],
      ['00004', '0001', '19970118', '2', '29.73'],
    ]);
  });

  it('skips blank lines in whitespace mode and reads quoted words with spaces', () => {
    expect(records('a\tb  c\n   \n"d e" f\n', { delimiter: 'whitespace' })).toEqual([
      ['a', 'b', 'c'],
      ['d e', 'f'],
    ]);
  });

  it('uses the delimiter given rather than the detected one', () => {
    expect(records('a;b,c\n', { delimiter: 'comma' })).toEqual([['a;b', 'c']]);
  });

  it('returns #VALUE! naming the line where a quote opens and never closes', () => {
    const result = parseCsv('a,b\n1,2\n3,"open\n4,5\n');
    expect(isSheetError(result) && result.message.en).toBe('line 3: a quote is opened and never closed');
    expect(isSheetError(result) && result.message.fr).toBe('ligne 3 : guillemet ouvert jamais fermé');
  });

  it('returns no record for an empty text or a BOM alone', () => {
    expect(parsed('').recordCount).toBe(0);
    expect(parsed('\uFEFF').recordCount).toBe(0);
    expect(parsed('\n\r\n').recordCount).toBe(0);
  });
});

describe('csvField and csvFieldCount', () => {
  const table = parsed('a,b,c\n1,"two"\n');

  it('count the fields of each record', () => {
    expect(csvFieldCount(table, 0)).toBe(3);
    expect(csvFieldCount(table, 1)).toBe(2);
    expect(csvFieldCount(table, 2)).toBe(0);
  });

  it('give undefined for a field the record does not have', () => {
    expect(csvField(table, 1, 1)).toBe('two');
    expect(csvField(table, 1, 2)).toBeUndefined();
    expect(csvField(table, 1, -1)).toBeUndefined();
  });
});

describe('formatCsvField and formatCsv', () => {
  it('leave plain fields as they are', () => {
    expect(formatCsvField('Brion Stark')).toBe('Brion Stark');
    expect(formatCsvField('1 234,50', ';')).toBe('1 234,50');
  });

  it('quote a field holding the delimiter, a quote or a line break, doubling its quotes', () => {
    expect(formatCsvField('Dupont, Jean')).toBe('"Dupont, Jean"');
    expect(formatCsvField('12" screen')).toBe('"12"" screen"');
    expect(formatCsvField('two\nlines')).toBe('"two\nlines"');
    expect(formatCsvField('cr\ronly')).toBe('"cr\ronly"');
    expect(formatCsvField('a;b', ';')).toBe('"a;b"');
    expect(formatCsvField('a;b')).toBe('a;b');
  });

  it('write one line per row, each ended by a line break', () => {
    expect(formatCsv([['item', 'value'], ['a;b', '3']], ';')).toBe('item;value\n"a;b";3\n');
    expect(formatCsv([])).toBe('');
  });

  it('give back the same rows when read again, whatever the characters (seeded random rows)', () => {
    let state = 12345;
    const random = (): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const alphabet = ['a', 'b', ' ', ',', ';', '"', '\n', '\r', '\r\n', 'é', '\t'];
    for (let round = 0; round < 200; round++) {
      const rows: string[][] = [];
      const width = 2 + Math.floor(random() * 3);
      for (let r = 0; r < 1 + Math.floor(random() * 5); r++) {
        const row: string[] = [];
        for (let c = 0; c < width; c++) {
          let field = '';
          for (let k = 0; k < Math.floor(random() * 6); k++) field += alphabet[Math.floor(random() * alphabet.length)] ?? '';
          row.push(field);
        }
        rows.push(row);
      }
      for (const [delimiter, name] of [[',', 'comma'], [';', 'semicolon']] as const) {
        expect(records(formatCsv(rows, delimiter), { delimiter: name })).toEqual(rows);
      }
    }
  });
});
