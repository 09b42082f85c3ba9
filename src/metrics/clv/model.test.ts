import { describe, expect, it, vi } from 'vitest';
import { isSheetError } from '../../cells/errors.js';
import { expectError } from '../../../test/support/errors.js';
import { bgnbdConditionalExpected } from './bgnbd.js';
import { fitClv, predictClv, type ClvFit, type ClvPredictions, type PredictOptions } from './model.js';
import type { ClvSummary } from './summary.js';
import { readShared } from '../../../test/support/shared-data.js';


function summaryOf(x: number[], tx: number[], T: number[], m: number[]): ClvSummary {
  return {
    customers: x.map((_, i) => `c${i + 1}`),
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    meanRepeatValue: Float64Array.from(m),
    firstDay: new Int32Array(x.length),
    calibrationEnd: 0,
    timeUnit: 'week',
    customersWithoutPurchase: 0,
    refundRows: 0,
  };
}

function predict(summary: ClvSummary, fit: ClvFit, options: PredictOptions): ClvPredictions {
  const result = predictClv(summary, fit, options);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

const cdnow = (() => {
  const rows = readShared('data/cdnow_customers_summary_with_transactions.csv').trim().split(/\r?\n/).slice(1).map((line) => line.split(',').map(Number));
  return summaryOf(rows.map((r) => r[1] ?? 0), rows.map((r) => r[2] ?? 0), rows.map((r) => r[3] ?? 0), rows.map((r) => r[4] ?? 0));
})();

describe('fitClv and predictClv on the CDNOW sample', () => {
  const fit = fitClv(cdnow);

  it('fits both models', () => {
    expect(fit.frequency.model).toBe('bgnbd');
    expect(fit.spend.model).toBe('gamma-gamma');
    expect(fit.repeatBuyers).toBe(946);
  });

  it('predicts 1.226 purchases in 39 weeks for customer 1 (x = 2, t_x = 30.43, T = 38.86) and its value undiscounted', () => {
    const p = predict(cdnow, fit, { horizon: 39, discountRate: 0 });
    expect(p.expectedPurchases[0]).toBeCloseTo(1.226, 3);
    expect(p.expectedSpend[0]).toBeCloseTo(24.66, 2);
    expect(p.clv[0]).toBeCloseTo((p.expectedPurchases[0] ?? 0) * (p.expectedSpend[0] ?? 0), 10);
    expect(p.statuses[p.status[0] ?? 0]?.en).toBe('BG/NBD + Gamma-Gamma');
  });

  it('discounts each week of the horizon from its end at the annual rate', () => {
    if (fit.frequency.model !== 'bgnbd') throw new Error('not fitted');
    const params = fit.frequency.fit.params;
    const p = predict(cdnow, fit, { horizon: 39, discountRate: 0.1 });
    let expected = 0;
    for (let k = 1; k <= 39; k++) {
      const slice = bgnbdConditionalExpected(params, 2, 30.43, 38.86, k) - bgnbdConditionalExpected(params, 2, 30.43, 38.86, k - 1);
      expected += slice * 1.1 ** ((-k * 7) / 365.25);
    }
    expect(p.clv[0]).toBeCloseTo(expected * (p.expectedSpend[0] ?? 0), 9);
  });

  it('keeps P(alive) at 1 for a customer who never came back and below 1 for one who stopped', () => {
    const p = predict(cdnow, fit, { horizon: 52, discountRate: 0 });
    expect(p.probabilityAlive[2]).toBe(1);
    expect(p.probabilityAlive[1]).toBeLessThan(1);
  });
});

describe('the fallback to the simple formula', () => {
  it('is used, and said, when there are too few customers', () => {
    const s = summaryOf([2, 0, 1], [10, 0, 5], [20, 15, 20], [30, 0, 12]);
    const fit = fitClv(s);
    expect(fit.frequency.model).toBe('simple');
    expect(fit.spend.model).toBe('simple');
    const p = predict(s, fit, { horizon: 10, discountRate: 0 });
    // x ÷ T × horizon (every T over a quarter, 13.04 weeks); spend = m, or the population mean repeat value (2·30 + 12) ÷ 3 = 24 for x = 0.
    expect([...p.expectedPurchases]).toEqual([1, 0, 0.5]);
    expect([...p.expectedSpend]).toEqual([30, 24, 12]);
    expect([...p.clv]).toEqual([30, 0, 6]);
    expect(Number.isNaN(p.probabilityAlive[0])).toBe(true);
    expect(p.statuses[p.status[0] ?? 0]?.en).toMatch(/^purchases: simple formula \(3 customer\(s\), 2 of them repeat buyers/);
  });

  it('does not extrapolate a rate from less than a quarter: two purchases on consecutive days are not 364 a year', () => {
    // c1: x = 1, T = 1 day (1/7 week); c2: x = 2 over 26 weeks.
    const s = summaryOf([1, 2], [1 / 7, 20], [1 / 7, 26], [10, 10]);
    const fit = fitClv(s);
    // Population rate: 3 repeat purchases ÷ (91.3125 days = 13.0446 weeks, the floor, + 26 weeks).
    const rate = 3 / (91.3125 / 7 + 26);
    expect(fit.populationRate).toBeCloseTo(rate, 12);
    const p = predict(s, fit, { horizon: 52, discountRate: 0 });
    expect(p.expectedPurchases[0]).toBeCloseTo(rate * 52, 9);
    expect(p.expectedPurchases[0]).toBeLessThan(4.1);
    expect(p.statuses[p.status[0] ?? 0]?.en).toContain('at the population\'s purchase rate, as the customer has been observed for less than a quarter (91.3125 days)');
    // c2, observed for 26 weeks, keeps its own rate: 2 ÷ 26 × 52 = 4.
    expect(p.expectedPurchases[1]).toBeCloseTo(4, 12);
    expect(p.statuses[p.status[1] ?? 0]?.en).not.toContain('population');
  });

  it('is used when the BG/NBD fit hits its iteration cap', () => {
    const fit = fitClv(cdnow, { limits: { maxIterations: 5 } });
    expect(fit.frequency.model).toBe('simple');
    if (fit.frequency.model === 'simple') expect(fit.frequency.reason.en).toBe('BG/NBD: the fit did not converge within the iteration cap');
    expect(fit.spend.model).toBe('simple');
  });

  it('never depends on the clock: a clock that jumps by hours between calls changes nothing', () => {
    const steady = fitClv(cdnow);
    let clock = 0;
    const jump = (): number => (clock += 3_600_000);
    const dateNow = vi.spyOn(Date, 'now').mockImplementation(jump);
    const performanceNow = vi.spyOn(performance, 'now').mockImplementation(jump);
    try {
      const jumped = fitClv(cdnow);
      expect(jumped).toEqual(steady);
      expect(jumped.frequency.model).toBe('bgnbd');
      expect(jumped.spend.model).toBe('gamma-gamma');
    } finally {
      dateNow.mockRestore();
      performanceNow.mockRestore();
    }
  });

  it('is used for the spend when a parameter runs to a bound (Pareto spends, shape ½)', () => {
    const n = 400;
    const m = Array.from({ length: n }, (_, i) => 1 / ((i + 0.5) / n) ** 2);
    const s = summaryOf(Array<number>(n).fill(1), Array<number>(n).fill(5), Array<number>(n).fill(10), m);
    const fit = fitClv(s);
    if (fit.spend.model !== 'simple') throw new Error('expected the simple spend');
    expect(fit.spend.reason.en).toBe('Gamma-Gamma: a parameter runs to 0 or infinity: the data do not pin it down');
  });

  it('is used for the spend when the fitted q ≤ 1 (infinite mean spend)', () => {
    // One repeat purchase each, m = Gamma(2) ÷ Gamma(½) (a beta-prime draw: exactly the Gamma-Gamma
    // model with p = 2, q = ½, γ = 1), from a seeded generator.
    let state = 12345;
    const uniform = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state + 0.5) / 4294967296;
    };
    const m = Array.from({ length: 2000 }, () => {
      const gamma2 = -Math.log(uniform() * uniform());
      const z = Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
      return gamma2 / ((z * z) / 2);
    });
    const s = summaryOf(m.map(() => 1), m.map(() => 5), m.map(() => 10), m);
    const fit = fitClv(s);
    if (fit.spend.model !== 'simple') throw new Error(`expected the simple spend, got q = ${fit.spend.fit.params.q}`);
    expect(fit.spend.reason.en).toBe('Gamma-Gamma: q ≤ 1, the mean spend would be infinite');
    expect(fit.spend.fit?.params.q).toBeLessThan(1);
  });

  it('gives no figure, and says why, when the values overflow', () => {
    const s = summaryOf([2, 0, 1], [10, 0, 5], [20, 10, 20], [1e308, 0, 1e308]);
    const p = predict(s, fitClv(s), { horizon: 100, discountRate: 0 });
    expect(Number.isNaN(p.clv[0])).toBe(true);
    expect(p.statuses[p.status[0] ?? 0]?.en).toMatch(/outside spreadsheet limits/);
  });
});

describe('a horizon beyond 100 × (α + T)', () => {
  it('gives the simple formula to the customers it concerns, and says so', () => {
    const fit = fitClv(cdnow);
    // α + T ≈ 4.4 + 39 weeks: 5,000 weeks is beyond 100 × (α + T) for every customer.
    const p = predict(cdnow, fit, { horizon: 5000, discountRate: 0 });
    expect(p.statuses[p.status[0] ?? 0]?.en).toBe('purchases: simple formula (the BG/NBD series does not converge for this customer at this horizon); Gamma-Gamma');
    expect(p.expectedPurchases[0]).toBeCloseTo((2 / 38.86) * 5000, 9);
  });
});

describe('predictClv arguments', () => {
  const s = summaryOf([1], [1], [2], [10]);
  const fit = fitClv(s);
  it('rejects a horizon of 0', () => {
    expectError(predictClv(s, fit, { horizon: 0, discountRate: 0 }), '#NUM!');
  });
  it('rejects a horizon beyond the cap', () => {
    expectError(predictClv(s, fit, { horizon: 1e6, discountRate: 0 }), '#NUM!');
  });
  it('rejects a discount rate above 100 %', () => {
    expectError(predictClv(s, fit, { horizon: 1, discountRate: 10 }), '#NUM!');
  });
});
