/**
 * The distinct values of a column, numbered in order of first appearance — what the fits and the
 * predictions group their customers by.
 */

/** A column's values as numbers of distinct values. */
export interface DistinctValues {
  /** The number of each entry's value among the distinct values. */
  readonly index: Int32Array;
  /** The distinct values, in order of first appearance. */
  readonly values: Float64Array;
}

/**
 * Numbers the distinct values of a column in order of first appearance (as a Map compares them: 0 and
 * −0 are one value, and so are all NaN).
 * @example distinctValues([5, 2, 5, 7]) // index [0, 1, 0, 2], values [5, 2, 7]
 */
export function distinctValues(column: ArrayLike<number>): DistinctValues {
  const numbers = new Map<number, number>();
  const index = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i] ?? 0;
    let k = numbers.get(v);
    if (k === undefined) {
      k = numbers.size;
      numbers.set(v, k);
    }
    index[i] = k;
  }
  return { index, values: Float64Array.from(numbers.keys()) };
}

/**
 * Numbers the distinct pairs (first[i], second's value i) in order of first appearance, from their
 * keys first · |second's values| + second's index (below n²: exact up to 9·10⁷ entries).
 * @param first - a number per entry, below the entry count (an index of distinct values)
 * @param second - the distinct values of another column of the same entries
 * @example distinctPairs(Int32Array.of(0, 1, 0), distinctValues([3, 3, 4])) // index [0, 1, 2]
 */
export function distinctPairs(first: Int32Array, second: DistinctValues): DistinctValues {
  const keys = new Float64Array(first.length);
  for (let i = 0; i < first.length; i++) keys[i] = (first[i] ?? 0) * second.values.length + (second.index[i] ?? 0);
  return distinctValues(keys);
}
