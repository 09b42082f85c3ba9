/**
 * The whole probabilistic CLV: fit BG/NBD and Gamma-Gamma on a summary, or fall back to the simple
 * formula when the data cannot support them (and say why), then predict per customer the purchases
 * over a horizon, P(alive), the expected average spend and the discounted value.
 */
import { numberError, type LocalizedText, type SheetError } from '../../cells/errors.js';
import { rateBetweenZeroAndOne } from '../checks.js';
import { bgnbdExpectedIfAlive, bgnbdProbabilityAlive, fitBgNbd, type BgNbdParams, type FitOutcome } from './bgnbd.js';
import { fitGammaGamma, gammaGammaExpectedSpend, type GammaGammaParams } from './gammagamma.js';
import { DAYS_PER_UNIT, type ClvSummary, type TimeUnit } from './summary.js';
import { fitBoundary, fitConverged, fitIterationCap, fitNotFinite, gammaGammaInfiniteMean, horizonOutOfRange, modelReason, theAnnualDiscountRate, tooFewForBgNbd, tooFewForGammaGamma } from '../../messages/index.js';

/** Below this many customers, or this many repeat buyers, the models are not fitted. */
export const MIN_CUSTOMERS = 30;
export const MIN_REPEAT_BUYERS = 10;
/**
 * The iteration cap of each fit. No wall-time cap: a fit stops on its iterations and tolerances only,
 * so the same data give the same model (or the same fallback) on any machine.
 */
export interface FitLimits {
  readonly maxIterations: number;
}
export const FIT_LIMITS: FitLimits = Object.freeze({ maxIterations: 5000 });
/**
 * The shortest span, in days, from which the simple formula extrapolates a customer's own rate x ÷ T:
 * a quarter of a year (91.3 days). A customer first seen more recently gets the population's rate
 * instead — two purchases on consecutive days are not a rate of one a day — and the population's
 * rate counts every span as at least this long.
 */
export const MIN_SPAN_DAYS = 365.25 / 4;
/** The horizon may not exceed this many time units (the series behind E[Y(t)] slows as t/(α+T) grows). */
export const MAX_HORIZON_UNITS = 5000;
/** The horizon is cut into at most this many slices for discounting. */
export const MAX_SLICES = 60;

/** How the purchases (frequency) and the spend were modelled. */
export interface ClvFit {
  readonly frequency: { readonly model: 'bgnbd'; readonly fit: FitOutcome<BgNbdParams> } | { readonly model: 'simple'; readonly reason: LocalizedText; readonly fit: FitOutcome<BgNbdParams> | null };
  readonly spend: { readonly model: 'gamma-gamma'; readonly fit: FitOutcome<GammaGammaParams> } | { readonly model: 'simple'; readonly reason: LocalizedText; readonly fit: FitOutcome<GammaGammaParams> | null };
  readonly customers: number;
  readonly repeatBuyers: number;
  /**
   * Σx ÷ Σmax(T, {@link MIN_SPAN_DAYS}): repeat purchases per time unit over all customers, each span
   * counted as at least a quarter; the simple formula's rate for a customer seen for less than that.
   */
  readonly populationRate: number;
  /** Σ x·m ÷ Σ x: mean value of a repeat purchase over all customers, the simple formula's fallback spend. */
  readonly populationSpend: number;
  readonly timeUnit: TimeUnit;
}

/** Options of {@link fitClv}. */
export interface FitClvOptions {
  /** Override of the iteration cap, for tests. */
  readonly limits?: Partial<FitLimits>;
}

const STOP_REASONS: Record<FitOutcome<unknown>['stop'], LocalizedText> = {
  converged: fitConverged,
  iterations: fitIterationCap,
  'not-finite': fitNotFinite,
  boundary: fitBoundary,
};

/**
 * Fits both models, each falling back to the simple formula on its own when it cannot be fitted:
 * fewer than {@link MIN_CUSTOMERS} customers or {@link MIN_REPEAT_BUYERS} repeat buyers (with a
 * positive mean spend, for Gamma-Gamma), no convergence within the
 * iteration cap, a parameter at a bound, or (Gamma-Gamma) q ≤ 1, which makes the mean spend infinite.
 */
export function fitClv(summary: ClvSummary, options: FitClvOptions = {}): ClvFit {
  const limits = { ...FIT_LIMITS, ...options.limits };
  const n = summary.x.length;
  const minSpan = MIN_SPAN_DAYS / DAYS_PER_UNIT[summary.timeUnit];
  let repeatBuyers = 0;
  let spenders = 0;
  let sumX = 0;
  let sumT = 0;
  let sumValue = 0;
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] ?? 0;
    const m = summary.meanRepeatValue[i] ?? 0;
    sumX += x;
    sumT += Math.max(summary.T[i] ?? 0, minSpan);
    sumValue += x * m;
    if (x > 0) repeatBuyers++;
    if (x > 0 && m > 0) spenders++;
  }
  const populationRate = sumT > 0 ? sumX / sumT : 0;
  const populationSpend = sumX > 0 && Number.isFinite(sumValue / sumX) ? sumValue / sumX : 0;

  let frequency: ClvFit['frequency'];
  if (n < MIN_CUSTOMERS || repeatBuyers < MIN_REPEAT_BUYERS) {
    frequency = {
      model: 'simple',
      fit: null,
      reason: tooFewForBgNbd(n, repeatBuyers, MIN_CUSTOMERS, MIN_REPEAT_BUYERS),
    };
  } else {
    const fit = fitBgNbd(summary, { maxIterations: limits.maxIterations });
    frequency = fit.converged && Number.isFinite(fit.logLikelihood) ? { model: 'bgnbd', fit } : { model: 'simple', fit, reason: modelReason('BG/NBD', STOP_REASONS[fit.stop]) };
  }

  let spend: ClvFit['spend'];
  if (spenders < MIN_REPEAT_BUYERS) {
    spend = {
      model: 'simple',
      fit: null,
      reason: tooFewForGammaGamma(spenders, MIN_REPEAT_BUYERS),
    };
  } else {
    const fit = fitGammaGamma(summary.x, summary.meanRepeatValue, { maxIterations: limits.maxIterations });
    if (!fit.converged || !Number.isFinite(fit.logLikelihood)) spend = { model: 'simple', fit, reason: modelReason('Gamma-Gamma', STOP_REASONS[fit.stop]) };
    else if (fit.params.q <= 1) {
      spend = { model: 'simple', fit, reason: gammaGammaInfiniteMean };
    } else spend = { model: 'gamma-gamma', fit };
  }
  return { frequency, spend, customers: n, repeatBuyers, populationRate, populationSpend, timeUnit: summary.timeUnit };
}

/** Options of {@link predictClv}. */
export interface PredictOptions {
  /** Horizon in time units of the summary (> 0, at most {@link MAX_HORIZON_UNITS}). */
  readonly horizon: number;
  /** Annual discount rate, 0 to 1 (0.1 = 10 % a year). */
  readonly discountRate: number;
}

/** Per-customer predictions, aligned with the summary. */
export interface ClvPredictions {
  /** Purchases expected over the horizon. */
  readonly expectedPurchases: Float64Array;
  /** P(alive) at the calibration end; NaN when the frequency model is the simple formula (no such probability). NaN in any column = no figure (see the status). */
  readonly probabilityAlive: Float64Array;
  /** Expected value of a future purchase. */
  readonly expectedSpend: Float64Array;
  /** Expected purchases × expected spend over the horizon, each slice discounted. */
  readonly clv: Float64Array;
  /** Index into {@link statuses} of each customer's status. */
  readonly status: Uint8Array;
  /** The distinct statuses (which model gave the figures, or which fallback and why). */
  readonly statuses: readonly LocalizedText[];
}

/** The #NUM! of a horizon or discount rate out of range, or null: checked before a fit is paid for. */
export function predictOptionsProblem(options: PredictOptions): SheetError | null {
  const { horizon, discountRate } = options;
  if (!(horizon > 0) || horizon > MAX_HORIZON_UNITS) {
    return numberError(horizonOutOfRange(MAX_HORIZON_UNITS, horizon));
  }
  return rateBetweenZeroAndOne(discountRate, theAnnualDiscountRate);
}

/**
 * Predicts per customer. Expected purchases: BG/NBD E[Y(t) | x, t_x, T] (FHL 2005 eq. 10), or the
 * simple formula x ÷ T × horizon — with the population's rate (see {@link ClvFit.populationRate}) for a
 * customer whose T is shorter than {@link MIN_SPAN_DAYS}, whose own rate would be an extrapolation
 * (two purchases on consecutive days are not 365 a year), and the status says so. Spend:
 * Gamma-Gamma E[Z | x, m_x], or the simple formula m_x (the population mean repeat value for x = 0).
 * CLV = spend × Σ over slices of the horizon (one time unit each, at most {@link MAX_SLICES}; without
 * discounting, the whole horizon in one) of the purchases expected in the slice, discounted at the
 * annual rate from the slice's end. A customer for whom the series does not converge gets the simple
 * formula, and the status says so.
 *
 * @returns the predictions, or #NUM! for a horizon or discount rate out of range
 */
export function predictClv(summary: ClvSummary, fit: ClvFit, options: PredictOptions): ClvPredictions | SheetError {
  const problem = predictOptionsProblem(options);
  if (problem) return problem;
  const { horizon, discountRate } = options;
  const n = summary.x.length;
  // Without discounting, one slice: the sum over the slices is the expectation at the horizon itself.
  const slices = discountRate > 0 ? Math.min(MAX_SLICES, Math.max(1, Math.ceil(horizon))) : 1;
  const width = horizon / slices;
  const yearsPerUnit = DAYS_PER_UNIT[summary.timeUnit] / 365.25;
  const discount = Array.from({ length: slices }, (_, k) => Math.pow(1 + discountRate, -((k + 1) * width * yearsPerUnit)));
  const linearFactor = discount.reduce((s, d) => s + d * width, 0) / horizon;

  const statuses: LocalizedText[] = [];
  const statusOf = (text: LocalizedText): number => statuses.push(text) - 1;
  const spendText: LocalizedText =
    fit.spend.model === 'gamma-gamma'
      ? { fr: 'Gamma-Gamma', en: 'Gamma-Gamma' }
      : { fr: `dépense : formule simple (${fit.spend.reason.fr})`, en: `spend: simple formula (${fit.spend.reason.en})` };
  const modelStatus = statusOf({ fr: `BG/NBD + ${spendText.fr}`, en: `BG/NBD + ${spendText.en}` });
  const simpleStatus = statusOf(
    fit.frequency.model === 'simple'
      ? { fr: `achats : formule simple (${fit.frequency.reason.fr}) ; ${spendText.fr}`, en: `purchases: simple formula (${fit.frequency.reason.en}); ${spendText.en}` }
      : {
          fr: `achats : formule simple (la série de BG/NBD ne converge pas pour ce client à cet horizon) ; ${spendText.fr}`,
          en: `purchases: simple formula (the BG/NBD series does not converge for this customer at this horizon); ${spendText.en}`,
        },
  );
  // The simple formula for a customer seen for less than a quarter: the population's rate, and why.
  const shortSpan: LocalizedText = {
    fr: `taux d’achat de la population, car le client n’est observé que depuis moins d’un trimestre (${MIN_SPAN_DAYS} jours)`,
    en: `the population's purchase rate, as the customer has been observed for less than a quarter (${MIN_SPAN_DAYS} days)`,
  };
  const shortSpanStatus = statusOf(
    fit.frequency.model === 'simple'
      ? { fr: `achats : formule simple (${fit.frequency.reason.fr}), au ${shortSpan.fr} ; ${spendText.fr}`, en: `purchases: simple formula (${fit.frequency.reason.en}), at ${shortSpan.en}; ${spendText.en}` }
      : {
          fr: `achats : formule simple (la série de BG/NBD ne converge pas pour ce client à cet horizon), au ${shortSpan.fr} ; ${spendText.fr}`,
          en: `purchases: simple formula (the BG/NBD series does not converge for this customer at this horizon), at ${shortSpan.en}; ${spendText.en}`,
        },
  );
  const minSpan = MIN_SPAN_DAYS / DAYS_PER_UNIT[summary.timeUnit];
  const overflowStatus = statusOf({
    fr: 'valeurs hors des limites du tableur (montants trop grands) : pas de prévision',
    en: 'values outside spreadsheet limits (amounts too large): no prediction',
  });

  const expectedPurchases = new Float64Array(n);
  const probabilityAlive = new Float64Array(n).fill(Number.NaN);
  const expectedSpend = new Float64Array(n);
  const clv = new Float64Array(n);
  const status = new Uint8Array(n);
  // E[Y(t)] ÷ P(alive) depends on x and T only (not t_x): computed once per distinct (x, T), with its
  // discounted sum over the slices.
  const perHistory = new Map<number, Map<number, readonly [number, number]>>();
  const params = fit.frequency.model === 'bgnbd' ? fit.frequency.fit.params : null;
  for (let i = 0; i < n; i++) {
    const x = summary.x[i] ?? 0;
    const T = summary.T[i] ?? 0;
    const m = summary.meanRepeatValue[i] ?? 0;
    const spend = fit.spend.model === 'gamma-gamma' ? gammaGammaExpectedSpend(fit.spend.fit.params, x, m) : x > 0 ? m : fit.populationSpend;

    let purchases = Number.NaN;
    let value = Number.NaN;
    let alive = Number.NaN;
    let code = simpleStatus;
    if (params !== null) {
      let byT = perHistory.get(x);
      if (byT === undefined) perHistory.set(x, (byT = new Map<number, readonly [number, number]>()));
      let history = byT.get(T);
      if (history === undefined) {
        let previous = 0;
        let sum = 0;
        for (let k = 0; k < slices; k++) {
          const cumulative = bgnbdExpectedIfAlive(params, x, T, (k + 1) * width);
          sum += (cumulative - previous) * (discount[k] ?? 1);
          previous = cumulative;
        }
        byT.set(T, (history = [previous, sum]));
      }
      const [total, discounted] = history;
      const p = bgnbdProbabilityAlive(params, x, summary.tx[i] ?? 0, T);
      if (Number.isFinite(total) && Number.isFinite(discounted) && Number.isFinite(p)) {
        alive = p;
        purchases = p * total;
        value = p * discounted * spend;
        code = modelStatus;
      }
    }
    if (code === simpleStatus) {
      // A rate extrapolated from a span shorter than a quarter would be noise: the population's instead.
      const rate = T >= minSpan ? x / T : fit.populationRate;
      if (T < minSpan) code = shortSpanStatus;
      purchases = rate * horizon;
      value = purchases * linearFactor * spend;
    }
    if (!Number.isFinite(purchases) || !Number.isFinite(spend) || !Number.isFinite(value)) {
      // Never a wrong number in a cell: no figure, and the status says why.
      purchases = Number.NaN;
      value = Number.NaN;
      alive = Number.NaN;
      code = overflowStatus;
    }
    expectedPurchases[i] = purchases;
    probabilityAlive[i] = alive;
    expectedSpend[i] = Number.isFinite(spend) ? spend : Number.NaN;
    clv[i] = value;
    status[i] = code;
  }
  return { expectedPurchases, probabilityAlive, expectedSpend, clv, status, statuses };
}
