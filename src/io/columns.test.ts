import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError } from '../cells/errors.js';
import { columnLabel, dataTable, dayOf, fieldOf, numberOf, resolveColumn, resolveColumns, trimmedFieldOf, valueOf } from './columns.js';
import { parseCsv, type CsvTable } from './csv.js';
import { createDayReader } from './fields.js';
import { csvTable as table } from '../../test/support/csv.js';

function english(value: unknown): string {
  return isSheetError(value) ? value.message.en : `not an error: ${String(value)}`;
}

describe('dataTable', () => {
  it('takes the first record as the header line, trimmed, and the data from the next one', () => {
    const data = table('\uFEFF customer_id , order_date,revenue\nA,2006-12-31,32\n');
    expect(data.header).toEqual(['customer_id', 'order_date', 'revenue']);
    expect(data.start).toBe(1);
  });

  it('takes every record as data when the column names are given (headerless file)', () => {
    const data = table('1,2\n3,4\n', ['a', ' b ']);
    expect(data.header).toEqual(['a', 'b']);
    expect(data.start).toBe(0);
  });

  it('refuses an empty file', () => {
    const csv = parseCsv('\n\n');
    expect(isSheetError(csv) ? csv : english(dataTable(csv))).toBe('the file is empty');
  });

  it('refuses a header line with nothing under it, naming its line', () => {
    const csv = parseCsv('\na,b\n');
    expect(isSheetError(csv) ? csv : english(dataTable(csv))).toBe('no data line under the header line (line 2)');
  });
});

describe('resolveColumn', () => {
  const header = ['Client', 'Date', 'Montant', '2024'];

  it('finds a column by its name, whatever the case and surrounding spaces', () => {
    expect(resolveColumn(header, ' montant ', '--amount')).toBe(2);
  });

  it('finds a column by its 1-based number', () => {
    expect(resolveColumn(header, '2', '--date')).toBe(1);
  });

  it('prefers a name to a number', () => {
    expect(resolveColumn(header, '2024', '--amount')).toBe(3);
  });

  it('lists the columns when the name is not there', () => {
    expect(english(resolveColumn(header, 'revenue', '--amount'))).toBe('--amount: no column "revenue" (columns: Client, Date, Montant, 2024)');
  });

  it('refuses a number beyond the last column', () => {
    expect(english(resolveColumn(header, '7', '--date'))).toBe('--date: there is no column 7, the file has 4 column(s)');
    expect(english(resolveColumn(header, '0', '--date'))).toBe('--date: there is no column 0, the file has 4 column(s)');
  });

  it('asks for the number when two columns have the name', () => {
    expect(english(resolveColumn(['id', 'date', 'ID'], 'id', '--customer'))).toBe(
      '--customer: several columns are named "id" (no. 1 and 3): give the column number',
    );
  });
});

describe('columnLabel', () => {
  it('names a column by its header, or by its number when the header is empty', () => {
    expect(columnLabel(['a', ''], 0)).toEqual({ fr: 'colonne « a »', en: 'column "a"' });
    expect(columnLabel(['a', ''], 1)).toEqual({ fr: 'colonne 2', en: 'column 2' });
  });
});

describe('reading fields of a table', () => {
  const data = table('client;date;montant;qte;prix\n  Dupont ;31/12/2024;1 234,50;3;"12,50"\nA;hier;abc;;x\nB;2024-01-01\n"  C ";2024-01-02;5;1;1\n');

  it('gives a field as written, or the short record’s line and missing column', () => {
    expect(fieldOf(data, 1, 0)).toBe('  Dupont ');
    expect(english(fieldOf(data, 3, 2))).toBe('line 4: only 2 field(s), column "montant" (no. 3) is missing');
  });

  it('trims ids, quoted or not', () => {
    expect(trimmedFieldOf(data, 1, 0)).toBe('Dupont');
    expect(trimmedFieldOf(data, 2, 0)).toBe('A');
    expect(trimmedFieldOf(data, 4, 0)).toBe('C');
    expect(english(trimmedFieldOf(data, 3, 4))).toBe('line 4: only 2 field(s), column "prix" (no. 5) is missing');
  });

  it('reads dates and names the line, column and value of one that is not a date', () => {
    expect(dayOf(data, 1, 1, createDayReader())).toBe(dayFromCivil(2024, 12, 31));
    expect(english(dayOf(data, 2, 1, createDayReader()))).toBe('line 3, column "date": "hier" is not a date (2024-12-31, 31/12/2024 or 20241231)');
    expect(isSheetError(dayOf(data, 2, 1, createDayReader())) && dayOf(data, 2, 1, createDayReader())).toMatchObject({
      message: { fr: 'ligne 3, colonne « date » : « hier » n’est pas une date (2024-12-31, 31/12/2024 ou 20241231)' },
    });
    expect(english(dayOf(data, 3, 4, createDayReader()))).toBe('line 4: only 2 field(s), column "prix" (no. 5) is missing');
  });

  it('reads numbers and names the line and column of an empty or unreadable one', () => {
    expect(numberOf(data, 1, 2)).toBe(1234.5);
    expect(numberOf(data, 1, 4)).toBe(12.5);
    expect(english(numberOf(data, 2, 2))).toBe('line 3, column "montant": "abc" is not a number (1234.5 or 1 234,50)');
    expect(english(numberOf(data, 2, 3))).toBe('line 3, column "qte": empty field (a number (1234.5 or 1 234,50) is expected)');
    expect(english(numberOf(data, 3, 3))).toBe('line 4: only 2 field(s), column "qte" (no. 4) is missing');
  });

  it('multiplies quantity by unit price: 3 × 12,50 = 37.5', () => {
    expect(valueOf(data, 1, { kind: 'quantityTimesPrice', quantity: 3, price: 4 })).toBe(37.5);
    expect(valueOf(data, 1, { kind: 'amount', column: 2 })).toBe(1234.5);
  });

  it('names the price when quantity × price is too large for a number', () => {
    const huge = table('q,p\n1e300,1e300\n');
    expect(english(valueOf(huge, 1, { kind: 'quantityTimesPrice', quantity: 0, price: 1 }))).toBe(
      'line 2, column "p": "1e+300" is not a price whose product with the quantity stays finite',
    );
  });

  it('names the quantity or the price that is not a number', () => {
    expect(english(valueOf(data, 2, { kind: 'quantityTimesPrice', quantity: 3, price: 4 }))).toContain('column "qte": empty field');
    const badPrice = table('q;p\n2;x\n');
    expect(english(valueOf(badPrice, 1, { kind: 'quantityTimesPrice', quantity: 0, price: 1 }))).toBe(
      'line 2, column "p": "x" is not a number (1234.5 or 1 234,50)',
    );
  });
});

describe('resolveColumns: the header line, read, detected or absent', () => {
  const csv = (text: string): CsvTable => {
    const parsed = parseCsv(text);
    if (isSheetError(parsed)) throw new Error(parsed.message.en);
    return parsed;
  };
  const requests = [
    { what: '--customer', reference: '1', kind: 'id' },
    { what: '--date', reference: '2', kind: 'date' },
    { what: '--amount', reference: '3', kind: 'number' },
  ] as const;

  it('reads the first line as data when columns go by number and its date and amount read as such', () => {
    const resolved = resolveColumns(csv('A,12/25/2024,10\nB,2024-01-02,20\n'), requests);
    if (isSheetError(resolved)) throw new Error(resolved.message.en);
    expect(resolved.table.start).toBe(0);
    expect(resolved.columns).toEqual([0, 1, 2]);
    expect(resolved.note?.text.en).toBe('columns given by number: line 1 (A, 12/25/2024, 10) read as data, not as a header line (its date and number read as such)');
  });

  it('reads the first line as the header line when its date is no date, or when a column goes by name (no note then)', () => {
    const numbered = resolveColumns(csv('client,date,montant\nA,2024-01-01,10\n'), requests);
    expect(isSheetError(numbered) ? numbered.message.en : numbered.table.start).toBe(1);
    const named = resolveColumns(csv('client,date,montant\nA,2024-01-01,10\n'), [{ what: '--customer', reference: 'client', kind: 'id' }]);
    expect(isSheetError(named) ? named.message.en : [named.table.start, named.columns, named.note]).toEqual([1, [0], null]);
  });

  it('follows the choice given, and names columns of a headerless file by number only', () => {
    const absent = resolveColumns(csv('client,date,montant\n'), requests, { header: 'absent' });
    expect(isSheetError(absent) ? absent.message.en : [absent.table.start, absent.note]).toEqual([0, null]);
    const named = resolveColumns(csv('A,2024-01-01,10\n'), [{ what: '--customer', reference: 'client', kind: 'id' }], { header: 'absent' });
    expect(isSheetError(named) && named.message.en).toBe('--customer: the file has no header line, give the column\'s number, 1 to 3 (got "client")');
  });
});
