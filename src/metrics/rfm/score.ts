/**
 * RFM scores: each of recency, frequency and monetary cut into `bins` scores (1 = worst, bins = best).
 *
 * One convention for every method, so that a sheet can show the cut points and a user can edit them:
 * with ascending inner cut points c₁ ≤ … ≤ c₍bins−1₎, a value x gets the raw score
 * 1 + (number of cut points ≤ x) — in a native formula `1+COUNTIF(cuts,"<="&x)`. Frequency and
 * monetary scores are the raw score; recency is reversed (fewer days since the last purchase is
 * better): R = bins + 1 − raw score, so the most recent customers get `bins`.
 */
import { numberError, valueError, type SheetError } from '../../cells/errors.js';

/**
 * How cut points are chosen.
 * - `rfm` (default): the R package rfm's method — cut points = the inner quantiles (R's type 7) at
 *   probabilities 1/bins, 2/bins, …, plus 1; ties always share a score.
 * - `ntile`: equal-size groups in sorted order, ties split by position (like dplyr::ntile).
 */
export type RfmMethod = 'rfm' | 'ntile';

/** Inner cut points per measure, ascending (equal neighbours allowed), bins − 1 of each. */
export interface CutPoints {
  readonly recency: readonly number[];
  readonly frequency: readonly number[];
  readonly monetary: readonly number[];
}

/** Options of {@link scoreRfm}. */
export interface ScoreOptions {
  /** Scores per measure, an integer from 2 to 9; default 5, or the number of cut points + 1 when cuts are given. */
  readonly bins?: number | undefined;
  /** How cut points are chosen, default `rfm`; ignored when `cuts` are given. */
  readonly method?: RfmMethod | undefined;
  /** User cut points: when given, they are used as they are. */
  readonly cuts?: CutPoints | undefined;
}

/** Scores per customer (aligned with the input) and the cut points that produced them. */
export interface RfmScores {
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array;
  /**
   * The cut points: for `rfm` and user cuts, passing them back as user cuts gives the same scores. For
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
const MEASURE_NAMES: Record<Measure, { fr: string; en: string }> = {
  recency: { fr: 'récence', en: 'recency' },
  frequency: { fr: 'fréquence', en: 'frequency' },
  monetary: { fr: 'montant', en: 'monetary' },
};

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
      return valueError(
        `récence et ${name.fr} doivent avoir le même nombre de lignes : ${n} contre ${length}`,
        `recency and ${name.en} must have the same number of rows: ${n} vs ${length}`,
      );
    }
  }
  if (n === 0) return valueError('Aucun client à noter', 'No customer to score');
  for (const measure of ['recency', 'frequency', 'monetary'] as const) {
    const problem = firstNonFinite(columns[measure]);
    if (problem >= 0) {
      const name = MEASURE_NAMES[measure];
      return valueError(`${name.fr}, ligne ${problem + 1} : nombre attendu`, `${name.en}, row ${problem + 1}: a number is expected`);
    }
  }

  const bins = options.bins ?? (options.cuts ? options.cuts.recency.length + 1 : DEFAULT_BINS);
  const binsProblem = checkBins(bins);
  if (binsProblem) return binsProblem;
  if (options.cuts) {
    const cutsProblem = checkCuts(options.cuts, bins);
    if (cutsProblem) return cutsProblem;
    return {
      r: scoreWithCuts(recencyDays, options.cuts.recency, bins, true),
      f: scoreWithCuts(frequency, options.cuts.frequency, bins, false),
      m: scoreWithCuts(monetary, options.cuts.monetary, bins, false),
      cuts: { recency: [...options.cuts.recency], frequency: [...options.cuts.frequency], monetary: [...options.cuts.monetary] },
    };
  }
  // Widened on purpose: the method may come from a cell or a command line, not only from typed code.
  const method: string = options.method ?? 'rfm';
  if (method === 'rfm') {
    const cuts: CutPoints = {
      recency: rfmCutPoints(recencyDays, bins),
      frequency: rfmCutPoints(frequency, bins),
      monetary: rfmCutPoints(monetary, bins),
    };
    return {
      r: scoreWithCuts(recencyDays, cuts.recency, bins, true),
      f: scoreWithCuts(frequency, cuts.frequency, bins, false),
      m: scoreWithCuts(monetary, cuts.monetary, bins, false),
      cuts,
    };
  }
  if (method === 'ntile') {
    const r = ntileScores(recencyDays, bins, true);
    const f = ntileScores(frequency, bins, false);
    const m = ntileScores(monetary, bins, false);
    return { r: r.scores, f: f.scores, m: m.scores, cuts: { recency: r.cuts, frequency: f.cuts, monetary: m.cuts } };
  }
  return valueError(`method : "rfm" ou "ntile" attendu (reçu "${method}")`, `method: "rfm" or "ntile" expected (got "${method}")`);
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
 * The raw score of one value: 1 + the number of cut points ≤ value (ties with a cut point go up).
 * @param value - the measure of one customer
 * @param cuts - ascending inner cut points
 * @returns a score from 1 to cuts.length + 1
 * @example rawScore(5, [4, 5, 6, 8]) // 3
 */
export function rawScore(value: number, cuts: readonly number[]): number {
  let score = 1;
  for (const cut of cuts) {
    if (cut > value) break;
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

function scoreWithCuts(values: ArrayLike<number>, cuts: readonly number[], bins: number, reversed: boolean): Uint8Array {
  const scores = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const raw = rawScore(values[i] ?? 0, cuts);
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
    return valueError(`bins : nombre entier attendu, de ${MIN_BINS} à ${MAX_BINS} (reçu ${bins})`, `bins: a whole number from ${MIN_BINS} to ${MAX_BINS} is expected (got ${bins})`);
  }
  if (bins < MIN_BINS || bins > MAX_BINS) {
    return numberError(`bins doit être entre ${MIN_BINS} et ${MAX_BINS} (reçu ${bins})`, `bins must be between ${MIN_BINS} and ${MAX_BINS} (got ${bins})`);
  }
  return null;
}

function checkCuts(cuts: CutPoints, bins: number): SheetError | null {
  for (const measure of ['recency', 'frequency', 'monetary'] as const) {
    const list = cuts[measure];
    const name = MEASURE_NAMES[measure];
    if (list.length !== bins - 1) {
      return valueError(
        `Seuils de ${name.fr} : ${bins - 1} nombres attendus pour ${bins} notes (reçu ${list.length})`,
        `${name.en} cut points: ${bins - 1} numbers expected for ${bins} scores (got ${list.length})`,
      );
    }
    const bad = firstNonFinite(list);
    if (bad >= 0) {
      return valueError(`Seuils de ${name.fr} : le seuil n° ${bad + 1} n’est pas un nombre`, `${name.en} cut points: cut point ${bad + 1} is not a number`);
    }
    for (let k = 1; k < list.length; k++) {
      const previous = list[k - 1] ?? 0;
      const current = list[k] ?? 0;
      if (current < previous) {
        return numberError(
          `Seuils de ${name.fr} : ils doivent être croissants (${previous} puis ${current})`,
          `${name.en} cut points: they must be ascending (${previous} then ${current})`,
        );
      }
    }
  }
  return null;
}
