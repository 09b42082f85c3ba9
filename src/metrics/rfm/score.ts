/**
 * RFM scores: each of recency, frequency and monetary cut into `bins` scores (1 = worst, bins = best).
 *
 * One convention for every method, so that a sheet can show the cut points and a user can edit them:
 * with ascending inner cut points c₁ ≤ … ≤ c₍bins−1₎, a value x gets the raw score
 * 1 + (number of cut points ≤ x) — or, for the default method's quantiles (`strict` cut points),
 * 1 + (number of cut points < x), a value equal to a quantile staying in the lower score. Frequency
 * and monetary scores are the raw score; recency is reversed (fewer days since the last purchase is
 * better): R = bins + 1 − raw score, so the most recent customers get `bins`.
 *
 * Only customers with at least one purchase (frequency > 0) are scored and enter the cut points; a
 * customer without any purchase (only refunds) gets the score 0, "no score", in all three measures.
 */
import { numberError, valueError, type LocalizedText, type SheetError } from '../../cells/errors.js';
import { binsNotWhole, binsOutOfRange, cutNotNumber, cutsCount, cutsNotAscending, measureFrequency, measureLengthMismatch, measureMonetary, measureNotNumber, measureRecency, noCustomerToScore, noCustomerWithPurchase, rfmMethod } from '../../messages/index.js';

/**
 * How cut points are chosen.
 * - `quantile` (default): cut points = the inner quantiles (R's type 7) at probabilities 1/bins,
 *   2/bins, …; a value scores above a cut point only when it is strictly greater, so ties always
 *   share a score and a value equal to a quantile stays below it. The scores depend only on the
 *   order of the values: the same in euros or thousands of euros, whatever the order of the rows.
 * - `rfm`: the R package rfm's exact method — the same quantiles plus 1, a value equal to a cut point
 *   scoring above it. The "+ 1" is in the unit of the data, so the monetary scores depend on the
 *   currency unit (amounts in k€ all score M = 1); kept to reproduce the package's results.
 * - `ntile`: equal-size groups in sorted order, ties split by position (like dplyr::ntile).
 */
export type RfmMethod = 'quantile' | 'rfm' | 'ntile';

/** The methods, default first, as a command line or a cell names them. */
export const RFM_METHODS: readonly RfmMethod[] = ['quantile', 'rfm', 'ntile'];

/** Inner cut points per measure, ascending (equal neighbours allowed), bins − 1 of each. */
export interface CutPoints {
  readonly recency: readonly number[];
  readonly frequency: readonly number[];
  readonly monetary: readonly number[];
  /**
   * True: a value scores above a cut point only when strictly greater (the `quantile` method's cut
   * points). False or absent: a value equal to a cut point scores above it (user cut points, `rfm`,
   * `ntile`).
   */
  readonly strict?: boolean | undefined;
}

/** Options of {@link scoreRfm}. */
export interface ScoreOptions {
  /** Scores per measure, an integer from 2 to 9; default 5, or the number of cut points + 1 when cuts are given. */
  readonly bins?: number | undefined;
  /** How cut points are chosen, default `quantile`; ignored when `cuts` are given. */
  readonly method?: RfmMethod | undefined;
  /** User cut points: when given, they are used as they are. */
  readonly cuts?: CutPoints | undefined;
}

/**
 * Scores per customer (aligned with the input) and the cut points that produced them. A customer
 * without any purchase (frequency ≤ 0) has 0 in r, f and m: no score.
 */
export interface RfmScores {
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /** Customers without any purchase (frequency ≤ 0): not scored, not in the cut points. */
  readonly unscored: number;
  /**
   * The cut points: for `quantile`, `rfm` and user cuts, passing them back as user cuts gives the same scores. For
   * `ntile` they are the lowest value of each group from the second on (a group left empty because
   * there are fewer values than bins gets the cut of the next group, or the largest value + 1), so
   * passing them back gives the same scores except where ties were split across groups.
   */
  readonly cuts: CutPoints;
}

const MIN_BINS = 2;
const MAX_BINS = 9;
const DEFAULT_BINS = 5;

type Measure = 'recency' | 'frequency' | 'monetary';
const MEASURE_NAMES: Record<Measure, LocalizedText> = { recency: measureRecency, frequency: measureFrequency, monetary: measureMonetary };

/**
 * Scores recency, frequency and monetary values of the same customers, each against its whole column.
 * @param recencyDays - days since each customer's last purchase
 * @param frequency - number of orders of each customer
 * @param monetary - total spent by each customer
 * @param options - bins, method or user cut points, see {@link ScoreOptions}
 * @returns the scores and cut points, or #VALUE! (columns of different lengths, no customer, a value
 *   that is not a finite number, bins not an integer, a wrong number of cut points, an unknown method)
 *   or #NUM! (bins outside 2–9, cut points not ascending)
 * @example
 * scoreRfm([1, 30, 400], [5, 2, 1], [900, 120, 40], { cuts: { recency: [10, 100], frequency: [2, 4], monetary: [100, 500] } })
 * // r [3, 2, 1], f [3, 2, 1], m [3, 2, 1]
 */
export function scoreRfm(
  recencyDays: ArrayLike<number>,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  options: ScoreOptions = {},
): RfmScores | SheetError {
  const columns: Record<Measure, ArrayLike<number>> = { recency: recencyDays, frequency, monetary };
  const n = recencyDays.length;
  for (const measure of ['frequency', 'monetary'] as const) {
    const length = columns[measure].length;
    if (length !== n) {
      const name = MEASURE_NAMES[measure];
      return valueError(measureLengthMismatch(name, n, length));
    }
  }
  if (n === 0) return valueError(noCustomerToScore);
  for (const measure of ['recency', 'frequency', 'monetary'] as const) {
    const problem = firstNonFinite(columns[measure]);
    if (problem >= 0) {
      const name = MEASURE_NAMES[measure];
      return valueError(measureNotNumber(name, problem + 1));
    }
  }

  const bins = options.bins ?? (options.cuts ? options.cuts.recency.length + 1 : DEFAULT_BINS);
  const binsProblem = checkBins(bins);
  if (binsProblem) return binsProblem;
  if (options.cuts) {
    const cutsProblem = checkCuts(options.cuts, bins);
    if (cutsProblem) return cutsProblem;
  }
  // Widened on purpose: the method may come from a cell or a command line, not only from typed code.
  const method: string = options.method ?? 'quantile';
  if (!options.cuts && !(RFM_METHODS as readonly string[]).includes(method)) {
    return valueError(rfmMethod(method));
  }

  // Only customers with a purchase are scored and shape the cut points.
  const scored: number[] = [];
  for (let i = 0; i < n; i++) if ((frequency[i] ?? 0) > 0) scored.push(i);
  if (scored.length === 0) {
    return valueError(noCustomerWithPurchase);
  }
  const pick = (values: ArrayLike<number>): Float64Array => {
    // A plain loop: Float64Array.from with a mapping function is many times slower.
    const picked = new Float64Array(scored.length);
    for (let k = 0; k < scored.length; k++) picked[k] = values[scored[k] ?? 0] ?? 0;
    return picked;
  };
  const subset: Record<Measure, Float64Array> = { recency: pick(recencyDays), frequency: pick(frequency), monetary: pick(monetary) };

  let cuts: CutPoints;
  let subsetScores: { r: Uint8Array; f: Uint8Array; m: Uint8Array } | null = null;
  if (options.cuts) {
    cuts = {
      recency: [...options.cuts.recency],
      frequency: [...options.cuts.frequency],
      monetary: [...options.cuts.monetary],
      ...(options.cuts.strict === true ? { strict: true } : {}),
    };
  } else if (method === 'quantile') {
    cuts = {
      recency: quantileCutPoints(subset.recency, bins),
      frequency: quantileCutPoints(subset.frequency, bins),
      monetary: quantileCutPoints(subset.monetary, bins),
      strict: true,
    };
  } else if (method === 'rfm') {
    cuts = {
      recency: rfmCutPoints(subset.recency, bins),
      frequency: rfmCutPoints(subset.frequency, bins),
      monetary: rfmCutPoints(subset.monetary, bins),
    };
  } else {
    const r = ntileScores(subset.recency, bins, true);
    const f = ntileScores(subset.frequency, bins, false);
    const m = ntileScores(subset.monetary, bins, false);
    cuts = { recency: r.cuts, frequency: f.cuts, monetary: m.cuts };
    subsetScores = { r: r.scores, f: f.scores, m: m.scores };
  }
  if (subsetScores === null) {
    const strict = cuts.strict === true;
    subsetScores = {
      r: scoreWithCuts(subset.recency, cuts.recency, bins, true, strict),
      f: scoreWithCuts(subset.frequency, cuts.frequency, bins, false, strict),
      m: scoreWithCuts(subset.monetary, cuts.monetary, bins, false, strict),
    };
  }
  const r = new Uint8Array(n);
  const f = new Uint8Array(n);
  const m = new Uint8Array(n);
  for (const [k, i] of scored.entries()) {
    r[i] = subsetScores.r[k] ?? 0;
    f[i] = subsetScores.f[k] ?? 0;
    m[i] = subsetScores.m[k] ?? 0;
  }
  return { r, f, m, unscored: n - scored.length, cuts };
}

/**
 * The RFM code of three scores, as text.
 * @param r - recency score (1–9)
 * @param f - frequency score (1–9)
 * @param m - monetary score (1–9)
 * @returns the three digits side by side
 * @example rfmCode(5, 4, 5) // "545"
 */
export function rfmCode(r: number, f: number, m: number): string {
  return `${String(r)}${String(f)}${String(m)}`;
}

/**
 * The raw score of one value: 1 + the number of cut points ≤ value (ties with a cut point go up), or
 * with `strict`, 1 + the number of cut points < value (ties with a cut point stay below).
 * @param value - the measure of one customer
 * @param cuts - ascending inner cut points
 * @param strict - whether a value must be strictly above a cut point to pass it, default false
 * @returns a score from 1 to cuts.length + 1
 * @example rawScore(5, [4, 5, 6, 8]) // 3
 * @example rawScore(5, [4, 5, 6, 8], true) // 2
 */
export function rawScore(value: number, cuts: readonly number[], strict = false): number {
  let score = 1;
  for (const cut of cuts) {
    if (strict ? cut >= value : cut > value) break;
    score++;
  }
  return score;
}

/**
 * Quantile of sorted values by R's default method (type 7): linear interpolation between the order
 * statistics at position 1 + (n − 1)·p, written as R computes it so that results agree to the last bit.
 * @param sorted - values in ascending order, at least one
 * @param probability - between 0 and 1
 * @returns the quantile
 * @example quantileType7(Float64Array.of(1, 2, 3, 4), 0.5) // 2.5
 */
export function quantileType7(sorted: ArrayLike<number>, probability: number): number {
  const n = sorted.length;
  const index = 1 + Math.max(n - 1, 0) * probability;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  const low = sorted[lo - 1] ?? Number.NaN;
  const high = sorted[hi - 1] ?? Number.NaN;
  if (index > lo && high !== low) {
    const h = index - lo;
    return (1 - h) * low + h * high;
  }
  return low;
}

/**
 * The R package rfm's cut points of one measure: the inner quantiles (type 7) at probabilities
 * k/bins, k = 1 … bins − 1, each plus 1. Its rule "score i when lower ≤ x < upper" with these bounds
 * is exactly "1 + number of cut points ≤ x".
 * @param values - the measure of every customer (finite, at least one)
 * @param bins - the number of scores
 * @returns bins − 1 ascending cut points
 * @example rfmCutPoints([1, 2, 3, 4, 5, 6], 2) // [4.5] (median 3.5, plus 1)
 */
export function rfmCutPoints(values: ArrayLike<number>, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const step = 1 / bins; // R's seq(0, 1, length.out = bins + 1): the k-th probability is k × step
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) cuts.push(quantileType7(sorted, k * step) + 1);
  return cuts;
}

/**
 * The default method's cut points of one measure: the inner quantiles (type 7) at probabilities
 * k/bins, k = 1 … bins − 1, with no offset. The position 1 + (n − 1)·k/bins is computed in whole
 * numbers, so that it is never off by a rounding; an interpolated quantile is kept at or above the
 * lower order statistic and below the upper one, so that "strictly above the cut point" means for
 * every value of the data "above the lower order statistic": the scores depend only on the order of
 * the values, never on their unit.
 * @param values - the measure of every scored customer (finite, at least one)
 * @param bins - the number of scores
 * @returns bins − 1 ascending cut points
 * @example quantileCutPoints([1, 2, 3, 4, 5, 6], 2) // [3.5]
 */
export function quantileCutPoints(values: ArrayLike<number>, bins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  const cuts: number[] = [];
  for (let k = 1; k < bins; k++) {
    const numerator = (n - 1) * k; // 0-based position = numerator ÷ bins
    const lo = Math.floor(numerator / bins);
    const remainder = numerator - lo * bins;
    const low = sorted[lo] ?? 0;
    const high = sorted[Math.min(lo + 1, n - 1)] ?? low;
    let cut = low;
    if (remainder > 0 && high !== low) {
      const h = remainder / bins;
      cut = (1 - h) * low + h * high;
      if (!(cut >= low && cut < high)) cut = low;
    }
    cuts.push(cut);
  }
  return cuts;
}

function scoreWithCuts(values: ArrayLike<number>, cuts: readonly number[], bins: number, reversed: boolean, strict: boolean): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const raw = rawScore(values[i] ?? 0, cuts, strict);
    scores[i] = reversed ? bins + 1 - raw : raw;
  }
  return scores;
}

/**
 * Equal-size groups: in ascending order (ties kept in input order), the value at 0-based position k
 * goes to group ⌊k × bins ÷ n⌋ + 1, as the classic dplyr::ntile. Recency is then reversed.
 */
function ntileScores(values: ArrayLike<number>, bins: number, reversed: boolean): { scores: Uint8Array; cuts: number[] } {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0) || a - b);
  const scores = new Uint8Array(n);
  // lowest[g] = lowest value of group g + 1 (groups 1 … bins), NaN while the group is empty.
  const lowest = new Float64Array(bins).fill(Number.NaN);
  for (let k = 0; k < n; k++) {
    const i = order[k] ?? 0;
    const group = Math.floor((k * bins) / n) + 1;
    if (Number.isNaN(lowest[group - 1] ?? 0)) lowest[group - 1] = values[i] ?? 0;
    scores[i] = reversed ? bins + 1 - group : group;
  }
  const cuts = new Array<number>(bins - 1);
  let next = (values[order[n - 1] ?? 0] ?? 0) + 1;
  for (let g = bins - 1; g >= 1; g--) {
    const value = lowest[g] ?? Number.NaN;
    if (!Number.isNaN(value)) next = value;
    cuts[g - 1] = next;
  }
  return { scores, cuts };
}

function firstNonFinite(values: ArrayLike<number>): number {
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return i;
  return -1;
}

function checkBins(bins: number): SheetError | null {
  if (!Number.isInteger(bins)) {
    return valueError(binsNotWhole(MIN_BINS, MAX_BINS, bins));
  }
  if (bins < MIN_BINS || bins > MAX_BINS) {
    return numberError(binsOutOfRange(MIN_BINS, MAX_BINS, bins));
  }
  return null;
}

function checkCuts(cuts: CutPoints, bins: number): SheetError | null {
  for (const measure of ['recency', 'frequency', 'monetary'] as const) {
    const list = cuts[measure];
    const name = MEASURE_NAMES[measure];
    if (list.length !== bins - 1) {
      return valueError(cutsCount(name, bins, list.length));
    }
    const bad = firstNonFinite(list);
    if (bad >= 0) {
      return valueError(cutNotNumber(name, bad + 1));
    }
    for (let k = 1; k < list.length; k++) {
      const previous = list[k - 1] ?? 0;
      const current = list[k] ?? 0;
      if (current < previous) {
        return numberError(cutsNotAscending(name, previous, current));
      }
    }
  }
  return null;
}
