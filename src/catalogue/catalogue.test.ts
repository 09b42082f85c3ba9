import { describe, expect, it } from 'vitest';
import { isSheetError, type SheetError } from '../cells/errors.js';
import { parseNumberText } from '../cells/numbers.js';
import { CATALOGUE, invoke } from './index.js';

function errorOf(result: unknown): SheetError {
  expect(Array.isArray(result)).toBe(true);
  const cell = (result as unknown[][])[0]?.[0];
  expect(isSheetError(cell)).toBe(true);
  return cell as SheetError;
}

describe('the catalogue', () => {
  it('has unique ids that both hosts accept', () => {
    const ids = CATALOGUE.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]{2,}$/);
  });

  it('documents every function and parameter in French and English', () => {
    for (const spec of CATALOGUE) {
      for (const text of [spec.summary, spec.help, spec.example.result, ...spec.params.map((p) => p.description)]) {
        expect(text.fr.trim(), spec.id).not.toBe('');
        expect(text.en.trim(), spec.id).not.toBe('');
      }
      expect(spec.example.formula.startsWith(`=${spec.id}(`), spec.id).toBe(true);
      for (const param of spec.params) expect(param.name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  // The examples shown in both hosts' help must be true: every example made only of literal numbers
  // is run and compared with the result the help promises.
  it('keeps the promise of every example written with literal numbers', () => {
    let checked = 0;
    for (const spec of CATALOGUE) {
      const inner = /^=\w+\((.*)\)$/.exec(spec.example.formula)?.[1] ?? '';
      const args = inner.split(/,\s*/).map((text) => parseNumberText(text.replace(/%$/, ' %')));
      if (args.some((value) => value === null)) continue;
      const promised = parseNumberText(spec.example.result.en.split(' ')[0] ?? '');
      expect(promised, spec.id).not.toBeNull();
      const result = invoke(spec.id, args);
      expect(result[0]?.[0], spec.id).toBeCloseTo(promised ?? NaN, 2);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(14);
  });
});

describe('invoke over columns', () => {
  it('applies a function row by row over aligned columns', () => {
    expect(invoke('MARKUP_RATE', [[[30], [45]], [[15], [30]]])).toEqual([[1], [0.5]]);
  });

  it('applies a single cell to every row', () => {
    expect(invoke('CAC', [[[1000], [3000]], 10])).toEqual([[100], [300]]);
  });

  it('accepts what Excel passes: null cells and numbers as text', () => {
    expect(invoke('COST_PER_LEAD', [[['1 500,00'], [null]], [['60'], [null]]])).toEqual([[25], ['']]);
  });

  it('leaves fully empty rows empty and flags half-empty ones', () => {
    const result = invoke('CONVERSION_RATE', [[[12], [''], [5]], [[300], [''], ['']]]);
    expect(result[0]).toEqual([0.04]);
    expect(result[1]).toEqual(['']);
    expect(errorOf([result[2]]).message.en).toBe('total is empty on this row');
  });

  it('says which arguments differ in length', () => {
    const costs = Array.from({ length: 120 }, () => [10]);
    const customers = Array.from({ length: 118 }, () => [1]);
    expect(errorOf(invoke('CAC', [costs, customers])).message.en).toBe(
      'acquisition_costs and new_customers must have the same number of rows: 120 vs 118',
    );
  });

  it('puts per-row errors in their rows', () => {
    const result = invoke('MARGIN_RATE', [[[30], [0], ['abc']], [[15], [10], [5]]]);
    expect(result[0]).toEqual([0.5]);
    expect((result[1]?.[0] as SheetError).code).toBe('#DIV/0!');
    expect((result[2]?.[0] as SheetError).code).toBe('#VALUE!');
  });

  it('refuses too many arguments and a missing one', () => {
    expect(errorOf(invoke('CAC', [1, 2, 3])).message.en).toBe('CAC takes at most 2 arguments (got 3)');
    expect(errorOf(invoke('CAC', [1])).message.en).toBe('CAC: argument new_customers is missing');
  });

  it('computes NPS over a block with blanks', () => {
    expect(invoke('NPS', [[[10, 9], [8, ''], [6, 10]]])).toEqual([[40]]);
  });

  it('spills a funnel aligned with its stages, trailing blanks kept blank', () => {
    expect(invoke('FUNNEL', [[[1000], [200], [50], [10], ['']]])).toEqual([
      [1000, 1, 1],
      [200, 0.2, 0.2],
      [50, 0.25, 0.05],
      [10, 0.2, 0.01],
      ['', '', ''],
    ]);
  });

  it('picks the LTV timing by number or name, French or English', () => {
    for (const [timing, expected] of [
      [undefined, 266.6667],
      [0, 266.6667],
      ['immédiat', 366.6667],
      [1, 366.6667],
      ['END', 333.3333],
      ['fin', 333.3333],
    ] as const) {
      expect(invoke('LTV_DISCOUNTED', [100, 0.8, 0.1, timing])[0]?.[0]).toBeCloseTo(expected, 4);
    }
    expect(errorOf(invoke('LTV_DISCOUNTED', [100, 0.8, 0.1, 'sometimes'])).code).toBe('#VALUE!');
  });
});
