/**
 * Seeded synthetic transactions for the benchmark: what a small shop's export looks like, at any size.
 * About rows / 8 customer ids whose activity follows a Pareto law (a few customers place many orders),
 * each with their own typical basket (log-normal); orders of one to three lines sharing an order id,
 * dated over two years (2023-01-01 to 2024-12-31) in chronological order; about 2 % of the rows are
 * refunds (negative amounts, order ids starting with "R"). The same seed gives the same data.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { dayFromCivil, isoFromDay } from '../src/cells/dates.js';
import { mulberry32 } from '../src/random.js';

/** Transactions as parallel columns, one entry per row. */
export interface GeneratedTransactions {
  readonly customer: string[];
  /** Day numbers (days since 1970-01-01), ascending. */
  readonly day: Int32Array;
  /** Amounts rounded to cents; negative for a refund. */
  readonly amount: Float64Array;
  readonly order: string[];
}

const FIRST_DAY = dayFromCivil(2023, 1, 1);
const DAYS = dayFromCivil(2025, 1, 1) - FIRST_DAY;
const REFUND_SHARE = 0.02;
/**
 * Customer activity: Pareto with the "80/20" shape 1.16, capped at 100 times the least active customer
 * so that no single customer dominates; the top fifth of customers then places about two thirds of
 * the orders.
 */
const PARETO_SHAPE = 1.16;
const ACTIVITY_CAP = 100;
const MEDIAN_BASKET = 45;

/** A standard normal draw (Box–Muller). */
function normal(random: () => number): number {
  const u = 1 - random(); // in (0, 1]: log(u) is finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Index of the first cumulative weight above `target` (binary search). */
function pick(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Generates transactions as columns.
 * @param rows - number of rows, at least 1
 * @param seed - PRNG seed; the same seed gives the same rows
 * @param customerCount - how many customer ids to draw from, default rows / 8
 * @returns the columns, `rows` entries each
 * @example generateTransactionColumns(3, 42).customer.length // 3
 */
export function generateTransactionColumns(rows: number, seed: number, customerCount = Math.round(rows / 8)): GeneratedTransactions {
  const random = mulberry32(seed);
  const customers = Math.max(1, customerCount);
  const cumulative = new Float64Array(customers);
  const basket = new Float64Array(customers);
  let total = 0;
  for (let c = 0; c < customers; c++) {
    total += Math.min(ACTIVITY_CAP, (1 - random()) ** (-1 / PARETO_SHAPE));
    cumulative[c] = total;
    basket[c] = MEDIAN_BASKET * Math.exp(0.6 * normal(random));
  }

  // Groups of rows (an order's lines, or one refund), then their dates drawn and sorted.
  const sizes: number[] = [];
  for (let placed = 0; placed < rows; ) {
    const refund = random() < REFUND_SHARE;
    const draw = random();
    const lines = refund ? 1 : draw < 0.5 ? 1 : draw < 0.8 ? 2 : 3;
    const size = Math.min(lines, rows - placed);
    sizes.push(refund ? -size : size);
    placed += size;
  }
  const groupDays = new Int32Array(sizes.length);
  for (let g = 0; g < sizes.length; g++) groupDays[g] = FIRST_DAY + Math.floor(random() * DAYS);
  groupDays.sort();

  const customer = new Array<string>(rows);
  const order = new Array<string>(rows);
  const day = new Int32Array(rows);
  const amount = new Float64Array(rows);
  let row = 0;
  for (let g = 0; g < sizes.length; g++) {
    const size = sizes[g] ?? 1;
    const c = pick(cumulative, random() * total);
    const id = `C${String(c + 1).padStart(6, '0')}`;
    const orderId = `${size < 0 ? 'R' : 'O'}${String(g + 1).padStart(7, '0')}`;
    for (let k = 0; k < Math.abs(size); k++) {
      const value = Math.max(0.5, (basket[c] ?? MEDIAN_BASKET) * Math.exp(0.5 * normal(random)));
      customer[row] = id;
      order[row] = orderId;
      day[row] = groupDays[g] ?? FIRST_DAY;
      amount[row] = Math.round(value * 100) / (size < 0 ? -100 : 100);
      row++;
    }
  }
  return { customer, day, amount, order };
}

/**
 * Transactions as CSV text with the header `customer,date,order,amount`: ISO dates, '.' decimals.
 * @param tx - the columns
 * @param from - the first row to write (default 0)
 * @param to - the row after the last to write (default all)
 * @param header - whether the header line comes first (default true)
 * @returns the CSV text, one line per row, each ended by `\n`
 * @example transactionsCsv({ customer: ['C1'], day: Int32Array.of(19358), amount: Float64Array.of(12.5), order: ['O1'] })
 * // "customer,date,order,amount\nC1,2023-01-01,O1,12.50\n"
 */
export function transactionsCsv(tx: GeneratedTransactions, from = 0, to = tx.customer.length, header = true): string {
  const lines = header ? ['customer,date,order,amount'] : [];
  const isoDates = new Map<number, string>();
  for (let i = from; i < to; i++) {
    const dayNumber = tx.day[i] ?? 0;
    let iso = isoDates.get(dayNumber);
    if (iso === undefined) {
      iso = isoFromDay(dayNumber);
      isoDates.set(dayNumber, iso);
    }
    lines.push(`${tx.customer[i] ?? ''},${iso},${tx.order[i] ?? ''},${(tx.amount[i] ?? 0).toFixed(2)}`);
  }
  lines.push('');
  return lines.join('\n');
}

/**
 * Seeded synthetic transactions as CSV text (see {@link generateTransactionColumns} for their shape
 * and {@link transactionsCsv} for the format).
 * @param rows - number of data rows
 * @param seed - PRNG seed
 * @returns the CSV text, header `customer,date,order,amount`
 * @example generateTransactions(1000, 7).split('\n').length // 1002 (header, 1000 rows, final empty line)
 */
export function generateTransactions(rows: number, seed: number): string {
  return transactionsCsv(generateTransactionColumns(rows, seed));
}

/**
 * Writes transactions as {@link transactionsCsv} does, a block of rows at a time, so that a file of
 * ten million rows never is one string.
 * @param path - the file to write (replaced)
 * @param tx - the columns
 */
export function writeTransactionsCsv(path: string, tx: GeneratedTransactions): void {
  const block = 200_000;
  writeFileSync(path, '');
  for (let from = 0; from < tx.customer.length; from += block) {
    appendFileSync(path, transactionsCsv(tx, from, Math.min(tx.customer.length, from + block), from === 0));
  }
}
