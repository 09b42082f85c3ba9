/**
 * Probabilistic customer lifetime value: the model summary from transactions, the BG/NBD purchase
 * model and the Gamma-Gamma spend model, their fits, and the per-customer predictions.
 */
export { DAYS_PER_UNIT, summarizeCodedTransactions, summarizeTransactions, type ClvSummary, type SummaryOptions, type TimeUnit } from './summary.js';
export {
  bgnbdConditionalExpected,
  bgnbdCustomerLogLikelihood,
  bgnbdExpectedIfAlive,
  bgnbdLogLikelihood,
  bgnbdProbabilityAlive,
  bgnbdUnconditionalExpected,
  fitBgNbd,
  LOG_PARAMETER_BOUND,
  MAX_HORIZON_RATIO,
  type BgNbdParams,
  type FitOutcome,
  type FrequencyData,
} from './bgnbd.js';
export { fitGammaGamma, gammaGammaCustomerLogLikelihood, gammaGammaExpectedSpend, gammaGammaLogLikelihood, type GammaGammaParams } from './gammagamma.js';
export { nelderMead, type NelderMeadOptions, type NelderMeadResult } from './optimize.js';
export {
  fitClv,
  FIT_LIMITS,
  MAX_HORIZON_UNITS,
  MAX_SLICES,
  MIN_CUSTOMERS,
  MIN_REPEAT_BUYERS,
  predictClv,
  predictOptionsProblem,
  type ClvFit,
  type ClvPredictions,
  type FitClvOptions,
  type FitLimits,
  type PredictOptions,
} from './model.js';
