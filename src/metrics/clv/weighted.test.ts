// The fits run on the distinct (x, t_x, T) triples and distinct (x, m) pairs, weighted by their counts,
// with analytic gradients: checked here against the plain per-customer sums of the published
// log-likelihoods (FHL 2005 eq. 6; Fader & Hardie 2013) and of their gradients, one customer at a
// time, maximised without any grouping — by the same minimiser, and by Nelder-Mead (which uses no
// gradient, and pins the flattest parameter only to a few 1e-6: the likelihood varies there by less
// than its rounding).
import { describe, expect, it } from 'vitest';
import { bgnbdCustomerLogLikelihood, bgnbdLogLikelihood, bgnbdLogLikelihoodGradient, fitBgNbd, type BgNbdParams } from './bgnbd.js';
import { fitGammaGamma, gammaGammaCustomerLogLikelihood, gammaGammaLogLikelihoodGradient, type GammaGammaParams } from './gammagamma.js';
import { minimize, nelderMead } from './optimize.js';
import { numericCsvColumns } from '../../../test/support/shared-data.js';



const relative = (u: number, v: number): number => Math.abs(u / v - 1);

// 2,357 customers (the CDNOW sample summary), 1,411 of them repeat buyers.
const [, x = [], tx = [], T = [], zbar = []] = numericCsvColumns('cdnow_customers_summary_with_transactions.csv');

function perCustomerBgNbd(params: BgNbdParams): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) total += bgnbdCustomerLogLikelihood(params, x[i] ?? 0, tx[i] ?? 0, T[i] ?? 0);
  return total;
}

/** −Σ LL and −Σ θ ∂LL/∂θ over the customers one by one, on the log-parameters v. */
function perCustomerBgNbdObjective(v: readonly number[], gradient: number[] | null): number {
  const params = { r: Math.exp(v[0] ?? 0), alpha: Math.exp(v[1] ?? 0), a: Math.exp(v[2] ?? 0), b: Math.exp(v[3] ?? 0) };
  const theta = [params.r, params.alpha, params.a, params.b];
  let total = 0;
  gradient?.fill(0);
  for (let i = 0; i < x.length; i++) {
    const one = bgnbdLogLikelihoodGradient(params, { x: [x[i] ?? 0], tx: [tx[i] ?? 0], T: [T[i] ?? 0] });
    total -= one.value;
    if (gradient !== null) one.gradient.forEach((g, k) => { gradient[k] = (gradient[k] ?? 0) - g * (theta[k] ?? 0); });
  }
  return total;
}

function perCustomerGammaGammaObjective(v: readonly number[], gradient: number[] | null): number {
  const params = { p: Math.exp(v[0] ?? 0), q: Math.exp(v[1] ?? 0), gamma: Math.exp(v[2] ?? 0) };
  const theta = [params.p, params.q, params.gamma];
  let total = 0;
  gradient?.fill(0);
  for (let i = 0; i < x.length; i++) {
    if (!((x[i] ?? 0) > 0 && (zbar[i] ?? 0) > 0)) continue;
    const one = gammaGammaLogLikelihoodGradient(params, [x[i] ?? 0], [zbar[i] ?? 0]);
    total -= one.value;
    if (gradient !== null) one.gradient.forEach((g, k) => { gradient[k] = (gradient[k] ?? 0) - g * (theta[k] ?? 0); });
  }
  return total;
}

function perCustomerGammaGamma(params: GammaGammaParams): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) if ((x[i] ?? 0) > 0 && (zbar[i] ?? 0) > 0) total += gammaGammaCustomerLogLikelihood(params, x[i] ?? 0, zbar[i] ?? 0);
  return total;
}

describe('BG/NBD on the distinct (x, t_x, T) with their counts', () => {
  const data = { x, tx, T };
  const distinct = new Set(x.map((xi, i) => `${xi}|${tx[i]}|${T[i]}`)).size;

  it('has fewer distinct triples than customers, and the same log-likelihood as the per-customer sum (1e-12)', () => {
    expect(distinct).toBeLessThan(x.length);
    for (const params of [{ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }, { r: 1.3, alpha: 0.7, a: 2.1, b: 0.4 }]) {
      expect(relative(bgnbdLogLikelihood(params, data), perCustomerBgNbd(params))).toBeLessThan(1e-12);
    }
  });

  it('has the gradient of central finite differences of the per-customer sum (1e-6)', () => {
    const params = { r: 0.5, alpha: 3, a: 1.2, b: 1.5 };
    const { gradient } = bgnbdLogLikelihoodGradient(params, data);
    (['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => {
      const h = params[key] * 1e-5;
      const numeric = (perCustomerBgNbd({ ...params, [key]: params[key] + h }) - perCustomerBgNbd({ ...params, [key]: params[key] - h })) / (2 * h);
      expect(relative(gradient[k] ?? 0, numeric), key).toBeLessThan(1e-6);
    });
  });

  const fit = fitBgNbd(data);

  it('fits the parameters (1e-6 relative) and log-likelihood of the per-customer sum', () => {
    const reference = minimize(perCustomerBgNbdObjective, [0, Math.log(4), 0, 0]);
    expect(fit.converged).toBe(true);
    expect(reference.converged).toBe(true);
    (['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => { expect(relative(fit.params[key], Math.exp(reference.x[k] ?? 0)), key).toBeLessThan(1e-6); });
    expect(Math.abs(fit.logLikelihood + reference.f)).toBeLessThan(1e-6);
  });

  it('agrees with a Nelder-Mead fit of the per-customer sum to 5e-6, and to 1e-6 in log-likelihood', () => {
    const reference = nelderMead(
      (v) => -perCustomerBgNbd({ r: Math.exp(v[0] ?? 0), alpha: Math.exp(v[1] ?? 0), a: Math.exp(v[2] ?? 0), b: Math.exp(v[3] ?? 0) }),
      [0, Math.log(4), 0, 0],
      { fTolerance: 1e-15, xTolerance: 1e-10 },
    );
    expect(reference.converged).toBe(true);
    (['r', 'alpha', 'a', 'b'] as const).forEach((key, k) => { expect(relative(fit.params[key], Math.exp(reference.x[k] ?? 0)), key).toBeLessThan(5e-6); });
    expect(Math.abs(fit.logLikelihood + reference.f)).toBeLessThan(1e-6);
  });
});

describe('Gamma-Gamma on the distinct (x, m) with their counts', () => {
  it('has the same log-likelihood as the per-customer sum (1e-12) and the gradient of finite differences (1e-6)', () => {
    const published = { p: 6.25, q: 3.74, gamma: 15.44 };
    expect(relative(gammaGammaLogLikelihoodGradient(published, x, zbar).value, perCustomerGammaGamma(published))).toBeLessThan(1e-12);
    const params = { p: 4, q: 5, gamma: 10 };
    const { gradient } = gammaGammaLogLikelihoodGradient(params, x, zbar);
    (['p', 'q', 'gamma'] as const).forEach((key, k) => {
      const h = params[key] * 1e-5;
      const numeric = (perCustomerGammaGamma({ ...params, [key]: params[key] + h }) - perCustomerGammaGamma({ ...params, [key]: params[key] - h })) / (2 * h);
      expect(relative(gradient[k] ?? 0, numeric), key).toBeLessThan(1e-6);
    });
  });

  const fit = fitGammaGamma(x, zbar);

  it('fits the parameters (1e-6 relative) and log-likelihood of the per-customer sum', () => {
    const reference = minimize(perCustomerGammaGammaObjective, [0, Math.log(2), Math.log(30)]);
    expect(fit.converged).toBe(true);
    expect(reference.converged).toBe(true);
    (['p', 'q', 'gamma'] as const).forEach((key, k) => { expect(relative(fit.params[key], Math.exp(reference.x[k] ?? 0)), key).toBeLessThan(1e-6); });
    expect(Math.abs(fit.logLikelihood + reference.f)).toBeLessThan(1e-6);
  });

  it('agrees with a Nelder-Mead fit of the per-customer sum to 5e-6, and to 1e-6 in log-likelihood', () => {
    const reference = nelderMead(
      (v) => -perCustomerGammaGamma({ p: Math.exp(v[0] ?? 0), q: Math.exp(v[1] ?? 0), gamma: Math.exp(v[2] ?? 0) }),
      [Math.log(6), Math.log(4), Math.log(15)],
      { fTolerance: 1e-15, xTolerance: 1e-10 },
    );
    expect(reference.converged).toBe(true);
    (['p', 'q', 'gamma'] as const).forEach((key, k) => { expect(relative(fit.params[key], Math.exp(reference.x[k] ?? 0)), key).toBeLessThan(5e-6); });
    expect(Math.abs(fit.logLikelihood + reference.f)).toBeLessThan(1e-6);
  });
});
