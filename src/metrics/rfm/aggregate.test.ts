import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import { expectError } from '../../../test/support/errors.js';
import { aggregateCodedTransactions, aggregateTransactions, type CustomerTable, type RefundPolicy, type TransactionColumns } from './aggregate.js';

function table(tx: TransactionColumns, asOf?: number, refunds?: RefundPolicy): CustomerTable {
  const result = aggregateTransactions(tx, { asOf, refunds });
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

/**
 * a: orders of 50 (day 100) and 20 (day 104), a refund of 10 on day 105.
 * b: orders of 30 (day 102) and a free order, 0 (day 101).
 * c: only refunds, 20 (day 103) and 5 (day 106).
 */
const WITH_REFUNDS: TransactionColumns = {
  customer: ['a', 'b', 'a', 'c', 'a', 'b', 'c'],
  day: [100, 102, 105, 103, 104, 101, 106],
  amount: [50, 30, -10, -20, 20, 0, -5],
};

describe('aggregateTransactions', () => {
  it('lists customers in order of first appearance', () => {
    expect(table(WITH_REFUNDS).customers).toEqual(['a', 'b', 'c']);
  });

  it('nets refunds into the monetary value by default, and does not count them as orders', () => {
    const result = table(WITH_REFUNDS);
    expect(Array.from(result.monetary)).toEqual([60, 30, -25]);
    expect(Array.from(result.frequency)).toEqual([2, 2, 0]);
  });

  it('deletes refund rows with the "drop" policy: a refund-only customer is not in the table', () => {
    const result = table(WITH_REFUNDS, undefined, 'drop');
    expect(result.customers).toEqual(['a', 'b']);
    expect(Array.from(result.monetary)).toEqual([70, 30]);
    expect(Array.from(result.frequency)).toEqual([2, 2]);
    expect(result.customersWithoutPurchase).toBe(0);
  });

  it('keeps a customer who only has refunds with "net", with frequency 0, counted apart from the non-positive ones', () => {
    expect(table(WITH_REFUNDS).customersWithoutPurchase).toBe(1);
    expect(table(WITH_REFUNDS).nonPositiveCustomers).toBe(0);
  });

  it('takes the analysis date as the day after the last purchase, not after a later refund', () => {
    // The last purchase is a's on day 104; refunds on days 105 and 106 do not count.
    expect(table(WITH_REFUNDS).asOf).toBe(105);
    expect(table(WITH_REFUNDS, undefined, 'drop').asOf).toBe(105);
  });

  it('measures recency from the last order, not from a later refund, and gives a refund-only customer none', () => {
    const result = table(WITH_REFUNDS);
    expect(Array.from(result.firstDay)).toEqual([100, 101, 0]);
    expect(Array.from(result.lastDay)).toEqual([104, 102, 0]);
    // a: 105 − 104; b: 105 − 102; c (no order): no recency, 0.
    expect(Array.from(result.recencyDays)).toEqual([1, 3, 0]);
  });

  it('accepts an analysis date before a refund but after the last purchase', () => {
    // Analysed on day 104 (a's last purchase): the refunds of days 105 and 106 do not make it refused.
    expect(table(WITH_REFUNDS, 104).asOf).toBe(104);
    expect(table(WITH_REFUNDS, 104, 'drop').asOf).toBe(104);
  });

  it('lists customers with "drop" in the order of their first purchase, as the data without refund rows would', () => {
    // y's refund comes first, but x buys before y does.
    const result = table({ customer: ['y', 'x', 'y'], day: [1, 2, 3], amount: [-5, 10, 20] }, undefined, 'drop');
    expect(result.customers).toEqual(['x', 'y']);
    expect(table({ customer: ['x', 'y'], day: [2, 3], amount: [10, 20] }).customers).toEqual(['x', 'y']);
  });

  it('gives #VALUE! when there is no purchase at all, only refunds', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', 'b'], day: [1, 2], amount: [-1, -2] }), '#VALUE!');
    expect(error.message.en).toBe('No purchase to analyse: every amount is negative (refunds)');
  });

  it('uses a given analysis date, with recency 0 for a purchase on that day', () => {
    const result = table({ customer: ['a', 'b'], day: [10, 15], amount: [5, 5] }, 15);
    expect(result.asOf).toBe(15);
    expect(Array.from(result.recencyDays)).toEqual([5, 0]);
  });

  it('ignores the time of day in day numbers', () => {
    const result = table({ customer: ['a'], day: [100.75], amount: [5] });
    expect(result.lastDay[0]).toBe(100);
    expect(result.asOf).toBe(101);
  });

  it('counts rows as orders when no order ids are given', () => {
    const result = table({ customer: ['x', 'x', 'x', 'y'], day: [1, 1, 2, 3], amount: [10, 5, 7, 3] });
    expect(Array.from(result.frequency)).toEqual([3, 1]);
  });

  it('counts distinct order ids when they are given, an empty id being an order of its own', () => {
    const result = table({
      customer: ['x', 'x', 'x', 'y', 'y'],
      day: [1, 1, 2, 3, 4],
      amount: [10, 5, 7, 3, 4],
      order: ['o1', 'o1', 'o2', 'o3', ''],
    });
    expect(Array.from(result.frequency)).toEqual([2, 2]);
    expect(Array.from(result.monetary)).toEqual([22, 7]);
  });

  it('counts an order id used by two customers once for each of them', () => {
    const result = table({ customer: ['p', 'q', 'p', 'q'], day: [1, 2, 3, 4], amount: [1, 1, 1, 1], order: ['A', 'A', 'A', 'A'] });
    expect(Array.from(result.frequency)).toEqual([1, 1]);
  });

  it('does not count a refund line of an order as another order', () => {
    const result = table({ customer: ['z', 'z', 'w'], day: [1, 2, 3], amount: [10, -10, -5], order: ['B', 'B', 'R'] });
    expect(Array.from(result.frequency)).toEqual([1, 0]);
    expect(Array.from(result.monetary)).toEqual([0, -5]);
    // z bought and was refunded in full: non-positive; w never bought: without purchase.
    expect(result.nonPositiveCustomers).toBe(1);
    expect(result.customersWithoutPurchase).toBe(1);
  });

  it('gives #VALUE! when dates and customers differ in length', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', 'b'], day: [1], amount: [1, 2] }), '#VALUE!');
    expect(error.message.en).toBe('customers and dates must have the same number of rows: 2 vs 1');
  });

  it('gives #VALUE! when amounts and customers differ in length', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', 'b'], day: [1, 2], amount: [1, 2, 3] }), '#VALUE!');
    expect(error.message.en).toBe('customers and amounts must have the same number of rows: 2 vs 3');
  });

  it('gives #VALUE! when order ids and customers differ in length', () => {
    expectError(aggregateTransactions({ customer: ['a'], day: [1], amount: [1], order: [] }), '#VALUE!');
  });

  it('gives #VALUE! for no transaction at all', () => {
    expectError(aggregateTransactions({ customer: [], day: [], amount: [] }), '#VALUE!');
  });

  it('gives #VALUE! for an empty customer id, naming the row', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', ''], day: [1, 2], amount: [1, 2] }), '#VALUE!');
    expect(error.message.en).toContain('Row 2');
  });

  it('gives #VALUE! for a date that is not a finite number', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', 'b'], day: [1, Number.NaN], amount: [1, 2] }), '#VALUE!');
    expect(error.message.en).toContain('Row 2');
  });

  it('gives #VALUE! for an amount that is not a finite number', () => {
    const error = expectError(aggregateTransactions({ customer: ['a'], day: [1], amount: [Number.POSITIVE_INFINITY] }), '#VALUE!');
    expect(error.message.en).toContain('Row 1');
  });

  it('gives #VALUE! for an analysis date that is not a finite number', () => {
    expectError(aggregateTransactions({ customer: ['a'], day: [1], amount: [1] }, { asOf: Number.NaN }), '#VALUE!');
  });

  it('gives #NUM! for an analysis date before the last date in the data', () => {
    // Day 20089 is 2025-01-01, day 20088 is 2024-12-31.
    const error = expectError(aggregateTransactions({ customer: ['a'], day: [20089], amount: [1] }, { asOf: 20088 }), '#NUM!');
    expect(error.message.en).toContain('2024-12-31');
    expect(error.message.en).toContain('2025-01-01');
  });

  it('gives #VALUE! for an unknown refund policy', () => {
    const options = { refunds: 'keep' as RefundPolicy };
    expectError(aggregateTransactions({ customer: ['a'], day: [1], amount: [1] }, options), '#VALUE!');
  });
});

describe('aggregateTransactions, totals', () => {
  it('sums amounts in cents to the exact cent: 28.99 + 19.02 + 22.79 + 34.65 + 6.85 + 32.47 + 17.44 = 162.21', () => {
    // Added one by one in binary floating point these give 162.20999999999998, which would score
    // below a cut point of exactly 162.21 while showing as 162.21.
    const amounts = [28.99, 19.02, 22.79, 34.65, 6.85, 32.47, 17.44];
    const result = table({ customer: amounts.map(() => 'a'), day: amounts.map(() => 1), amount: amounts });
    expect(result.monetary[0]).toBe(162.21);
  });

  it('gives two customers whose totals read 162.92 the same total: 47.41 + 115.51 and 162.92', () => {
    // 47.41 + 115.51 in binary floating point is 162.92000000000002, one step above 162.92.
    const result = table({ customer: ['a', 'a', 'b'], day: [1, 2, 3], amount: [47.41, 115.51, 162.92] });
    expect(result.monetary[0]).toBe(result.monetary[1]);
    expect(result.monetary[0]).toBe(162.92);
  });

  it('gives #NUM! for a customer whose total is beyond spreadsheet limits', () => {
    const error = expectError(aggregateTransactions({ customer: ['a', 'a'], day: [1, 2], amount: [Number.MAX_VALUE, Number.MAX_VALUE] }), '#NUM!');
    expect(error.message.en).toBe('Total amount of customer a outside spreadsheet limits');
  });
});

describe('aggregateCodedTransactions', () => {
  it('gives the same table as the string columns it stands for', () => {
    const coded = aggregateCodedTransactions({
      customers: ['a', 'b', 'c'],
      customerCode: [0, 1, 0, 2, 0, 1, 2],
      day: WITH_REFUNDS.day,
      amount: WITH_REFUNDS.amount,
    });
    expect(coded).toEqual(table(WITH_REFUNDS));
  });

  it('counts the rows of one order code once, a row with code −1 as an order of its own', () => {
    const result = aggregateCodedTransactions({ customers: ['a'], customerCode: [0, 0, 0, 0], day: [1, 1, 2, 3], amount: [5, 5, 5, 5], orderCode: [0, 0, -1, -1] });
    if (isSheetError(result)) throw new Error(result.message.en);
    expect(Array.from(result.frequency)).toEqual([3]);
  });

  it('gives #VALUE! when order codes and customer codes differ in length', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a'], customerCode: [0], day: [1], amount: [1], orderCode: [0, 1] }), '#VALUE!');
    expect(error.message.en).toBe('customers and orders must have the same number of rows: 1 vs 2');
  });

  it('gives #VALUE! for a customer code outside the list of customers, naming the row', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a'], customerCode: [0, 1], day: [1, 2], amount: [1, 2] }), '#VALUE!');
    expect(error.message.en).toBe('Row 2: customer code 1 outside the list of 1 customers');
  });

  it('gives #VALUE! for an order code outside 0 to the number of rows − 1', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a'], customerCode: [0, 0], day: [1, 2], amount: [1, 2], orderCode: [0, 2] }), '#VALUE!');
    expect(error.message.en).toBe('Row 2: order code 2 outside 0 to 1');
  });

  it('gives #VALUE! for a customer of the list without any row', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a', 'b'], customerCode: [0], day: [1], amount: [1] }), '#VALUE!');
    expect(error.message.en).toBe('Customer b (code 1) has no row');
  });

  it('gives #VALUE! for a date that is not a finite number, naming the customer', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a'], customerCode: [0], day: [Number.NaN], amount: [1] }), '#VALUE!');
    expect(error.message.en).toBe('Row 1: invalid date for customer a');
  });

  it('gives #VALUE! for an amount that is not a finite number, naming the customer', () => {
    const error = expectError(aggregateCodedTransactions({ customers: ['a'], customerCode: [0], day: [1], amount: [Number.NaN] }), '#VALUE!');
    expect(error.message.en).toBe('Row 1: invalid amount for customer a');
  });
});
