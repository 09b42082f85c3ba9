/**
 * From transaction rows to one row per customer: first and last purchase day, recency, frequency and
 * monetary value — the raw measures that RFM scoring then cuts into scores.
 */
import { numberError, valueError, type SheetError } from '../../cells/errors.js';
import { isoFromDay, type DayNumber } from '../../cells/dates.js';

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
 * What to do with refunds (negative amounts).
 * - `net` (default): deducted from the customer's monetary value.
 * - `drop`: ignored in the monetary value.
 * In both cases a refund is not an order, and a customer whose rows are all refunds stays in the table
 * with frequency 0.
 */
export type RefundPolicy = 'net' | 'drop';

/** Options of {@link aggregateTransactions}. */
export interface AggregateOptions {
  /** Analysis date (day number); default: the day after the last date in the data. */
  readonly asOf?: DayNumber | undefined;
  /** Refund handling, default `net`. */
  readonly refunds?: RefundPolicy | undefined;
}

/** One entry per customer, in order of first appearance in the transactions. */
export interface CustomerTable {
  readonly customers: string[];
  /** Day of the first order (of the first row when the customer has no order, only refunds). */
  readonly firstDay: Int32Array;
  /** Day of the last order (of the last row when the customer has no order, only refunds). */
  readonly lastDay: Int32Array;
  /** asOf − lastDay, in days (0 for a purchase on the analysis date). */
  readonly recencyDays: Int32Array;
  /** Number of orders: distinct order ids when given, else rows; refund rows are not orders. */
  readonly frequency: Int32Array;
  /** Sum of amounts, refunds netted (policy `net`) or ignored (`drop`). */
  readonly monetary: Float64Array;
  /** The analysis date used. */
  readonly asOf: DayNumber;
  /** Customers whose monetary value is ≤ 0: kept in the table, counted here so that a report can say so. */
  readonly nonPositiveCustomers: number;
}

function lengthMismatch(name: string, expected: number, actual: number): SheetError {
  return valueError(
    `customers et ${name} doivent avoir le même nombre de lignes : ${expected} contre ${actual}`,
    `customers and ${name} must have the same number of rows: ${expected} vs ${actual}`,
  );
}

function rowProblem(row: number, fr: string, en: string): SheetError {
  return valueError(`Ligne ${row} : ${fr}`, `Row ${row}: ${en}`);
}

/**
 * Aggregates transactions per customer (recency, frequency, monetary). One pass over the rows with a
 * map from customer id to index and typed arrays, so a million rows take a fraction of a second.
 *
 * Conventions: a row with an amount ≥ 0 is an order (a free order, amount 0, still counts); a negative
 * amount is a refund, never an order. With order ids, an order counts once per customer however many
 * rows it has; a row with an empty order id counts as an order of its own. Recency is measured from the
 * last order. The analysis date may not be before the last date in the data (#NUM!): filter the data
 * instead, so that no recency is negative.
 *
 * @param tx - the transaction columns, all of the same length
 * @param options - analysis date and refund policy, see {@link AggregateOptions}
 * @returns the customer table, or #VALUE! (columns of different lengths, no rows, an empty customer, a
 *   date or amount that is not a finite number), #NUM! (analysis date before the last date)
 * @example
 * aggregateTransactions({ customer: ['a', 'b', 'a'], day: [10, 12, 15], amount: [20, 5, -4] })
 * // { customers: ['a', 'b'], lastDay: [10, 12], recencyDays: [6, 4], frequency: [1, 1],
 * //   monetary: [16, 5], asOf: 16, nonPositiveCustomers: 0, … }
 */
export function aggregateTransactions(tx: TransactionColumns, options: AggregateOptions = {}): CustomerTable | SheetError {
  const { customer, day, amount, order } = tx;
  const rows = customer.length;
  if (day.length !== rows) return lengthMismatch('dates', rows, day.length);
  if (amount.length !== rows) return lengthMismatch('amounts', rows, amount.length);
  if (order !== undefined && order.length !== rows) return lengthMismatch('orders', rows, order.length);
  if (rows === 0) return valueError('Aucune transaction à analyser', 'No transaction to analyse');
  // Widened on purpose: the policy may come from a cell or a command line, not only from typed code.
  const refunds: string = options.refunds ?? 'net';
  if (refunds !== 'net' && refunds !== 'drop') {
    return valueError(`refunds : "net" ou "drop" attendu (reçu "${refunds}")`, `refunds: "net" or "drop" expected (got "${refunds}")`);
  }
  const netRefunds = refunds === 'net';

  const indexOf = new Map<string, number>();
  const customers: string[] = [];
  // Sized for the worst case (every row a new customer), trimmed at the end. Order days are kept in
  // pairs (first, last) so that one row touches one cache line; refund days only matter for a
  // customer without any order, and are tracked on refund rows only.
  const orderDays = new Int32Array(2 * rows);
  const refundDays = new Int32Array(2 * rows);
  const refundSeen = new Uint8Array(rows);
  const frequency = new Int32Array(rows);
  const monetary = new Float64Array(rows);
  // Order id → the customer who placed it; an id shared by several customers falls back to a pair key.
  const orderOwner = new Map<string, number>();
  const sharedOrders = new Set<string>();
  let count = 0;
  let latest = -Infinity;
  // Rows of one order or one customer often follow each other: skip the map lookup for a repeat.
  let previousId = '';
  let previousIndex = -1;

  for (let i = 0; i < rows; i++) {
    const id = customer[i];
    const rawDay = day[i] ?? Number.NaN;
    const value = amount[i] ?? Number.NaN;
    if (typeof id !== 'string' || id === '') return rowProblem(i + 1, 'client vide', 'empty customer');
    if (!Number.isFinite(rawDay)) return rowProblem(i + 1, `date invalide pour le client ${id}`, `invalid date for customer ${id}`);
    if (!Number.isFinite(value)) return rowProblem(i + 1, `montant invalide pour le client ${id}`, `invalid amount for customer ${id}`);
    const today = Math.floor(rawDay);
    if (today > latest) latest = today;

    let c = id === previousId ? previousIndex : indexOf.get(id);
    if (c === undefined) {
      c = count++;
      indexOf.set(id, c);
      customers.push(id);
    }
    previousId = id;
    previousIndex = c;

    if (value < 0) {
      if (netRefunds) monetary[c] = (monetary[c] ?? 0) + value;
      if (refundSeen[c] === 0) {
        refundSeen[c] = 1;
        refundDays[2 * c] = today;
        refundDays[2 * c + 1] = today;
      } else {
        if (today < (refundDays[2 * c] ?? today)) refundDays[2 * c] = today;
        if (today > (refundDays[2 * c + 1] ?? today)) refundDays[2 * c + 1] = today;
      }
      continue;
    }
    monetary[c] = (monetary[c] ?? 0) + value;
    const orders = frequency[c] ?? 0;
    if (orders === 0) {
      orderDays[2 * c] = today;
      orderDays[2 * c + 1] = today;
    } else {
      if (today < (orderDays[2 * c] ?? today)) orderDays[2 * c] = today;
      if (today > (orderDays[2 * c + 1] ?? today)) orderDays[2 * c + 1] = today;
    }
    if (order === undefined || isNewOrder(order[i], c, orderOwner, sharedOrders)) frequency[c] = orders + 1;
  }

  const asOf = options.asOf === undefined ? latest + 1 : options.asOf;
  if (!Number.isFinite(asOf)) return valueError("as_of : date d'analyse invalide", 'as_of: invalid analysis date');
  const analysisDay = Math.floor(asOf);
  if (analysisDay < latest) {
    return numberError(
      `La date d'analyse (${isoFromDay(analysisDay)}) précède la dernière date des données (${isoFromDay(latest)}) : filtrez les transactions postérieures ou choisissez une date plus tardive`,
      `The analysis date (${isoFromDay(analysisDay)}) is before the last date in the data (${isoFromDay(latest)}): filter out the later transactions or choose a later date`,
    );
  }

  const firstDay = new Int32Array(count);
  const lastDay = new Int32Array(count);
  const recencyDays = new Int32Array(count);
  let nonPositiveCustomers = 0;
  for (let c = 0; c < count; c++) {
    const days = (frequency[c] ?? 0) > 0 ? orderDays : refundDays;
    const last = days[2 * c + 1] ?? 0;
    firstDay[c] = days[2 * c] ?? 0;
    lastDay[c] = last;
    recencyDays[c] = analysisDay - last;
    const total = monetary[c] ?? 0;
    if (!Number.isFinite(total)) {
      return numberError(
        `Montant total du client ${customers[c] ?? ''} hors des limites du tableur`,
        `Total amount of customer ${customers[c] ?? ''} outside spreadsheet limits`,
      );
    }
    if (total <= 0) nonPositiveCustomers++;
  }
  return {
    customers,
    firstDay,
    lastDay,
    recencyDays,
    frequency: frequency.slice(0, count),
    monetary: monetary.slice(0, count),
    asOf: analysisDay,
    nonPositiveCustomers,
  };
}

/** True when this order row starts a new order of customer `c` (always true without an order id). */
function isNewOrder(orderId: string | undefined, c: number, orderOwner: Map<string, number>, sharedOrders: Set<string>): boolean {
  if (orderId === undefined || orderId === '') return true;
  const owner = orderOwner.get(orderId);
  if (owner === undefined) {
    orderOwner.set(orderId, c);
    return true;
  }
  if (owner === c) return false;
  // Rare: the same order id under two customers (ids reused across shops). Count it for each customer once.
  const pair = `${String(c)}\u0000${orderId}`;
  if (sharedOrders.has(pair)) return false;
  sharedOrders.add(pair);
  return true;
}
