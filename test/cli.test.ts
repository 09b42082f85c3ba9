import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';

const DATA = sharedPath('data');
const ORDERS = `${DATA}/rfm_data_orders.csv`;
const CDNOW_SAMPLE = `${DATA}/CDNOW_sample.txt`;
const CDNOW_MASTER = `${DATA}/CDNOW_master.txt`;

/** The CSV output as rows of fields (the outputs tested here have no quoted field unless said). */
function rows(csv: string): string[][] {
  return csv.trimEnd().split('\n').map((line) => line.split(','));
}

function rowOf(csv: string, id: string): string[] | undefined {
  return rows(csv).find((row) => row[0] === id);
}

const RFM_HEADER = 'customer,recency_days,frequency,monetary,r,f,m,rfm,segment';
const ORDERS_ARGS = ['rfm', ORDERS, '--customer', 'customer_id', '--date', 'order_date', '--amount', 'revenue'];
/** The package's exact method, named: its published results hold for it, not for the default. */
const ORDERS_R_ARGS = [...ORDERS_ARGS, '--method', 'rfm'];
const CDNOW_SAMPLE_ARGS = ['--delimiter', 'whitespace', '--columns', 'orig_id,customer,date,cds,amount', '--customer', 'customer', '--date', 'date', '--amount', 'amount'];

describe('promethee rfm on the R rfm package’s demo orders, with the package’s method (--method rfm)', () => {
  let output = '';
  beforeAll(async () => {
    const result = await run([...ORDERS_R_ARGS, '--as-of', '2006-12-31']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    output = result.stdout;
  });

  it('writes the fixed header and one row per customer: 995 customers', () => {
    const [header, ...customers] = output.trimEnd().split('\n');
    expect(header).toBe(RFM_HEADER);
    expect(customers).toHaveLength(995);
  });

  it('counts every one of the 4906 orders and the whole revenue of 464,158 (SOURCES.md)', () => {
    const customers = rows(output).slice(1);
    expect(customers.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(4906);
    expect(customers.reduce((sum, row) => sum + Number(row[3]), 0)).toBeCloseTo(464158, 6);
  });

  it('finds the package test’s 158 Champions (R, F and M of 4 or 5) with their 1234 orders and 120,178 of revenue', () => {
    const champions = rows(output)
      .slice(1)
      .filter((row) => [row[4], row[5], row[6]].every((score) => Number(score) >= 4));
    expect(champions).toHaveLength(158);
    expect(champions.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(1234);
    expect(champions.reduce((sum, row) => sum + Number(row[3]), 0)).toBeCloseTo(120178, 6);
  });

  it('gives Brion Stark 229 days, 8 orders, 852 — and R 3, F 5, M 5 against the package’s cut points', () => {
    // Orders 2004-12-20 … 2006-05-16 (last), 32 + 212 + 75 + 205 + 104 + 33 + 165 + 26 = 852;
    // 2006-05-16 → 2006-12-31 = 15 + 214 days; recency cuts 115/181/297.4/482 put 229 in the 3rd bin.
    expect(rowOf(output, 'Brion Stark')).toEqual(['Brion Stark', '229', '8', '852', '3', '5', '5', '355', 'Clients fidèles']);
  });

  it('gives Edw Frami 44 days, 10 orders, 868: a 555 Champion', () => {
    // Last order 2006-11-17 (13 + 31 days before 2006-12-31); 116 + 22 + 127 + 104 + 101 + 50 + 15 + 99 + 201 + 33 = 868.
    expect(rowOf(output, 'Edw Frami')).toEqual(['Edw Frami', '44', '10', '868', '5', '5', '5', '555', 'Champions']);
  });

  it('names segments in English with --language en', async () => {
    const result = await run([...ORDERS_R_ARGS, '--as-of', '2006-12-31', '--language', 'en']);
    expect(rowOf(result.stdout, 'Brion Stark')?.[8]).toBe('Loyal');
  });

  it('measures recency from the day after the last date of the file by default (2006-12-31 here)', async () => {
    const result = await run(ORDERS_ARGS);
    expect(rowOf(result.stdout, 'Brion Stark')?.slice(1, 4)).toEqual(['229', '8', '852']);
  });

  it('scores in equal groups with --method ntile and leaves the segment empty with --bins 4', async () => {
    const ntile = await run([...ORDERS_ARGS, '--method', 'ntile', '--bins', '4']);
    expect(ntile.code).toBe(0);
    const customers = rows(ntile.stdout).slice(1);
    // 995 customers in 4 equal groups: 249, 249, 249, 248 (dplyr::ntile's sizes).
    const perScore = [1, 2, 3, 4].map((score) => customers.filter((row) => row[6] === String(score)).length);
    expect(perScore).toEqual([249, 249, 249, 248]);
    expect(customers.every((row) => row[8] === '')).toBe(true);
  });

  it('writes the result to --out and nothing to the standard output', async () => {
    const result = await run([...ORDERS_ARGS, '--out', 'rfm.csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.written.get('rfm.csv')?.startsWith(`${RFM_HEADER}\n`)).toBe(true);
  });
});

describe('promethee rfm on the CDNOW files', () => {
  it('reads the headerless whitespace sample with --columns: 2357 customers, customer 0001 by hand', async () => {
    const result = await run(['rfm', CDNOW_SAMPLE, ...CDNOW_SAMPLE_ARGS, '--as-of', '1998-07-01']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toHaveLength(2358);
    // 1997-01-01 29.33, 1997-01-18 29.73, 1997-08-02 14.96, 1997-12-12 26.48; 1997-12-12 → 1998-07-01 = 201 days.
    // An id with a leading zero is written with the apostrophe that keeps a spreadsheet from reading 1.
    expect(rowOf(result.stdout, "'0001")?.slice(0, 4)).toEqual(["'0001", '201', '4', '100.5']);
  });

  it('reads the full cohort, whose header line starts with a space: 23,570 customers, customer 00003 by hand', async () => {
    const result = await run(['rfm', CDNOW_MASTER, '--customer', 'customer_id', '--date', 'date', '--amount', 'dollar_value']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toHaveLength(23571);
    // Six purchases, the last on 1998-05-28; default analysis date 1998-07-01 (the file ends on 1998-06-30).
    // 20.76 + 20.76 + 19.54 + 57.45 + 20.96 + 16.99 = 156.46.
    expect(rowOf(result.stdout, "'00003")?.slice(0, 4)).toEqual(["'00003", '34', '6', '156.46']);
    // 68 customers only bought CDs at $0.00: kept, and reported.
    expect(result.stderr).toBe('promethee: 68 client(s) au montant net ≤ 0 (achats à 0, ou avoirs au moins égaux aux achats), gardé(s) dans la table\n');
  });
});

describe('promethee rfm on a French export', () => {
  const file =
    '\uFEFFClient;Date;N° commande;Montant TTC\r\n' +
    '"Dupont; Jean";31/12/2024;C1;1 234,50\r\n' +
    '"Dupont; Jean";31/12/2024;C1;15,50\r\n' +
    ';02/01/2025;C2;9,99\r\n' +
    'Martin;03/01/2025;C3;42\r\n' +
    'Martin;04/01/2025;C4;-42\r\n' +
    ';05/01/2025;C5;1\r\n' +
    'Durand;05/01/2025;C6;10\r\n';

  it('reads semicolons, a BOM, decimal commas, day-first dates and a quoted name; reports the rows without customer', async () => {
    const result = await run(['rfm', 'ventes.csv', '--customer', 'client', '--date', 'DATE', '--amount', '4', '--order', 'n° commande'], { 'ventes.csv': file });
    expect(result.code).toBe(0);
    const customers = rows(result.stdout).slice(1);
    // Analysis date 2025-01-06, the day after the last date. Dupont: one order of two lines, 1234.50 + 15.50.
    // Martin: an order of 42 and a refund of 42, which is not an order: net 0. Durand: 10 the day before.
    expect(customers.map((row) => row.slice(0, 4))).toEqual([
      ['Dupont; Jean', '6', '1', '1250'],
      ['Martin', '3', '1', '0'],
      ['Durand', '1', '1', '10'],
    ]);
    expect(result.stderr).toBe(
      'promethee: ventes.csv : 2 ligne(s) sans identifiant client ignorée(s) (ligne(s) 4, 7)\n' +
        'promethee: 1 client(s) au montant net ≤ 0 (achats à 0, ou avoirs au moins égaux aux achats), gardé(s) dans la table\n',
    );
  });

  it('quotes a customer name holding a comma in its comma-separated output, not one holding a semicolon', async () => {
    const result = await run(['rfm', 'ventes.csv', '--customer', '1', '--date', '2', '--amount', '4'], { 'ventes.csv': file });
    expect(result.stdout.split('\n')[1]?.startsWith('Dupont; Jean,6,')).toBe(true);
    const commas = await run(['rfm', 'c.csv', '--customer', '1', '--date', '2', '--amount', '3'], { 'c.csv': 'name,date,amount\n"Dupont, Jean",2024-01-01,5\n' });
    // One customer: every cut point is its own value, which it does not pass, so the raw scores are 1 and R is reversed to 5.
    expect(commas.stdout.split('\n')[1]?.startsWith('"Dupont, Jean",1,1,5,5,1,1,511,')).toBe(true);
  });

  it('writes a customer name that a spreadsheet would take for a formula as text, with a leading apostrophe', async () => {
    const file = 'customer,date,amount\n"=HYPERLINK(""http://x"",""y"")",2024-01-01,3\n-42,2024-01-02,4\n';
    const result = await run(['rfm', 'f.csv', '--customer', 'customer', '--date', 'date', '--amount', 'amount'], { 'f.csv': file });
    expect(result.stdout.split('\n')[1]?.startsWith('"\'=HYPERLINK(""http://x"",""y"")",')).toBe(true);
    expect(result.stdout.split('\n')[2]?.startsWith('-42,')).toBe(true);
    const abc = await run(['abc', 'f.csv', '--item', 'customer', '--value', 'amount'], { 'f.csv': file });
    expect(abc.stdout.split('\n')[2]?.startsWith('"\'=HYPERLINK(')).toBe(true);
  });

  it('drops refunds from the monetary value with --refunds drop', async () => {
    const result = await run(['rfm', 'ventes.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant ttc', '--refunds', 'drop'], { 'ventes.csv': file });
    expect(rowOf(result.stdout, 'Martin')?.slice(0, 4)).toEqual(['Martin', '3', '1', '42']);
  });

  it('computes amounts as quantity × unit price', async () => {
    const lines = 'customer,date,qty,unit price\nA,2024-01-01,3,2.5\nA,2024-01-02,2,10\n';
    const result = await run(['rfm', 'l.csv', '--customer', 'customer', '--date', 'date', '--quantity', 'qty', '--price', 'unit price'], { 'l.csv': lines });
    expect(rowOf(result.stdout, 'A')?.slice(0, 4)).toEqual(['A', '1', '2', '27.5']);
  });

  it('rounds monetary values to cents and writes them with a dot', async () => {
    const cents = 'c;d;a\nA;2024-01-01;0,1\nA;2024-01-02;0,2\nB;2024-01-02;1 000 000,005\n';
    const result = await run(['rfm', 'c.csv', '--customer', 'c', '--date', 'd', '--amount', 'a'], { 'c.csv': cents });
    expect(rowOf(result.stdout, 'A')?.[3]).toBe('0.3');
    expect(rowOf(result.stdout, 'B')?.[3]).toMatch(/^1000000\.0[01]$/);
  });
});

describe('promethee rfm: files with or without a header line, columns by number', () => {
  const byNumber = (file: string, ...more: string[]): string[] => ['rfm', file, '--customer', '1', '--date', '2', '--amount', '3', '--as-of', '2024-01-10', '--language', 'en', ...more];
  const headerless = 'A,2024-01-01,10\nB,2024-01-02,20\nA,2024-01-05,5\n';

  it('keeps the first transaction of a headerless file and says it read line 1 as data', async () => {
    const result = await run(byNumber('nohead.csv'), { 'nohead.csv': headerless });
    expect(result.code).toBe(0);
    // A: 10 + 5 = 15 in 2 orders, last 2024-01-05 → 2024-01-10 = 5 days; B: 20, 8 days.
    expect(rowOf(result.stdout, 'A')?.slice(0, 4)).toEqual(['A', '5', '2', '15']);
    expect(rowOf(result.stdout, 'B')?.slice(0, 4)).toEqual(['B', '8', '1', '20']);
    expect(result.stderr).toBe(
      'promethee: nohead.csv: columns given by number: line 1 (A, 2024-01-01, 10) read as data, not as a header line (its date and number read as such); --header or --no-header sets it\n',
    );
  });

  it('reads the headerless CDNOW sample by column numbers: 2357 customers', async () => {
    const result = await run(['rfm', CDNOW_SAMPLE, '--delimiter', 'whitespace', '--customer', '2', '--date', '3', '--amount', '5', '--as-of', '1998-07-01']);
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toHaveLength(2358);
    // The id keeps its leading zeros: marked with an apostrophe so that a spreadsheet keeps it as text.
    expect(rowOf(result.stdout, "'0001")?.slice(0, 4)).toEqual(["'0001", '201', '4', '100.5']);
  });

  it('reads a header line as one when its date field is no date, and says so', async () => {
    const result = await run(byNumber('head.csv'), { 'head.csv': `client,date,montant\n${headerless}` });
    expect(result.code).toBe(0);
    expect(rows(result.stdout)).toHaveLength(3);
    expect(result.stderr).toBe('promethee: head.csv: columns given by number: line 1 (client, date, montant) read as the header line; --header or --no-header sets it\n');
  });

  it('follows --header and --no-header without a note, and refuses both at once or --header with --columns (exit 2)', async () => {
    const forcedData = await run(byNumber('nohead.csv', '--no-header'), { 'nohead.csv': headerless });
    expect(forcedData.stderr).toBe('');
    expect(rows(forcedData.stdout)).toHaveLength(3);
    const forcedHeader = await run(byNumber('nohead.csv', '--header'), { 'nohead.csv': headerless });
    expect(forcedHeader.stderr).toBe('');
    expect(rows(forcedHeader.stdout).map((row) => row[0])).toEqual(['customer', 'B', 'A']);
    expect((await run(byNumber('nohead.csv', '--header', '--no-header'), { 'nohead.csv': headerless })).code).toBe(2);
    expect((await run(byNumber('nohead.csv', '--header', '--columns', 'a,b,c'), { 'nohead.csv': headerless })).code).toBe(2);
  });

  it('refuses a column name with --no-header, asking for its number', async () => {
    const result = await run(['rfm', 'nohead.csv', '--customer', 'client', '--date', '2', '--amount', '3', '--no-header', '--language', 'en'], { 'nohead.csv': headerless });
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: nohead.csv: --customer: the file has no header line, give the column\'s number, 1 to 3 (got "client")\n' });
  });
});

describe('promethee rfm: dates in the order of their column', () => {
  const args = (file: string, ...more: string[]): string[] => ['rfm', file, '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--as-of', '2025-01-01', '--language', 'en', ...more];

  it('reads a US export month first, 01/02/2024 as 2 January, because 12/25/2024 proves the order', async () => {
    const file = 'customer,date,amount\nA,01/02/2024,3\nB,12/25/2024,4\n';
    const result = await run(args('us.csv'), { 'us.csv': file });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // 2024-01-02 → 2025-01-01: 365 days (2024 is a leap year, so 366 − 1); 2024-12-25 → 2025-01-01: 7 days.
    expect(rowOf(result.stdout, 'A')?.slice(0, 2)).toEqual(['A', '365']);
    expect(rowOf(result.stdout, 'B')?.slice(0, 2)).toEqual(['B', '7']);
  });

  it('reads an ambiguous column day first and says so; --date-format mdy reads it month first', async () => {
    const file = 'customer,date,amount\nA,01/02/2024,3\nB,2024-12-25,4\n';
    const result = await run(args('amb.csv'), { 'amb.csv': file });
    expect(result.code).toBe(0);
    // 2024-02-01 → 2025-01-01: 335 days.
    expect(rowOf(result.stdout, 'A')?.slice(0, 2)).toEqual(['A', '335']);
    expect(result.stderr).toBe(
      'promethee: amb.csv: column "date": no date proves the day/month order (a number > 12), dates such as 01/02/2024 (line 2) (read as 2024-02-01) are read day first; --date-format dmy or mdy sets the order\n',
    );
    const forced = await run(args('amb.csv', '--date-format', 'mdy'), { 'amb.csv': file });
    expect(forced.stderr).toBe('');
    expect(rowOf(forced.stdout, 'A')?.slice(0, 2)).toEqual(['A', '365']);
  });

  it('refuses a column written in both orders, naming a line of each (exit 1), and an unknown --date-format (exit 2)', async () => {
    const file = 'customer,date,amount\nA,25/12/2024,3\nB,12/25/2024,4\n';
    const result = await run(args('both.csv'), { 'both.csv': file });
    expect(result).toMatchObject({
      code: 1,
      stderr: 'promethee: both.csv: column "date": dates written in both orders: day first (line 2) and month first (line 3): correct the column; --date-format dmy or mdy sets the order\n',
    });
    expect((await run(args('both.csv', '--date-format', 'ymd'), { 'both.csv': file })).code).toBe(2);
  });
});

describe('promethee rfm and abc: the decimal mark of each column', () => {
  it('reads "$1,234" as 1234 in a column of dollar amounts, not 1.234', async () => {
    const file = 'customer,date,amount\nA,2024-01-01,"$1,234"\nB,2024-01-02,$56.78\n';
    const result = await run(['rfm', 'usd.csv', '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--language', 'en'], { 'usd.csv': file });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(rowOf(result.stdout, 'A')?.[3]).toBe('1234');
    const abc = await run(['abc', 'usd.csv', '--item', 'customer', '--value', 'amount'], { 'usd.csv': file });
    expect(rows(abc.stdout)[1]?.slice(0, 2)).toEqual(['A', '1234']);
  });

  it('says how an ambiguous column was read, and reads it as --decimal says', async () => {
    const file = 'item;value\na;1,234\nb;7\n';
    const result = await run(['abc', 'v.csv', '--item', 'item', '--value', 'value', '--language', 'en'], { 'v.csv': file });
    expect(result.stderr).toBe(
      'promethee: v.csv: column "value": no value proves the decimal mark, numbers such as 1,234 (line 2) (read as 1.234) are read with a decimal mark; --decimal , or --decimal . sets the mark\n',
    );
    const forced = await run(['abc', 'v.csv', '--item', 'item', '--value', 'value', '--decimal', '.'], { 'v.csv': file });
    expect(forced.stderr).toBe('');
    expect(rows(forced.stdout)[1]?.slice(0, 2)).toEqual(['a', '1234']);
    expect((await run(['abc', 'v.csv', '--item', 'item', '--value', 'value', '--decimal', 'x'], { 'v.csv': file })).code).toBe(2);
  });
});

describe('promethee abc', () => {
  const orderLines =
    'order,product,qty,price\n' +
    'O1,p1,2,10\n' + // p1: 20
    'O1,p2,1,70\n' + // p2: 70
    'O2,p1,1,5\n' + // p1: 25
    'O3,p3,1,5\n' + // p3: 5
    'O3,p4,1,-3\n' + // p4: −3 (a return)
    'O4,,1,100\n'; // no product

  it('sums the lines of each item, then classifies by the crossing rule: p2 A, p1 (70 % before it) A, p3 (95 % before it) C', async () => {
    const result = await run(['abc', 'lines.csv', '--item', 'product', '--quantity', 'qty', '--price', 'price'], { 'lines.csv': orderLines });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('item,value,share,cumulative_share,class\np2,70,0.7,0.7,A\np1,25,0.25,0.95,A\np3,5,0.05,1,C\n');
    expect(result.stderr).toBe(
      'promethee: lines.csv : 1 ligne(s) sans identifiant d’article ignorée(s) (ligne(s) 7)\n' +
        'promethee: 1 article(s) de valeur ≤ 0 exclu(s) du classement : p4\n',
    );
  });

  it('takes the thresholds from --a and --b, also as percentages', async () => {
    const result = await run(['abc', 'lines.csv', '--item', '2', '--quantity', '3', '--price', '4', '--a', '70 %', '--b', '0,9'], { 'lines.csv': orderLines });
    // Shares before p2, p1, p3: 0, 70 %, 95 % against 70 % and 90 %.
    expect(rows(result.stdout).map((row) => row[4])).toEqual(['class', 'A', 'B', 'C']);
  });

  it('reads a value column and writes English notes with --language en', async () => {
    const result = await run(['abc', 'v.csv', '--item', 'item', '--value', 'value', '--language', 'en'], { 'v.csv': 'item,value\na,3\nb,1\nc,0\n' });
    expect(result.stdout).toBe('item,value,share,cumulative_share,class\na,3,0.75,0.75,A\nb,1,0.25,1,A\n');
    expect(result.stderr).toBe('promethee: 1 item(s) with a value ≤ 0 left out of the classification: c\n');
  });

  it('classifies the CDNOW customers by total spend', async () => {
    const result = await run(['abc', CDNOW_MASTER, '--item', 'customer_id', '--value', 'dollar_value']);
    expect(result.code).toBe(0);
    const classified = rows(result.stdout).slice(1);
    expect(classified).toHaveLength(23570 - 68);
    expect(classified.at(-1)?.[3]).toBe('1');
  });
});

describe('help and version', () => {
  it('prints the general help, French then English, with exit code 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('promethee rfm FICHIER.csv');
      expect(result.stdout).toContain('promethee rfm FILE.csv');
      expect(result.stdout.indexOf('Usage :')).toBeLessThan(result.stdout.indexOf('Usage:'));
    }
  });

  it('prints the help of each command with all its options', async () => {
    const rfm = await run(['rfm', '--help']);
    expect(rfm.code).toBe(0);
    for (const option of ['--customer', '--date', '--amount', '--quantity', '--price', '--order', '--as-of', '--bins', '--method', '--refunds', '--out', '--delimiter', '--columns', '--language']) {
      expect(rfm.stdout).toContain(option);
    }
    expect(rfm.stdout).toContain(RFM_HEADER);
    const abc = await run(['abc', '-h']);
    expect(abc.stdout).toContain('item,value,share,cumulative_share,class');
    expect(abc.stdout).toContain('summed first');
  });

  it('prints the version', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: '9.8.7\n' });
  });

  it('prints the help on the standard error with exit code 2 when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('promethee rfm FILE.csv');
  });
});

describe('command-line mistakes: exit code 2 and one line', () => {
  const cases: [string, string[], string][] = [
    ['an unknown command', ['segment', 'x.csv'], 'promethee: unknown command "segment": rfm, abc, audit or clv (see promethee --help)'],
    ['an unknown option', ['rfm', ORDERS, '--customers', 'x'], 'promethee: unknown option --customers (see promethee rfm --help)'],
    ['an unknown option before any command', ['--verbose'], 'promethee: unknown option --verbose (see promethee --help)'],
    ['a missing required option', ['rfm', ORDERS, '--customer', 'customer_id', '--amount', 'revenue'], 'promethee: option --date is required (see promethee rfm --help)'],
    ['no amount at all', ['rfm', ORDERS, '--customer', 'a', '--date', 'b'], 'promethee: option --amount (or --quantity and --price) is required (see promethee rfm --help)'],
    ['an amount and a quantity', ['rfm', ORDERS, '--customer', 'a', '--date', 'b', '--amount', 'c', '--quantity', 'd'], 'promethee: --amount or else --quantity and --price, not both (see promethee rfm --help)'],
    ['a quantity without price', ['abc', ORDERS, '--item', 'a', '--quantity', 'd'], 'promethee: --quantity goes with --price (see promethee abc --help)'],
    ['a price without quantity', ['abc', ORDERS, '--item', 'a', '--price', 'd'], 'promethee: --price goes with --quantity (see promethee abc --help)'],
    ['a missing value', [...ORDERS_ARGS, '--bins'], 'promethee: option --bins needs a value (see promethee rfm --help)'],
    ['an option given twice', [...ORDERS_ARGS, '--date', 'x'], 'promethee: option --date is given twice (see promethee rfm --help)'],
    ['a value given to a flag', ['rfm', '--help=yes'], 'promethee: option --help takes no value (see promethee rfm --help)'],
    ['a missing file', ['rfm', '--customer', 'a', '--date', 'b', '--amount', 'c'], 'promethee: missing CSV file (see promethee rfm --help)'],
    ['two files', [...ORDERS_ARGS, 'other.csv'], 'promethee: one file expected (also got "other.csv") (see promethee rfm --help)'],
    ['bins out of range', [...ORDERS_ARGS, '--bins', '10'], 'promethee: --bins: a whole number from 2 to 9 is expected (got "10") (see promethee rfm --help)'],
    ['an unknown method', [...ORDERS_ARGS, '--method', 'kmeans'], 'promethee: --method: quantile or rfm or ntile expected (got "kmeans") (see promethee rfm --help)'],
    ['an unknown refund policy', [...ORDERS_ARGS, '--refunds', 'keep'], 'promethee: --refunds: net or drop expected (got "keep") (see promethee rfm --help)'],
    ['an analysis date that is not one', [...ORDERS_ARGS, '--as-of', '2006-31-12'], 'promethee: --as-of: a date such as 2024-12-31 or 31/12/2024 is expected (got "2006-31-12") (see promethee rfm --help)'],
    ['an unknown delimiter', [...ORDERS_ARGS, '--delimiter', 'pipe'], 'promethee: --delimiter: comma, semicolon, tab, whitespace expected (got "pipe") (see promethee rfm --help)'],
    ['an empty column name', [...ORDERS_ARGS, '--columns', 'a,,c'], 'promethee: --columns: comma-separated names, none empty (got "a,,c") (see promethee rfm --help)'],
    ['an output that would overwrite the input', [...ORDERS_ARGS, '--out', ORDERS], `promethee: --out: ${ORDERS} is the input file, it would be overwritten (see promethee rfm --help)`],
    ['a threshold that is not a number', ['abc', ORDERS, '--item', 'a', '--value', 'b', '--a', 'most'], 'promethee: --a: a number is expected (got "most") (see promethee abc --help)'],
    ['thresholds out of order', ['abc', ORDERS, '--item', 'a', '--value', 'b', '--a', '0.9', '--b', '0.8'], 'promethee: thresholds: 0 < a < b ≤ 1 is required (got a = 0.9, b = 0.8) (see promethee abc --help)'],
  ];

  it('takes --name=value as --name value, and every argument after -- as a file', async () => {
    const spaced = await run([...ORDERS_ARGS]);
    const joined = await run(['rfm', '--customer=customer_id', '--date=order_date', '--amount=revenue', '--', ORDERS]);
    expect(joined.code).toBe(0);
    expect(joined.stdout).toBe(spaced.stdout);
  });

  it.each(cases)('refuses %s', async (_, argv, message) => {
    const result = await run([...argv, '--language', 'en']);
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('refuses an unknown language, in both languages', async () => {
    const result = await run(['--language', 'de']);
    expect(result).toMatchObject({ code: 2, stderr: 'promethee: --language : fr ou en attendu (reçu « de »)\n' });
  });

  it('speaks French by default', async () => {
    const result = await run(['rfm', ORDERS, '--customer', 'a']);
    expect(result.stderr).toBe('promethee: option --date obligatoire (voir promethee rfm --help)\n');
  });
});

describe('data problems: exit code 1 and one line naming the file, line and column', () => {
  const english = ['--language', 'en'];
  const rfm = (file: string): string[] => ['rfm', file, '--customer', 'customer', '--date', 'date', '--amount', 'amount', ...english];

  it('names the missing column and lists those of the file', async () => {
    const result = await run(['rfm', ORDERS, '--customer', 'customer_id', '--date', 'order_date', '--amount', 'amount', ...english]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: `promethee: ${ORDERS}: --amount: no column "amount" (columns: customer_id, order_date, revenue)\n` });
  });

  it('says the first line looks like data when a column named on it is not found', async () => {
    const result = await run(['rfm', CDNOW_SAMPLE, '--delimiter', 'whitespace', '--customer', 'customer', '--date', '3', '--amount', '5', ...english]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '--customer: no column "customer" (columns: 00004, 0001, 19970101, 2, 29.33); the first line looks like data: for a file without a header line, give the columns by number or name them with --columns a,b,c\n',
    );
  });

  it('names the line and column of a date that is not one', async () => {
    const file = 'customer,date,amount\nA,2024-01-01,3\nB,2024-02-30,4\n';
    const result = await run(rfm('bad.csv'), { 'bad.csv': file });
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: bad.csv: line 3, column "date": "2024-02-30" is not a date (2024-12-31, 31/12/2024 or 20241231)\n' });
  });

  it('names the line and column of an amount that is not a number, in French by default', async () => {
    const file = 'customer,date,amount\nA,2024-01-01,3\nB,2024-01-02,trois\n';
    const result = await run(rfm('bad.csv').slice(0, -2), { 'bad.csv': file });
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: bad.csv : ligne 3, colonne « amount » : « trois » n’est pas un nombre (1234.5 ou 1 234,50)\n' });
  });

  it('refuses an empty file and a file with only a header line', async () => {
    expect(await run(rfm('empty.csv'), { 'empty.csv': '\uFEFF\r\n' })).toMatchObject({ code: 1, stderr: 'promethee: empty.csv: the file is empty\n' });
    expect(await run(rfm('head.csv'), { 'head.csv': 'customer,date,amount\n' })).toMatchObject({
      code: 1,
      stderr: 'promethee: head.csv: no data line under the header line (line 1)\n',
    });
  });

  it('refuses a file whose rows all lack a customer id', async () => {
    const result = await run(rfm('ids.csv'), { 'ids.csv': 'customer,date,amount\n,2024-01-01,3\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'promethee: ids.csv: 1 row(s) without a customer id skipped (line(s) 2)\npromethee: ids.csv: No transaction to analyse\n',
    );
  });

  it('refuses an analysis date before the last purchase of the file', async () => {
    const result = await run([...ORDERS_ARGS, '--as-of', '2006-01-01', ...english]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `promethee: ${ORDERS}: The analysis date (2006-01-01) is before the last purchase in the data (2006-12-30): filter out the later transactions or choose a later date\n`,
    );
  });

  it('names the line of an unclosed quote', async () => {
    const result = await run(rfm('q.csv'), { 'q.csv': 'customer,date,amount\n"A,2024-01-01,3\n' });
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: q.csv: line 2: a quote is opened and never closed\n' });
  });

  it('names a file that does not exist', async () => {
    const result = await run(rfm(`${DATA}/no-such-file.csv`));
    expect(result).toMatchObject({ code: 1, stderr: `promethee: cannot read ${DATA}/no-such-file.csv: no such file or directory\n` });
  });

  it('names an output file that cannot be written', async () => {
    const failing = { writeFile: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) };
    const result = await run([...ORDERS_ARGS, '--out', '/root/out.csv', ...english], {}, failing);
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: cannot write /root/out.csv: permission denied\n' });
  });

  it('names the line and column of an ABC value that is not a number', async () => {
    const result = await run(['abc', 'v.csv', '--item', 'item', '--value', 'value', ...english], { 'v.csv': 'item;value\na;1\nb;n/a\n' });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'promethee: v.csv: line 3, column "value": "n/a" is not a number (1234.5 or 1 234,50)\n' });
  });

  it('names the line of a row too short to hold the amount column', async () => {
    const result = await run(rfm('short.csv'), { 'short.csv': 'customer,date,amount\nA,2024-01-01,3\nB,2024-01-02\n' });
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: 'promethee: short.csv: line 3: only 2 field(s), column "amount" (no. 3) is missing\n' });
  });

  it('refuses a row whose unquoted French amount split in two in a comma file, naming the line, instead of reading 12 (exit 1)', async () => {
    const file = 'customer,date,amount\nA,2024-01-01,3\nB,2024-01-02,12,50\n';
    const result = await run(rfm('cents.csv'), { 'cents.csv': file });
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'promethee: cents.csv: line 3: 4 fields, but the header line has 3: a value holds the delimiter "," without quotes (a decimal comma such as 12,50?): separate the fields with ";" or put such values in quotes ("12,50")\n',
    });
    const french = await run(['abc', 'cents.csv', '--item', 'customer', '--value', 'amount'], { 'cents.csv': file });
    expect(french.code).toBe(1);
    expect(french.stderr).toBe(
      'promethee: cents.csv\u00a0: ligne 3\u00a0: 4 champs, mais la ligne d’en-tête en a 3\u00a0: une valeur contient le séparateur «\u00a0,\u00a0» sans guillemets (une virgule décimale comme 12,50\u00a0?)\u00a0: séparez les champs par des «\u00a0;\u00a0» ou mettez ces valeurs entre guillemets ("12,50")\n',
    );
  });

  it('refuses a UTF-8 file holding one Windows-1252 byte, naming its line, rather than reading "Élodie" as "Ã‰lodie" (exit 1)', async () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('customer,date,amount\n\u00c9lodie,2024-01-01,3\n'),
      ...Array.from('Zo\u00e9,2024-01-02,4\n', (character) => character.charCodeAt(0)),
    ]);
    const readBytes = (): Promise<Uint8Array> => Promise.resolve(bytes);
    const refused = await run(rfm('mixed.csv'), {}, { readBytes });
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'promethee: mixed.csv: the file is UTF-8, but 1 byte(s) are invalid in UTF-8 (Windows-1252, probably) on line 3: save the file again as UTF-8, or choose --encoding utf-8 (those bytes become "\ufffd") or --encoding windows-1252 (the whole file read so)\n',
    });
    const forced = await run([...rfm('mixed.csv'), '--encoding', 'utf-8'], {}, { readBytes });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe('promethee: mixed.csv: bytes invalid in UTF-8 replaced by "\ufffd" (line(s) 3)\n');
    expect(rows(forced.stdout).map((row) => row[0])).toEqual(['customer', '\u00c9lodie', 'Zo\ufffd']);
  });

  it('keeps a message about a header with escape codes and 20,000 columns short, on one line, without a control character', async () => {
    const header = ['\u001b[2J\u001b[31mcustomer\u0007', 'date', ...Array.from({ length: 20_000 }, (_, k) => `col${k}\u001b[0m`)].join(',');
    const result = await run(rfm('wide.csv'), { 'wide.csv': `${header}\nA,2024-01-01,3\n` });
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(700);
    expect(result.stderr.endsWith('\n')).toBe(true);
    const controls = Array.from(result.stderr.slice(0, -1)).filter((character) => character.charCodeAt(0) < 0x20 || (character.charCodeAt(0) >= 0x7f && character.charCodeAt(0) <= 0x9f));
    expect(controls).toEqual([]);
    expect(result.stderr).toContain('--customer: no column "customer" (columns: \\x1b[2J\\x1b[31mcustomer\\x07, date, col0\\x1b[0m, ');
    expect(result.stderr).toContain(', … (19990 more))');
  });

  it('names the line and column of an empty date', async () => {
    const result = await run(rfm('blank.csv'), { 'blank.csv': 'customer;date;amount\nA;;3\n' });
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: blank.csv: line 2, column "date": empty field (a date (2024-12-31, 31/12/2024 or 20241231) is expected)\n' });
  });

  it('names a directory given as the file', async () => {
    const result = await run(rfm(DATA));
    expect(result).toMatchObject({ code: 1, stderr: `promethee: cannot read ${DATA}: it is a directory\n` });
  });

  it('names a file the system refuses for another reason with the system’s words', async () => {
    const failing = { readFile: () => Promise.reject(Object.assign(new Error('EMFILE: too many open files'), { code: 'EMFILE' })) };
    const result = await run(rfm('x.csv'), {}, failing);
    expect(result).toMatchObject({ code: 1, stderr: 'promethee: cannot read x.csv: EMFILE: too many open files\n' });
  });

  it('refuses an ABC file with no positive value', async () => {
    const result = await run(['abc', 'z.csv', '--item', 'i', '--value', 'v', ...english], { 'z.csv': 'i,v\na,0\n' });
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').at(-2)).toBe('promethee: z.csv: No positive value: the total is 0, shares cannot be computed');
  });
});

describe('unexpected errors', () => {
  it('print a one-line internal error with what went wrong and exit with 70', async () => {
    const broken = {
      stdout: () => {
        throw new RangeError('stream closed');
      },
    };
    const result = await run([...ORDERS_ARGS, '--language', 'en'], {}, broken);
    expect(result).toMatchObject({ code: 70, stderr: 'promethee: internal error, please report it: RangeError: stream closed\n' });
  });
});

describe('the built command, run by Node', () => {
  const execFileAsync = promisify(execFile);
  const built = resolve(process.cwd(), '.tmp/cli-smoke/src/cli/main.js');

  beforeAll(async () => {
    // Only the command and what it imports, compiled apart so that this test does not depend on the
    // rest of the repository building; the options are those of tsconfig.json that shape the output.
    const tsc = resolve(process.cwd(), 'node_modules/typescript/bin/tsc');
    await execFileAsync(process.execPath, [
      tsc,
      'src/cli/main.ts',
      '--ignoreConfig',
      '--outDir',
      '.tmp/cli-smoke',
      '--rootDir',
      '.',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--types',
      'node',
      '--skipLibCheck',
    ]);
  });

  it('runs rfm on the CDNOW sample through a pipe and exits with 0', async () => {
    const { stdout, stderr } = await execFileAsync(process.execPath, [built, 'rfm', CDNOW_SAMPLE, ...CDNOW_SAMPLE_ARGS]);
    expect(stdout.split('\n')[0]).toBe(RFM_HEADER);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2358);
    expect(stderr).toContain('client(s)');
  });

  it('reads a file that is not UTF-8 as Windows-1252, as Excel writes a French CSV', async () => {
    const path = resolve(process.cwd(), '.tmp/cli-smoke/ventes-1252.csv');
    // "Société Générale;31/12/2024;12,50" with é = 0xE9, as Windows-1252 encodes it.
    const text = 'client;date;montant\r\nSoci\u00e9t\u00e9 G\u00e9n\u00e9rale;31/12/2024;12,50\r\n';
    await writeFile(path, Uint8Array.from(text, (character) => character.charCodeAt(0)));
    const { stdout } = await execFileAsync(process.execPath, [built, 'rfm', path, '--customer', 'client', '--date', 'date', '--amount', 'montant']);
    expect(stdout.split('\n')[1]?.startsWith('Société Générale,1,1,12.5,')).toBe(true);
  });

  it('refuses a UTF-8 file holding one Windows-1252 byte with exit code 1, naming the line', async () => {
    const path = resolve(process.cwd(), '.tmp/cli-smoke/ventes-mixed.csv');
    // "Élodie" in UTF-8 on line 2, "Zoé" with é as the single Windows-1252 byte 0xE9 on line 3.
    await writeFile(path, Uint8Array.from([...new TextEncoder().encode('client;date;montant\r\n\u00c9lodie;31/12/2024;3\r\n'), ...Array.from('Zo\u00e9;31/12/2024;4\r\n', (c) => c.charCodeAt(0))]));
    const failed = await execFileAsync(process.execPath, [built, 'rfm', path, '--customer', 'client', '--date', 'date', '--amount', 'montant', '--language', 'en']).catch((error: unknown) => error as { code: number; stderr: string });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('invalid in UTF-8 (Windows-1252, probably) on line 3');
  });

  it('reads the standard input when the file is "-"', async () => {
    const child = execFile(process.execPath, [built, 'abc', '-', '--item', 'i', '--value', 'v']);
    let stdout = '';
    child.stdout?.on('data', (chunk: string) => (stdout += chunk));
    child.stdin?.end('i,v\na,3\nb,1\n');
    const code = await new Promise((done) => child.on('close', done));
    expect(code).toBe(0);
    expect(stdout).toBe('item,value,share,cumulative_share,class\na,3,0.75,0.75,A\nb,1,0.25,1,A\n');
  });

  it('runs as `npx promethee --help` after `npm run build`, as the README says', async () => {
    // The real path: the package's build, then npm resolving the package's own bin (which must be
    // executable: tsc writes plain files, the postbuild script marks the command as a program).
    await execFileAsync('npm', ['run', 'build', '--silent'], { cwd: process.cwd() });
    const { stdout } = await execFileAsync('npx', ['--no-install', 'promethee', '--help'], { cwd: process.cwd() });
    expect(stdout.startsWith('promethee — audit commercial et marketing')).toBe(true);
    expect(stdout).toContain('promethee rfm FILE.csv');
  }, 120_000);

  it('is the package’s bin where the build writes it, with the line that lets npx run it', () => {
    const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
    const config = JSON.parse(readFileSync(resolve(process.cwd(), 'tsconfig.json'), 'utf8')) as { compilerOptions: { outDir: string; rootDir: string } };
    const build = JSON.parse(readFileSync(resolve(process.cwd(), 'tsconfig.build.json'), 'utf8')) as { extends: string; include: string[] };
    expect(manifest.scripts.build).toBe('tsc -p tsconfig.build.json');
    expect(build.extends).toBe('./tsconfig.json');
    expect(build.include).toContain('src/**/*.ts');
    // rootDir "." keeps the tree: src/cli/main.ts is emitted as <outDir>/src/cli/main.js.
    expect(config.compilerOptions.rootDir).toBe('.');
    expect(manifest.bin.promethee).toBe(`${config.compilerOptions.outDir}/src/cli/main.js`);
    expect(readFileSync(resolve(process.cwd(), 'src/cli/main.ts'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('prints the version of package.json', async () => {
    const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'package.json'), 'utf8')) as { version: string };
    const { stdout } = await execFileAsync(process.execPath, [built, '--version']);
    expect(stdout).toBe(`${manifest.version}\n`);
  });

  it('exits with 2 and one line, no stack trace, for an unknown option', async () => {
    const failure = await execFileAsync(process.execPath, [built, 'rfm', '--nope']).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure.code).toBe(2);
    expect(failure.stderr).toBe('promethee: option inconnue --nope (voir promethee rfm --help)\n');
  });
});
