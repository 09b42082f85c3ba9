import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../cells/dates.js';
import { isSheetError } from '../../cells/errors.js';
import { expectError } from '../../../test/support/errors.js';
import { summarizeTransactions, type ClvSummary, type SummaryOptions } from './summary.js';
import type { TransactionColumns } from '../rfm/aggregate.js';
import { readShared } from '../../../test/support/shared-data.js';


function summary(tx: TransactionColumns, options?: SummaryOptions): ClvSummary {
  const result = summarizeTransactions(tx, options);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

describe('the model summary rebuilt from the CDNOW sample transactions', () => {
  // orig_id new_id yyyymmdd number_of_cds dollar_value, whitespace separated, CRLF.
  const rows = readShared('data/CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
  const tx: TransactionColumns = {
    customer: rows.map((row) => String(Number(row[1]))),
    day: rows.map((row) => {
      const text = row[2] ?? '';
      return dayFromCivil(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
    }),
    amount: rows.map((row) => Number(row[4])),
  };
  const rebuilt = summary(tx, { calibrationEnd: dayFromCivil(1997, 9, 30), timeUnit: 'week' });
  const byId = new Map(rebuilt.customers.map((id, i) => [id, i]));

  function published(name: string): number[][] {
    return readShared(`data/${name}`).trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  }

  it('has the 2,357 customers of the published summaries', () => {
    expect(rebuilt.customers.length).toBe(2357);
    expect(rebuilt.customersWithoutPurchase).toBe(0);
  });

  it('equals cdnow_customers_summary_with_transactions.csv (x, t_x, T, zbar) to ±0.005', () => {
    let worst = 0;
    for (const [id = 0, x = 0, tx_ = 0, T = 0, zbar = 0] of published('cdnow_customers_summary_with_transactions.csv')) {
      const i = byId.get(String(id));
      expect(i).toBeDefined();
      if (i === undefined) continue;
      expect(rebuilt.x[i]).toBe(x);
      worst = Math.max(worst, Math.abs((rebuilt.tx[i] ?? 0) - tx_), Math.abs((rebuilt.T[i] ?? 0) - T), Math.abs((rebuilt.meanRepeatValue[i] ?? 0) - zbar));
    }
    expect(worst).toBeLessThanOrEqual(0.005 + 1e-9);
  });

  it('equals cdnow_customers_summary.csv (frequency, recency, T) to ±0.005', () => {
    let worst = 0;
    for (const [id = 0, frequency = 0, recency = 0, T = 0] of published('cdnow_customers_summary.csv')) {
      const i = byId.get(String(id));
      if (i === undefined) throw new Error(`customer ${id} missing`);
      expect(rebuilt.x[i]).toBe(frequency);
      worst = Math.max(worst, Math.abs((rebuilt.tx[i] ?? 0) - recency), Math.abs((rebuilt.T[i] ?? 0) - T));
    }
    expect(worst).toBeLessThanOrEqual(0.005 + 1e-9);
  });
});

describe('summarizeTransactions', () => {
  // a: 10 + 5 on day 0 (one purchase), 20 on day 14, 30 on day 28 → x 2, t_x 4 weeks, mean 25.
  // b: one purchase on day 21. c: first purchase after the calibration end. d: a refund only.
  const tx: TransactionColumns = {
    customer: ['a', 'a', 'b', 'a', 'a', 'c', 'd'],
    day: [0, 0, 21, 14, 28, 40, 5],
    amount: [10, 5, 7, 20, 30, 9, -4],
  };

  it('merges same-day purchases and leaves the first purchase out of the mean repeat value', () => {
    const s = summary(tx, { calibrationEnd: 35, timeUnit: 'week' });
    expect(s.customers).toEqual(['a', 'b']);
    expect([...s.x]).toEqual([2, 0]);
    expect([...s.tx]).toEqual([4, 0]);
    expect([...s.T]).toEqual([5, 2]);
    expect([...s.meanRepeatValue]).toEqual([25, 0]);
    expect(s.customersWithoutPurchase).toBe(2);
    expect(s.refundRows).toBe(1);
  });

  it('counts time in days, weeks or 30.4375-day months', () => {
    expect([...summary(tx, { calibrationEnd: 35, timeUnit: 'day' }).T]).toEqual([35, 14]);
    expect(summary(tx, { calibrationEnd: 35, timeUnit: 'month' }).T[0]).toBeCloseTo(35 / 30.4375, 12);
  });

  it('ends the calibration at the last purchase date by default', () => {
    expect(summary(tx).calibrationEnd).toBe(40);
  });

  it('rejects columns of different lengths', () => {
    expectError(summarizeTransactions({ customer: ['a'], day: [1, 2], amount: [1] }), '#VALUE!');
  });
  it('rejects an empty input', () => {
    expectError(summarizeTransactions({ customer: [], day: [], amount: [] }), '#VALUE!');
  });
  it('rejects an unknown time unit', () => {
    expectError(summarizeTransactions(tx, { timeUnit: 'year' as never }), '#VALUE!');
  });
  it('rejects an empty customer id', () => {
    expectError(summarizeTransactions({ customer: [''], day: [1], amount: [1] }), '#VALUE!');
  });
  it('rejects a date that is not a number', () => {
    expectError(summarizeTransactions({ customer: ['a'], day: [Number.NaN], amount: [1] }), '#VALUE!');
  });
  it('rejects an amount that is not a number', () => {
    expectError(summarizeTransactions({ customer: ['a'], day: [1], amount: [Infinity] }), '#VALUE!');
  });
  it('rejects data made only of refunds', () => {
    expectError(summarizeTransactions({ customer: ['a'], day: [1], amount: [-1] }), '#VALUE!');
  });
  it('rejects a calibration end that is not a date', () => {
    expectError(summarizeTransactions(tx, { calibrationEnd: Number.NaN }), '#VALUE!');
  });
  it('rejects a calibration end before every purchase', () => {
    expectError(summarizeTransactions(tx, { calibrationEnd: -1 }), '#NUM!');
  });
  it('rejects a total repeat value beyond floating-point range', () => {
    expectError(summarizeTransactions({ customer: ['a', 'a', 'a'], day: [1, 2, 3], amount: [1, 1e308, 1e308] }), '#NUM!');
  });
});
