import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../cells/dates.js';
import { isSheetError } from '../../cells/errors.js';
import { expectError } from '../../../test/support/errors.js';
import { rfmCodesOfCustomerTable, type CustomerTableCode } from './customer-table.js';

function codes(...args: Parameters<typeof rfmCodesOfCustomerTable>): CustomerTableCode[] {
  const result = rfmCodesOfCustomerTable(...args);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

// Three customers, 3 bins, quantile cut points (R's type 7) worked by hand:
// days 10, 40, 200 → cuts at 1/3 and 2/3: 10 + 0.667 × 30 = 30 and 40 + 0.333 × 160 = 93.3, raw scores
// 1, 2, 3, reversed for recency (most recent best): 10 → 3, 40 → 2, 200 → 1.
// orders 5, 1, 2 → cuts 1.67 and 3 → 3, 1, 2; spend 500, 20, 90 → cuts 66.7 and 226.7 → 3, 1, 2.
const days = [10, 200, 40];
const orders = [5, 1, 2];
const spend = [500, 20, 90];

describe('rfmCodesOfCustomerTable', () => {
  it('scores days since the last order against the whole table', () => {
    expect(codes({ recencyOrLastDate: days, frequency: orders, monetary: spend }, { score: { bins: 3 } })).toEqual(['333', '111', '222']);
  });

  it('reads last order dates and measures recency to the day after the latest (or to as_of)', () => {
    const last = dayFromCivil(2024, 6, 30);
    // Recencies 1, 191 and 31 days from 2024-07-01: the same order as above, so the same codes.
    const dates = [last, last - 190, last - 30];
    const table = { recencyOrLastDate: dates, frequency: orders, monetary: spend };
    expect(codes(table, { score: { bins: 3 } })).toEqual(['333', '111', '222']);
    // As text, day first; an analysis date a year later moves every recency alike: same scores.
    const texts = ['30/06/2024', '22/12/2023', '31/05/2024'];
    expect(codes({ ...table, recencyOrLastDate: texts }, { asOf: last + 365, score: { bins: 3 } })).toEqual(['333', '111', '222']);
  });

  it('reads text dates month first when a date of the column proves it', () => {
    // 12/25/2023 can only be month first: 06/01/2024 is then June 1st (30 days before 07/01), not January 6th.
    const table = { recencyOrLastDate: ['07/01/2024', '12/25/2023', '06/01/2024'], frequency: orders, monetary: spend };
    expect(codes(table, { score: { bins: 3 } })).toEqual(['333', '111', '222']);
  });

  it('leaves empty rows and customers without purchase empty, out of the cut points', () => {
    const table = { recencyOrLastDate: [10, '', 200, 5, 40], frequency: [5, '', 1, 0, 2], monetary: [500, '', 20, 0, 90] };
    expect(codes(table, { score: { bins: 3 } })).toEqual(['333', '', '111', '', '222']);
  });

  it('gives an incomplete or unreadable row its own #VALUE! and scores the others', () => {
    const table = { recencyOrLastDate: [10, 200, 40, 20], frequency: [5, 1, 2, 3], monetary: [500, 20, 90, 'lots'] };
    const result = codes(table, { score: { bins: 3 } });
    expect(result.slice(0, 3)).toEqual(['333', '111', '222']);
    expect(expectError(result[3], '#VALUE!').message.en).toBe('monetary: "lots" is not a number');
    const incomplete = codes({ ...table, monetary: [500, 20, 90, ''] }, { score: { bins: 3 } });
    expect(expectError(incomplete[3], '#VALUE!').message.en).toBe('Incomplete row: recency, frequency and monetary are required');
  });

  it('is #VALUE! without any complete row', () => {
    const result = rfmCodesOfCustomerTable({ recencyOrLastDate: ['', 3], frequency: ['', 0], monetary: ['', 10] });
    expect(expectError(result, '#VALUE!').message.en).toBe('No complete row to score');
  });

  it('does not depend on the order of the rows', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: -50, max: 5000 }));
    const shuffled = fc
      .array(row, { minLength: 1, maxLength: 40 })
      .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, index) => index), { minLength: rows.length, maxLength: rows.length })));
    fc.assert(
      fc.property(shuffled, ([rows, order]) => {
        const table = (list: typeof rows) => ({ recencyOrLastDate: list.map((r) => r[0]), frequency: list.map((r) => r[1]), monetary: list.map((r) => r[2]) });
        const before = codes(table(rows));
        const after = codes(table(order.map((index) => rows[index] ?? [0, 1, 0])));
        expect(order.map((index) => before[index])).toEqual(after);
      }),
      { numRuns: 200 },
    );
  });
});
