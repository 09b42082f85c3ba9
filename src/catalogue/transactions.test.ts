/**
 * The functions over raw transactions (RFM_TABLE, CLV_*) read text dates in the order their column
 * proves, as the command line does.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError } from '../cells/errors.js';
import { invoke } from './invoke.js';
import { transactionsFromArgs } from './transactions.js';

describe('transactionsFromArgs: text dates', () => {
  it('reads a column month first when one date proves it (12/25/2024): 01/02/2024 is 2 January', () => {
    const read = transactionsFromArgs([['A'], ['B']], [['01/02/2024'], ['12/25/2024']], [[3], [4]]);
    expect(isSheetError(read) ? read.message.en : read.day).toEqual([dayFromCivil(2024, 1, 2), dayFromCivil(2024, 12, 25)]);
  });

  it('reads an ambiguous column day first, and serials and ISO dates as they are', () => {
    const read = transactionsFromArgs([['A'], ['B'], ['C']], [['01/02/2024'], [45657], ['2024-03-04']], [[3], [4], [5]]);
    expect(isSheetError(read) ? read.message.en : read.day).toEqual([dayFromCivil(2024, 2, 1), dayFromCivil(2024, 12, 31), dayFromCivil(2024, 3, 4)]);
  });

  it('refuses a column holding both orders, naming a row of each', () => {
    const read = transactionsFromArgs([['A'], ['B'], ['C']], [['25/12/2024'], ['2024-01-01'], ['12/25/2024']], [[3], [4], [5]]);
    expect(isSheetError(read) && read.message.en).toBe('dates: dates written in both orders: day first (row 1) and month first (row 3): correct the column');
  });
});

describe('RFM_TABLE over a US export', () => {
  it('gives the recency of dates read month first: 2024-01-02 → 2024-12-31 is 364 days', () => {
    const table = invoke('RFM_TABLE', [[['A'], ['B']], [['01/02/2024'], ['12/25/2024']], [[3], [4]], '2024-12-31']);
    const row = table.find((cells) => cells[0] === 'A');
    expect(row?.[1]).toBe(364);
  });
});

describe('transactionsFromArgs: amounts typed as text', () => {
  it('reads "$1,234" as 1234, and "1,234" beside "12.50" as 1234', () => {
    const read = transactionsFromArgs([['A'], ['B'], ['C']], [[45657], [45657], [45657]], [['$1,234'], ['12.50'], ['1,234']]);
    expect(isSheetError(read) ? read.message.en : read.amount).toEqual([1234, 12.5, 1234]);
  });

  it('reads "1,234" alone as 1.234 (a lone mark is a decimal mark), and refuses it beside 12,5 and 29.33', () => {
    const alone = transactionsFromArgs([['A']], [[45657]], [['1,234']]);
    expect(isSheetError(alone) ? alone.message.en : alone.amount).toEqual([1.234]);
    const both = transactionsFromArgs([['A'], ['B'], ['C']], [[45657], [45657], [45657]], [['12,5'], ['29.33'], ['1,234']]);
    expect(isSheetError(both) && both.message.en).toBe('amounts: numbers written both ways, decimal comma (row 1) and decimal point (row 2): those such as 1,234 (row 3) cannot be read');
  });
});

describe('RFM_SCORE over last-order dates of a US export', () => {
  it('reads the dates month first when one proves it: 01/02/2024 and 12/25/2024 differ by 358 days, not a refusal', () => {
    const codes = invoke('RFM_SCORE', [[['01/02/2024'], ['12/25/2024']], [[1], [2]], [[10], [20]], '2024-12-31']);
    // The most recent customer (12/25) gets the higher recency score.
    const [first, second] = codes.map((row) => row[0]);
    expect(typeof first === 'string' && first[0]).toBe('1');
    expect(typeof second === 'string' && second[0]).toBe('5');
  });
});
