import { describe, expect, it } from 'vitest';
import { isSheetError } from '../cells/errors.js';
import { expectError } from '../../test/support/errors.js';
import { cacPaybackMonths, costPerLead, costPerOpportunity, customerAcquisitionCost, ltvToCacRatio } from './acquisition.js';
import { conversionRate, funnel } from './conversion.js';
import { averageBasket, growthRate, marginRate, markupRate } from './pricing.js';
import { churnRate, netPromoterScore, retentionRate } from './retention.js';
import { lifetimeValue, lifetimeValueDiscounted } from './value.js';

describe('acquisition costs', () => {
  it('divides spend by leads, opportunities and new customers', () => {
    expect(costPerLead(1500, 60)).toBe(25);
    expect(costPerOpportunity(1500, 12)).toBe(125);
    expect(customerAcquisitionCost(1500, 5)).toBe(300);
  });

  it('gives #DIV/0! with no leads, opportunities or customers', () => {
    expectError(costPerLead(1500, 0), '#DIV/0!');
    expectError(costPerOpportunity(1500, 0), '#DIV/0!');
    expectError(customerAcquisitionCost(1500, 0), '#DIV/0!');
  });

  it('gives #NUM! for a negative spend or count', () => {
    expectError(costPerLead(-1, 10), '#NUM!');
    expectError(customerAcquisitionCost(100, -2), '#NUM!');
  });

  it('computes LTV:CAC and refuses a zero or negative CAC', () => {
    expect(ltvToCacRatio(900, 300)).toBe(3);
    expectError(ltvToCacRatio(900, 0), '#DIV/0!');
    expectError(ltvToCacRatio(900, -5), '#NUM!');
  });

  it('computes the CAC payback: 300 ÷ (50 × 40 %) = 15 months', () => {
    expect(cacPaybackMonths(300, 50, 0.4)).toBeCloseTo(15, 12);
  });

  it('refuses a margin typed in points, with a hint', () => {
    const error = expectError(cacPaybackMonths(300, 50, 40), '#NUM!');
    expect(error.message.fr).toContain('0.4');
  });

  it('gives #DIV/0! when the monthly margin is zero', () => {
    expectError(cacPaybackMonths(300, 0, 0.4), '#DIV/0!');
    expectError(cacPaybackMonths(300, 50, 0), '#DIV/0!');
  });
});

describe('margin and markup (taux de marque, taux de marge)', () => {
  it('buy at 15, sell at 30: taux de marge 100 %, taux de marque 50 %', () => {
    expect(markupRate(30, 15)).toBe(1);
    expect(marginRate(30, 15)).toBe(0.5);
  });

  it('buy at 80, sell at 100: markup 25 %, margin 20 %', () => {
    expect(markupRate(100, 80)).toBeCloseTo(0.25, 12);
    expect(marginRate(100, 80)).toBeCloseTo(0.2, 12);
  });

  it('gives #DIV/0! for a zero cost (markup) or a zero price (margin)', () => {
    expectError(markupRate(30, 0), '#DIV/0!');
    expectError(marginRate(0, 15), '#DIV/0!');
  });

  it('gives #NUM! for negative prices or costs', () => {
    expectError(markupRate(-30, 15), '#NUM!');
    expectError(marginRate(30, -15), '#NUM!');
  });

  it('lets a sale below cost give a negative rate', () => {
    expect(marginRate(10, 15)).toBeCloseTo(-0.5, 12);
  });
});

describe('basket and growth', () => {
  it('computes the average basket', () => {
    expect(averageBasket(12500, 250)).toBe(50);
    expectError(averageBasket(12500, 0), '#DIV/0!');
    expectError(averageBasket(12500, -1), '#NUM!');
  });

  it('computes the growth rate (taux d’évolution)', () => {
    expect(growthRate(200, 250)).toBe(0.25);
    expect(growthRate(200, 150)).toBe(-0.25);
    expectError(growthRate(0, 150), '#DIV/0!');
    expectError(growthRate(-10, 150), '#NUM!');
  });
});

describe('churn, retention, NPS', () => {
  it('computes churn and refuses more losses than customers', () => {
    expect(churnRate(200, 30)).toBe(0.15);
    expectError(churnRate(200, 201), '#NUM!');
    expectError(churnRate(0, 0), '#DIV/0!');
    expectError(churnRate(-1, 0), '#NUM!');
  });

  it('computes retention (210 − 40) ÷ 200 = 85 %', () => {
    expect(retentionRate(200, 210, 40)).toBe(0.85);
    expectError(retentionRate(200, 30, 40), '#NUM!');
    expectError(retentionRate(200, 500, 40), '#NUM!');
    expectError(retentionRate(0, 10, 5), '#DIV/0!');
  });

  it('computes the NPS in points: 3 promoters, 1 detractor out of 5 = 40', () => {
    expect(netPromoterScore([10, 9, 8, 6, 10])).toBe(40);
    expect(netPromoterScore([0, 1, 2])).toBe(-100);
    expect(netPromoterScore([7, 8])).toBe(0);
  });

  it('gives #NUM! for an answer outside 0–10 and #DIV/0! with no answers', () => {
    expectError(netPromoterScore([11]), '#NUM!');
    expectError(netPromoterScore([7.5]), '#NUM!');
    expectError(netPromoterScore([]), '#DIV/0!');
  });
});

describe('conversion', () => {
  it('computes a conversion rate', () => {
    expect(conversionRate(12, 300)).toBe(0.04);
    expectError(conversionRate(12, 0), '#DIV/0!');
    expectError(conversionRate(301, 300), '#NUM!');
    expectError(conversionRate(-1, 300), '#NUM!');
  });

  it('computes a funnel 1000 → 200 → 50 → 10', () => {
    const stages = funnel([1000, 200, 50, 10]);
    expect(isSheetError(stages)).toBe(false);
    if (isSheetError(stages)) return;
    expect(stages.map((s) => s.stepConversion)).toEqual([1, 0.2, 0.25, 0.2]);
    expect(stages.map((s) => s.cumulativeConversion)).toEqual([1, 0.2, 0.05, 0.01]);
  });

  it('refuses an empty, widening, negative or zero-topped funnel', () => {
    expectError(funnel([]), '#VALUE!');
    expectError(funnel([100, 120]), '#NUM!');
    expectError(funnel([100, -1]), '#NUM!');
    expectError(funnel([0, 0]), '#DIV/0!');
  });
});

describe('lifetime value', () => {
  it('simple LTV: 50 × 4 × 40 % ÷ 20 % = 400', () => {
    expect(lifetimeValue(50, 4, 0.4, 0.2)).toBeCloseTo(400, 9);
    expectError(lifetimeValue(50, 4, 0.4, 0), '#DIV/0!');
    expectError(lifetimeValue(50, 4, 0.4, 1.2), '#NUM!');
    expectError(lifetimeValue(50, 4, 40, 0.2), '#NUM!');
    expectError(lifetimeValue(-50, 4, 0.4, 0.2), '#NUM!');
  });

  it('discounted LTV, m = 100, r = 0.8, d = 0.1: 266.67 retained, 366.67 immediate, 333.33 end', () => {
    expect(lifetimeValueDiscounted(100, 0.8, 0.1)).toBeCloseTo(266.6667, 4);
    expect(lifetimeValueDiscounted(100, 0.8, 0.1, 'immediate')).toBeCloseTo(366.6667, 4);
    expect(lifetimeValueDiscounted(100, 0.8, 0.1, 'end')).toBeCloseTo(333.3333, 4);
  });

  it('the retained timing equals the sum of m·r^k ÷ (1 + d)^k over k ≥ 1', () => {
    let sum = 0;
    for (let k = 1; k < 2000; k++) sum += (100 * 0.8 ** k) / 1.1 ** k;
    expect(lifetimeValueDiscounted(100, 0.8, 0.1)).toBeCloseTo(sum, 9);
  });

  it('refuses 100 % retention without discounting and out-of-range rates', () => {
    expectError(lifetimeValueDiscounted(100, 1, 0), '#NUM!');
    expectError(lifetimeValueDiscounted(100, 1.2, 0.1), '#NUM!');
    expectError(lifetimeValueDiscounted(100, 0.8, -0.1), '#NUM!');
  });
});
