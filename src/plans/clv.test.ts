import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../cells/dates.js';
import { isSheetError } from '../cells/errors.js';
import type { TransactionColumns } from '../metrics/rfm/index.js';
import { buildClvPlan, clvLayout, type ClvPlan } from './clv.js';
import { validatePlan } from './validate.js';

const DATA = new URL('../../../shared/data/', import.meta.url);

/** The CDNOW sample transactions (2,357 customers). */
function cdnowSample(): TransactionColumns {
  const rows = readFileSync(new URL('CDNOW_sample.txt', DATA), 'utf8').trim().split(/\r?\n/).map((line) => line.trim().split(/\s+/));
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
  const layout = clvLayout(2357);

  it('builds a valid sheet named "Valeur client" with both models fitted', () => {
    expect(validatePlan(result.plan)).toEqual([]);
    expect(result.plan.name).toBe('Valeur client');
    const model = result.plan.blocks.find((block) => block.row === layout.firstModelRow && block.column === 1);
    expect(model?.cells[4]?.[1]).toEqual({ value: 'BG/NBD' });
    expect(model?.cells[10]?.[1]).toEqual({ value: 'Gamma-Gamma' });
    const r = model?.cells[5]?.[1];
    expect(r !== undefined && 'value' in r ? Math.abs((r.value as number) / 0.242593 - 1) : 1).toBeLessThan(1e-3);
  });

  it('writes every customer as values: id, RFM segment, x, t_x, T and the core predictions', () => {
    const customers = result.plan.blocks.find((block) => block.row === layout.firstCustomerRow);
    expect(customers?.cells).toHaveLength(2357);
    const first = customers?.cells[0]?.map((cell) => ('value' in cell ? cell.value : cell.formula));
    expect(first?.slice(0, 3)).toEqual(['1', result.segments[0], 2]);
    expect(first?.[5]).toBe(result.predictions.expectedPurchases[0]);
    expect(first?.[8]).toBe(result.predictions.clv[0]);
    expect(first?.[9]).toBe('BG/NBD + Gamma-Gamma');
    expect(new Set(result.segments).has('')).toBe(false);
  });

  it('sums each RFM segment with formulas over the customer table', () => {
    const summary = result.plan.blocks.find((block) => block.row === layout.firstSegmentRow);
    const cells = summary?.cells[0]?.map((cell) => ('formula' in cell ? cell.formula : cell.value));
    const rows = `${layout.firstCustomerRow}:$B$${layout.lastCustomerRow}`;
    expect(cells?.[1]).toBe(`COUNTIF($B$${rows},A${layout.firstSegmentRow})`);
    expect(cells?.[4]).toBe(`SUMIF($B$${rows},A${layout.firstSegmentRow},$I$${layout.firstCustomerRow}:$I$${layout.lastCustomerRow})`);
  });
});

describe('buildClvPlan on a small sample', () => {
  const tx: TransactionColumns = { customer: ['a', 'a', 'b', 'c', '=cmd|x'], day: [0, 14, 3, 5, 6], amount: [10, 20, 5, 8, 3] };

  it('names the fallback in the model block and keeps a formula-like id as text', () => {
    const result = built({ language: 'en', transactions: tx });
    expect(validatePlan(result.plan)).toEqual([]);
    const layout = clvLayout(4);
    const model = result.plan.blocks.find((block) => block.row === layout.firstModelRow && block.column === 1);
    expect(model?.cells[4]?.[1]).toEqual({ value: 'simple formula — 4 customer(s), 1 of them repeat buyers: the BG/NBD model needs at least 30 with 10 repeat buyers' });
    expect(model?.cells[5]?.[1]).toEqual({ value: null });
    const customers = result.plan.blocks.find((block) => block.row === layout.firstCustomerRow);
    expect(customers?.cells[3]?.[0]).toEqual({ value: '=cmd|x' });
    // P(alive) has no value under the simple formula.
    expect(customers?.cells[0]?.[6]).toEqual({ value: null });
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
