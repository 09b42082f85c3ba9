/**
 * RFM_TABLE, RFM_SCORE and RFM_SEGMENT through `invoke`, as a host calls them: against the R rfm
 * package's published results (SOURCES.md) and against small cases worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { isSheetError, type SheetError } from '../../cells/errors.js';
import type { OutCell, OutMatrix } from '../../cells/values.js';
import { invoke } from '../invoke.js';
import { readShared } from '../../../test/support/shared-data.js';

function errorIn(cell: OutCell | undefined): SheetError {
  expect(isSheetError(cell)).toBe(true);
  return cell as SheetError;
}

function column(values: readonly (string | number)[]): (string | number)[][] {
  return values.map((value) => [value]);
}

/** The package's demo orders as three columns, dates as ISO text (as a sheet of text would hold them). */
function demoOrders(): { customers: string[][]; dates: string[][]; amounts: number[][] } {
  const text = readShared('data/rfm_data_orders.csv');
  const customers: string[][] = [];
  const dates: string[][] = [];
  const amounts: number[][] = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (line === '') continue;
    const [id = '', date = '', revenue = ''] = line.split(',');
    customers.push([id]);
    dates.push([date]);
    amounts.push([Number(revenue)]);
  }
  return { customers, dates, amounts };
}

describe('RFM_TABLE on the R rfm package’s demo orders, analysed on 2006-12-31 with the package’s method "rfm"', () => {
  const { customers, dates, amounts } = demoOrders();
  const table: OutMatrix = invoke('RFM_TABLE', [customers, dates, amounts, '2006-12-31', undefined, 'rfm']);
  const [header, ...rows] = table;

  it('spills a header row and one row per customer: 995 customers, 4906 orders', () => {
    expect(header).toEqual(['Client', 'Récence (jours)', 'Fréquence', 'Montant', 'R', 'F', 'M', 'Code RFM', 'Segment']);
    expect(rows).toHaveLength(995);
    expect(rows.reduce((sum, row) => sum + (row[2] as number), 0)).toBe(4906);
  });

  it('finds the package test’s Champions (R, F, M of 4 or 5): 158 customers, 1234 orders, 120,178 of revenue', () => {
    const champions = rows.filter((row) => [row[4], row[5], row[6]].every((score) => (score as number) >= 4));
    expect(champions).toHaveLength(158);
    expect(champions.reduce((sum, row) => sum + (row[2] as number), 0)).toBe(1234);
    expect(champions.reduce((sum, row) => sum + (row[3] as number), 0)).toBe(120178);
  });

  it('gives every customer a named segment, in English with language "en"', () => {
    expect(rows.every((row) => typeof row[8] === 'string' && row[8] !== '')).toBe(true);
    const english = invoke('RFM_TABLE', [customers, dates, amounts, '2006-12-31', undefined, 'rfm', 'en']);
    expect(english[0]?.[8]).toBe('Segment');
    expect(english[0]?.[1]).toBe('Recency (days)');
  });
});

describe('RFM_TABLE, worked by hand', () => {
  // a: 100 on 2024-12-01 and 50 on 2024-12-21 → 10 days, 2 orders, 150.
  // b: 20 on 2024-06-30 → 184 days, 1 order, 20.
  // c: 300 on 2024-12-30 and a refund of 100 the same day → 1 day, 1 order, 200.
  const customers = column(['a', 'b', 'a', 'c', 'c']);
  // Excel serials: 2024-12-01 = 45627, 2024-06-30 = 45473, 2024-12-21 = 45647, 2024-12-30 = 45656.
  const dates = column([45627, 45473, 45647, 45656, 45656]);
  const amounts = column([100, 20, 50, 300, -100]);
  // Cut points on 2 scores: recency 30 days, frequency 2 orders, monetary 100.
  const cuts = [[30], [2], [100]];

  it('scores with user cut points: a 222, b 111, c 212 — and leaves the segment empty on 2 scores', () => {
    const table = invoke('RFM_TABLE', [customers, dates, amounts, '31/12/2024', 2, cuts]);
    expect(table.slice(1)).toEqual([
      ['a', 10, 2, 150, 2, 2, 2, '222', ''],
      ['b', 184, 1, 20, 1, 1, 1, '111', ''],
      ['c', 1, 1, 200, 2, 1, 2, '212', ''],
    ]);
  });

  it('skips fully empty rows and names the row of an incomplete one', () => {
    const withBlank = invoke('RFM_TABLE', [[...customers, ['']], [...dates, ['']], [...amounts, ['']], '2024-12-31', 2, cuts]);
    expect(withBlank).toHaveLength(4);
    const missing = invoke('RFM_TABLE', [column(['a', 'b']), column([45627, '']), column([1, 2])]);
    expect(errorIn(missing[0]?.[0]).message.en).toBe('Row 2 — empty date');
    const noCustomer = invoke('RFM_TABLE', [column(['a', '']), column([45627, 45628]), column([1, 2])]);
    expect(errorIn(noCustomer[0]?.[0]).message.en).toBe('Row 2 — empty customer');
    const noAmount = invoke('RFM_TABLE', [column(['a', 'b']), column([45627, 45628]), column([1, ''])]);
    expect(errorIn(noAmount[0]?.[0]).message.en).toBe('Row 2 — empty amount');
  });

  it('gives #VALUE! for columns of different lengths and for cut points not on 3 rows', () => {
    const short = invoke('RFM_TABLE', [customers, dates.slice(1), amounts]);
    expect(errorIn(short[0]?.[0]).message.en).toBe('customers and dates must have the same number of rows: 5 vs 4');
    const twoRows = invoke('RFM_TABLE', [customers, dates, amounts, undefined, 2, [[30], [2]]]);
    expect(errorIn(twoRows[0]?.[0]).message.en).toBe(
      'method: give "quantile", "rfm", "ntile" or the cut points as 3 rows (recency, frequency, monetary) of 1 numbers (got 2 rows)',
    );
  });

  it('rounds monetary values to the cent, except beyond 10^15 where cents no longer exist in a double', () => {
    const table = invoke('RFM_TABLE', [column(['a', 'b', 'b']), column([45627, 45627, 45628]), column([10.004, 1e15, 1e15])]);
    expect(table[1]?.[3]).toBe(10);
    expect(table[2]?.[3]).toBe(2e15);
  });

  it('gives #NUM! for an analysis date before the last purchase', () => {
    expect(errorIn(invoke('RFM_TABLE', [customers, dates, amounts, '2024-12-01'])[0]?.[0]).code).toBe('#NUM!');
  });
});

describe('RFM_TABLE with a customer who only has refunds', () => {
  // a, b, c as above (2 scores, default quantiles); r: a refund of 30 on 2025-01-05 (serial 45662), after every purchase.
  const base = { customers: column(['a', 'b', 'a', 'c', 'c']), dates: column([45627, 45473, 45647, 45656, 45656]), amounts: column([100, 20, 50, 300, -100]) };
  const withRefund = {
    customers: [...base.customers, ['r']],
    dates: [...base.dates, [45662]],
    amounts: [...base.amounts, [-30]],
  };

  it('lists them with frequency 0 and no recency, scores or segment', () => {
    const table = invoke('RFM_TABLE', [withRefund.customers, withRefund.dates, withRefund.amounts]);
    expect(table[4]).toEqual(['r', '', 0, -30, '', '', '', '', '']);
  });

  it('changes no other customer: the analysis date stays the day after the last purchase, the cut points stay', () => {
    const without = invoke('RFM_TABLE', [base.customers, base.dates, base.amounts]);
    const table = invoke('RFM_TABLE', [withRefund.customers, withRefund.dates, withRefund.amounts]);
    expect(table.slice(0, 4)).toEqual(without);
    // The last purchase is on 2024-12-30: c's recency is 1 day, a's 10 days.
    expect(table[3]?.[1]).toBe(1);
    expect(table[1]?.[1]).toBe(10);
  });
});

describe('RFM_SCORE', () => {
  const cuts = [[30], [2], [100]];

  it('scores days since the last purchase against user cut points, row by row: 222, 111, 212', () => {
    expect(invoke('RFM_SCORE', [column([10, 184, 1]), column([2, 1, 1]), column([150, 20, 200]), undefined, 2, cuts])).toEqual([['222'], ['111'], ['212']]);
  });

  it('reads last purchase dates as dates, measured from the analysis date, with the same result', () => {
    // 2024-12-21, 2024-06-30 and 2024-12-30 as serials, analysed on 2024-12-31.
    expect(invoke('RFM_SCORE', [column([45647, 45473, 45656]), column([2, 1, 1]), column([150, 20, 200]), '2024-12-31', 2, cuts])).toEqual([
      ['222'],
      ['111'],
      ['212'],
    ]);
  });

  it('keeps an empty row empty and puts the problem of an incomplete row in its row', () => {
    const result = invoke('RFM_SCORE', [column([10, '', 184, 5]), column([2, '', 1, '']), column([150, '', 20, 30]), undefined, 2, cuts]);
    expect(result[0]).toEqual(['222']);
    expect(result[1]).toEqual(['']);
    expect(result[2]).toEqual(['111']);
    expect(errorIn(result[3]?.[0]).message.en).toBe('Incomplete row: recency, frequency and monetary are required');
  });

  it('gives #VALUE! when no row is complete', () => {
    expect(errorIn(invoke('RFM_SCORE', [column([10]), column(['']), column([1])])[0]?.[0]).message.en).toBe('No complete row to score');
  });

  it('scores by the quantiles by default, a value passing a cut point when strictly above it, worked by hand on five customers', () => {
    const codes = invoke('RFM_SCORE', [column([1, 2, 3, 4, 5]), column([5, 4, 3, 2, 1]), column([50, 40, 30, 20, 10])]);
    // Quantiles (type 7) at 20 … 80 % of 1…5 are 1.8, 2.6, 3.4, 4.2: recency 1 … 5 passes 0 … 4 of them
    // → raw 1 … 5 → reversed R 5 … 1; frequency 5 … 1 → 5 … 1. Monetary cut points 18, 26, 34, 42: 50 … 10 → 5 … 1.
    expect(codes).toEqual([['555'], ['444'], ['333'], ['222'], ['111']]);
  });

  it('gives the same codes for amounts in euros and in thousands of euros by default', () => {
    const euros = invoke('RFM_SCORE', [column([3, 40, 200, 9]), column([4, 2, 1, 1]), column([900, 350, 80, 95])]);
    const thousands = invoke('RFM_SCORE', [column([3, 40, 200, 9]), column([4, 2, 1, 1]), column([0.9, 0.35, 0.08, 0.095])]);
    expect(thousands).toEqual(euros);
    // With the package's method, amounts under 1 all fall below its first cut point (a quantile + 1): M = 1.
    const exact = invoke('RFM_SCORE', [column([3, 40, 200, 9]), column([4, 2, 1, 1]), column([0.9, 0.35, 0.08, 0.095]), undefined, undefined, 'rfm']);
    expect(exact.map((row) => (typeof row[0] === 'string' ? row[0].charAt(2) : ''))).toEqual(['1', '1', '1', '1']);
  });

  it('leaves a row with frequency 0 empty and out of the cut points', () => {
    const scored = invoke('RFM_SCORE', [column([10, 184, 1]), column([2, 1, 1]), column([150, 20, 200]), undefined, 2]);
    const withEmpty = invoke('RFM_SCORE', [column([10, '', 184, 1]), column([2, 0, 1, 1]), column([150, -40, 20, 200]), undefined, 2]);
    expect(withEmpty).toEqual([scored[0], [''], scored[1], scored[2]]);
  });

  it('scores by the package’s quantiles plus 1 with method "rfm", worked by hand on five customers', () => {
    const codes = invoke('RFM_SCORE', [column([1, 2, 3, 4, 5]), column([5, 4, 3, 2, 1]), column([50, 40, 30, 20, 10]), undefined, undefined, 'rfm']);
    // Quantiles (type 7) at 20 … 80 % of 1…5 are 1.8, 2.6, 3.4, 4.2; plus 1: cut points 2.8, 3.6, 4.4, 5.2.
    // Recency 1, 2, 3, 4, 5 → raw 1, 1, 2, 3, 4 → reversed R 5, 5, 4, 3, 2. Frequency 5 … 1 → 4, 3, 2, 1, 1.
    // Monetary 10 … 50: cut points 19, 27, 35, 43 → 50 … 10 score 5, 4, 3, 2, 1.
    expect(codes).toEqual([['545'], ['534'], ['423'], ['312'], ['211']]);
  });
});

describe('RFM_SEGMENT', () => {
  it('names the segment of a code, in French by default and in English on request', () => {
    expect(invoke('RFM_SEGMENT', ['555'])).toEqual([['Champions']]);
    expect(invoke('RFM_SEGMENT', [[['111'], [''], [333]], undefined, undefined, 'en'])).toEqual([['Lost'], [''], ['Loyal']]);
  });

  it('names the segment of R, F and M scores given in three columns', () => {
    expect(invoke('RFM_SEGMENT', [column([1, 5]), column([5, 1]), column([5, 1])])).toEqual([['À risque'], ['Fidèles potentiels']]);
  });

  it('gives #VALUE! for R, F and M columns of different lengths', () => {
    // (A single cell is applied to every row; two columns of 3 and 2 rows cannot be aligned.)
    const error = errorIn(invoke('RFM_SEGMENT', [column([1, 5, 3]), column([5, 1]), column([5, 1])])[0]?.[0]);
    expect(error.message.en).toBe('score_or_r and f must have the same number of rows: 3 vs 2');
  });

  it('gives #N/A for a code outside the 125', () => {
    const error = errorIn(invoke('RFM_SEGMENT', ['605'])[0]?.[0]);
    expect(error.code).toBe('#N/A');
    expect(error.message.en).toBe('Unknown RFM code: "605" (expected three digits, e.g. "545", present in the segment map)');
  });

  it('gives #VALUE! for an unknown language', () => {
    expect(errorIn(invoke('RFM_SEGMENT', ['555', undefined, undefined, 'de'])[0]?.[0]).code).toBe('#VALUE!');
  });
});
