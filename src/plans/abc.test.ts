import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { classifyAbc } from '../metrics/abc.js';
import { abcLayout, abcTables, buildAbcPlan, ABC_THRESHOLD_NAMES } from './abc.js';
import { rangeAddress } from './a1.js';
import { tableCell } from './table.js';
import type { SheetPlan } from './types.js';
import { validatePlan } from './validate.js';

function built(items: readonly string[], values: readonly number[]): SheetPlan {
  const plan = buildAbcPlan({ language: 'fr', items, values });
  if (isSheetError(plan)) throw new Error(plan.message.en);
  return plan;
}

describe('buildAbcPlan', () => {
  it('writes the items in the order of classifyAbc: value descending, ties by item id', () => {
    const plan = built(['p', 'q', 'r', 's', 'a'], [10, 70, 15, 5, 10]);
    const { items } = abcTables(5);
    expect([0, 1, 2, 3, 4].map((i) => tableCell(plan, items, 'item', i))).toEqual([{ value: 'q' }, { value: 'r' }, { value: 'a' }, { value: 'p' }, { value: 's' }]);
    expect(abcLayout(5).firstItemRow).toBe(items.firstRow);
    expect(validatePlan(plan)).toEqual([]);
  });

  it('writes user text that looks like a formula as a value, never as a formula', () => {
    const plan = built(['=1+1', '@SUM(A1)', '+33 6 12', '-foo'], [4, 3, 2, 1]);
    const { items } = abcTables(4);
    expect([0, 1, 2, 3].map((i) => tableCell(plan, items, 'item', i))).toEqual([{ value: '=1+1' }, { value: '@SUM(A1)' }, { value: '+33 6 12' }, { value: '-foo' }]);
  });

  it('reads the class from the two named threshold cells, with the core allowance for float noise', () => {
    const plan = built(['p', 'q'], [10, 90]);
    expect(plan.namedRanges.map((named) => named.name)).toEqual([ABC_THRESHOLD_NAMES.a, ABC_THRESHOLD_NAMES.b]);
    const { items, thresholds, summary } = abcTables(2);
    // Items on rows 6–7 (header on 5): C value, E running total, F cumulative share, G class.
    // The crossing rule: the share before the first item is 0, before the second the first row's share.
    expect(tableCell(plan, items, 'abcClass', 0)).toEqual({ formula: 'IF(0<abc_threshold_a-1E-12,"A",IF(0<abc_threshold_b-1E-12,"B","C"))' });
    expect(tableCell(plan, items, 'abcClass', 1)).toEqual({ formula: 'IF(F6<abc_threshold_a-1E-12,"A",IF(F6<abc_threshold_b-1E-12,"B","C"))' });
    // The running total adds the values in sorted order, as the core does, so the last share is exactly 1.
    expect(tableCell(plan, items, 'cumulativeValue', 1)).toEqual({ formula: 'E6+C7' });
    expect(tableCell(plan, items, 'share', 1)).toEqual({ formula: 'C7/$E$7' });
    // The thresholds in J6:J7, the summary's A row on 11 (total on 14) counting the classes of G6:G7.
    expect(plan.namedRanges.map((named) => rangeAddress(named.range))).toEqual([thresholds.address('threshold', 0), thresholds.address('threshold', 1)]);
    expect(thresholds.address('threshold', 0)).toBe('J6');
    expect(tableCell(plan, summary, 'items', 0)).toEqual({ formula: 'COUNTIF($G$6:$G$7,I11)' });
    expect(tableCell(plan, summary, 'itemShare', 2)).toEqual({ formula: 'J13/$J$14' });
    expect(tableCell(plan, summary, 'value', 3)).toEqual({ formula: 'SUM(L11:L13)' });
  });

  it('returns the core error for lists of different lengths', () => {
    const plan = buildAbcPlan({ language: 'fr', items: ['a', 'b'], values: [1] });
    expect(isSheetError(plan) && plan.code).toBe('#VALUE!');
  });

  it('returns #DIV/0! when no value is positive', () => {
    const plan = buildAbcPlan({ language: 'en', items: ['a'], values: [0] });
    expect(isSheetError(plan) && plan.code).toBe('#DIV/0!');
  });

  it('returns #NUM! for thresholds that are not 0 < a < b ≤ 1', () => {
    const plan = buildAbcPlan({ language: 'en', items: ['a'], values: [1], thresholds: { a: 0.9, b: 0.8 } });
    expect(isSheetError(plan) && plan.code).toBe('#NUM!');
  });

  it('writes as many blocks for 100 000 items as for 10, and caps the Pareto table at 20 brackets', () => {
    const small = built(Array.from({ length: 10 }, (_, i) => `c${i}`), Array.from({ length: 10 }, (_, i) => i + 1));
    const items = Array.from({ length: 100_000 }, (_, i) => `c${i}`);
    const values = items.map((_, i) => ((i * 7919) % 100_003) + 1);
    const large = built(items, values);
    expect(large.blocks.length).toBe(small.blocks.length);
    expect(large.styles.length).toBe(small.styles.length);
    expect(abcLayout(100_000).paretoRows).toBe(20);
    expect(validatePlan(large)).toEqual([]);
    const reference = classifyAbc(items, values);
    if (isSheetError(reference)) throw new Error(reference.message.en);
    expect(tableCell(large, abcTables(100_000).items, 'item', 99_999)).toEqual({ value: reference.rows[99_999]?.item });
  });
});
