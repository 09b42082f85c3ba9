/**
 * ABC (Pareto) classification: items sorted by value, class A for the fewest top items that reach
 * the `a` share of the total, B for the next ones up to `b`, C for the rest.
 */
import { divisionByZero, isSheetError, numberError, valueError, type SheetError } from '../cells/errors.js';
import { abcLengthMismatch, abcNoItem, abcNoPositiveValue, abcThresholds, abcTotalOutsideLimits, abcValueNotNumber } from '../messages/index.js';

/** Options of {@link classifyAbc}: cumulative-share thresholds, 0 < a < b ≤ 1. */
export interface AbcOptions {
  /** Cumulative share up to which items are A, default 0.8. */
  readonly a?: number | undefined;
  /** Cumulative share up to which items are B, default 0.95. */
  readonly b?: number | undefined;
}

/** One classified item. */
export interface AbcRow {
  /** Position of the item in the input (0-based). */
  readonly index: number;
  readonly item: string;
  readonly value: number;
  /** value ÷ total of the positive values. */
  readonly share: number;
  /** Share of this item and of every item ranked before it. */
  readonly cumulativeShare: number;
  /** Share of the items ranked before this one (0 for the largest): what decides the class. */
  readonly shareBefore: number;
  /** 1 for the largest value; ties get consecutive ranks in the order of the rows. */
  readonly rank: number;
  readonly abcClass: 'A' | 'B' | 'C';
}

/** The classified items and what was left out. */
export interface AbcResult {
  /** Sorted by value descending, ties by item id ascending (then by input position). */
  readonly rows: AbcRow[];
  /** Input positions of the items with a value ≤ 0: not classified, not in the total. */
  readonly excluded: number[];
  /** Sum of the positive values. */
  readonly total: number;
}

/** Float noise allowed when comparing a cumulative share with a threshold (0.8 must stay 0.8). */
const TOLERANCE = 1e-12;

/**
 * Classifies items A / B / C by their cumulative share of the total value. The crossing rule: an item
 * is A when the share of the items ranked before it is below a — so the item that crosses a is A,
 * class A being the fewest top items reaching a share a of the total, and the largest item is always
 * A (an item worth 96 % of the total is A, not C); B when the share before it is below b; C beyond.
 * An item that brings the cumulative share exactly to a is A, and the next one B.
 * Items with a value ≤ 0 (returns, zero sales) are left out of the total and reported in `excluded`.
 *
 * @param items - item ids (customer, product …), one per value
 * @param values - value of each item (revenue, margin …), in any unit
 * @param options - thresholds, see {@link AbcOptions}
 * @returns the sorted, classified rows, or #VALUE! (lists of different lengths, no item, a value that is
 *   not a finite number), #NUM! (thresholds not 0 < a < b ≤ 1, a total too large), #DIV/0! (no positive value: the shares
 *   would divide by a total of 0)
 * @example
 * classifyAbc(['p', 'q', 'r', 's'], [10, 70, 15, 5])
 * // rows q (0.70, A), r (0.85, A: 0.70 before it), p (0.95, B), s (1, C: 0.95 before it); total 100
 */
export function classifyAbc(items: readonly string[], values: ArrayLike<number>, options: AbcOptions = {}): AbcResult | SheetError {
  const ranking = rankAbc(items, values, options);
  if (isSheetError(ranking)) return ranking;
  const { order, cumulativeShare, shareBefore, classes, total } = ranking;
  const rows: AbcRow[] = [];
  for (let position = 0; position < order.length; position++) {
    const i = order[position] ?? 0;
    const value = values[i] ?? 0;
    rows.push({
      index: i,
      item: items[i] ?? '',
      value,
      share: value / total,
      cumulativeShare: cumulativeShare[position] ?? 0,
      shareBefore: shareBefore[position] ?? 0,
      rank: position + 1,
      abcClass: ABC_CLASSES[classes[position] ?? 0] ?? 'C',
    });
  }
  return { rows, excluded: ranking.excluded, total };
}

const ABC_CLASSES = ['A', 'B', 'C'] as const;

/**
 * {@link classifyAbc} as columns, one entry per classified item in the order of the rows: what a
 * reader of many items takes without an object per item. Same rules, same errors.
 */
export interface AbcRanking {
  /** Input position of each classified item, largest value first (the rows' `index`). */
  readonly order: Int32Array;
  readonly cumulativeShare: Float64Array;
  readonly shareBefore: Float64Array;
  /** 0 for A, 1 for B, 2 for C. */
  readonly classes: Uint8Array;
  readonly excluded: number[];
  readonly total: number;
}

/**
 * The ranking of {@link classifyAbc} as columns (see {@link AbcRanking}).
 * @example rankAbc(['p', 'q', 'r', 's'], [10, 70, 15, 5]).order // [1, 2, 0, 3]
 */
export function rankAbc(items: readonly string[], values: ArrayLike<number>, options: AbcOptions = {}): AbcRanking | SheetError {
  const a = options.a ?? 0.8;
  const b = options.b ?? 0.95;
  if (!Number.isFinite(a) || !Number.isFinite(b) || !(a > 0 && a < b && b <= 1)) {
    return numberError(abcThresholds(a, b));
  }
  if (items.length !== values.length) {
    return valueError(abcLengthMismatch(items.length, values.length));
  }
  if (items.length === 0) return valueError(abcNoItem);

  const positive = new Int32Array(values.length);
  let n = 0;
  const excluded: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? Number.NaN;
    if (!Number.isFinite(value)) {
      return valueError(abcValueNotNumber(i + 1));
    }
    if (value > 0) positive[n++] = i;
    else excluded.push(i);
  }
  if (n === 0) {
    return divisionByZero(abcNoPositiveValue);
  }

  const order = positive.subarray(0, n);
  sortByValue(order, items, values);
  // Summed in sorted order, so that the running sum ends exactly on the total (last share = 100 %).
  let total = 0;
  for (let position = 0; position < n; position++) total += values[order[position] ?? 0] ?? 0;
  if (!Number.isFinite(total)) {
    return numberError(abcTotalOutsideLimits);
  }

  const cumulativeShare = new Float64Array(n);
  const shareBefore = new Float64Array(n);
  const classes = new Uint8Array(n);
  let running = 0;
  for (let position = 0; position < n; position++) {
    const value = values[order[position] ?? 0] ?? 0;
    // The share before the item is the previous cumulative share, as the sheet reads it from the row above.
    const before = running / total;
    running += value;
    shareBefore[position] = before;
    cumulativeShare[position] = running / total;
    classes[position] = before < a - TOLERANCE ? 0 : before < b - TOLERANCE ? 1 : 2;
  }
  return { order, cumulativeShare, shareBefore, classes, excluded, total };
}

/** Value descending, then item ascending, then input position: the order of the classified rows. */
function compareItems(items: readonly string[], values: ArrayLike<number>, x: number, y: number): number {
  const byValue = (values[y] ?? 0) - (values[x] ?? 0);
  if (byValue !== 0) return byValue;
  const itemX = items[x] ?? '';
  const itemY = items[y] ?? '';
  if (itemX !== itemY) return itemX < itemY ? -1 : 1;
  return x - y;
}

/** Below this many items, a comparison sort; from it on, a radix sort of the values' bits. */
const RADIX_FROM = 2048;
/** Longest run of equal values the radix sort orders by insertion; a longer one leaves the items to the comparison sort. */
const SHORT_RUN = 16;
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/**
 * Sorts input positions (of positive finite values) as {@link compareItems} orders them: many items by
 * {@link radixSorted}, unless they have a long run of equal values; the others by comparison.
 */
export function sortByValue(positions: Int32Array, items: readonly string[], values: ArrayLike<number>): void {
  if (positions.length < RADIX_FROM || !radixSorted(positions, items, values)) positions.sort((x, y) => compareItems(items, values, x, y));
}

/**
 * Sorts positions in place by the bits of their values, which order positive doubles as the numbers
 * themselves: a stable radix sort, 16 bits at a time, keeps equal values in the order they came, and
 * each run of equal values (most are pairs) is then sorted by item and position, by insertion — the
 * same order as the comparison sort, in linear time.
 * @returns false when a run of equal values is longer than {@link SHORT_RUN} (many equal values: an
 *   insertion sort would take quadratic time), the positions then in some order for the comparison
 *   sort, whose order does not depend on it (no two positions compare equal)
 */
function radixSorted(order: Int32Array, items: readonly string[], values: ArrayLike<number>): boolean {
  const n = order.length;
  const words = new Uint32Array(Float64Array.from(values).buffer);
  const [low, high] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const other = new Int32Array(n);
  const counts = new Int32Array(1 << 16);
  // Four passes, from the low 16 bits up, the last back into `order`; each pass moves `from` into `to`
  // (a function of its own, so that the engine optimises it once for all four).
  radixPass(words, low, 0, order, other, counts);
  radixPass(words, low, 16, other, order, counts);
  radixPass(words, high, 0, order, other, counts);
  radixPass(words, high, 16, other, order, counts);
  // Runs of equal values: by item, then position.
  for (let start = 0; start < n; ) {
    const value = values[order[start] ?? 0];
    let end = start + 1;
    while (end < n && values[order[end] ?? 0] === value) end++;
    if (end - start > SHORT_RUN) return false;
    for (let k = start + 1; k < end; k++) {
      const position = order[k] ?? 0;
      let j = k - 1;
      for (; j >= start && compareItems(items, values, order[j] ?? 0, position) > 0; j--) order[j + 1] = order[j] ?? 0;
      order[j + 1] = position;
    }
    start = end;
  }
  return true;
}

/** One pass of {@link radixSorted}: positions `from` stably sorted into `to` by one 16-bit digit of their values, descending. */
function radixPass(words: Uint32Array, word: number, shift: number, from: Int32Array, to: Int32Array, counts: Int32Array): void {
  const n = from.length;
  counts.fill(0);
  for (let k = 0; k < n; k++) {
    const digit = 0xffff - (((words[2 * (from[k] ?? 0) + word] ?? 0) >>> shift) & 0xffff);
    counts[digit] = (counts[digit] ?? 0) + 1;
  }
  let sum = 0;
  for (let d = 0; d < counts.length; d++) {
    const count = counts[d] ?? 0;
    counts[d] = sum;
    sum += count;
  }
  for (let k = 0; k < n; k++) {
    const position = from[k] ?? 0;
    const digit = 0xffff - (((words[2 * position + word] ?? 0) >>> shift) & 0xffff);
    const at = counts[digit] ?? 0;
    counts[digit] = at + 1;
    to[at] = position;
  }
}
