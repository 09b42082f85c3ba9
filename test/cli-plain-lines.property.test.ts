/**
 * `abc` reads the plain lines of a file straight from its bytes (src/io/plain-lines.ts) and the others
 * as text: on random files made mostly of plain lines, with now and then what the bytes reading leaves
 * to the text reading (quotes, accents, decimal commas, ambiguous "1.250", blanks, short or long rows,
 * lone CRs), cut into pieces anywhere, the output, notes and errors must be those of the whole file
 * read as text at once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcome, runOnBytes as run } from './support/cli.js';

const PLAIN_IDS = ['C0001', 'C0002', 'C0003', 'P-17', 'x', 'AB12345678901234'];
/** Plain values: with a dot, whole, and with three decimals ("1.250": ambiguous while the mark is undecided, 1250 in a comma column). */
const PLAIN_VALUES = ['12.50', '7', '-3.25', '0.1', '1999.99', '-0.05', '250', '1.250', '2.500', '-4'];
/** Ids and values the text reading takes (quotes, accents, blanks, no id); now and then a row at fault (short, long). */
const ODD_IDS = ['"Q;R"', 'Zoé', ' S ', '', '"T"', 'C0001 '];
const ODD_VALUES = ['" 12.5 "', ' 7 ', '"1,234.50"', '1.250', '"3"'];

const rowArbitrary = fc.record({
  id: fc.constantFrom(...PLAIN_IDS),
  value: fc.nat(),
  odd: fc.option(
    fc.record({ where: fc.constantFrom('id', 'id', 'value', 'value', 'blank', 'cr', 'cr', 'short', 'long'), id: fc.constantFrom(...ODD_IDS), value: fc.constantFrom(...ODD_VALUES), late: fc.boolean() }),
    { freq: 30 },
  ),
});

describe('abc over mostly plain files, read in parts from bytes or whole as text (fast-check)', () => {
  it('prints and writes exactly what the whole file gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary, { minLength: 20, maxLength: 300, size: 'max' }),
        // Each file draws its values from a few of them, after a lead of whole values: a column may show its first dot late.
        fc.subarray(PLAIN_VALUES, { minLength: 1 }),
        fc.nat({ max: 120 }),
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 700 }), { minLength: 1, maxLength: 4 }),
        fc.constantFrom([], ['--decimal', ','], ['--decimal', '.'], ['--language', 'en']),
        async (rows, drawn, lead, d, end, sizes, options) => {
          // In a comma column a dot groups thousands: "1.250" is 1250, "12.50" is refused; keep the values it reads.
          const comma = (options as readonly string[]).includes(',');
          const values = comma ? [...drawn.filter((value) => !value.includes('.') || /\.[0-9]{3}$/.test(value)), '7'] : drawn;
          const lines = [['item', 'value', 'note'].join(d)];
          for (const [k, row] of rows.entries()) {
            const fields = [row.id, k < lead ? String(row.value % 100) : (values[row.value % values.length] ?? '0'), 'n'];
            const odd = row.odd;
            if (odd === null) {
              lines.push(fields.join(d));
              continue;
            }
            // Rows at fault stop the reading: only in the last rows, so that the rows before them are compared.
            const atFault = odd.where === 'short' || odd.where === 'long';
            if (atFault && (!odd.late || k < rows.length - 3)) {
              lines.push(fields.join(d));
              continue;
            }
            if (odd.where === 'id') fields[0] = odd.id;
            else if (odd.where === 'value' && !(comma && odd.value.includes('.') && odd.value !== '1.250')) fields[1] = odd.value.includes(d) && !odd.value.startsWith('"') ? `"${odd.value}"` : odd.value;
            else if (odd.where === 'short') fields.pop();
            else if (odd.where === 'long') fields.push('z');
            lines.push(odd.where === 'blank' ? '' : odd.where === 'cr' ? `${fields.join(d)}\r${fields.join(d)}` : fields.join(d));
          }
          const bytes = new TextEncoder().encode(lines.map((line) => `${line}${end}`).join(''));
          const argv = ['abc', 'f.csv', '--item', 'item', '--value', 'value', ...options];
          const whole = await run(argv, bytes);
          const parts = await run(argv, bytes, sizes);
          expect(outcome(parts)).toEqual(outcome(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves to the text reading the first value proving the decimal point, after whole values and an ambiguous 1.250', async () => {
    // Read as text, "1.250" alone would be 1.25 with a note (no proof of the mark); line 42's "12.50" proves the point: no note.
    const lines = ['item,value'];
    for (let k = 0; k < 40; k++) lines.push(`C${String(k % 4)},${String(k)}`);
    lines.push('C0,1.250', 'C1,12.50', 'C2,3.75');
    const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
    const argv = ['abc', 'f.csv', '--item', 'item', '--value', 'value'];
    const whole = await run(argv, bytes);
    expect(whole.stderr).toBe('');
    for (const size of [60, 101, 997]) expect(await run(argv, bytes, [size])).toEqual(whole);
  });

  it('leaves to the text reading an ambiguous 1.250 met after the point was seen, and its line in the message of a column written both ways', async () => {
    // Line 2's "12.50" shows a point; line 3's "1.250" could still group thousands, and line 5's "3,5"
    // shows a comma: the column is written both ways and the message names the three lines. Read in
    // parts of 8 bytes, each line starts a part: "1.250" must still reach the text reading.
    const bytes = new TextEncoder().encode('item;value\nA;12.50\nB;1.250\nC;7\nD;3,5\n');
    const argv = ['abc', 'f.csv', '--item', 'item', '--value', 'value'];
    const whole = await run(argv, bytes);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('(ligne 3)');
    for (const size of [8, 9, 13]) expect(await run(argv, bytes, [size])).toEqual(whole);
  });

  it('reads a plain file of 2,000 rows in parts as a whole: the totals of C0001 … C0003 worked by hand', async () => {
    // Row k: customer C000(k mod 3 + 1), value k + 0.25 (k = 0 … 1999): C0001 gets k = 0, 3, …, 1998 (667 rows),
    // Σk = 3 × (0 + … + 666) = 666,333, + 667 × 0.25 = 666,499.75.
    const lines = ['item,value'];
    for (let k = 0; k < 2000; k++) lines.push(`C000${String((k % 3) + 1)},${String(k)}.25`);
    const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
    const parts = await run(['abc', 'f.csv', '--item', 'item', '--value', 'value'], bytes, [1000, 333]);
    expect(parts.code).toBe(0);
    const rowsOut = parts.stdout.trimEnd().split('\n');
    // C0002: k = 1, 4, …, 1999 (667 rows): 3 × (0 + … + 666) + 667 + 166.75 = 667,166.75; C0003: k = 2, 5, …, 1997
    // (666 rows): 3 × (0 + … + 665) + 2 × 666 + 166.5 = 665,833.5.
    expect(rowsOut.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['C0002,667166.75', 'C0001,666499.75', 'C0003,665833.5']);
  });
});
