/**
 * The bytes reading of plain lines (plain-lines.ts, `ItemRows.readBytes`, `IdTable.codeOfBytes`) must
 * give what the text reading gives: the same fields, numbers, id codes, totals and skipped lines, and
 * stop exactly at the first line that is not plain.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { parseCsv } from './csv.js';
import { dataTable } from './columns.js';
import { numberFromRange } from './fields.js';
import { IdTable } from './ids.js';
import { DECIMAL_LANE, PlainLines } from './plain-lines.js';
import { ItemRows } from './transactions.js';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('PlainLines', () => {
  it('cuts a plain line as parseCsv does, CRLF and LF, and takes an empty line for no record', () => {
    const lines = new PlainLines(0x3b, 3);
    const bytes = bytesOf('a;12.5;x\r\n\nb;;y\n');
    expect(lines.split(bytes, 0)).toBe(true);
    expect([...lines.starts, ...lines.ends, lines.next]).toEqual([0, 2, 7, 1, 6, 8, 10]);
    expect(lines.split(bytes, 10)).toBe(true);
    expect([lines.fields, lines.next]).toEqual([0, 11]);
    expect(lines.split(bytes, 11)).toBe(true);
    expect([lines.fields, ...lines.starts, ...lines.ends]).toEqual([3, 11, 13, 14, 12, 13, 15]);
  });

  it('refuses a quote, a non-ASCII byte, a lone CR, a missing or extra field, and a line without its end', () => {
    const lines = new PlainLines(0x2c, 2);
    for (const text of ['"a",1\n', 'é,1\n', 'a,1\rb,2\n', 'a\n', 'a,1,2\n', 'a,1']) expect([text, lines.split(bytesOf(text), 0)]).toEqual([text, false]);
  });

  it('reads plain numbers as numberFromRange does, and leaves the others (and what teaches a decimal mark) to the text reading', () => {
    const lines = new PlainLines(0x2c, 2);
    const read = (field: string, mark?: ',' | '.', lane: number = DECIMAL_LANE.free): number => {
      lines.decimalLane[1] = lane;
      lines.split(bytesOf(`x,${field}\n`), 0);
      return lines.number(bytesOf(`x,${field}\n`), 1, mark);
    };
    expect([read('29.33'), read('-12'), read('-.5'), read('7.'), read('1.250')]).toEqual([29.33, -12, -0.5, 7, 1.25]);
    expect([read(''), read('-'), read('1 234'), read('12,5'), read('1234567890123456')].map(Number.isNaN)).toEqual([true, true, true, true, true]);
    // A dot in a comma column groups thousands: the text reading reads it.
    expect(Number.isNaN(read('1.5', ','))).toBe(true);
    expect(read('15', ',')).toBe(15);
    // Gathering evidence: "1.250" is ambiguous; a first dot must be recorded by the text reading.
    expect(Number.isNaN(read('1.250', undefined, DECIMAL_LANE.dotKnown))).toBe(true);
    expect(Number.isNaN(read('1.5', undefined, DECIMAL_LANE.dotUnknown))).toBe(true);
    lines.seen.fill(0);
    expect(read('1.5', undefined, DECIMAL_LANE.dotKnown)).toBe(1.5);
    expect(lines.seen[1]).toBe(2);
    expect(read('0.250', undefined, DECIMAL_LANE.dotKnown)).toBe(0.25);
  });

  it('gives the numbers numberFromRange gives on random plain fields (fast-check)', () => {
    const lines = new PlainLines(0x2c, 2);
    fc.assert(
      fc.property(fc.stringMatching(/^-?[0-9]{0,17}(\.[0-9]{0,6})?$/), (field) => {
        const bytes = bytesOf(`x,${field}\n`);
        lines.split(bytes, 0);
        const fromBytes = lines.number(bytes, 1, undefined);
        const fromText = numberFromRange(field, 0, field.length);
        if (!Number.isNaN(fromBytes)) expect(fromBytes).toBe(fromText);
        else expect(field === '' || field === '-' || field.replace(/[^0-9]/g, '').length > 15 || !/[0-9]/.test(field)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('IdTable.codeOfBytes', () => {
  it('gives an id read from bytes the code of the same id read from text, settled or not (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.stringMatching(/^[!-~]{1,20}$/), fc.boolean(), fc.boolean()), { maxLength: 60 }), (ids) => {
        const fromBytes = new IdTable(0, true);
        const fromText = new IdTable(0, true);
        for (const [id, asBytes, settle] of ids) {
          const padded = `,${id},`;
          const code = asBytes ? fromBytes.codeOfBytes(bytesOf(padded), 1, 1 + id.length) : fromBytes.codeOfRange(padded, 1, 1 + id.length);
          expect(code).toBe(fromText.codeOf(id));
          if (settle) fromBytes.settle();
        }
        expect(fromBytes.allNames()).toEqual(fromText.allNames());
      }),
      { numRuns: 300 },
    );
  });

  it('gives −1 for an empty field', () => {
    expect(new IdTable().codeOfBytes(bytesOf('a,,b'), 2, 2)).toBe(-1);
  });
});

/** Plain lines (ASCII, no quote, all fields present), or now and then one that is not. */
const rowArbitrary = fc.record({
  item: fc.constantFrom('A', 'B', 'C0001', 'C0002', 'long-item-identifier-42', '', 'x'),
  value: fc.constantFrom('12.50', '-3', '7', '0.1', '1000000.25', '-0.05'),
  odd: fc.constantFrom(null, null, null, null, null, null, null, null, '"Q"', 'Zoé', ' S ', '12,5', '1.250', 'short', 'extra'),
});

describe('ItemRows.readBytes', () => {
  it('gives the totals and skipped lines of the text reading, stopping at the first line that is not plain (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { minLength: 1, maxLength: 80 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (rows, end, blankLines) => {
        const lines = ['item,value,note'];
        let firstOdd = -1;
        rows.forEach((row, k) => {
          if (blankLines && k % 7 === 3) lines.push('');
          let fields = [row.item, row.value, 'n'];
          if (row.odd !== null) {
            // "1.250" is plain while no evidence of the decimal mark is gathered, as here.
            if (firstOdd < 0 && row.odd !== '1.250') firstOdd = lines.length;
            if (row.odd === 'short') fields = [row.item, row.value];
            else if (row.odd === 'extra') fields.push('z');
            else if (/^[0-9]/.test(row.odd)) fields[1] = row.odd;
            else fields[0] = row.odd;
          }
          lines.push(fields.join(','));
        });
        const text = lines.map((line) => `${line}${end}`).join('');
        const fields = { item: 0, value: { kind: 'amount', column: 1 } } as const;
        const csv = parseCsv(text);
        if (isSheetError(csv)) throw new Error('unparsed');
        const table = dataTable(csv);
        if (isSheetError(table)) throw new Error('no table');
        const byText = new ItemRows(fields, {}, 0);
        const problem = byText.read(table, 1);
        // The bytes reading, from the line after the header, up to its stop; then the text reading for the rest.
        const bytes = bytesOf(text);
        const headerEnd = bytes.indexOf(0x0a) + 1;
        const plain = new PlainLines(0x2c, 3);
        plain.line = 2;
        const byBytes = new ItemRows(fields, {}, 0);
        const stopped = byBytes.readBytes(bytes, headerEnd, plain);
        const consumed = new TextDecoder().decode(bytes.subarray(0, stopped)).split(end).length - 1;
        if (firstOdd < 0) expect(stopped).toBe(bytes.length);
        else expect({ consumed, text }).toEqual({ consumed: firstOdd, text });
        expect(plain.line).toBe(consumed + 1);
        const restCsv = parseCsv(text.slice(new TextDecoder().decode(bytes.subarray(0, stopped)).length), { delimiter: 'comma', firstLine: plain.line, continued: true });
        if (isSheetError(restCsv)) throw new Error('unparsed rest');
        const restProblem = byBytes.read({ header: table.header, csv: restCsv, start: 1, firstLine: 1 }, 0);
        expect(restProblem?.message ?? null).toEqual(problem?.message ?? null);
        expect(byBytes.result()).toEqual(byText.result());
      }),
      { numRuns: 500 },
    );
  });
});
