/**
 * From transaction rows to one row per customer: first and last purchase day, recency, frequency and
 * monetary value — the raw measures that RFM scoring then cuts into scores.
 */
import { numberError, valueError, type LocalizedText, type SheetError } from '../../cells/errors.js';
import { isoFromDay, type DayNumber } from '../../cells/dates.js';
import { toSpreadsheetPrecision } from '../../cells/numbers.js';
import { analysisDateBeforeLastPurchase, customerCodeOutside, customerTotalOutsideLimits, customerWithoutRow, customersLengthMismatch, emptyCustomer, invalidAmountForCustomer, invalidAnalysisDate, invalidDateForCustomer, noPurchaseToAnalyse, noTransaction, orderCodeOutside, refundsPolicy, rowProblem } from '../../messages/index.js';

/** Transactions as parallel columns (one entry per row), the shape a spreadsheet range or a CSV gives. */
export interface TransactionColumns {
  /** Customer id per row (already trimmed, non-empty). */
  readonly customer: readonly string[];
  /** Day number of each row (days since 1970-01-01; a fraction, a time of day, is ignored). */
  readonly day: ArrayLike<number>;
  /** Amount of each row, in the currency of the data; negative = refund or cancellation. */
  readonly amount: ArrayLike<number>;
  /** Order id per row, optional: several rows of one order then count as one order. */
  readonly order?: readonly string[] | undefined;
}

/**
 * What to do with refunds (negative amounts). A refund is never an order and never sets a recency or
 * the default analysis date.
 * - `net` (default): deducted from the customer's monetary value; a customer whose rows are all
 *   refunds stays in the table with frequency 0 (no purchase: no recency, no scores, no segment).
 * - `drop`: refund rows are deleted before anything else: the result is exactly that of the same
 *   transactions without their refund rows (a refund-only customer is not in the table).
 */
export type RefundPolicy = 'net' | 'drop';

/** Options of {@link aggregateTransactions}. */
export interface AggregateOptions {
  /** Analysis date (day number); default: the day after the last purchase in the data. */
  readonly asOf?: DayNumber | undefined;
  /** Refund handling, default `net`. */
  readonly refunds?: RefundPolicy | undefined;
}

/**
 * One entry per customer, in order of first appearance in the transactions (with `drop`, of first
 * appearance among the purchase rows). A customer without any purchase has frequency 0: their
 * recency, first and last days mean nothing (0) and must be shown empty.
 */
export interface CustomerTable {
  readonly customers: string[];
  /** Day of the first order (0 when the customer has no order, only refunds). */
  readonly firstDay: Int32Array;
  /** Day of the last order (0 when the customer has no order, only refunds). */
  readonly lastDay: Int32Array;
  /** asOf − lastDay, in days (0 for a purchase on the analysis date; 0 without any purchase). */
  readonly recencyDays: Int32Array;
  /** Number of orders: distinct order ids when given, else rows; refund rows are not orders. */
  readonly frequency: Int32Array;
  /** Sum of amounts, refunds netted (policy `net`) or ignored (`drop`). */
  readonly monetary: Float64Array;
  /** The analysis date used. */
  readonly asOf: DayNumber;
  /**
   * Customers with at least one purchase whose monetary value is ≤ 0 (free orders, or refunds at least
   * equal to the purchases): kept in the table and scored, counted here so that a report can say so.
   */
  readonly nonPositiveCustomers: number;
  /** Customers with refunds but no purchase (policy `net` only): frequency 0, no scores, no segment. */
  readonly customersWithoutPurchase: number;
}

/**
 * Transactions whose ids are already numbered, the form a file reader builds without a string per row
 * (see `IdTable` in src/io/ids.ts): a customer code per row indexing `customers`, an order code per row.
 */
export interface CodedTransactions {
  /** Customer ids by code; the table lists customers in this order. Every code must have a row. */
  readonly customers: readonly string[];
  /** Customer code of each row, an index into `customers`. */
  readonly customerCode: ArrayLike<number>;
  /** Day number of each row, as in {@link TransactionColumns}. */
  readonly day: ArrayLike<number>;
  /** Amount of each row, as in {@link TransactionColumns}. */
  readonly amount: ArrayLike<number>;
  /**
   * Order code of each row, optional: a whole number from 0 to the number of rows − 1 (the same code =
   * the same order id), or −1 for a row without an order id, an order of its own.
   */
  readonly orderCode?: ArrayLike<number> | undefined;
}

function lengthMismatch(name: string, expected: number, actual: number): SheetError {
  return valueError(customersLengthMismatch(name, expected, actual));
}

function rowError(row: number, problem: LocalizedText): SheetError {
  return valueError(rowProblem(row, problem));
}

function invalidDate(row: number, id: string): SheetError {
  return rowError(row, invalidDateForCustomer(id));
}

function invalidAmount(row: number, id: string): SheetError {
  return rowError(row, invalidAmountForCustomer(id));
}

/**
 * Aggregates transactions per customer (recency, frequency, monetary). Customer and order ids are
 * numbered in one pass (a repeat of the previous row's id skips the lookup), then counted by
 * {@link aggregateCodedTransactions}, so a million rows take a fraction of a second.
 *
 * Conventions: a row with an amount ≥ 0 is an order (a free order, amount 0, still counts); a negative
 * amount is a refund, never an order. With order ids, an order counts once per customer however many
 * rows it has; a row with an empty order id counts as an order of its own. Recency is measured from the
 * last order; the default analysis date is the day after the last order of the data. The analysis date
 * may not be before the last order in the data (#NUM!): filter the data instead, so that no recency is
 * negative. Refunds play no part in dates: with `net` they are netted whatever their date. Amounts are summed with a compensated sum and the total is
 * rounded to 15 significant digits (what a spreadsheet shows), so that a total of amounts in cents is
 * the decimal total (162.21, not 162.20999999999998): customers showing the same total get the same
 * score, and one whose total equals a cut point gets the score above it, as in exact arithmetic.
 *
 * @param tx - the transaction columns, all of the same length
 * @param options - analysis date and refund policy, see {@link AggregateOptions}
 * @returns the customer table, or #VALUE! (columns of different lengths, no rows, an empty customer, a
 *   date or amount that is not a finite number), #NUM! (analysis date before the last date)
 * @example
 * aggregateTransactions({ customer: ['a', 'b', 'a'], day: [10, 12, 15], amount: [20, 5, -4] })
 * // { customers: ['a', 'b'], lastDay: [10, 12], recencyDays: [3, 1], frequency: [1, 1],
 * //   monetary: [16, 5], asOf: 13, nonPositiveCustomers: 0, customersWithoutPurchase: 0, … }
 */
export function aggregateTransactions(tx: TransactionColumns, options: AggregateOptions = {}): CustomerTable | SheetError {
  const { customer, day, amount, order } = tx;
  const rows = customer.length;
  if (day.length !== rows) return lengthMismatch('dates', rows, day.length);
  if (amount.length !== rows) return lengthMismatch('amounts', rows, amount.length);
  if (order !== undefined && order.length !== rows) return lengthMismatch('orders', rows, order.length);

  const customerIndex = new Map<string, number>();
  const customers: string[] = [];
  const customerCode = new Int32Array(rows);
  const orderIndex = new Map<string, number>();
  const orderCode = order === undefined ? undefined : new Int32Array(rows);
  // Rows of one order or one customer often follow each other: skip the map lookup for a repeat.
  let previousId = '';
  let previousCode = -1;
  let previousOrder = '';
  let previousOrderCode = -1;
  for (let i = 0; i < rows; i++) {
    const id = customer[i];
    if (typeof id !== 'string' || id === '') return rowError(i + 1, emptyCustomer);
    if (!Number.isFinite(day[i])) return invalidDate(i + 1, id);
    if (!Number.isFinite(amount[i])) return invalidAmount(i + 1, id);
    let c = id === previousId ? previousCode : customerIndex.get(id);
    if (c === undefined) {
      c = customers.length;
      customerIndex.set(id, c);
      customers.push(id);
    }
    previousId = id;
    previousCode = c;
    customerCode[i] = c;
    if (orderCode !== undefined) {
      const orderId = order?.[i] ?? '';
      let o = orderId === '' ? -1 : orderId === previousOrder ? previousOrderCode : orderIndex.get(orderId);
      if (o === undefined) {
        o = orderIndex.size;
        orderIndex.set(orderId, o);
      }
      previousOrder = orderId;
      previousOrderCode = o;
      orderCode[i] = o;
    }
  }
  // The codes numbered here are in range and every day and amount was checked above: the checks of
  // aggregateCodedTransactions would pass, so they are not made again (nor bundled where only this
  // function is used, as in Excel's functions.js).
  const accumulator = startAccumulator(customers.length, rows, orderCode, options);
  if (!(accumulator instanceof TransactionAccumulator)) return accumulator;
  for (let i = 0; i < rows; i++) accumulator.add(customerCode[i] ?? 0, Math.floor(day[i] ?? 0), amount[i] ?? 0, orderCode?.[i] ?? -1);
  return accumulator.table(customers, options);
}

/**
 * The accumulator for `rows` coded rows under the refund policy of `options`, or the error that
 * comes before any row is read: no rows, an unknown policy.
 */
function startAccumulator(customers: number, rows: number, orderCode: ArrayLike<number> | undefined, options: AggregateOptions): TransactionAccumulator | SheetError {
  if (rows === 0) return valueError(noTransaction);
  // Widened on purpose: the policy may come from a cell or a command line, not only from typed code.
  const refunds: string = options.refunds ?? 'net';
  if (refunds !== 'net' && refunds !== 'drop') {
    return valueError(refundsPolicy(refunds));
  }
  return new TransactionAccumulator(refunds === 'net', customers, orderCode === undefined ? undefined : rows);
}

/**
 * Aggregates transactions whose ids are numbered (see {@link CodedTransactions}), with the conventions
 * of {@link aggregateTransactions}: the same table, with no string handled per row.
 *
 * @param tx - the coded columns, all of the same length
 * @param options - analysis date and refund policy, see {@link AggregateOptions}
 * @returns the customer table, or #VALUE! (columns of different lengths, no rows, no purchase at all,
 *   a customer or order code out of range, a customer without rows, a date or amount that is not a
 *   finite number), #NUM! (analysis date before the last order, a total beyond spreadsheet limits)
 * @example
 * aggregateCodedTransactions({ customers: ['a', 'b'], customerCode: [0, 1, 0], day: [10, 12, 15], amount: [20, 5, -4] })
 * // the same table as the example of aggregateTransactions
 */
export function aggregateCodedTransactions(tx: CodedTransactions, options: AggregateOptions = {}): CustomerTable | SheetError {
  const { customers, customerCode, day, amount, orderCode } = tx;
  const rows = customerCode.length;
  if (day.length !== rows) return lengthMismatch('dates', rows, day.length);
  if (amount.length !== rows) return lengthMismatch('amounts', rows, amount.length);
  if (orderCode !== undefined && orderCode.length !== rows) return lengthMismatch('orders', rows, orderCode.length);
  const accumulator = startAccumulator(customers.length, rows, orderCode, options);
  if (!(accumulator instanceof TransactionAccumulator)) return accumulator;
  const count = customers.length;
  for (let i = 0; i < rows; i++) {
    const c = customerCode[i] ?? -1;
    if (!(c >= 0 && c < count && Number.isInteger(c))) {
      return rowError(i + 1, customerCodeOutside(c, count));
    }
    const rawDay = day[i] ?? Number.NaN;
    const value = amount[i] ?? Number.NaN;
    if (!Number.isFinite(rawDay)) return invalidDate(i + 1, customers[c] ?? '');
    if (!Number.isFinite(value)) return invalidAmount(i + 1, customers[c] ?? '');
    const o = orderCode === undefined ? -1 : (orderCode[i] ?? -1);
    if (value >= 0 && o !== -1 && !(o >= 0 && o < rows && Number.isInteger(o))) {
      return rowError(i + 1, orderCodeOutside(o, rows - 1));
    }
    accumulator.add(c, Math.floor(rawDay), value, o);
  }
  return accumulator.table(customers, options);
}

/**
 * The running totals of {@link aggregateCodedTransactions}, row by row: what a file read in parts
 * keeps instead of its rows (a few numbers per customer, and the owner of each order id).
 */
export class TransactionAccumulator {
  private count: number;
  /** Order days in pairs (first, last), so that one row touches one cache line. */
  private orderDays: Int32Array;
  private refundSeen: Uint8Array;
  /** Row of each customer's first purchase: with `drop`, the table's order is that of the purchase rows. */
  private firstPurchaseRow: Int32Array;
  private frequency: Int32Array;
  private monetary: Float64Array;
  /** Neumaier's compensation of each running total: the low-order part each addition lost. */
  private compensation: Float64Array;
  /**
   * Order code → the customer who placed it (−1: not seen), when orders are counted by id; an order
   * shared by several customers (ids reused across shops) falls back to a set of (customer, order) pairs.
   */
  private orderOwner: Int32Array | undefined;
  private readonly sharedOrders = new Set<string>();
  /**
   * With order codes given by runs (`runs`), each customer's last order code instead of an owner per
   * order: a code never comes back once another one was given, so a customer placed the current order
   * already exactly when it is their last one.
   */
  private lastOrder: Int32Array | undefined;
  private latest = -Infinity;
  private rows = 0;

  /**
   * @param netRefunds - refunds deducted from monetary (`net`), else ignored (`drop`)
   * @param customers - how many customers to expect (the arrays grow past it)
   * @param orders - how many order codes to expect when rows carry order codes; undefined: every
   *   purchase row is an order; `runs`: order codes that never come back once another code was given
   *   (the codes of `OrderRuns` in src/io/ids.ts), counted without keeping a record per order
   */
  constructor(
    private readonly netRefunds: boolean,
    customers: number,
    orders: number | 'runs' | undefined,
  ) {
    this.count = Math.max(16, customers);
    this.orderDays = new Int32Array(2 * this.count);
    this.refundSeen = new Uint8Array(this.count);
    this.firstPurchaseRow = new Int32Array(this.count).fill(-1);
    this.frequency = new Int32Array(this.count);
    this.monetary = new Float64Array(this.count);
    this.compensation = new Float64Array(this.count);
    this.orderOwner = orders === undefined || orders === 'runs' ? undefined : new Int32Array(Math.max(16, orders)).fill(-1);
    this.lastOrder = orders === 'runs' ? new Int32Array(this.count).fill(-1) : undefined;
  }

  /**
   * Takes one row into account.
   * @param c - the customer's code (0, 1, 2 … in order of first appearance)
   * @param today - the row's day number (whole)
   * @param value - its amount, finite; negative for a refund
   * @param o - its order code (0, 1, 2 …), or −1 for a row that is an order of its own
   */
  add(c: number, today: number, value: number, o: number): void {
    const i = this.rows++;
    if (c >= this.count) this.grow(c);
    if (value < 0) {
      if (this.netRefunds) addCompensated(this.monetary, this.compensation, c, value);
      this.refundSeen[c] = 1;
      return;
    }
    if (today > this.latest) this.latest = today;
    addCompensated(this.monetary, this.compensation, c, value);
    const { frequency, orderDays } = this;
    const orders = frequency[c] ?? 0;
    if (orders === 0) {
      this.firstPurchaseRow[c] = i;
      orderDays[2 * c] = today;
      orderDays[2 * c + 1] = today;
    } else {
      if (today < (orderDays[2 * c] ?? today)) orderDays[2 * c] = today;
      if (today > (orderDays[2 * c + 1] ?? today)) orderDays[2 * c + 1] = today;
    }
    const { lastOrder } = this;
    if (lastOrder !== undefined && o !== -1) {
      if (lastOrder[c] !== o) {
        lastOrder[c] = o;
        frequency[c] = orders + 1;
      }
      return;
    }
    let owners = this.orderOwner;
    if (owners === undefined || o === -1) {
      frequency[c] = orders + 1;
      return;
    }
    if (o >= owners.length) {
      const bigger = new Int32Array(Math.max(2 * owners.length, o + 1)).fill(-1);
      bigger.set(owners);
      this.orderOwner = owners = bigger;
    }
    const owner = owners[o] ?? -1;
    if (owner === -1) {
      owners[o] = c;
      frequency[c] = orders + 1;
    } else if (owner !== c) {
      // Rare: the same order id under two customers. Count it for each customer once.
      const pair = `${c},${o}`;
      if (!this.sharedOrders.has(pair)) {
        this.sharedOrders.add(pair);
        frequency[c] = orders + 1;
      }
    }
  }

  /**
   * The customer table of the rows added, as {@link aggregateCodedTransactions} makes it.
   * @param customers - customer ids by code: one per code given to {@link TransactionAccumulator.add}
   * @param options - the analysis date (the refund policy is the accumulator's)
   */
  table(customers: readonly string[], options: AggregateOptions = {}): CustomerTable | SheetError {
    if (this.rows === 0) return valueError(noTransaction);
    const count = customers.length;
    if (count > this.count) this.grow(count - 1);
    const { frequency, refundSeen, monetary, compensation, orderDays, firstPurchaseRow, netRefunds, latest } = this;
    for (let c = 0; c < count; c++) {
      if ((frequency[c] ?? 0) === 0 && refundSeen[c] === 0) {
        return valueError(customerWithoutRow(customers[c] ?? '', c));
      }
    }
    if (latest === -Infinity) {
      return valueError(noPurchaseToAnalyse);
    }
    const asOf = options.asOf === undefined ? latest + 1 : options.asOf;
    if (!Number.isFinite(asOf)) return valueError(invalidAnalysisDate);
    const analysisDay = Math.floor(asOf);
    if (analysisDay < latest) {
      return numberError(analysisDateBeforeLastPurchase(isoFromDay(analysisDay), isoFromDay(latest)));
    }

    // The customers of the table: all of them with `net`; with `drop`, those with a purchase, in the
    // order of their first purchase row — the order the same data without refund rows would give.
    let listed: number[] = [];
    for (let c = 0; c < count; c++) if (netRefunds || (frequency[c] ?? 0) > 0) listed.push(c);
    if (!netRefunds) listed = listed.sort((p, q) => (firstPurchaseRow[p] ?? 0) - (firstPurchaseRow[q] ?? 0));

    const size = listed.length;
    const firstDay = new Int32Array(size);
    const lastDay = new Int32Array(size);
    const recencyDays = new Int32Array(size);
    const frequencyOut = new Int32Array(size);
    const monetaryOut = new Float64Array(size);
    const customersOut: string[] = new Array<string>(size);
    let nonPositiveCustomers = 0;
    let customersWithoutPurchase = 0;
    for (const [k, c] of listed.entries()) {
      customersOut[k] = customers[c] ?? '';
      const orders = frequency[c] ?? 0;
      frequencyOut[k] = orders;
      const total = (monetary[c] ?? 0) + (compensation[c] ?? 0);
      if (!Number.isFinite(total)) {
        return numberError(customerTotalOutsideLimits(customers[c] ?? ''));
      }
      const rounded = toSpreadsheetPrecision(total);
      monetaryOut[k] = rounded;
      if (orders === 0) {
        customersWithoutPurchase++;
        continue;
      }
      const last = orderDays[2 * c + 1] ?? 0;
      firstDay[k] = orderDays[2 * c] ?? 0;
      lastDay[k] = last;
      recencyDays[k] = analysisDay - last;
      if (rounded <= 0) nonPositiveCustomers++;
    }
    return {
      customers: customersOut,
      firstDay,
      lastDay,
      recencyDays,
      frequency: frequencyOut,
      monetary: monetaryOut,
      asOf: analysisDay,
      nonPositiveCustomers,
      customersWithoutPurchase,
    };
  }

  /** Makes room for customer code `c`. */
  private grow(c: number): void {
    const size = Math.max(2 * this.count, c + 1);
    const widen = <T extends Int32Array | Uint8Array | Float64Array>(array: T, bigger: T): T => {
      bigger.set(array);
      return bigger;
    };
    this.orderDays = widen(this.orderDays, new Int32Array(2 * size));
    this.refundSeen = widen(this.refundSeen, new Uint8Array(size));
    this.firstPurchaseRow = widen(this.firstPurchaseRow, new Int32Array(size).fill(-1));
    this.frequency = widen(this.frequency, new Int32Array(size));
    this.monetary = widen(this.monetary, new Float64Array(size));
    this.compensation = widen(this.compensation, new Float64Array(size));
    if (this.lastOrder !== undefined) this.lastOrder = widen(this.lastOrder, new Int32Array(size).fill(-1));
    this.count = size;
  }
}

/**
 * Adds `value` to `sums[k]` by Neumaier's compensated summation: the part of each addition that does
 * not fit in the sum is kept in `lost[k]`, and sum + lost is the total rounded about once.
 */
export function addCompensated(sums: Float64Array, lost: Float64Array, k: number, value: number): void {
  const sum = sums[k] ?? 0;
  const next = sum + value;
  lost[k] = (lost[k] ?? 0) + (Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum);
  sums[k] = next;
}
