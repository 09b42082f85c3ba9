/**
 * Against the R package rfm's own published results on its demo orders (rfm 0.3.0, tests/testthat:
 * test-rfm-table.R and test-rfm-segment.R; see shared/data/SOURCES.md).
 */
import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import { dayFromCivil } from '../../cells/dates.js';
import { aggregateTransactions, type CustomerTable } from './aggregate.js';
import { rfmCode, scoreRfm, type RfmScores } from './score.js';
import { DEFAULT_SEGMENT_MAP } from './segments.js';
import { readShared } from '../../../test/support/shared-data.js';

/** The demo orders: customer_id,order_date (ISO),revenue — plain CSV without quotes. */
function readOrders(): { customer: string[]; day: number[]; amount: number[] } {
  const text = readShared('data/rfm_data_orders.csv');
  const customer: string[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line === '') continue;
    const [id = '', date = '', revenue = ''] = line.split(',');
    const [year = '', month = '', dayOfMonth = ''] = date.split('-');
    customer.push(id);
    day.push(dayFromCivil(Number(year), Number(month), Number(dayOfMonth)));
    amount.push(Number(revenue));
  }
  return { customer, day, amount };
}

const ANALYSIS_DATE = dayFromCivil(2006, 12, 31);

function referenceTable(): CustomerTable {
  const table = aggregateTransactions(readOrders(), { asOf: ANALYSIS_DATE });
  if (isSheetError(table)) throw new Error(table.message.en);
  return table;
}

function referenceScores(table: CustomerTable): RfmScores {
  // The package's exact method, named explicitly: it is not the default (its "+ 1" depends on the unit).
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, { method: 'rfm' });
  if (isSheetError(scores)) throw new Error(scores.message.en);
  return scores;
}

/** The segment rules of test-rfm-segment.R l.14-25, first match wins (R, F, M inclusive ranges). */
const PACKAGE_TEST_RULES: readonly [string, number, number, number, number, number, number][] = [
  ['Champions', 4, 5, 4, 5, 4, 5],
  ['Loyal Customers', 2, 5, 3, 5, 3, 5],
  ['Potential Loyalist', 3, 5, 1, 3, 1, 3],
  ['New Customers', 4, 5, 1, 1, 1, 1],
  ['Promising', 3, 4, 1, 1, 1, 1],
  ['Need Attention', 2, 3, 2, 3, 2, 3],
  ['About To Sleep', 2, 3, 1, 2, 1, 2],
  ['At Risk', 1, 2, 2, 5, 2, 5],
  ["Can't Lose Them", 1, 1, 4, 5, 4, 5],
  ['Lost', 1, 2, 1, 2, 1, 2],
];

function packageSegment(r: number, f: number, m: number): string {
  const rule = PACKAGE_TEST_RULES.find(([, r1, r2, f1, f2, m1, m2]) => r >= r1 && r <= r2 && f >= f1 && f <= f2 && m >= m1 && m <= m2);
  return rule?.[0] ?? 'Others';
}

describe('the R package rfm demo orders, analysed on 2006-12-31', () => {
  const table = referenceTable();
  const scores = referenceScores(table);

  it('has 995 customers, 4906 transactions in all and a revenue of 464,158', () => {
    expect(table.customers).toHaveLength(995);
    expect(table.frequency.reduce((sum, count) => sum + count, 0)).toBe(4906);
    expect(table.monetary.reduce((sum, value) => sum + value, 0)).toBe(464158);
    expect(table.nonPositiveCustomers).toBe(0);
  });

  it('measures recency from the analysis date, with no extra day', () => {
    // The latest order of the data is on 2006-12-30: one day before the analysis date.
    expect(Math.min(...table.recencyDays)).toBe(1);
  });

  it('finds the inner cut points the package reports (quantiles plus 1)', () => {
    expect(scores.cuts.recency).toHaveLength(4);
    expect(scores.cuts.recency[0]).toBe(115);
    expect(scores.cuts.recency[1]).toBe(181);
    expect(scores.cuts.recency[2]).toBeCloseTo(297.4, 9);
    expect(scores.cuts.recency[3]).toBe(482);
    expect(scores.cuts.frequency).toEqual([4, 5, 6, 8]);
    expect(scores.cuts.monetary).toHaveLength(4);
    expect(scores.cuts.monetary[0]).toBeCloseTo(255.8, 9);
    expect(scores.cuts.monetary[1]).toBe(382);
    expect(scores.cuts.monetary[2]).toBeCloseTo(506.4, 9);
    expect(scores.cuts.monetary[3]).toBe(666);
  });

  it('finds 158 Champions with 1234 orders and a revenue of 120,178 under the package test rules', () => {
    let customers = 0;
    let orders = 0;
    let revenue = 0;
    for (let i = 0; i < table.customers.length; i++) {
      if (packageSegment(scores.r[i] ?? 0, scores.f[i] ?? 0, scores.m[i] ?? 0) !== 'Champions') continue;
      customers++;
      orders += table.frequency[i] ?? 0;
      revenue += table.monetary[i] ?? 0;
    }
    expect(customers).toBe(158);
    expect(orders).toBe(1234);
    expect(revenue).toBe(120178);
  });

  it('finds the same 158 Champions with the default segment map', () => {
    let champions = 0;
    for (let i = 0; i < table.customers.length; i++) {
      if (DEFAULT_SEGMENT_MAP.get(rfmCode(scores.r[i] ?? 0, scores.f[i] ?? 0, scores.m[i] ?? 0)) === 'champions') champions++;
    }
    expect(champions).toBe(158);
  });

  it('gives the same scores when its cut points are passed back as user cut points', () => {
    const again = scoreRfm(table.recencyDays, table.frequency, table.monetary, { cuts: scores.cuts });
    expect(isSheetError(again)).toBe(false);
    if (isSheetError(again)) return;
    expect(again.r).toEqual(scores.r);
    expect(again.f).toEqual(scores.f);
    expect(again.m).toEqual(scores.m);
  });

  it('uses the whole score range, with the most recent customers scoring 5 in recency', () => {
    const mostRecent = table.recencyDays.indexOf(Math.min(...table.recencyDays));
    expect(scores.r[mostRecent]).toBe(5);
    for (const column of [scores.r, scores.f, scores.m]) {
      expect(Math.min(...column)).toBe(1);
      expect(Math.max(...column)).toBe(5);
    }
  });
});

describe('the same demo orders with the default method', () => {
  const table = referenceTable();
  const defaults = scoreRfm(table.recencyDays, table.frequency, table.monetary);
  if (isSheetError(defaults)) throw new Error(defaults.message.en);

  it('cuts at the package’s quantiles without its + 1', () => {
    // The package's cut points (SOURCES.md) minus 1: R's quantile() of each measure.
    expect(defaults.cuts.recency[0]).toBe(114);
    expect(defaults.cuts.recency[1]).toBe(180);
    expect(defaults.cuts.recency[2]).toBeCloseTo(296.4, 9);
    expect(defaults.cuts.recency[3]).toBe(481);
    expect(defaults.cuts.frequency).toEqual([3, 4, 5, 7]);
    expect(defaults.cuts.monetary[0]).toBeCloseTo(254.8, 9);
    expect(defaults.cuts.monetary[1]).toBe(381);
    expect(defaults.cuts.monetary[2]).toBeCloseTo(505.4, 9);
    expect(defaults.cuts.monetary[3]).toBe(665);
  });

  it('gives the package’s frequency scores, whose quantiles are whole numbers: “above 3” is “at least 4”', () => {
    const exact = referenceScores(table);
    expect(defaults.f).toEqual(exact.f);
  });

  it('gives the same scores with the revenue in thousands, where the package’s method scores all but one customer M = 1', () => {
    const thousands = table.monetary.map((value) => value / 1000);
    const scaled = scoreRfm(table.recencyDays, table.frequency, thousands);
    if (isSheetError(scaled)) throw new Error(scaled.message.en);
    expect(scaled.m).toEqual(defaults.m);
    expect(scaled.r).toEqual(defaults.r);
    const exactScaled = scoreRfm(table.recencyDays, table.frequency, thousands, { method: 'rfm' });
    if (isSheetError(exactScaled)) throw new Error(exactScaled.message.en);
    // The largest total, 1.488 thousand, is the only one above the first cut point, 0.2548 + 1.
    expect(exactScaled.m.filter((score) => score === 1)).toHaveLength(994);
  });
});
