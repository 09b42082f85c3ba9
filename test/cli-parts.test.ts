/**
 * `rfm` and `abc` read a file in parts (src/cli/parts.ts) when the outside world can: the results,
 * notes, errors and exit codes must be those of the whole file read at once, byte for byte, wherever
 * the parts are cut — in a quoted field, between a CR and its LF, inside a UTF-8 character. Checked on
 * the shared data (CDNOW, the R rfm package's orders) and on random files (fast-check) made of what
 * makes reading hard: both date orders, both decimal marks, quotes, line breaks, blanks, encodings,
 * rows too short or too long.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces, runCli, type CliRun } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';


/** Runs a command over in-memory files: whole (readBytes), or in parts when `sizes` is given. */
async function run(argv: readonly string[], files: Readonly<Record<string, Uint8Array>>, sizes?: readonly number[]): Promise<CliRun> {
  const bytesOf = (path: string): Uint8Array => {
    const bytes = files[path];
    if (bytes === undefined) throw Object.assign(new Error(`no file ${path}`), { code: 'ENOENT' });
    return bytes;
  };
  return runCli(argv, {}, {
    readBytes: (path) => Promise.resolve(bytesOf(path)),
    ...(sizes === undefined ? {} : { readPieces: (path: string) => pieces(bytesOf(path), sizes) }),
  });
}

/** The run of the whole file, and the runs in parts of each size: all must be equal. */
async function expectSameInParts(argv: readonly string[], files: Readonly<Record<string, Uint8Array>>, sizeLists: readonly (readonly number[])[]): Promise<CliRun> {
  const whole = await run(argv, files);
  for (const sizes of sizeLists) {
    const parts = await run(argv, files, sizes);
    expect({ sizes, code: parts.code, stdout: parts.stdout, stderr: parts.stderr, written: [...parts.written] }).toEqual({
      sizes,
      code: whole.code,
      stdout: whole.stdout,
      stderr: whole.stderr,
      written: [...whole.written],
    });
  }
  return whole;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes of a text of Latin-1 characters (what Excel's French CSV writes). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from({ length: text.length }, (_, k) => text.charCodeAt(k) & 0xff);
}

describe('rfm and abc over the shared data, the file read whole or in parts', () => {
  const cdnow = readFileSync(sharedPath('data/CDNOW_master.txt'));
  const orders = readFileSync(sharedPath('data/rfm_data_orders.csv'));
  const files = { 'cdnow.txt': cdnow, 'orders.csv': orders };

  it('gives the same RFM table of the 23,570 CDNOW customers, in parts of 64 KB, 4 KB and 1,000 odd sizes', async () => {
    const whole = await expectSameInParts(['rfm', 'cdnow.txt', '--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value'], files, [[65_536], [4096], [997, 13, 4099]]);
    expect(whole.code).toBe(0);
    // 23,570 customers and the header; the first customer's row, worked in test/cli.test.ts.
    expect(whole.stdout.trimEnd().split('\n')).toHaveLength(23_571);
  });

  it('gives the same ABC classification of the CDNOW customers', async () => {
    const whole = await expectSameInParts(['abc', 'cdnow.txt', '--item', 'customer_id', '--value', 'dollar_value'], files, [[65_536], [3001]]);
    expect(whole.code).toBe(0);
  });

  it('gives the same RFM table of the R rfm package’s 4,906 orders (--method rfm, --as-of 2006-12-31)', async () => {
    const argv = ['rfm', 'orders.csv', '--customer', 'customer_id', '--date', 'order_date', '--amount', 'revenue', '--method', 'rfm', '--as-of', '2006-12-31'];
    const whole = await expectSameInParts(argv, files, [[65_536], [1], [7, 3, 11]]);
    expect(whole.stdout).toContain('Brion Stark,229,8,852,3,5,5,355,');
  });
});

describe('reading in parts decides each column over the whole file', () => {
  it('reads 01/02/2024 as 2 January when a later line proves month first (12/31/2024): a second reading', async () => {
    // Line 2 is ambiguous and read day first at first; line 40 proves month first, so the whole
    // column is read month first: A's last purchase is 2024-01-02 (not 2024-02-01), recency from 2025-01-01.
    const lines = ['client,date,amount', 'A,01/02/2024,10'];
    for (let k = 0; k < 37; k++) lines.push(`B,05/05/2024,${k + 1}`);
    lines.push('C,12/31/2024,5');
    const files = { 'us.csv': utf8(`${lines.join('\n')}\n`) };
    const whole = await expectSameInParts(['rfm', 'us.csv', '--customer', 'client', '--date', 'date', '--amount', 'amount'], files, [[16], [64], [5, 9]]);
    // 2024-01-02 → 2025-01-01 (the day after the last purchase, 2024-12-31) = 365 days.
    expect(whole.stdout.split('\n')[1]).toMatch(/^A,365,1,10,/);
  });

  it('reads 1,234 as 1234 when a later value proves the decimal point ($1,234.50), and as 1.234 without proof', async () => {
    const proven = ['item;value', 'p1;1,234', ...Array.from({ length: 30 }, (_, k) => `p${k + 2};${k + 1}`), 'q;1,234.50'];
    const files = { 'proven.csv': utf8(`${proven.join('\n')}\n`), 'unproven.csv': utf8(`${proven.slice(0, -1).join('\n')}\n`) };
    const argv = (file: string): string[] => ['abc', file, '--item', 'item', '--value', 'value', '--language', 'en'];
    const withProof = await expectSameInParts(argv('proven.csv'), files, [[8], [40]]);
    expect(withProof.stdout).toContain('\np1,1234,');
    const withoutProof = await expectSameInParts(argv('unproven.csv'), files, [[8], [40]]);
    expect(withoutProof.stdout).toContain('\np1,1.23,');
    expect(withoutProof.stderr).toContain('no value proves the decimal mark');
  });

  it('refuses a date column written in both orders even after a row at fault, as the whole file does', async () => {
    const text = 'c;d;m\nA;31/12/2024;oops\nB;12/31/2024;3\n';
    const whole = await expectSameInParts(['rfm', 'both.csv', '--customer', 'c', '--date', 'd', '--amount', 'm', '--language', 'en'], { 'both.csv': utf8(text) }, [[4], [9]]);
    expect(whole.code).toBe(1);
    expect(whole.stderr).toContain('dates written in both orders');
  });

  it('reads a Windows-1252 file as the whole file does, and refuses UTF-8 spoiled by Windows-1252 bytes, lines named', async () => {
    const latin = windows1252('client;date;montant\nZoé;31/12/2024;1 234,50\nRené;01/01/2025;12,5\n');
    const spoiled = new Uint8Array([...utf8('client;date;montant\nZoé;31/12/2024;3\n'), ...windows1252('René;01/01/2025;4\n')]);
    const files = { 'latin.csv': latin, 'spoiled.csv': spoiled };
    const argv = (file: string): string[] => ['rfm', file, '--customer', 'client', '--date', 'date', '--amount', 'montant'];
    expect((await expectSameInParts(argv('latin.csv'), files, [[1], [6]])).stdout).toContain('René,');
    const refused = await expectSameInParts(argv('spoiled.csv'), files, [[1], [2], [33]]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ligne 3');
    expect((await expectSameInParts([...argv('spoiled.csv'), '--encoding', 'utf-8'], files, [[1], [5]])).stderr).toContain('\ufffd');
  });

  it('names the line of an unclosed quote, a missing file, an empty file and a header without data', async () => {
    const files = { 'quote.csv': utf8('c,d,m\nA,2024-01-01,3\n"B,2024-01-02,4\n'), 'empty.csv': utf8(''), 'header.csv': utf8('c,d,m\r\n') };
    const argv = (file: string): string[] => ['rfm', file, '--customer', 'c', '--date', 'd', '--amount', 'm'];
    expect((await expectSameInParts(argv('quote.csv'), files, [[3], [100]])).stderr).toContain('ligne 3');
    expect((await expectSameInParts(argv('missing.csv'), files, [[3]])).code).toBe(1);
    expect((await expectSameInParts(argv('empty.csv'), files, [[3]])).code).toBe(1);
    expect((await expectSameInParts(argv('header.csv'), files, [[3]])).code).toBe(1);
  });

  it('counts every row without a customer id but names the first five, as the whole file does', async () => {
    const lines = ['c,d,m', ...Array.from({ length: 40 }, (_, k) => (k % 3 === 0 ? `,2024-01-0${(k % 9) + 1},1` : `C${k % 4},2024-01-0${(k % 9) + 1},${k}`))];
    const whole = await expectSameInParts(['rfm', 'gaps.csv', '--customer', 'c', '--date', 'd', '--amount', 'm'], { 'gaps.csv': utf8(`${lines.join('\n')}\n`) }, [[10], [37]]);
    // Rows k = 0, 3, …, 39 (14 of them) are on lines 2, 5, 8, 11, 14, …
    expect(whole.stderr).toContain('14 ligne(s) sans identifiant client ignorée(s) (ligne(s) 2, 5, 8, 11, 14, …)');
  });
});

/** Pieces of a random file: how each field is written. */
const DATES = ['2024-01-31', '31/01/2024', '01/31/2024', '02/03/2024', '05/05/2024', '20240115', ' 2024-02-01 ', '2024-02-30', ''];
const AMOUNTS = ['12.50', '12,50', '1,234', '1.234', '1 234,50', '$1,234.50', '-3', '7', 'abc', '', '"4,5"'];
const IDS = ['A', 'B', ' C ', 'Zoé', '"D, E"', '"F\nG"', '', 'H"I', '\ufeffJ'];
const ORDERS = ['O1', 'O2', 'O1', '', 'R9'];

const fileArbitrary = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  end: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
  latin: fc.boolean(),
  header: fc.boolean(),
  rows: fc.array(
    fc.record({
      id: fc.constantFrom(...IDS),
      date: fc.constantFrom(...DATES),
      amount: fc.constantFrom(...AMOUNTS),
      order: fc.constantFrom(...ORDERS),
      extra: fc.constantFrom('', '', '', ' ', 'x'),
      short: fc.boolean(),
      blankLine: fc.boolean(),
    }),
    { minLength: 0, maxLength: 25 },
  ),
  sizes: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
  options: fc.subarray(['--date-format mdy', '--decimal ,', '--decimal .', '--encoding utf-8', '--language en', '--order 4', '--refunds drop']),
  command: fc.constantFrom('rfm', 'abc'),
});

describe('random files read in parts, cut anywhere (fast-check)', () => {
  it('print and write exactly what the whole file gives', async () => {
    await fc.assert(
      fc.asyncProperty(fileArbitrary, async (file) => {
        const d = file.delimiter;
        const lines: string[] = file.header ? [['c', 'd', 'm', 'o'].join(d)] : [];
        for (const row of file.rows) {
          if (row.blankLine) lines.push('');
          const fields = [row.id, row.date, row.amount.includes(d) && !row.amount.startsWith('"') ? `"${row.amount}"` : row.amount, row.order];
          if (row.short) fields.pop();
          else if (row.extra !== '') fields.push(row.extra);
          lines.push(fields.join(d));
        }
        const text = `${file.bom ? '\ufeff' : ''}${lines.join(file.end)}${file.end}`;
        const bytes = file.latin && !file.bom ? windows1252(text.replaceAll('\ufeff', '')) : utf8(text);
        const options = file.options.filter((option) => file.command === 'rfm' || !/^--(date-format|order|refunds)/.test(option)).flatMap((option) => option.split(' '));
        const columns = file.header ? [] : ['--columns', 'c,d,m,o'];
        const argv =
          file.command === 'rfm'
            ? ['rfm', 'f.csv', '--customer', '1', '--date', '2', '--amount', '3', ...columns, ...options]
            : ['abc', 'f.csv', '--item', '1', '--value', '3', ...columns, ...options];
        await expectSameInParts(argv, { 'f.csv': bytes }, [file.sizes]);
      }),
      { numRuns: 300 },
    );
  });
});
