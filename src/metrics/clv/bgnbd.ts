/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting Your Customers the Easy Way": while
 * alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each purchase they drop out with
 * probability p ~ Beta(a, b). Log-likelihood, maximum-likelihood fit, and the per-customer and
 * population expectations.
 */
import { digamma, hyp2f1, logAddExp, logGamma } from './special.js';
import { minimize, type NelderMeadOptions } from './optimize.js';
import { distinctPairs, distinctValues } from './distinct.js';

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
 * The data grouped for the fit: each distinct (x, t_x, T) once with its count (its weight in the
 * log-likelihood), as indices into the distinct x, t_x and T — CDNOW's 23,570 customers are 8,685
 * distinct triples over a few dozen x, a few hundred t_x and 84 T, so each evaluation takes one
 * logarithm per distinct t_x or T rather than two per customer, and the x-only terms once per x.
 */
interface GroupedFrequencies {
  readonly weight: Float64Array;
  readonly xIndex: Int32Array;
  readonly txIndex: Int32Array;
  readonly tIndex: Int32Array;
  readonly distinctX: Float64Array;
  readonly distinctXWeight: Float64Array;
  readonly distinctTx: Float64Array;
  readonly distinctT: Float64Array;
  readonly customers: number;
}

function groupFrequencies(data: FrequencyData): GroupedFrequencies {
  const n = data.x.length;
  const xs = distinctValues(data.x);
  const txs = distinctValues(data.tx);
  const ts = distinctValues(data.T);
  // First the (x, t_x) pair, then with T.
  const triples = distinctPairs(distinctPairs(xs.index, txs).index, ts);
  const count = triples.values.length;
  const weight = new Float64Array(count);
  const xIndex = new Int32Array(count);
  const txIndex = new Int32Array(count);
  const tIndex = new Int32Array(count);
  const distinctXWeight = new Float64Array(xs.values.length);
  for (let i = 0; i < n; i++) {
    const k = triples.index[i] ?? 0;
    const xi = xs.index[i] ?? 0;
    distinctXWeight[xi] = (distinctXWeight[xi] ?? 0) + 1;
    weight[k] = (weight[k] ?? 0) + 1;
    xIndex[k] = xi;
    txIndex[k] = txs.index[i] ?? 0;
    tIndex[k] = ts.index[i] ?? 0;
  }
  return { weight, xIndex, txIndex, tIndex, distinctX: xs.values, distinctXWeight, distinctTx: txs.values, distinctT: ts.values, customers: n };
}

/**
 * The log-likelihood summed with the multiplicities; with `gradient`, also writes its derivatives with
 * respect to r, α, a, b there. Each distinct triple contributes w·ln(e^A + e^D), A = −(r+x) ln(α+T),
 * D = ln a − ln(b+x−1) − (r+x) ln(α+t_x) (x > 0), whose derivatives are those of A and D weighted by
 * π_A = e^(A−L) and π_D = e^(D−L); the Γ terms give digammas.
 */
function groupedLogLikelihood(params: BgNbdParams, data: GroupedFrequencies, gradient: number[] | null = null): number {
  const { r, alpha, a, b } = params;
  const n = data.customers;
  let total = n * (r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b));
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  if (gradient !== null) {
    const psiAB = digamma(a + b);
    dr = n * (Math.log(alpha) - digamma(r));
    dAlpha = (n * r) / alpha;
    da = n * psiAB;
    db = n * (psiAB - digamma(b));
  }
  const nx = data.distinctX.length;
  // What depends on one distinct x, t_x or T only, once per evaluation: ln(b+x−1) and 1 ÷ (b+x−1),
  // ln(α+t) and 1 ÷ (α+t).
  const logB = new Float64Array(nx);
  const inverseB = new Float64Array(nx);
  for (let k = 0; k < nx; k++) {
    const x = data.distinctX[k] ?? 0;
    const c = data.distinctXWeight[k] ?? 0;
    total += c * (logGamma(r + x) + logGamma(b + x) - logGamma(a + b + x));
    logB[k] = x > 0 ? Math.log(b + x - 1) : 0;
    inverseB[k] = x > 0 ? 1 / (b + x - 1) : 0;
    if (gradient !== null) {
      const psiABX = digamma(a + b + x);
      dr += c * digamma(r + x);
      da -= c * psiABX;
      db += c * (digamma(b + x) - psiABX);
    }
  }
  const logT = data.distinctT.map((T) => Math.log(alpha + T));
  const inverseT = data.distinctT.map((T) => 1 / (alpha + T));
  const logTx = data.distinctTx.map((tx) => Math.log(alpha + tx));
  const inverseTx = data.distinctTx.map((tx) => 1 / (alpha + tx));
  const logA = Math.log(a);
  // Σ w π_D, for ∂/∂a = Σ w π_D ÷ a.
  let dropouts = 0;
  for (let i = 0; i < data.weight.length; i++) {
    const xi = data.xIndex[i] ?? 0;
    const ti = data.tIndex[i] ?? 0;
    const txi = data.txIndex[i] ?? 0;
    const x = data.distinctX[xi] ?? 0;
    const w = data.weight[i] ?? 0;
    const rx = r + x;
    const lT = logT[ti] ?? 0;
    const alive = -rx * lT;
    if (x === 0) {
      total += w * alive;
      if (gradient !== null) {
        dr -= w * lT;
        dAlpha -= w * rx * (inverseT[ti] ?? 0);
      }
      continue;
    }
    const lTx = logTx[txi] ?? 0;
    const dropped = logA - (logB[xi] ?? 0) - rx * lTx;
    // ln(e^A + e^D) = max + ln(1 + e^(min − max)); π_D = e^D ÷ (e^A + e^D).
    const e = Math.exp(-Math.abs(alive - dropped));
    total += w * (Math.max(alive, dropped) + Math.log1p(e));
    if (gradient !== null) {
      const share = 1 / (1 + e);
      const piD = alive >= dropped ? e * share : share;
      const wD = w * piD;
      const wA = w - wD;
      dr -= wA * lT + wD * lTx;
      dAlpha -= rx * (wA * (inverseT[ti] ?? 0) + wD * (inverseTx[txi] ?? 0));
      dropouts += wD;
      db -= wD * (inverseB[xi] ?? 0);
    }
  }
  da += dropouts / a;
  if (gradient !== null) {
    gradient[0] = dr;
    gradient[1] = dAlpha;
    gradient[2] = da;
    gradient[3] = db;
  }
  return total;
}

/** The total log-likelihood of a data set. */
export function bgnbdLogLikelihood(params: BgNbdParams, data: FrequencyData): number {
  return groupedLogLikelihood(params, groupFrequencies(data));
}

/** The total log-likelihood and its gradient with respect to [r, α, a, b] (the fit's analytic gradient). */
export function bgnbdLogLikelihoodGradient(params: BgNbdParams, data: FrequencyData): { readonly value: number; readonly gradient: number[] } {
  const gradient = [0, 0, 0, 0];
  const value = groupedLogLikelihood(params, groupFrequencies(data), gradient);
  return { value, gradient };
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
 * Fits r, α, a, b by maximum likelihood on the distinct (x, t_x, T) with their counts: BFGS with the
 * analytic gradient, or Nelder-Mead where it does not converge (see `minimize` in optimize.ts), on the
 * logarithms of the parameters, started at r = α = a = b = 1 on times divided by max T ÷ 10 (which keeps α of order
 * 1 whatever the time unit; α is scaled back after — the likelihood's maximum does not depend on it).
 */
export function fitBgNbd(data: FrequencyData, options: NelderMeadOptions = {}): FitOutcome<BgNbdParams> {
  let maxT = 0;
  for (let i = 0; i < data.T.length; i++) maxT = Math.max(maxT, data.T[i] ?? 0);
  const scale = maxT > 0 ? maxT / 10 : 1;
  const grouped = groupFrequencies(data);
  const scaled: GroupedFrequencies = { ...grouped, distinctTx: grouped.distinctTx.map((v) => v / scale), distinctT: grouped.distinctT.map((v) => v / scale) };
  const fromLog = (v: readonly number[]): BgNbdParams => ({ r: Math.exp(v[0] ?? 0), alpha: Math.exp(v[1] ?? 0), a: Math.exp(v[2] ?? 0), b: Math.exp(v[3] ?? 0) });
  // −LL on the log-parameters; its gradient there is −θ ∂LL/∂θ.
  const objective = (v: readonly number[], gradient: number[] | null): number => {
    if (v.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND + 5)) return Infinity;
    const params = fromLog(v);
    const value = -groupedLogLikelihood(params, scaled, gradient);
    if (gradient !== null) {
      gradient[0] = -(gradient[0] ?? 0) * params.r;
      gradient[1] = -(gradient[1] ?? 0) * params.alpha;
      gradient[2] = -(gradient[2] ?? 0) * params.a;
      gradient[3] = -(gradient[3] ?? 0) * params.b;
    }
    return value;
  };
  const run = minimize(objective, [0, 0, 0, 0], options);
  const fitted = fromLog(run.x);
  const params: BgNbdParams = { ...fitted, alpha: fitted.alpha * scale };
  const atBound = run.x.some((c) => Math.abs(c) > LOG_PARAMETER_BOUND);
  const stop = run.converged && atBound ? 'boundary' : run.stop;
  // The likelihood is a density in time: on scaled times it differs by a constant; report the real one.
  const logLikelihood = Number.isFinite(run.f) ? groupedLogLikelihood(params, grouped) : Number.NEGATIVE_INFINITY;
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
