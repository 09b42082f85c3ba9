import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError, type SheetError } from '../cells/errors.js';
import { readItemTotals, readTransactions, type ItemTotals, type TransactionsRead } from './transactions.js';
import { csvTable as table } from '../../test/support/csv.js';

function ok<T>(value: T | SheetError): T {
  if (isSheetError(value)) throw new Error(value.message.en);
  return value;
}

/** The customer id of each row, from the codes. */
function customerPerRow(read: TransactionsRead): string[] {
  const { customers, customerCode } = read.transactions;
  return Array.from(customerCode, (code) => customers[code] ?? `?${code}`);
}

/** The order code of each row, or undefined without an order column. */
function orderCodes(read: TransactionsRead): number[] | undefined {
  const codes = read.transactions.orderCode;
  return codes === undefined ? undefined : Array.from(codes);
}

function english(value: unknown): string {
  return isSheetError(value) ? value.message.en : 'not an error';
}

describe('readTransactions', () => {
  // A French shop export: BOM, semicolons, decimal commas with a thousands space, day-first dates, a
  // quoted customer name holding the delimiter, an order of two lines, a refund, a row without customer.
  const french = table(
    '\uFEFFclient;date;commande;montant\n' +
      '"Dupont; Jean";31/12/2024;C1;1 234,50\n' +
      '"Dupont; Jean";31/12/2024;C1;15,50\n' +
      ' Martin ;02/01/2025; C2 ;-20\n' +
      ';03/01/2025;C3;9,99\n' +
      'Martin;2025-01-04;C4;42\n',
  );

  it('reads customers, days, amounts and orders of a French export', () => {
    const read: TransactionsRead = ok(readTransactions(french, { customer: 0, date: 1, value: { kind: 'amount', column: 3 }, order: 2 }));
    expect(customerPerRow(read)).toEqual(['Dupont; Jean', 'Dupont; Jean', 'Martin', 'Martin']);
    expect(read.transactions.customers).toEqual(['Dupont; Jean', 'Martin']);
    expect(Array.from(read.transactions.day)).toEqual([
      dayFromCivil(2024, 12, 31),
      dayFromCivil(2024, 12, 31),
      dayFromCivil(2025, 1, 2),
      dayFromCivil(2025, 1, 4),
    ]);
    expect(Array.from(read.transactions.amount)).toEqual([1234.5, 15.5, -20, 42]);
    // C1, C1, C2 (trimmed), C4: one code per distinct order id, in order of first appearance.
    expect(orderCodes(read)).toEqual([0, 0, 1, 2]);
  });

  it('reads quoted rows (read field by field) exactly as plain rows (read from the text)', () => {
    const plain = table('c;d;o;a\n A ;31/12/2024;O1;1 234,50\n;2024-01-01;O2;3\nB;20240102; O3 ;-4.5\n');
    const quoted = table('c;d;o;a\n" A ";"31/12/2024";"O1";"1 234,50"\n"";2024-01-01;O2;3\n"B";"20240102";" O3 ";"-4.5"\n');
    const fields = { customer: 0, date: 1, value: { kind: 'amount', column: 3 }, order: 2 } as const;
    const fromPlain = ok(readTransactions(plain, fields));
    expect(ok(readTransactions(quoted, fields))).toEqual(fromPlain);
    expect(customerPerRow(fromPlain)).toEqual(['A', 'B']);
    expect(orderCodes(fromPlain)).toEqual([0, 1]);
    expect(Array.from(fromPlain.transactions.amount)).toEqual([1234.5, -4.5]);
    expect(fromPlain.emptyCustomerLines).toEqual([3]);
  });

  it('skips the rows without a customer id and gives their lines', () => {
    const read = ok(readTransactions(french, { customer: 0, date: 1, value: { kind: 'amount', column: 3 } }));
    expect(read.emptyCustomerLines).toEqual([5]);
    expect(orderCodes(read)).toBeUndefined();
  });

  it('reads compact dates of a headerless whitespace file (CDNOW)', () => {
    const cdnow = table(' 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n', ['orig_id', 'customer', 'date', 'cds', 'amount']);
    const read = ok(readTransactions(cdnow, { customer: 1, date: 2, value: { kind: 'amount', column: 4 } }));
    expect(customerPerRow(read)).toEqual(['0001', '0001']);
    expect(Array.from(read.transactions.day)).toEqual([dayFromCivil(1997, 1, 1), dayFromCivil(1997, 1, 18)]);
    expect(Array.from(read.transactions.amount)).toEqual([29.33, 29.73]);
  });

  it('computes amounts as quantity × unit price', () => {
    const lines = table('customer,date,qty,price\nA,2024-01-01,3,"2,50"\nA,2024-01-02,2,10\n');
    const read = ok(readTransactions(lines, { customer: 0, date: 1, value: { kind: 'quantityTimesPrice', quantity: 2, price: 3 } }));
    expect(Array.from(read.transactions.amount)).toEqual([7.5, 20]);
  });

  it('stops at a date that is not one, naming its line and column', () => {
    const bad = table('customer,date,amount\nA,2024-01-01,3\nB,2024-13-01,4\n');
    expect(english(readTransactions(bad, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'line 3, column "date": "2024-13-01" is not a date (2024-12-31, 31/12/2024 or 20241231)',
    );
  });

  it('stops at an empty date', () => {
    const bad = table('customer,date,amount\nA,,3\n');
    expect(english(readTransactions(bad, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'line 2, column "date": empty field (a date (2024-12-31, 31/12/2024 or 20241231) is expected)',
    );
  });

  it('stops at an amount that is not a number, naming its line and column', () => {
    const bad = table('customer,date,amount\nA,2024-01-01,3\n\nB,2024-01-02,12 euros\n');
    expect(english(readTransactions(bad, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'line 4, column "amount": "12 euros" is not a number (1234.5 or 1 234,50)',
    );
  });

  it('stops at a record too short to have the customer, the date or the order', () => {
    const short = table('customer,date,amount,order\nA,2024-01-01,3,O1\nB\n');
    const fields = { customer: 0, date: 1, value: { kind: 'amount', column: 2 } } as const;
    expect(english(readTransactions(short, fields))).toBe('line 3: only 1 field(s), column "date" (no. 2) is missing');
    expect(english(readTransactions(short, { ...fields, customer: 4 }))).toBe('line 2: only 4 field(s), column 5 is missing');
    const noOrder = table('customer,date,amount,order\nA,2024-01-01,3\n');
    expect(english(readTransactions(noOrder, { ...fields, order: 3 }))).toBe('line 2: only 3 field(s), column "order" (no. 4) is missing');
  });

  it('refuses a row with more fields than the header, naming its line: an unquoted French amount 12,50 in a comma file', () => {
    const split = table('customer,date,amount\nA,2024-01-01,3\nB,2024-01-02,12,50\n');
    const result = readTransactions(split, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } });
    expect(isSheetError(result) && result.code).toBe('#VALUE!');
    expect(english(result)).toBe(
      'line 3: 4 fields, but the header line has 3: a value holds the delimiter "," without quotes (a decimal comma such as 12,50?): separate the fields with ";" or put such values in quotes ("12,50")',
    );
  });

  it('accepts extra fields that are empty (a trailing delimiter) and a headerless file as wide as its column names', () => {
    const trailing = table('customer,date,amount\nA,2024-01-01,3,\nB,2024-01-02,4,,\n');
    expect(Array.from(ok(readTransactions(trailing, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } })).transactions.amount)).toEqual([3, 4]);
    const named = table('A 2024-01-01 3 x\n', ['customer', 'date', 'amount']);
    expect(english(readTransactions(named, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'line 1: 4 fields, but 3 column names were given: a value holds the delimiter " " without quotes: put such values in quotes or use another delimiter',
    );
  });

  it('reads a date column month first when one of its dates proves it (12/25/2024): 01/02/2024 is then 2 January', () => {
    const us = table('customer,date,amount\nA,01/02/2024,3\nB,12/25/2024,4\nC,"03/04/2024",5\n');
    const read = ok(readTransactions(us, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }));
    expect(Array.from(read.transactions.day)).toEqual([dayFromCivil(2024, 1, 2), dayFromCivil(2024, 12, 25), dayFromCivil(2024, 3, 4)]);
    expect(read.notes).toEqual([]);
  });

  it('reads an ambiguous date column day first and notes it, naming a line and the date read', () => {
    const ambiguous = table('customer;date;amount\nA;2024-03-01;3\nB;01/02/2024;4\n');
    const read = ok(readTransactions(ambiguous, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }, { hints: { dateOrder: { fr: ' (x)', en: ' (--date-format mdy reads them month first)' } } }));
    expect(Array.from(read.transactions.day)).toEqual([dayFromCivil(2024, 3, 1), dayFromCivil(2024, 2, 1)]);
    expect(read.notes.map((note) => note.text.en)).toEqual([
      'column "date": no date proves the day/month order (a number > 12), dates such as 01/02/2024 (line 3) (read as 2024-02-01) are read day first (--date-format mdy reads them month first)',
    ]);
  });

  it('refuses a date column written in both orders, naming a line of each', () => {
    const both = table('customer,date,amount\nA,25/12/2024,3\nB,12/25/2024,4\n');
    expect(english(readTransactions(both, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'column "date": dates written in both orders: day first (line 2) and month first (line 3): correct the column',
    );
  });

  it('reads dates in the order forced, and names a date that cannot be read so', () => {
    const forced = table('customer,date,amount\nA,01/02/2024,3\n');
    const read = ok(readTransactions(forced, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }, { dateOrder: 'mdy' }));
    expect(Array.from(read.transactions.day)).toEqual([dayFromCivil(2024, 1, 2)]);
    const bad = table('customer,date,amount\nA,25/12/2024,3\n');
    expect(english(readTransactions(bad, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }, { dateOrder: 'mdy' }))).toMatch(/^line 2, column "date": "25\/12\/2024" is not a date/);
  });

  it('reads $1,234 as 1234 in a column of English amounts, and 1.234 as 1234 in a column of French ones', () => {
    const english = table('customer,date,amount\nA,2024-01-01,"$1,234"\nB,2024-01-02,12.50\nC,2024-01-03,"1,234"\n');
    const fields = { customer: 0, date: 1, value: { kind: 'amount', column: 2 } } as const;
    expect(Array.from(ok(readTransactions(english, fields)).transactions.amount)).toEqual([1234, 12.5, 1234]);
    const french = table('client;date;montant\nA;2024-01-01;1.234\nB;2024-01-02;12,50\n');
    expect(Array.from(ok(readTransactions(french, fields)).transactions.amount)).toEqual([1234, 12.5]);
  });

  it('reads an ambiguous amount column with the lone mark as decimal, and notes it; or as the user forces', () => {
    const ambiguous = table('customer;date;amount\nA;2024-01-01;7\nB;2024-01-02;1,234\n');
    const fields = { customer: 0, date: 1, value: { kind: 'amount', column: 2 } } as const;
    const read = ok(readTransactions(ambiguous, fields));
    expect(Array.from(read.transactions.amount)).toEqual([7, 1.234]);
    expect(read.notes.map((note) => note.text.en)).toEqual([
      'column "amount": no value proves the decimal mark, numbers such as 1,234 (line 3) (read as 1.234) are read with a decimal mark',
    ]);
    expect(Array.from(ok(readTransactions(ambiguous, fields, { decimal: '.' })).transactions.amount)).toEqual([7, 1234]);
  });

  it('refuses an ambiguous amount in a column written both ways, naming the lines', () => {
    const both = table('customer;date;amount\nA;2024-01-01;12,5\nB;2024-01-02;29.33\nC;2024-01-03;1,234\n');
    expect(english(readTransactions(both, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }))).toBe(
      'column "amount": numbers written both ways, decimal comma (line 2) and decimal point (line 3): those such as 1,234 (line 4) cannot be read',
    );
  });

  it('gives empty columns when every row lacks a customer', () => {
    const read = ok(readTransactions(table('customer,date,amount\n,2024-01-01,3\n'), { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }));
    expect(customerPerRow(read)).toEqual([]);
    expect(read.transactions.day.length).toBe(0);
    expect(read.emptyCustomerLines).toEqual([2]);
  });
});

describe('readItemTotals', () => {
  it('sums the order lines of each item, in order of first appearance: p1 = 2 × 10 + 1 × 10 = 30', () => {
    const lines = table('product,qty,price\np1,2,10\np2,1,5\n p1 ,1,10\n');
    const totals: ItemTotals = ok(readItemTotals(lines, { item: 0, value: { kind: 'quantityTimesPrice', quantity: 1, price: 2 } }));
    expect(totals.items).toEqual(['p1', 'p2']);
    expect(Array.from(totals.values)).toEqual([30, 5]);
    expect(totals.emptyItemLines).toEqual([]);
  });

  it('reads quoted rows exactly as plain rows', () => {
    const fields = { item: 1, value: { kind: 'quantityTimesPrice', quantity: 2, price: 3 } } as const;
    const plain = ok(readItemTotals(table('o,p,q,u\n1,p1,2,"2,5"\n2, p1 ,1,5\n3,p2,1,1e3\n'), fields));
    const quoted = ok(readItemTotals(table('o,p,q,u\n1,"p1","2","2,5"\n2,p1,1,5\n3,p2,"1",1e3\n'), fields));
    expect(quoted).toEqual(plain);
    expect(plain.items).toEqual(['p1', 'p2']);
    expect(Array.from(plain.values)).toEqual([10, 1000]);
  });

  it('sums amounts in cents to the exact cent: 28.99 + 19.02 + 22.79 + 34.65 + 6.85 + 32.47 + 17.44 = 162.21', () => {
    const amounts = ['28.99', '19.02', '22.79', '34.65', '6.85', '32.47', '17.44'];
    const totals = ok(readItemTotals(table(`item,value\n${amounts.map((value) => `p,${value}`).join('\n')}\n`), { item: 0, value: { kind: 'amount', column: 1 } }));
    expect(Array.from(totals.values)).toEqual([162.21]);
  });

  it('gives #NUM! for an item whose total is beyond spreadsheet limits', () => {
    const result = readItemTotals(table('item,value\na,1e308\na,1e308\n'), { item: 0, value: { kind: 'amount', column: 1 } });
    expect(isSheetError(result) && result.code).toBe('#NUM!');
    expect(english(result)).toBe('Total of item a outside spreadsheet limits');
  });

  it('skips rows without an item id and gives their lines', () => {
    const totals = ok(readItemTotals(table('item;value\na;1\n;2\n"";3\nb;-4\n'), { item: 0, value: { kind: 'amount', column: 1 } }));
    expect(totals.items).toEqual(['a', 'b']);
    expect(Array.from(totals.values)).toEqual([1, -4]);
    expect(totals.emptyItemLines).toEqual([3, 4]);
  });

  it('stops at a value that is not a number, naming its line and column', () => {
    expect(english(readItemTotals(table('item,value\na,1\nb,n/a\n'), { item: 0, value: { kind: 'amount', column: 1 } }))).toBe(
      'line 3, column "value": "n/a" is not a number (1234.5 or 1 234,50)',
    );
  });

  it('refuses a row with more fields than the header, naming its line', () => {
    expect(english(readItemTotals(table('item;value\na;1\nb;2;5\n'), { item: 0, value: { kind: 'amount', column: 1 } }))).toBe(
      'line 3: 3 fields, but the header line has 2: a value holds the delimiter ";" without quotes: put such values in quotes',
    );
  });

  it('stops at a record too short to have the item', () => {
    expect(english(readItemTotals(table('value,item\n1,a\n2\n'), { item: 1, value: { kind: 'amount', column: 0 } }))).toBe(
      'line 3: only 1 field(s), column "item" (no. 2) is missing',
    );
  });
});
