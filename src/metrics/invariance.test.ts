/**
 * The invariances that make RFM scores and ABC classes trustworthy, checked on random data
 * (fast-check): the currency unit, the order of the rows, a refund-only customer and the deletion of
 * refund rows change nothing they should not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { classifyAbc } from './abc.js';
import { aggregateTransactions, scoreRfm, type AggregateOptions, type RfmMethod } from './rfm/index.js';

/** One transaction row; the amount is a whole number of cents (negative = refund). */
interface Row {
  readonly customer: string;
  readonly day: number;
  readonly cents: number;
}

const row: fc.Arbitrary<Row> = fc.record({
  customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'),
  day: fc.integer({ min: 20000, max: 20400 }),
  cents: fc.oneof(fc.integer({ min: 0, max: 500_000 }), fc.integer({ min: -50_000, max: -1 })),
});

/** Rows with at least one purchase (an amount ≥ 0). */
const rows = fc.array(row, { minLength: 1, maxLength: 60 }).filter((list) => list.some((r) => r.cents >= 0));

/** The per-customer result: measures and scores, by customer id (so that the order of rows does not matter). */
type Result = Record<string, { recency: number; frequency: number; monetary: number; r: number; f: number; m: number }>;

/**
 * Aggregates and scores rows whose amounts are read as `cents ÷ divisor`, the decimal a file would
 * hold (12.34 for euros, 0.01234 for thousands of euros).
 */
function rfm(list: readonly Row[], divisor = 100, options: AggregateOptions = {}, method?: RfmMethod): { order: string[]; byCustomer: Result } {
  const table = aggregateTransactions(
    { customer: list.map((r) => r.customer), day: list.map((r) => r.day), amount: list.map((r) => r.cents / divisor) },
    options,
  );
  if (isSheetError(table)) throw new Error(table.message.en);
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, method === undefined ? {} : { method });
  if (isSheetError(scores)) throw new Error(scores.message.en);
  const byCustomer: Result = {};
  table.customers.forEach((id, i) => {
    byCustomer[id] = {
      recency: table.recencyDays[i] ?? 0,
      frequency: table.frequency[i] ?? 0,
      monetary: table.monetary[i] ?? 0,
      r: scores.r[i] ?? 0,
      f: scores.f[i] ?? 0,
      m: scores.m[i] ?? 0,
    };
  });
  return { order: table.customers, byCustomer };
}

/** Scores only (the monetary totals differ by the unit). */
function scoresOf(result: Result): Record<string, string> {
  return Object.fromEntries(Object.entries(result).map(([id, c]) => [id, `${c.r}${c.f}${c.m}`]));
}

describe('RFM scores, by default', () => {
  it('do not depend on the currency unit: amounts in euros or in thousands of euros give the same scores', () => {
    fc.assert(
      fc.property(rows, (list) => {
        expect(scoresOf(rfm(list, 100).byCustomer)).toEqual(scoresOf(rfm(list, 100_000).byCustomer));
      }),
    );
  });

  it('do not depend on the order of the rows', () => {
    const shuffled = rows.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(shuffled, ([list, permuted]) => {
        expect(rfm(permuted).byCustomer).toEqual(rfm(list).byCustomer);
      }),
    );
  });

  it('do not move when a customer with only refunds is added, whatever the refunds’ dates', () => {
    const refunds = fc.array(fc.record({ day: fc.integer({ min: 20000, max: 20600 }), cents: fc.integer({ min: -90_000, max: -1 }) }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(rows, refunds, (list, extra) => {
        const before = rfm(list).byCustomer;
        const after = rfm([...list, ...extra.map((r) => ({ customer: 'refund-only', ...r }))]).byCustomer;
        const { 'refund-only': added, ...others } = after;
        expect(others).toEqual(before);
        expect(added).toMatchObject({ frequency: 0, r: 0, f: 0, m: 0 });
      }),
    );
  });
});

describe('RFM with refunds dropped', () => {
  it('gives exactly the result of the same rows with the refund rows deleted, customers in the same order', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const purchases = list.filter((r) => r.cents >= 0);
        const dropped = rfm(list, 100, { refunds: 'drop' });
        const deleted = rfm(purchases);
        expect(dropped.order).toEqual(deleted.order);
        expect(dropped.byCustomer).toEqual(deleted.byCustomer);
      }),
    );
  });

  it('accepts every analysis date the data without refund rows accepts', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 30 }), (list, extraDays) => {
        const lastPurchase = Math.max(...list.filter((r) => r.cents >= 0).map((r) => r.day));
        const asOf = lastPurchase + extraDays;
        expect(rfm(list, 100, { refunds: 'drop', asOf }).byCustomer).toEqual(rfm(list.filter((r) => r.cents >= 0), 100, { asOf }).byCustomer);
      }),
    );
  });
});

describe('ABC classes', () => {
  /** Items with distinct ids and values in cents; at least one positive. */
  const items = fc
    .uniqueArray(fc.record({ item: fc.string({ minLength: 1, maxLength: 6 }), cents: fc.integer({ min: -1000, max: 10_000_000 }) }), {
      minLength: 1,
      maxLength: 40,
      selector: (entry) => entry.item,
    })
    .filter((list) => list.some((entry) => entry.cents > 0));

  function classes(list: readonly { item: string; cents: number }[], divisor: number): Record<string, string> {
    const result = classifyAbc(list.map((entry) => entry.item), list.map((entry) => entry.cents / divisor));
    if (isSheetError(result)) throw new Error(result.message.en);
    return Object.fromEntries(result.rows.map((entry) => [entry.item, entry.abcClass]));
  }

  it('do not depend on the unit of the values', () => {
    fc.assert(
      fc.property(items, (list) => {
        expect(classes(list, 100_000)).toEqual(classes(list, 100));
      }),
    );
  });

  it('do not depend on the order of the items', () => {
    const shuffled = items.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));
    fc.assert(
      fc.property(shuffled, ([list, permuted]) => {
        expect(classes(permuted, 100)).toEqual(classes(list, 100));
      }),
    );
  });

  it('always put the largest item in class A', () => {
    fc.assert(
      fc.property(items, (list) => {
        const result = classifyAbc(list.map((entry) => entry.item), list.map((entry) => entry.cents));
        if (isSheetError(result)) throw new Error(result.message.en);
        expect(result.rows[0]?.abcClass).toBe('A');
      }),
    );
  });
});
