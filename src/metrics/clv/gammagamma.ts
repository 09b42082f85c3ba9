/**
 * The Gamma-Gamma spend model of Fader & Hardie (2013), "The Gamma-Gamma Model of Monetary Value":
 * each purchase of a customer is worth z ~ Gamma(p, ν), and ν ~ Gamma(q, γ) across customers; fitted
 * on the mean value m_x of the x repeat purchases of the repeat buyers.
 */
import { logGamma } from './special.js';
import { nelderMead, type NelderMeadOptions } from './optimize.js';
import { LOG_PARAMETER_BOUND, type FitOutcome } from './bgnbd.js';

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
 * Fits p, q, γ by maximum likelihood on the customers with x > 0 and m > 0: Nelder-Mead on the
 * logarithms (see optimize.ts), started at p = 1, q = 2, γ = the mean of m (a population mean spend
 * pγ/(q−1) equal to the observed one). Spends are divided by that mean during the search and γ
 * scaled back after.
 */
export function fitGammaGamma(x: ArrayLike<number>, m: ArrayLike<number>, options: NelderMeadOptions = {}): FitOutcome<GammaGammaParams> {
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
  const mean = ms.length > 0 ? ms.reduce((s, v) => s + v, 0) / ms.length : 1;
  const scale = mean > 0 && Number.isFinite(mean) ? mean : 1;
  const scaledM = ms.map((v) => v / scale);
  // Terms that do not move with the parameters, and the distinct x (for the Γ terms), computed once.
  const logM = scaledM.map(Math.log);
  const logX = xs.map(Math.log);
  const distinct = new Map<number, number>();
  for (const xi of xs) distinct.set(xi, (distinct.get(xi) ?? 0) + 1);
  const fromLog = (v: readonly number[]): GammaGammaParams => ({ p: Math.exp(v[0] ?? 0), q: Math.exp(v[1] ?? 0), gamma: Math.exp(v[2] ?? 0) });
  const objective = (v: readonly number[]): number => {
    if (v.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND + 5)) return Infinity;
    const { p, q, gamma } = fromLog(v);
    let total = xs.length * (q * Math.log(gamma) - logGamma(q));
    for (const [xi, count] of distinct) total += count * (logGamma(p * xi + q) - logGamma(p * xi));
    for (let i = 0; i < xs.length; i++) {
      const xi = xs[i] ?? 0;
      const px = p * xi;
      total += (px - 1) * (logM[i] ?? 0) + px * (logX[i] ?? 0) - (px + q) * Math.log(xi * (scaledM[i] ?? 0) + gamma);
    }
    return -total;
  };
  const run = nelderMead(objective, [0, Math.log(2), 0], options);
  const fitted = fromLog(run.x);
  const params: GammaGammaParams = { ...fitted, gamma: fitted.gamma * scale };
  const atBound = run.x.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND);
  const stop = run.converged && atBound ? 'boundary' : run.stop;
  // The scaled log-likelihood differs from the real one by a constant; report the real one.
  return { params, logLikelihood: gammaGammaLogLikelihood(params, xs, ms), iterations: run.iterations, converged: stop === 'converged', stop };
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
