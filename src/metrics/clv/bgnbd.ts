/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way": while
 * alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with
 * probability p ~ Beta(a, b). Log-likelihood, maximum-likelihood fit, and the per-customer and
 * population expectations.
 */
import { hyp2f1, logAddExp, logGamma } from './special.js';
import { nelderMead, type NelderMeadOptions } from './optimize.js';

/** The four BG/NBD parameters (α in the time unit of the data). */
export interface BgNbdParams {
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
}

/** The per-customer summary columns the model reads (see summarizeTransactions). */
export interface FrequencyData {
  readonly x: ArrayLike<number>;
  readonly tx: ArrayLike<number>;
  readonly T: ArrayLike<number>;
}

/**
 * The log-likelihood of one customer (FHL 2005, eq. 6), in log-space so that a large x cannot
 * overflow: ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b) + ln[(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)].
 */
export function bgnbdCustomerLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const gammaPart = logGamma(r + x) - logGamma(r) + r * Math.log(alpha) + logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
  const alive = -(r + x) * Math.log(alpha + T);
  const dropped = x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : -Infinity;
  return gammaPart + logAddExp(alive, dropped);
}

/**
 * The data grouped for the fit: identical (x, t_x, T) rows once with their count, and the x-only
 * terms once per distinct x — a 25,000-customer file has a few thousand distinct rows and a few dozen
 * distinct x.
 */
interface GroupedFrequencies {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly weight: Float64Array;
  readonly distinctX: Float64Array;
  readonly distinctXWeight: Float64Array;
  readonly customers: number;
}

function groupFrequencies(data: FrequencyData): GroupedFrequencies {
  const rows = new Map<string, number>();
  const xs = new Map<number, number>();
  const n = data.x.length;
  for (let i = 0; i < n; i++) {
    const x = data.x[i] ?? 0;
    const key = `${x}|${data.tx[i] ?? 0}|${data.T[i] ?? 0}`;
    const at = rows.get(key);
    if (at === undefined) rows.set(key, i);
    xs.set(x, (xs.get(x) ?? 0) + 1);
  }
  const weightOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const first = rows.get(`${data.x[i] ?? 0}|${data.tx[i] ?? 0}|${data.T[i] ?? 0}`) ?? i;
    weightOf.set(first, (weightOf.get(first) ?? 0) + 1);
  }
  const firsts = [...weightOf.keys()];
  return {
    x: Float64Array.from(firsts, (i) => data.x[i] ?? 0),
    tx: Float64Array.from(firsts, (i) => data.tx[i] ?? 0),
    T: Float64Array.from(firsts, (i) => data.T[i] ?? 0),
    weight: Float64Array.from(firsts, (i) => weightOf.get(i) ?? 0),
    distinctX: Float64Array.from(xs.keys()),
    distinctXWeight: Float64Array.from(xs.values()),
    customers: n,
  };
}

function groupedLogLikelihood(params: BgNbdParams, data: GroupedFrequencies): number {
  const { r, alpha, a, b } = params;
  let total = data.customers * (r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b));
  for (let k = 0; k < data.distinctX.length; k++) {
    const x = data.distinctX[k] ?? 0;
    total += (data.distinctXWeight[k] ?? 0) * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
  }
  const logA = Math.log(a);
  for (let i = 0; i < data.x.length; i++) {
    const x = data.x[i] ?? 0;
    const alive = -(r + x) * Math.log(alpha + (data.T[i] ?? 0));
    const rest = x > 0 ? logAddExp(alive, logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + (data.tx[i] ?? 0))) : alive;
    total += (data.weight[i] ?? 0) * rest;
  }
  return total;
}

/** The total log-likelihood of a data set. */
export function bgnbdLogLikelihood(params: BgNbdParams, data: FrequencyData): number {
  return groupedLogLikelihood(params, groupFrequencies(data));
}

/** A maximum-likelihood fit and how it went. */
export interface FitOutcome<P> {
  readonly params: P;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
  /** Why the optimiser stopped, or that a parameter ran off to a bound (the data do not pin it down). */
  readonly stop: 'converged' | 'iterations' | 'not-finite' | 'boundary';
}

/** |ln parameter| beyond this is a parameter running to 0 or ∞: the data cannot identify the model. */
export const LOG_PARAMETER_BOUND = 15;

/**
 * Fits r, α, a, b by maximum likelihood: Nelder-Mead (see optimize.ts) on the logarithms of the
 * parameters, started at r = α = a = b = 1 on times divided by max T ÷ 10 (which keeps α of order
 * 1 whatever the time unit; α is scaled back after — the likelihood's maximum does not depend on it).
 */
export function fitBgNbd(data: FrequencyData, options: NelderMeadOptions = {}): FitOutcome<BgNbdParams> {
  let maxT = 0;
  for (let i = 0; i < data.T.length; i++) maxT = Math.max(maxT, data.T[i] ?? 0);
  const scale = maxT > 0 ? maxT / 10 : 1;
  const scaled: FrequencyData = {
    x: data.x,
    tx: Float64Array.from({ length: data.tx.length }, (_, i) => (data.tx[i] ?? 0) / scale),
    T: Float64Array.from({ length: data.T.length }, (_, i) => (data.T[i] ?? 0) / scale),
  };
  const grouped = groupFrequencies(scaled);
  const fromLog = (v: readonly number[]): BgNbdParams => ({ r: Math.exp(v[0] ?? 0), alpha: Math.exp(v[1] ?? 0), a: Math.exp(v[2] ?? 0), b: Math.exp(v[3] ?? 0) });
  const objective = (v: readonly number[]): number => {
    if (v.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND + 5)) return Infinity;
    return -groupedLogLikelihood(fromLog(v), grouped);
  };
  const run = nelderMead(objective, [0, 0, 0, 0], options);
  const fitted = fromLog(run.x);
  const params: BgNbdParams = { ...fitted, alpha: fitted.alpha * scale };
  const atBound = run.x.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND);
  const stop = run.converged && atBound ? 'boundary' : run.stop;
  // The likelihood is a density in time: on scaled times it differs by a constant; report the real one.
  const logLikelihood = Number.isFinite(run.f) ? groupedLogLikelihood(params, groupFrequencies(data)) : Number.NEGATIVE_INFINITY;
  return { params, logLikelihood, iterations: run.iterations, converged: stop === 'converged', stop };
}

/** The longest horizon computed, as a multiple of α + T (see bgnbdExpectedIfAlive). */
export const MAX_HORIZON_RATIO = 100;

/**
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t): the
 * numerator of FHL eq. 10 (with x = T = 0, eq. 9). The 2F1 goes through Euler's transformation,
 * ((α+T)/(α+T+t))^(r+x) 2F1(r+x, b+x; c; z) = (1−z)^(a−1) 2F1(a+b−1−r, a−1; c; z), whose first two
 * parameters do not grow with x: no overflow, and fewer terms the larger x. At a = 1 the formula is
 * 0/0; there it is the mean of its values at a = 1 ± 1e-6 (a removable singularity).
 */
export function bgnbdExpectedIfAlive(params: BgNbdParams, x: number, T: number, t: number): number {
  const { r, alpha, a, b } = params;
  if (t <= 0) return 0;
  if (Math.abs(a - 1) < 1e-6) {
    return (bgnbdExpectedIfAlive({ ...params, a: 1 - 1e-6 }, x, T, t) + bgnbdExpectedIfAlive({ ...params, a: 1 + 1e-6 }, x, T, t)) / 2;
  }
  // Beyond t = 100 (α + T) the series needs thousands of terms per value: not computed (NaN), so
  // that no call can run long; callers say so.
  if (t > MAX_HORIZON_RATIO * (alpha + T)) return Number.NaN;
  const z = t / (alpha + T + t);
  const c = a + b + x - 1;
  const series = hyp2f1(a + b - 1 - r, a - 1, c, z);
  return (c / (a - 1)) * (1 - Math.exp((a - 1) * Math.log1p(-z)) * series);
}

/**
 * P(alive at T | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) — Fader, Hardie &
 * Lee (2008), "Computing P(alive) using the BG/NBD model". Computed from its logarithm.
 */
export function bgnbdProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x <= 0) return 1;
  const { r, alpha, a, b } = params;
  const logOdds = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return logOdds > 700 ? 0 : 1 / (1 + Math.exp(logOdds));
}

/**
 * E[Y(t) | x, t_x, T]: purchases expected in the next t time units from a customer with this history
 * (FHL 2005, eq. 10). NaN when the series does not converge (a horizon so long that z ≈ 1).
 * @example bgnbdConditionalExpected({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }, 2, 30.43, 38.86, 39) // ≈ 1.226
 */
export function bgnbdConditionalExpected(params: BgNbdParams, x: number, tx: number, T: number, t: number): number {
  const numerator = bgnbdExpectedIfAlive(params, x, T, t);
  return numerator * bgnbdProbabilityAlive(params, x, tx, T);
}

/**
 * E[X(t)]: purchases expected in (0, t] from a customer just acquired at 0 (FHL 2005, eq. 9).
 * @example bgnbdUnconditionalExpected({ r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 }, 78) // ≈ 1.8576
 */
export function bgnbdUnconditionalExpected(params: BgNbdParams, t: number): number {
  return bgnbdExpectedIfAlive(params, 0, 0, t);
}
