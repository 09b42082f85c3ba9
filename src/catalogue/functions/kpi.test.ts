/**
 * The KPI functions through `invoke`, as a host calls them: one value worked by hand and the error
 * each gives for an impossible input, with the code a spreadsheet shows.
 */
import { describe, expect, it } from 'vitest';
import { isSheetError, type ErrorCode } from '../../cells/errors.js';
import type { RawArg } from '../../cells/values.js';
import { invoke } from '../invoke.js';

function value(id: string, args: readonly RawArg[]): unknown {
  const result = invoke(id, args);
  expect(result).toHaveLength(1);
  return result[0]?.[0];
}

function code(id: string, args: readonly RawArg[]): ErrorCode | 'not an error' {
  const cell = value(id, args);
  return isSheetError(cell) ? cell.code : 'not an error';
}

describe('acquisition', () => {
  it('COST_PER_OPPORTUNITY: 1 500 € for 12 opportunities = 125 €; none at all is #DIV/0!', () => {
    expect(value('COST_PER_OPPORTUNITY', ['1 500', 12])).toBe(125);
    expect(code('COST_PER_OPPORTUNITY', [1500, 0])).toBe('#DIV/0!');
  });

  it('LTV_CAC_RATIO: 900 ÷ 300 = 3; a CAC of 0 is #DIV/0!, a negative one #NUM!', () => {
    expect(value('LTV_CAC_RATIO', [900, 300])).toBe(3);
    expect(code('LTV_CAC_RATIO', [900, 0])).toBe('#DIV/0!');
    expect(code('LTV_CAC_RATIO', [900, -300])).toBe('#NUM!');
  });

  it('CAC_PAYBACK_MONTHS: 300 ÷ (50 × 40 %) = 15 months; no margin is #DIV/0!, a margin of 140 % #NUM!', () => {
    expect(value('CAC_PAYBACK_MONTHS', [300, 50, '40 %'])).toBe(15);
    expect(code('CAC_PAYBACK_MONTHS', [300, 50, 0])).toBe('#DIV/0!');
    expect(code('CAC_PAYBACK_MONTHS', [300, 50, 1.4])).toBe('#NUM!');
  });
});

describe('pricing', () => {
  it('AVERAGE_BASKET: 12 500 € over 250 orders = 50 €; no order is #DIV/0!', () => {
    expect(value('AVERAGE_BASKET', ['12 500,00', 250])).toBe(50);
    expect(code('AVERAGE_BASKET', [12500, 0])).toBe('#DIV/0!');
  });

  it('GROWTH_RATE: from 80 to 100 is +25 %, from 100 to 80 is −20 %; from 0 is #DIV/0!, from a negative #NUM!', () => {
    expect(value('GROWTH_RATE', [80, 100])).toBe(0.25);
    expect(value('GROWTH_RATE', [100, 80])).toBeCloseTo(-0.2, 12);
    expect(code('GROWTH_RATE', [0, 100])).toBe('#DIV/0!');
    expect(code('GROWTH_RATE', [-50, 100])).toBe('#NUM!');
  });

  it('MARKUP_RATE and MARGIN_RATE: buy at 15, sell at 30 → taux de marge 100 %, taux de marque 50 %', () => {
    expect(value('MARKUP_RATE', [30, 15])).toBe(1);
    expect(value('MARGIN_RATE', [30, 15])).toBe(0.5);
    expect(value('MARKUP_RATE', ['30,00 €', '15'])).toBe(1);
  });
});

describe('retention', () => {
  it('CHURN_RATE: 20 lost of 200 = 10 %; more lost than customers is #NUM!, no customer #DIV/0!', () => {
    expect(value('CHURN_RATE', [200, 20])).toBe(0.1);
    expect(code('CHURN_RATE', [200, 201])).toBe('#NUM!');
    expect(code('CHURN_RATE', [0, 0])).toBe('#DIV/0!');
  });

  it('RETENTION_RATE: (210 at end − 40 new) ÷ 200 at start = 85 %; more kept than at start is #NUM!', () => {
    expect(value('RETENTION_RATE', [200, 210, 40])).toBe(0.85);
    expect(code('RETENTION_RATE', [200, 260, 40])).toBe('#NUM!');
    expect(code('RETENTION_RATE', [0, 10, 10])).toBe('#DIV/0!');
  });
});

describe('value', () => {
  it('LTV: 50 € × 4 orders × 40 % margin ÷ 20 % churn = 400 €; no churn is #DIV/0!, a churn of 120 % #NUM!', () => {
    expect(value('LTV', [50, 4, '40 %', '20 %'])).toBeCloseTo(400, 9);
    expect(code('LTV', [50, 4, 0.4, 0])).toBe('#DIV/0!');
    expect(code('LTV', [50, 4, 0.4, 1.2])).toBe('#NUM!');
  });

  it('LTV_DISCOUNTED: m = 100, r = 80 %, d = 10 % → 100 × 0.8 ÷ 0.3 = 266.67 by default', () => {
    expect(value('LTV_DISCOUNTED', [100, '80 %', '10 %'])).toBeCloseTo(266.6667, 4);
    expect(code('LTV_DISCOUNTED', [100, 1, 0])).toBe('#NUM!');
  });
});
