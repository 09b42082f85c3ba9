import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError } from '../cells/errors.js';
import type { TransactionColumns } from '../metrics/rfm/index.js';
import { buildClvPlan, clvLayout, clvTables, type ClvPlan } from './clv.js';
import { tableCell } from './table.js';
import { validatePlan } from './validate.js';
import { readShared } from '../../test/support/shared-data.js';


/** The CDNOW sample transactions (2,357 customers). */
function cdnowSample(): TransactionColumns {
  const rows = readShared('data/CDNOW_sample.txt').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
  return {
    customer: rows.map((row) => String(Number(row[1]))),
    day: rows.map((row) => {
      const text = row[2] ?? '';
      return dayFromCivil(Number(text.slice(0, 4)), Number(text.slice(4, 6)), Number(text.slice(6, 8)));
    }),
    amount: rows.map((row) => Number(row[4])),
  };
}

function built(options: Parameters<typeof buildClvPlan>[0]): ClvPlan {
  const result = buildClvPlan(options);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

describe('buildClvPlan on the CDNOW sample', () => {
  const result = built({ language: 'fr', transactions: cdnowSample(), calibrationEnd: dayFromCivil(1997, 9, 30), horizon: 39, discountRate: 0.1 });
  const tables = clvTables(2357);

  it('builds a valid sheet named "Valeur client" with both models fitted', () => {
    expect(validatePlan(result.plan)).toEqual([]);
    expect(result.plan.name).toBe('Valeur client');
    // The model's rows: calibration end, unit, horizon, rate, then the purchase model (5th) and r (6th) …
    expect(tableCell(result.plan, tables.model, 'value', 4)).toEqual({ value: 'BG/NBD' });
    expect(tableCell(result.plan, tables.model, 'value', 10)).toEqual({ value: 'Gamma-Gamma' });
    const r = tableCell(result.plan, tables.model, 'value', 5);
    expect(r !== undefined && 'value' in r ? Math.abs((r.value as number) / 0.242593 - 1) : 1).toBeLessThan(1e-3);
  });

  it('writes every customer as values: id, RFM segment, x, t_x, T and the core predictions', () => {
    const { customers } = tables;
    expect(tableCell(result.plan, customers, 'customer', 2356)).toBeDefined();
    expect(tableCell(result.plan, customers, 'customer', 2357)).toBeUndefined();
    const first = (key: Parameters<typeof customers.column>[0]) => {
      const cell = tableCell(result.plan, customers, key, 0);
      return cell !== undefined && 'value' in cell ? cell.value : undefined;
    };
    expect([first('customer'), first('segment'), first('x')]).toEqual(['1', result.segments[0], 2]);
    expect(first('purchases')).toBe(result.predictions.expectedPurchases[0]);
    expect(first('clv')).toBe(result.predictions.clv[0]);
    expect(first('status')).toBe('BG/NBD + Gamma-Gamma');
    expect(new Set(result.segments).has('')).toBe(false);
  });

  it('sums each RFM segment with formulas over the customer table', () => {
    const layout = clvLayout(2357);
    const rows = `${layout.firstCustomerRow}:$B$${layout.lastCustomerRow}`;
    // Segments in A from row 23, the customers' segments in B and CLV in I from row 38 (2357 rows).
    expect(tableCell(result.plan, tables.segments, 'customers', 0)).toEqual({ formula: `COUNTIF($B$${rows},A${layout.firstSegmentRow})` });
    expect(tableCell(result.plan, tables.segments, 'clvTotal', 0)).toEqual({ formula: `SUMIF($B$${rows},A${layout.firstSegmentRow},$I$${layout.firstCustomerRow}:$I$${layout.lastCustomerRow})` });
    expect(`${layout.firstSegmentRow}:${layout.firstCustomerRow}:${layout.lastCustomerRow}`).toBe('23:38:2394');
  });
});

describe('buildClvPlan on a small sample', () => {
  const tx: TransactionColumns = { customer: ['a', 'a', 'b', 'c', '=cmd|x'], day: [0, 14, 3, 5, 6], amount: [10, 20, 5, 8, 3] };

  it('names the fallback in the model block and keeps a formula-like id as text', () => {
    const result = built({ language: 'en', transactions: tx });
    expect(validatePlan(result.plan)).toEqual([]);
    const { model, customers } = clvTables(4);
    expect(tableCell(result.plan, model, 'value', 4)).toEqual({ value: 'simple formula — 4 customer(s), 1 of them repeat buyers: the BG/NBD model needs at least 30 with 10 repeat buyers' });
    expect(tableCell(result.plan, model, 'value', 5)).toEqual({ value: null });
    expect(tableCell(result.plan, customers, 'customer', 3)).toEqual({ value: '=cmd|x' });
    // P(alive) has no value under the simple formula.
    expect(tableCell(result.plan, customers, 'alive', 0)).toEqual({ value: null });
  });

  it('gives the other customers the same RFM segments when customers with only refunds are added', () => {
    // Five buyers on days 0 … 30; three refund-only customers on day 30, the calibration end.
    const buyers: TransactionColumns = {
      customer: ['a', 'b', 'c', 'd', 'e', 'a', 'b'],
      day: [0, 5, 12, 20, 30, 25, 28],
      amount: [100, 40, 15, 60, 5, 80, 20],
    };
    const withRefunds: TransactionColumns = {
      customer: [...buyers.customer, 'r1', 'r2', 'r3'],
      day: [...Array.from(buyers.day), 30, 30, 30],
      amount: [...Array.from(buyers.amount), -10, -20, -30],
    };
    const without = built({ language: 'en', transactions: buyers, calibrationEnd: 30 });
    const result = built({ language: 'en', transactions: withRefunds, calibrationEnd: 30 });
    expect(result.summary.customers).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.segments).toEqual(without.segments);
  });

  it('returns the error of a wrong horizon', () => {
    const result = buildClvPlan({ language: 'en', transactions: tx, horizon: -3 });
    expect(isSheetError(result) && result.code).toBe('#NUM!');
  });

  it('returns the error of unusable transactions', () => {
    const result = buildClvPlan({ language: 'en', transactions: { customer: [], day: [], amount: [] } });
    expect(isSheetError(result) && result.code).toBe('#VALUE!');
  });
});
