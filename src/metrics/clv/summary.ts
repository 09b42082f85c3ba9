/**
 * From transactions to the per-customer summary the probabilistic models take: x (repeat purchases),
 * t_x (time of the last purchase, from the first), T (time from the first purchase to the end of the
 * calibration period) and the mean value of the repeat purchases — the "RFM summary" of Fader, Hardie
 * and Lee, with time counted in days, weeks or months.
 */
import { numberError, valueError, type SheetError } from '../../cells/errors.js';
import { isoFromDay, type DayNumber } from '../../cells/dates.js';
import type { CodedTransactions, TransactionColumns } from '../rfm/aggregate.js';
import { customerTotalOutsideLimits, emptyCustomer, invalidAmountForCustomer, invalidCalibrationEnd, invalidDateForCustomer, noPurchaseAllRefunds, noPurchaseBeforeCalibrationEnd, noTransaction, rowProblem, timeUnitExpected, transactionLengthsMismatch } from '../../messages/index.js';

/** The unit of x's companions t_x and T (and of horizons). */
export type TimeUnit = 'day' | 'week' | 'month';

/** Days in one time unit; a month is the average Gregorian month, 365.25 ÷ 12 = 30.4375 days. */
export const DAYS_PER_UNIT: Readonly<Record<TimeUnit, number>> = Object.freeze({ day: 1, week: 7, month: 365.25 / 12 });

/** Options of {@link summarizeTransactions}. */
export interface SummaryOptions {
  /** Last day of the calibration period (included); default: the last date in the data. */
  readonly calibrationEnd?: DayNumber | undefined;
  /** Unit of t_x and T, default week. */
  readonly timeUnit?: TimeUnit | undefined;
}

/** One entry per customer whose first purchase falls in the calibration period, in order of first appearance. */
export interface ClvSummary {
  readonly customers: string[];
  /** Repeat purchases: distinct purchase days in the calibration period, minus one. */
  readonly x: Float64Array;
  /** Time from the first to the last purchase day, in the time unit (0 when x = 0). */
  readonly tx: Float64Array;
  /** Time from the first purchase day to the calibration end, in the time unit. */
  readonly T: Float64Array;
  /** Mean value of the repeat purchase days (same-day purchases summed first); 0 when x = 0. */
  readonly meanRepeatValue: Float64Array;
  /** Day of the first purchase. */
  readonly firstDay: Int32Array;
  readonly calibrationEnd: DayNumber;
  readonly timeUnit: TimeUnit;
  /** Customers left out: no purchase up to the calibration end (first purchase later, or only refunds). */
  readonly customersWithoutPurchase: number;
  /** Rows with a negative amount (refunds): not purchases, left out of the summary. */
  readonly refundRows: number;
}

/**
 * Builds the model summary. Conventions, those of the published CDNOW analyses: purchases of one
 * customer on one day are merged into one purchase (their amounts summed); only purchases up to the
 * calibration end (included) count; x = purchase days − 1, t_x = last − first purchase day, T =
 * calibration end − first purchase day, both divided by the days of the time unit; the mean repeat
 * value leaves out the first purchase, as the Gamma-Gamma model requires. A refund row (negative
 * amount) is not a purchase and is left out (and counted).
 *
 * @param tx - the transaction columns (customer, day, amount; the order column is not used)
 * @param options - calibration end and time unit
 * @returns the summary, or #VALUE! (columns of different lengths, no transaction, an empty customer, a
 *   date or amount that is not a finite number, no purchase up to the calibration end)
 * @example
 * summarizeTransactions({ customer: ['a', 'a', 'a'], day: [0, 0, 14], amount: [5, 5, 20] }, { timeUnit: 'week' })
 * // customers ['a'], x [1], tx [2], T [2], meanRepeatValue [20]
 */
export function summarizeTransactions(tx: TransactionColumns, options: SummaryOptions = {}): ClvSummary | SheetError {
  const { customer, day, amount } = tx;
  const rows = customer.length;
  const lengths = lengthProblem(rows, day.length, amount.length);
  if (lengths) return lengths;
  const indexOf = new Map<string, number>();
  const customers: string[] = [];
  const customerCode = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const id = customer[i];
    if (typeof id !== 'string' || id === '') return valueError(rowProblem(i + 1, emptyCustomer));
    let c = indexOf.get(id);
    if (c === undefined) {
      c = customers.length;
      indexOf.set(id, c);
      customers.push(id);
    }
    customerCode[i] = c;
  }
  return summarizeCodedTransactions({ customers, customerCode, day, amount }, options);
}

function lengthProblem(rows: number, days: number, amounts: number): SheetError | null {
  if (days !== rows || amounts !== rows) {
    return valueError(transactionLengthsMismatch(rows, days, amounts));
  }
  return null;
}

/**
 * {@link summarizeTransactions} on transactions whose customer ids are already numbered (what the CSV
 * reader builds, see CodedTransactions): the same conventions and errors; the order codes are not used.
 */
export function summarizeCodedTransactions(tx: CodedTransactions, options: SummaryOptions = {}): ClvSummary | SheetError {
  const { customers, customerCode, day, amount } = tx;
  const rows = customerCode.length;
  const lengths = lengthProblem(rows, day.length, amount.length);
  if (lengths) return lengths;
  if (rows === 0) return valueError(noTransaction);
  // Widened on purpose: the unit may come from a cell or a command line, not only from typed code.
  const unit: string = options.timeUnit ?? 'week';
  if (unit !== 'day' && unit !== 'week' && unit !== 'month') {
    return valueError(timeUnitExpected(unit));
  }
  const timeUnit: TimeUnit = unit;

  const customerOfRow = new Int32Array(rows);
  const dayOfRow = new Int32Array(rows);
  let latest = -Infinity;
  let refundRows = 0;
  for (let i = 0; i < rows; i++) {
    const c = customerCode[i] ?? -1;
    const id = customers[c];
    const rawDay = day[i] ?? Number.NaN;
    const value = amount[i] ?? Number.NaN;
    if (id === undefined || id === '') return valueError(rowProblem(i + 1, emptyCustomer));
    if (!Number.isFinite(rawDay)) return valueError(rowProblem(i + 1, invalidDateForCustomer(id)));
    if (!Number.isFinite(value)) return valueError(rowProblem(i + 1, invalidAmountForCustomer(id)));
    customerOfRow[i] = c;
    dayOfRow[i] = Math.floor(rawDay);
    if (value < 0) refundRows++;
    else if ((dayOfRow[i] ?? 0) > latest) latest = dayOfRow[i] ?? 0;
  }
  if (latest === -Infinity) return valueError(noPurchaseAllRefunds);
  const calibrationEnd = options.calibrationEnd === undefined ? latest : Math.floor(options.calibrationEnd);
  if (!Number.isFinite(calibrationEnd)) return valueError(invalidCalibrationEnd);

  // Purchase rows in the calibration period, sorted by customer then day (ties in file order), so that
  // same-day purchases are adjacent and each customer's days come in order: a counting sort by
  // customer, which keeps the file's order, then each customer's rows by day.
  const count = customers.length;
  const start = new Int32Array(count + 1);
  let kept = 0;
  for (let i = 0; i < rows; i++) {
    if ((amount[i] ?? 0) >= 0 && (dayOfRow[i] ?? 0) <= calibrationEnd) {
      const c = customerOfRow[i] ?? 0;
      start[c + 1] = (start[c + 1] ?? 0) + 1;
      kept++;
    }
  }
  if (kept === 0) {
    return numberError(noPurchaseBeforeCalibrationEnd(isoFromDay(calibrationEnd)));
  }
  for (let c = 0; c < count; c++) start[c + 1] = (start[c + 1] ?? 0) + (start[c] ?? 0);
  const order = new Int32Array(kept);
  const end = start.slice(0, count);
  for (let i = 0; i < rows; i++) {
    if ((amount[i] ?? 0) >= 0 && (dayOfRow[i] ?? 0) <= calibrationEnd) {
      const c = customerOfRow[i] ?? 0;
      order[end[c] ?? 0] = i;
      end[c] = (end[c] ?? 0) + 1;
    }
  }
  for (let c = 0; c < count; c++) sortByDay(order, start[c] ?? 0, start[c + 1] ?? 0, dayOfRow);

  let buyers = 0;
  for (let c = 0; c < count; c++) if ((start[c + 1] ?? 0) > (start[c] ?? 0)) buyers++;
  const unitDays = DAYS_PER_UNIT[timeUnit];
  const out = {
    customers: new Array<string>(buyers),
    x: new Float64Array(buyers),
    tx: new Float64Array(buyers),
    T: new Float64Array(buyers),
    mean: new Float64Array(buyers),
    first: new Int32Array(buyers),
  };
  let b = 0;
  for (let c = 0; c < count; c++) {
    const from = start[c] ?? 0;
    const to = start[c + 1] ?? 0;
    if (from === to) continue;
    // One customer's rows, by day: each day's amounts summed, and added to the repeat total when the
    // day closes unless it is the first day.
    const first = dayOfRow[order[from] ?? 0] ?? 0;
    let day = first;
    let days = 1;
    let dayAmount = 0;
    let total = 0;
    for (let k = from; k < to; k++) {
      const i = order[k] ?? 0;
      const d = dayOfRow[i] ?? 0;
      if (d !== day) {
        if (days > 1) total += dayAmount;
        days++;
        day = d;
        dayAmount = 0;
      }
      dayAmount += amount[i] ?? 0;
    }
    if (days > 1) total += dayAmount;
    if (!Number.isFinite(total)) {
      return numberError(customerTotalOutsideLimits(customers[c] ?? ''));
    }
    const x = days - 1;
    out.customers[b] = customers[c] ?? '';
    out.x[b] = x;
    out.tx[b] = (day - first) / unitDays;
    out.T[b] = (calibrationEnd - first) / unitDays;
    out.mean[b] = x > 0 ? total / x : 0;
    out.first[b] = first;
    b++;
  }
  return {
    customers: out.customers,
    x: out.x,
    tx: out.tx,
    T: out.T,
    meanRepeatValue: out.mean,
    firstDay: out.first,
    calibrationEnd,
    timeUnit,
    customersWithoutPurchase: count - buyers,
    refundRows,
  };
}

/** Sorts order[from, to) by day, rows of one day in the order they had (file order). */
function sortByDay(order: Int32Array, from: number, to: number, dayOfRow: Int32Array): void {
  if (to - from > 1) order.subarray(from, to).sort((p, q) => (dayOfRow[p] ?? 0) - (dayOfRow[q] ?? 0) || p - q);
}
