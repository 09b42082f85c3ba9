/**
 * The Gamma-Gamma spend model of Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value":
 * each purchase of a customer is worth z ~ Gamma(p, ν), and ν ~ Gamma(q, γ) across customers; fitted
 * on the mean value m_x of the x repeat purchases of the repeat buyers.
 */
import { digamma, logGamma } from './special.js';
import { minimize, type NelderMeadOptions } from './optimize.js';
import { LOG_PARAMETER_BOUND, type FitOutcome } from './bgnbd.js';
import { distinctPairs, distinctValues } from './distinct.js';

/** The three Gamma-Gamma parameters (γ in the currency of the data). */
export interface GammaGammaParams {
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

/**
 * The log-likelihood of one repeat buyer (x > 0, m_x > 0):
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m_x + px ln x − (px+q) ln(x m_x + γ).
 */
export function gammaGammaCustomerLogLikelihood(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  const px = p * x;
  return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(gamma) + (px - 1) * Math.log(m) + px * Math.log(x) - (px + q) * Math.log(x * m + gamma);
}

/** The total log-likelihood over the customers with x > 0 and m > 0 (the others carry no spend information). */
export function gammaGammaLogLikelihood(params: GammaGammaParams, x: ArrayLike<number>, m: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const mi = m[i] ?? 0;
    if (xi > 0 && mi > 0) total += gammaGammaCustomerLogLikelihood(params, xi, mi);
  }
  return total;
}

/**
 * The repeat buyers grouped for the fit: each distinct (x, m) once with its count, and each distinct x
 * once with its count (for the Γ terms) — CDNOW's 9,450 repeat buyers are 6,044 distinct pairs over a
 * few dozen x.
 */
interface GroupedSpends {
  readonly x: Float64Array;
  readonly m: Float64Array;
  readonly logXM: Float64Array;
  readonly weight: Float64Array;
  readonly distinctX: Float64Array;
  readonly distinctXWeight: Float64Array;
  readonly customers: number;
  /** Σ m and Σ ln m over the customers. */
  readonly sumM: number;
  readonly sumLogM: number;
}

function groupSpends(xs: ArrayLike<number>, ms: ArrayLike<number>): GroupedSpends {
  const n = xs.length;
  const byX = distinctValues(xs);
  const byM = distinctValues(ms);
  const pairs = distinctPairs(byX.index, byM);
  const count = pairs.values.length;
  const x = new Float64Array(count);
  const m = new Float64Array(count);
  const logXM = new Float64Array(count);
  const weight = new Float64Array(count);
  const distinctXWeight = new Float64Array(byX.values.length);
  let sumM = 0;
  let sumLogM = 0;
  for (let i = 0; i < n; i++) {
    const k = pairs.index[i] ?? 0;
    const xi = byX.index[i] ?? 0;
    const mi = ms[i] ?? 0;
    if (weight[k] === 0) {
      x[k] = xs[i] ?? 0;
      m[k] = mi;
      // (px − 1) ln m + px ln x = px ln(x m) − ln m: the parameter-free logarithms, computed once.
      logXM[k] = Math.log((xs[i] ?? 0) * mi);
    }
    weight[k] = (weight[k] ?? 0) + 1;
    distinctXWeight[xi] = (distinctXWeight[xi] ?? 0) + 1;
    sumM += mi;
    sumLogM += Math.log(mi);
  }
  return { x, m, logXM, weight, distinctX: byX.values, distinctXWeight, customers: n, sumM, sumLogM };
}

/**
 * The log-likelihood summed with the multiplicities, without the parameter-free −Σ ln m; with
 * `gradient`, also writes its derivatives with respect to p, q, γ there.
 */
function groupedLogLikelihood(params: GammaGammaParams, data: GroupedSpends, gradient: number[] | null): number {
  const { p, q, gamma } = params;
  const n = data.customers;
  const logGammaParam = Math.log(gamma);
  let total = n * (q * logGammaParam - logGamma(q));
  let dp = 0;
  let dq = 0;
  let dGamma = 0;
  if (gradient !== null) {
    dq = n * (logGammaParam - digamma(q));
    dGamma = (n * q) / gamma;
  }
  for (let k = 0; k < data.distinctX.length; k++) {
    const xi = data.distinctX[k] ?? 0;
    const c = data.distinctXWeight[k] ?? 0;
    total += c * (logGamma(p * xi + q) - logGamma(p * xi));
    if (gradient !== null) {
      const psi = digamma(p * xi + q);
      dp += c * xi * (psi - digamma(p * xi));
      dq += c * psi;
    }
  }
  for (let i = 0; i < data.weight.length; i++) {
    const xi = data.x[i] ?? 0;
    const w = data.weight[i] ?? 0;
    const px = p * xi;
    const base = xi * (data.m[i] ?? 0) + gamma;
    const logBase = Math.log(base);
    total += w * (px * (data.logXM[i] ?? 0) - (px + q) * logBase);
    if (gradient !== null) {
      dp += w * xi * ((data.logXM[i] ?? 0) - logBase);
      dq -= w * logBase;
      dGamma -= (w * (px + q)) / base;
    }
  }
  if (gradient !== null) {
    gradient[0] = dp;
    gradient[1] = dq;
    gradient[2] = dGamma;
  }
  return total;
}

/** The log-likelihood over the repeat buyers (x > 0, m > 0) and its gradient with respect to [p, q, γ] (the fit's analytic gradient). */
export function gammaGammaLogLikelihoodGradient(params: GammaGammaParams, x: ArrayLike<number>, m: ArrayLike<number>): { readonly value: number; readonly gradient: number[] } {
  const grouped = repeatBuyers(x, m);
  const gradient = [0, 0, 0];
  const value = groupedLogLikelihood(params, grouped, gradient) - grouped.sumLogM;
  return { value, gradient };
}

/** The customers with x > 0 and m > 0, grouped. */
function repeatBuyers(x: ArrayLike<number>, m: ArrayLike<number>): GroupedSpends {
  const xs: number[] = [];
  const ms: number[] = [];
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const mi = m[i] ?? 0;
    if (xi > 0 && mi > 0) {
      xs.push(xi);
      ms.push(mi);
    }
  }
  return groupSpends(xs, ms);
}

/**
 * Fits p, q, γ by maximum likelihood on the customers with x > 0 and m > 0, grouped into distinct
 * (x, m) with their counts: BFGS with the analytic gradient, or Nelder-Mead where it does not converge
 * (see `minimize` in optimize.ts), on the logarithms, started at p = 1, q = 2, γ = the mean of m (a
 * population mean spend pγ/(q−1) equal to the observed one); γ is searched as that mean times e^v, so
 * that every coordinate starts near 0 whatever the currency.
 */
export function fitGammaGamma(x: ArrayLike<number>, m: ArrayLike<number>, options: NelderMeadOptions = {}): FitOutcome<GammaGammaParams> {
  const grouped = repeatBuyers(x, m);
  const mean = grouped.customers > 0 ? grouped.sumM / grouped.customers : 1;
  const scale = mean > 0 && Number.isFinite(mean) ? mean : 1;
  const fromLog = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0] ?? 0), q: Math.exp(v[1] ?? 0), gamma: scale * Math.exp(v[2] ?? 0) });
  // −LL on the log-parameters; its gradient there is −θ ∂LL/∂θ.
  const objective = (v: readonly number[], gradient: number[] | null): number => {
    if (v.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND + 5)) return Infinity;
    const params = fromLog(v);
    const value = -groupedLogLikelihood(params, grouped, gradient);
    if (gradient !== null) {
      gradient[0] = -(gradient[0] ?? 0) * params.p;
      gradient[1] = -(gradient[1] ?? 0) * params.q;
      gradient[2] = -(gradient[2] ?? 0) * params.gamma;
    }
    return value;
  };
  const run = minimize(objective, [0, Math.log(2), 0], options);
  const params = fromLog(run.x);
  const atBound = run.x.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND);
  const stop = run.converged && atBound ? 'boundary' : run.stop;
  // Reported from each pair's own log-likelihood (terms of a few units, no large sums that cancel).
  let logLikelihood = 0;
  for (let k = 0; k < grouped.weight.length; k++) logLikelihood += (grouped.weight[k] ?? 0) * gammaGammaCustomerLogLikelihood(params, grouped.x[k] ?? 0, grouped.m[k] ?? 0);
  return { params, logLikelihood, iterations: run.iterations, converged: stop === 'converged', stop };
}

/**
 * E[Z | x, m_x]: the expected value of a customer's future purchases, p(γ + x m_x) / (px + q − 1),
 * a weighted mean of the population mean pγ/(q−1) and the customer's own m_x (Fader & Hardie 2013,
 * eq. 5). With x = 0 it is the population mean. NaN when q ≤ 1 (the population mean is infinite).
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, x: number, m: number): number {
  const { p, q, gamma } = params;
  if (q <= 1) return Number.NaN;
  const xm = x > 0 ? x * m : 0;
  return (p * (gamma + xm)) / (p * x + q - 1);
}
