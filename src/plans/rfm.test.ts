import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import type { CustomerTable, SegmentId } from '../metrics/rfm/index.js';
import { resolvePlans } from './names.js';
import { buildRfmPlans, rfmLayout, rfmTables, type RfmPlans } from './rfm.js';
import { tableCell } from './table.js';
import { validatePlan } from './validate.js';

function table(n: number): CustomerTable {
  const recencyDays = Int32Array.from({ length: n }, (_, i) => (i * 37) % 400);
  return {
    customers: Array.from({ length: n }, (_, i) => (i === 0 ? '=HYPERLINK("http://x","y")' : `C${i}`)),
    firstDay: Int32Array.from({ length: n }, () => 9000),
    lastDay: Int32Array.from(recencyDays, (r) => 10_000 - r),
    recencyDays,
    frequency: Int32Array.from({ length: n }, (_, i) => 1 + ((i * 13) % 9)),
    monetary: Float64Array.from({ length: n }, (_, i) => 10 + ((i * 7919) % 1000) / 4),
    asOf: 10_000,
    nonPositiveCustomers: 0,
    customersWithoutPurchase: 0,
  };
}

function built(n: number): RfmPlans {
  const plans = buildRfmPlans({ language: 'fr', table: table(n) });
  if (isSheetError(plans)) throw new Error(plans.message.en);
  return plans;
}

describe('buildRfmPlans', () => {
  it('builds three valid sheets whose cross-sheet references resolve', () => {
    const plans = built(50);
    for (const plan of [plans.summary, plans.customers, plans.parameters]) expect(validatePlan(plan), plan.key).toEqual([]);
    const resolution = resolvePlans([plans.summary, plans.customers, plans.parameters], []);
    const { summary, customers } = rfmTables(50, 5);
    const summaryFormula = resolution.plans[0] === undefined ? undefined : tableCell(resolution.plans[0], summary, 'customers', 0);
    expect(summaryFormula).toEqual({ formula: `COUNTIF('Clients RFM'!${customers.all('segment')},A6)` });
    expect(customers.all('segment')).toBe('$J$6:$J$55');
    // The total row sums the segments (rows 6 to 6 + 11 segments − 1) and the share guards the empty base.
    expect(tableCell(plans.summary, summary, 'customerShare', summary.rowCount)).toEqual({ formula: `IF($B$${summary.totalRow ?? 0}=0,"",SUM(C6:C${summary.lastRow}))` });
  });

  it('writes the 125 codes of the map, 111 first and 555 last, as numbers', () => {
    const plans = built(50);
    const { map } = rfmTables(50, 5);
    expect(rfmLayout(50, 5).firstMapRow).toBe(map.firstRow);
    expect(map.rowCount).toBe(125);
    expect([tableCell(plans.parameters, map, 'code', 0), tableCell(plans.parameters, map, 'segment', 0)]).toEqual([{ value: 111 }, { value: 'Perdus' }]);
    expect([tableCell(plans.parameters, map, 'code', 124), tableCell(plans.parameters, map, 'segment', 124)]).toEqual([{ value: 555 }, { value: 'Champions' }]);
    expect(tableCell(plans.parameters, map, 'code', 125)).toBeUndefined();
  });

  it("scores with the parameters' named cut points, strictly above them by default, and looks the segment up in the named map", () => {
    const plan = built(3).customers;
    const { customers } = rfmTables(3, 5);
    expect((['r', 'f', 'm', 'code', 'segment'] as const).map((key) => tableCell(plan, customers, key, 0)).map((cell) => (cell !== undefined && 'formula' in cell ? cell.formula : ''))).toEqual([
      'IF(D6=0,"",rfm_bins-SUMPRODUCT(--(rfm_cuts_recency<C6)))',
      'IF(D6=0,"",1+SUMPRODUCT(--(rfm_cuts_frequency<D6)))',
      'IF(D6=0,"",1+SUMPRODUCT(--(rfm_cuts_monetary<E6)))',
      'IF(D6=0,"",100*F6+10*G6+H6)',
      'IF(D6=0,"",VLOOKUP(I6,rfm_segment_map,2,FALSE))',
    ]);
    // A customer id that looks like a formula stays a value.
    expect(tableCell(plan, customers, 'customer', 0)).toEqual({ value: '=HYPERLINK("http://x","y")' });
  });

  it('counts a cut point as passed when the value equals it, with the package’s method "rfm"', () => {
    const plans = buildRfmPlans({ language: 'fr', table: table(3), method: 'rfm' });
    if (isSheetError(plans)) throw new Error(plans.message.en);
    expect(tableCell(plans.customers, rfmTables(3, 5).customers, 'f', 0)).toEqual({ formula: 'IF(D6=0,"",1+SUMPRODUCT(--(rfm_cuts_frequency<=D6)))' });
  });

  it('writes a customer without any purchase with no date and no recency, out of the cut points', () => {
    const base = table(10);
    const withRefundOnly: CustomerTable = {
      ...base,
      customers: [...base.customers, 'refund-only'],
      firstDay: Int32Array.from([...base.firstDay, 0]),
      lastDay: Int32Array.from([...base.lastDay, 0]),
      recencyDays: Int32Array.from([...base.recencyDays, 0]),
      frequency: Int32Array.from([...base.frequency, 0]),
      monetary: Float64Array.from([...base.monetary, -50]),
      customersWithoutPurchase: 1,
    };
    const plans = buildRfmPlans({ language: 'fr', table: withRefundOnly });
    if (isSheetError(plans)) throw new Error(plans.message.en);
    const { customers } = rfmTables(11, 5);
    expect((['customer', 'lastPurchase', 'recency', 'frequency', 'monetary'] as const).map((key) => tableCell(plans.customers, customers, key, 10))).toEqual([{ value: 'refund-only' }, { value: null }, { value: null }, { value: 0 }, { value: -50 }]);
    const without = built(10);
    expect(plans.cuts).toEqual(without.cuts);
  });

  it('returns #VALUE! when the default map, made for 5 scores, is asked for 4', () => {
    const plans = buildRfmPlans({ language: 'en', table: table(20), bins: 4 });
    expect(isSheetError(plans) && plans.code).toBe('#VALUE!');
  });

  it('returns #VALUE! when a given map lacks a code', () => {
    const map = new Map<string, SegmentId>([['111', 'lost']]);
    const plans = buildRfmPlans({ language: 'en', table: table(20), bins: 2, segmentMap: map });
    expect(isSheetError(plans) && plans.message.en).toBe('The segment map lacks the code 112: with 2 scores it must cover all 8 codes');
  });

  it('accepts a map of another number of scores when it covers every code', () => {
    const map = new Map<string, SegmentId>();
    for (const code of ['111', '112', '121', '122', '211', '212', '221', '222']) map.set(code, code === '222' ? 'champions' : 'lost');
    const plans = buildRfmPlans({ language: 'en', table: table(20), bins: 2, segmentMap: map });
    expect(isSheetError(plans)).toBe(false);
  });

  it('returns the scoring error for an empty customer table', () => {
    const plans = buildRfmPlans({ language: 'en', table: table(0) });
    expect(isSheetError(plans) && plans.code).toBe('#VALUE!');
  });

  it('writes as many blocks for 100 000 customers as for 10', () => {
    const small = built(10);
    const large = built(100_000);
    for (const key of ['summary', 'customers', 'parameters'] as const) {
      expect(large[key].blocks.length, key).toBe(small[key].blocks.length);
      expect(large[key].styles.length, key).toBe(small[key].styles.length);
    }
    expect(validatePlan(large.customers)).toEqual([]);
  });
});
