import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { classifyAbc } from '../metrics/abc.js';
import { abcLayout, buildAbcPlan, ABC_THRESHOLD_NAMES } from './abc.js';
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
    const table = plan.blocks.find((block) => block.row === abcLayout(5).firstItemRow && block.column === 1);
    expect(table?.cells.map((row) => row[1])).toEqual([{ value: 'q' }, { value: 'r' }, { value: 'a' }, { value: 'p' }, { value: 's' }]);
    expect(validatePlan(plan)).toEqual([]);
  });

  it('writes user text that looks like a formula as a value, never as a formula', () => {
    const plan = built(['=1+1', '@SUM(A1)', '+33 6 12', '-foo'], [4, 3, 2, 1]);
    const table = plan.blocks.find((block) => block.row === 6 && block.column === 1);
    expect(table?.cells.map((row) => row[1])).toEqual([{ value: '=1+1' }, { value: '@SUM(A1)' }, { value: '+33 6 12' }, { value: '-foo' }]);
  });

  it('reads the class from the two named threshold cells, with the core allowance for float noise', () => {
    const plan = built(['p', 'q'], [10, 90]);
    expect(plan.namedRanges.map((named) => named.name)).toEqual([ABC_THRESHOLD_NAMES.a, ABC_THRESHOLD_NAMES.b]);
    const table = plan.blocks.find((block) => block.row === 6 && block.column === 1);
    // The crossing rule: the share before the first item is 0, before the second the first row's share.
    expect(table?.cells[0]?.[6]).toEqual({ formula: 'IF(0<abc_threshold_a-1E-12,"A",IF(0<abc_threshold_b-1E-12,"B","C"))' });
    expect(table?.cells[1]?.[6]).toEqual({ formula: 'IF(F6<abc_threshold_a-1E-12,"A",IF(F6<abc_threshold_b-1E-12,"B","C"))' });
    // The running total adds the values in sorted order, as the core does, so the last share is exactly 1.
    expect(table?.cells[1]?.[4]).toEqual({ formula: 'E6+C7' });
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
    expect(large.blocks.find((block) => block.row === 6 && block.column === 1)?.cells[99_999]?.[1]).toEqual({ value: reference.rows[99_999]?.item });
  });
});
