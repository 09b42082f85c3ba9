/**
 * From the records of a CSV export to what the kernels take: transaction columns for RFM (customer,
 * day, amount, order) and one total per item for ABC. Rows without a customer (or item) id are skipped
 * and reported; any other unreadable field stops the reading with the line and column at fault.
 *
 * Each row is read from the file's text directly when its fields are plain (unquoted, all present), the
 * common case; otherwise through the record-level readers of `columns.ts`, which also write the
 * messages. Both ways give the same values.
 */
import { isSheetError, type SheetError } from '../cells/errors.js';
import type { TransactionColumns } from '../metrics/rfm/aggregate.js';
import { dayOf, lineOf, trimmedFieldOf, valueOf, type DataTable, type ValueSource } from './columns.js';
import { createDayReader, createIdReader, numberFromRange } from './fields.js';

/** The columns of a transaction export (0-based indexes, see `resolveColumn`). */
export interface TransactionFields {
  readonly customer: number;
  readonly date: number;
  /** The amount column, or quantity × unit price. */
  readonly value: ValueSource;
  /** The order id column: several rows of one order then count as one order. */
  readonly order?: number | undefined;
}

/** Transactions read from a file, and what was skipped. */
export interface TransactionsRead {
  readonly transactions: TransactionColumns;
  /** Line numbers of the rows skipped because their customer id is empty, in file order. */
  readonly emptyCustomerLines: readonly number[];
}

/** The columns a value source reads. */
function valueColumns(source: ValueSource): number[] {
  return source.kind === 'amount' ? [source.column] : [source.quantity, source.price];
}

/** True when a record lacks one of `columns` or has one of them quoted: it takes the general way. */
function needsGeneralReading(table: DataTable, record: number, columns: readonly number[], widest: number): boolean {
  const { firstField, quoted } = table.csv;
  const base = firstField[record] ?? 0;
  if ((firstField[record + 1] ?? 0) - base <= widest) return true;
  for (const column of columns) if (quoted[base + column] === 1) return true;
  return false;
}

/** The value of a plain record read from the text, or null when it is not a plain number (or product). */
function plainValue(table: DataTable, base: number, source: ValueSource): number | null {
  const { text, fieldStart, fieldEnd } = table.csv;
  if (source.kind === 'amount') {
    const i = base + source.column;
    return numberFromRange(text, fieldStart[i] ?? 0, fieldEnd[i] ?? 0);
  }
  const q = base + source.quantity;
  const p = base + source.price;
  const quantity = numberFromRange(text, fieldStart[q] ?? 0, fieldEnd[q] ?? 0);
  const price = numberFromRange(text, fieldStart[p] ?? 0, fieldEnd[p] ?? 0);
  if (quantity === null || price === null) return null;
  const value = quantity * price;
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads the transactions of a CSV export into columns. Customer and order ids are trimmed; a row whose
 * customer id is empty is skipped (its line is reported); dates are read by `createDayReader` (ISO,
 * 31/12/2024, 20241231) and amounts by `numberFromRange` (1234.5, "1 234,50").
 *
 * @param table - the records and their header, see `dataTable`
 * @param fields - which column holds what, see {@link TransactionFields}
 * @returns the transaction columns (customer, day number, amount, order id) and the skipped lines, or
 *   #VALUE! naming the line and column of the first missing, empty or unreadable date or amount
 * @example
 * // client;date;montant / A;31/12/2024;1 234,50 / ;01/01/2025;3
 * readTransactions(table, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } })
 * // { transactions: { customer: ['A'], day: [20088], amount: [1234.5] }, emptyCustomerLines: [3] }
 */
export function readTransactions(table: DataTable, fields: TransactionFields): TransactionsRead | SheetError {
  const { text, fieldStart, fieldEnd, firstField, recordCount } = table.csv;
  const size = Math.max(0, recordCount - table.start);
  const customer: string[] = [];
  const day = new Int32Array(size);
  const amount = new Float64Array(size);
  const order: string[] | undefined = fields.order === undefined ? undefined : [];
  const emptyCustomerLines: number[] = [];
  const readDay = createDayReader();
  const readCustomer = createIdReader();
  const readOrder = createIdReader();
  const columns = [fields.customer, fields.date, ...valueColumns(fields.value), ...(fields.order === undefined ? [] : [fields.order])];
  const widest = Math.max(...columns);
  let count = 0;

  for (let r = table.start; r < recordCount; r++) {
    let customerId: string;
    let dayNumber: number | null;
    let value: number | null;
    let orderId: string | null = '';
    if (needsGeneralReading(table, r, columns, widest)) {
      const id = trimmedFieldOf(table, r, fields.customer);
      if (isSheetError(id)) return id;
      if (id === '') {
        emptyCustomerLines.push(lineOf(table, r));
        continue;
      }
      customerId = id;
      dayNumber = null;
      value = null;
      orderId = null;
    } else {
      const base = firstField[r] ?? 0;
      const c = base + fields.customer;
      customerId = readCustomer(text, fieldStart[c] ?? 0, fieldEnd[c] ?? 0);
      if (customerId === '') {
        emptyCustomerLines.push(lineOf(table, r));
        continue;
      }
      const d = base + fields.date;
      dayNumber = readDay(text, fieldStart[d] ?? 0, fieldEnd[d] ?? 0);
      value = plainValue(table, base, fields.value);
      if (fields.order !== undefined) {
        const o = base + fields.order;
        orderId = readOrder(text, fieldStart[o] ?? 0, fieldEnd[o] ?? 0);
      }
    }
    // Not read above (general way, or not plain): the record-level readers give the value or the message.
    if (dayNumber === null) {
      const read = dayOf(table, r, fields.date, readDay);
      if (isSheetError(read)) return read;
      dayNumber = read;
    }
    if (value === null) {
      const read = valueOf(table, r, fields.value);
      if (isSheetError(read)) return read;
      value = read;
    }
    if (orderId === null && fields.order !== undefined) {
      const read = trimmedFieldOf(table, r, fields.order);
      if (isSheetError(read)) return read;
      orderId = read;
    }
    customer.push(customerId);
    order?.push(orderId ?? '');
    day[count] = dayNumber;
    amount[count] = value;
    count++;
  }
  const transactions: TransactionColumns = {
    customer,
    day: day.subarray(0, count),
    amount: amount.subarray(0, count),
    order,
  };
  return { transactions, emptyCustomerLines };
}

/** The columns of an export to classify ABC (0-based indexes). */
export interface ItemFields {
  /** The item id column: a product, a customer … */
  readonly item: number;
  /** The value column, or quantity × unit price. */
  readonly value: ValueSource;
}

/** One total per item, in order of first appearance, and what was skipped. */
export interface ItemTotals {
  readonly items: string[];
  readonly values: Float64Array;
  /** Line numbers of the rows skipped because their item id is empty, in file order. */
  readonly emptyItemLines: readonly number[];
}

/**
 * Reads an export and sums the values of each item, so that an export of order lines (one row per
 * product sold) gives one value per product. Item ids are trimmed and compared exactly.
 *
 * @param table - the records and their header, see `dataTable`
 * @param fields - the item column and the value source, see {@link ItemFields}
 * @returns the items and their totals, or #VALUE! naming the line and column of the first missing,
 *   empty or unreadable value
 * @example
 * // product,qty,price / p1,2,10 / p2,1,5 / p1,1,10
 * readItemTotals(table, { item: 0, value: { kind: 'quantityTimesPrice', quantity: 1, price: 2 } })
 * // { items: ['p1', 'p2'], values: [30, 5], emptyItemLines: [] }
 */
export function readItemTotals(table: DataTable, fields: ItemFields): ItemTotals | SheetError {
  const { text, fieldStart, fieldEnd, firstField, recordCount } = table.csv;
  const indexOf = new Map<string, number>();
  const items: string[] = [];
  const totals: number[] = [];
  const emptyItemLines: number[] = [];
  const readItem = createIdReader();
  const columns = [fields.item, ...valueColumns(fields.value)];
  const widest = Math.max(...columns);
  for (let r = table.start; r < recordCount; r++) {
    let item: string;
    let value: number | null = null;
    if (needsGeneralReading(table, r, columns, widest)) {
      const read = trimmedFieldOf(table, r, fields.item);
      if (isSheetError(read)) return read;
      item = read;
    } else {
      const base = firstField[r] ?? 0;
      const i = base + fields.item;
      item = readItem(text, fieldStart[i] ?? 0, fieldEnd[i] ?? 0);
      if (item !== '') value = plainValue(table, base, fields.value);
    }
    if (item === '') {
      emptyItemLines.push(lineOf(table, r));
      continue;
    }
    if (value === null) {
      const read = valueOf(table, r, fields.value);
      if (isSheetError(read)) return read;
      value = read;
    }
    const index = indexOf.get(item);
    if (index === undefined) {
      indexOf.set(item, items.length);
      items.push(item);
      totals.push(value);
    } else {
      totals[index] = (totals[index] ?? 0) + value;
    }
  }
  return { items, values: Float64Array.from(totals), emptyItemLines };
}
