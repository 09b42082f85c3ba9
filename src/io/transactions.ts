/**
 * From the records of a CSV export to what the kernels take: transaction columns for RFM (customer,
 * day, amount, order) and one total per item for ABC. Rows without a customer (or item) id are skipped
 * and reported; any other unreadable field stops the reading with the line and column at fault.
 *
 * Each row is read from the file's text directly when its fields are plain (unquoted, all present), the
 * common case; otherwise through the record-level readers of `columns.ts`, which also write the
 * messages. Both ways give the same values.
 */
import type { DateOrder } from '../cells/dates.js';
import type { DecimalMark } from '../cells/numbers.js';
import { isSheetError, numberError, type LocalizedText, type SheetError } from '../cells/errors.js';
import { toSpreadsheetPrecision } from '../cells/numbers.js';
import { addCompensated, type CodedTransactions } from '../metrics/rfm/aggregate.js';
import { dateOrderOfColumn, decimalOfColumn, dayOf, type ColumnDecimals, extraFieldsError, lineOf, type ReadingNote, trimmedFieldOf, valueOf, type DataTable, type ValueSource } from './columns.js';
import { createDayReader, numberFromRange, type DayReader } from './fields.js';
import { IdTable, OrderRuns, type OrderCodes } from './ids.js';
import type { PlainLines } from './plain-lines.js';
import { itemTotalOutsideLimits } from '../messages/index.js';

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
  /** Customers and orders numbered in order of first appearance (see `IdTable`). */
  readonly transactions: CodedTransactions;
  /** Line numbers of the rows skipped because their customer id is empty, in file order. */
  readonly emptyCustomerLines: readonly number[];
  /** How ambiguous columns were read (dates day first by default, …), for the user to check. */
  readonly notes: readonly ReadingNote[];
}

/** How to read the columns of an export, where the file itself does not say. */
export interface ReadingOptions {
  /** The order of slashed dates (01/02/2024); default: decided per column, see `dateOrderOfColumn`. */
  readonly dateOrder?: DateOrder | undefined;
  /** The decimal mark of number columns; default: decided per column, see `decimalOfColumn`. */
  readonly decimal?: DecimalMark | undefined;
  /** What the user can do about each kind of decision, appended to its note or error (a command-line option). */
  readonly hints?: { readonly dateOrder?: LocalizedText; readonly decimal?: LocalizedText } | undefined;
}

/** The columns a value source reads. */
function valueColumns(source: ValueSource): number[] {
  return source.kind === 'amount' ? [source.column] : [source.quantity, source.price];
}

/**
 * The decimal mark of each value column (see `decimalOfColumn`), the notes on ambiguous ones, or the
 * error of a column proving both marks.
 */
export function valueDecimals(table: DataTable, source: ValueSource, options: ReadingOptions, notes: ReadingNote[]): ColumnDecimals | SheetError {
  const decimals: Record<number, DecimalMark | undefined> = {};
  for (const column of valueColumns(source)) {
    const decided = decimalOfColumn(table, column, options.decimal, options.hints?.decimal);
    if (isSheetError(decided)) return decided;
    decimals[column] = decided.decimal;
    if (decided.note) notes.push(decided.note);
  }
  return decimals;
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
function plainValue(table: DataTable, base: number, source: ValueSource, decimals: ColumnDecimals): number | null {
  const { text, fieldStart, fieldEnd } = table.csv;
  if (source.kind === 'amount') {
    const i = base + source.column;
    return numberFromRange(text, fieldStart[i] ?? 0, fieldEnd[i] ?? 0, decimals[source.column]);
  }
  const q = base + source.quantity;
  const p = base + source.price;
  const quantity = numberFromRange(text, fieldStart[q] ?? 0, fieldEnd[q] ?? 0, decimals[source.quantity]);
  const price = numberFromRange(text, fieldStart[p] ?? 0, fieldEnd[p] ?? 0, decimals[source.price]);
  if (quantity === null || price === null) return null;
  const value = quantity * price;
  return Number.isFinite(value) ? value : null;
}

/** Where the rows of a transaction export go once read: coded columns, or running totals. */
export interface TransactionSink {
  /**
   * @param customer - the customer's code in {@link TransactionRows.customers}
   * @param day - the day number
   * @param amount - the value, finite
   * @param order - the order's code in {@link TransactionRows.orders}, −1 without an order column
   */
  add(customer: number, day: number, amount: number, order: number): void;
}

/**
 * Reads the rows of a transaction export, record after record, into a {@link TransactionSink}: the
 * whole file at once ({@link readTransactions}) or a file read in parts, whose ids keep their codes
 * from one part to the next.
 */
export class TransactionRows {
  /** Customers and orders numbered in order of first appearance (see `IdTable`). */
  readonly customers: IdTable;
  /** Order ids: numbered in order of first appearance, or by runs (see `OrderRuns`). */
  readonly orders: OrderCodes;
  /** Line numbers of the first rows skipped because their customer id is empty, in file order. */
  readonly emptyCustomerLines: number[] = [];
  /** How many rows were skipped so. */
  emptyCustomers = 0;
  private readonly columns: number[];
  private readonly widest: number;

  /**
   * @param fields - which column holds what
   * @param readDay - the date reader of the date column
   * @param decimals - the decimal mark of each value column
   * @param expectedRows - about how many rows to expect (sizes the id tables)
   * @param lineLimit - how many skipped lines to list (all by default)
   * @param orderRuns - number the order ids by runs, keeping none of them (see `OrderRuns`): the
   *   codes are right only while `orders.sorted` stays true
   */
  constructor(
    private readonly fields: TransactionFields,
    public readDay: DayReader,
    public decimals: ColumnDecimals,
    expectedRows: number,
    private readonly lineLimit = Infinity,
    orderRuns = false,
  ) {
    // Sized for a typical export (a customer per 8 rows, an order per 2 rows); they grow when needed.
    this.customers = new IdTable(expectedRows / 8, true);
    this.orders = orderRuns ? new OrderRuns() : new IdTable(fields.order === undefined ? 0 : expectedRows / 2);
    this.columns = [fields.customer, fields.date, ...valueColumns(fields.value), ...(fields.order === undefined ? [] : [fields.order])];
    this.widest = Math.max(...this.columns);
  }

  /**
   * Reads the records `from` … last of a table into `sink`.
   * @returns null, or #VALUE! naming the line and column of the first missing, empty or unreadable
   *   date or amount, or of a record with extra fields (the rows before it were read)
   */
  read(table: DataTable, from: number, sink: TransactionSink): SheetError | null {
    const { fields, customers, orders, readDay, decimals, columns, widest } = this;
    const byRuns = orders instanceof OrderRuns;
    const { text, fieldStart, fieldEnd, firstField, recordCount } = table.csv;
    const width = table.header.length;
    for (let r = from; r < recordCount; r++) {
      if ((firstField[r + 1] ?? 0) - (firstField[r] ?? 0) > width) {
        const split = extraFieldsError(table, r);
        if (split) return split;
      }
      let customerId: number;
      let dayNumber: number | null;
      let value: number | null;
      let orderId: number | null = -1;
      let orderField = -1;
      if (needsGeneralReading(table, r, columns, widest)) {
        const id = trimmedFieldOf(table, r, fields.customer);
        if (isSheetError(id)) return id;
        if (id === '') {
          this.skip(lineOf(table, r));
          continue;
        }
        customerId = customers.codeOf(id);
        dayNumber = null;
        value = null;
        orderId = null;
      } else {
        const base = firstField[r] ?? 0;
        const c = base + fields.customer;
        customerId = customers.codeOfRange(text, fieldStart[c] ?? 0, fieldEnd[c] ?? 0);
        if (customerId < 0) {
          this.skip(lineOf(table, r));
          continue;
        }
        const d = base + fields.date;
        dayNumber = readDay(text, fieldStart[d] ?? 0, fieldEnd[d] ?? 0);
        value = plainValue(table, base, fields.value, decimals);
        orderField = fields.order === undefined ? -1 : base + fields.order;
      }
      // Not read above (general way, or not plain): the record-level readers give the value or the message.
      if (dayNumber === null) {
        const read = dayOf(table, r, fields.date, readDay);
        if (isSheetError(read)) return read;
        dayNumber = read;
      }
      if (value === null) {
        const read = valueOf(table, r, fields.value, decimals);
        if (isSheetError(read)) return read;
        value = read;
      }
      // Order ids counted by runs leave out those of refunds, which are never orders (an export lists
      // a refund under its own id, or under the id of an earlier order).
      const orderCounted = value >= 0 || !byRuns;
      if (orderField >= 0) {
        if (orderCounted) orderId = orders.codeOfRange(text, fieldStart[orderField] ?? 0, fieldEnd[orderField] ?? 0);
      } else if (orderId === null && fields.order !== undefined) {
        const read = trimmedFieldOf(table, r, fields.order);
        if (isSheetError(read)) return read;
        orderId = orderCounted ? orders.codeOf(read) : -1;
      }
      sink.add(customerId, dayNumber, value, orderId ?? -1);
    }
    return null;
  }

  /** Lets go of the text of the records read (see `IdTable.settle`): call it between parts of a file. */
  settle(): void {
    this.customers.settle();
    this.orders.settle();
  }

  private skip(line: number): void {
    if (this.emptyCustomers++ < this.lineLimit) this.emptyCustomerLines.push(line);
  }
}

/** The date reader of a column, and the note when its order was a default. */
export function columnDayReader(table: DataTable, column: number, options: ReadingOptions, notes: ReadingNote[]): DayReader | SheetError {
  const dateOrder = dateOrderOfColumn(table, column, options.dateOrder, options.hints?.dateOrder);
  if (isSheetError(dateOrder)) return dateOrder;
  if (dateOrder.note) notes.push(dateOrder.note);
  return createDayReader(dateOrder.order);
}

/**
 * Reads the transactions of a CSV export into columns. Customer and order ids are trimmed; a row whose
 * customer id is empty is skipped (its line is reported); dates are read by `createDayReader` (ISO,
 * 31/12/2024, 20241231; the order of slashed dates decided for the whole column by
 * `dateOrderOfColumn`) and amounts by `numberFromRange` (1234.5, "1 234,50").
 *
 * @param table - the records and their header, see `dataTable`
 * @param fields - which column holds what, see {@link TransactionFields}
 * @param options - how to read what the file leaves open, see {@link ReadingOptions}
 * @returns the transaction columns (customer, day number, amount, order id), the skipped lines and
 *   notes on ambiguous columns, or #VALUE! naming the line and column of the first missing, empty or
 *   unreadable date or amount, or two lines of a date column written in both orders
 * @example
 * // client;date;montant / A;31/12/2024;1 234,50 / ;01/01/2025;3
 * readTransactions(table, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } })
 * // { transactions: { customer: ['A'], day: [20088], amount: [1234.5] }, emptyCustomerLines: [3] }
 */
export function readTransactions(table: DataTable, fields: TransactionFields, options: ReadingOptions = {}): TransactionsRead | SheetError {
  const size = Math.max(0, table.csv.recordCount - table.start);
  const customerCode = new Int32Array(size);
  const day = new Int32Array(size);
  const amount = new Float64Array(size);
  const orderCode = fields.order === undefined ? undefined : new Int32Array(size);
  const notes: ReadingNote[] = [];
  const readDay = columnDayReader(table, fields.date, options, notes);
  if (isSheetError(readDay)) return readDay;
  const decimals = valueDecimals(table, fields.value, options, notes);
  if (isSheetError(decimals)) return decimals;
  const rows = new TransactionRows(fields, readDay, decimals, size);
  let count = 0;
  const problem = rows.read(table, table.start, {
    add(customer, dayNumber, value, order) {
      customerCode[count] = customer;
      if (orderCode !== undefined) orderCode[count] = order;
      day[count] = dayNumber;
      amount[count] = value;
      count++;
    },
  });
  if (problem) return problem;
  const transactions: CodedTransactions = {
    customers: rows.customers.allNames(),
    customerCode: customerCode.subarray(0, count),
    day: day.subarray(0, count),
    amount: amount.subarray(0, count),
    orderCode: orderCode?.subarray(0, count),
  };
  return { transactions, emptyCustomerLines: rows.emptyCustomerLines, notes };
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
  /** How ambiguous columns were read, for the user to check. */
  readonly notes: readonly ReadingNote[];
}

/**
 * Reads an export and sums the values of each item, so that an export of order lines (one row per
 * product sold) gives one value per product. Item ids are trimmed and compared exactly.
 *
 * @param table - the records and their header, see `dataTable`
 * @param fields - the item column and the value source, see {@link ItemFields}
 * @returns the items and their totals, or #VALUE! naming the line and column of the first missing,
 *   empty or unreadable value, or #NUM! for a total beyond spreadsheet limits
 * @example
 * // product,qty,price / p1,2,10 / p2,1,5 / p1,1,10
 * readItemTotals(table, { item: 0, value: { kind: 'quantityTimesPrice', quantity: 1, price: 2 } })
 * // { items: ['p1', 'p2'], values: [30, 5], emptyItemLines: [] }
 */
export function readItemTotals(table: DataTable, fields: ItemFields, options: ReadingOptions = {}): ItemTotals | SheetError {
  const notes: ReadingNote[] = [];
  const decimals = valueDecimals(table, fields.value, options, notes);
  if (isSheetError(decimals)) return decimals;
  const totals = new ItemRows(fields, decimals, Math.max(0, table.csv.recordCount - table.start));
  const problem = totals.read(table, table.start);
  if (problem) return problem;
  const result = totals.result();
  if (isSheetError(result)) return result;
  return { ...result, notes };
}

/** The totals of {@link readItemTotals}, read record after record: the whole file at once, or in parts. */
export class ItemRows {
  readonly items: IdTable;
  private totals: Float64Array<ArrayBuffer>;
  private lost: Float64Array<ArrayBuffer>;
  /** Line numbers of the first rows skipped because their item id is empty, in file order. */
  readonly emptyItemLines: number[] = [];
  /** How many rows were skipped so. */
  emptyItems = 0;
  private readonly columns: number[];
  private readonly widest: number;

  /**
   * @param fields - the item column and the value source
   * @param decimals - the decimal mark of each value column
   * @param expectedRows - about how many rows to expect (sizes the id table)
   * @param lineLimit - how many skipped lines to list (all by default)
   */
  constructor(
    private readonly fields: ItemFields,
    public decimals: ColumnDecimals,
    expectedRows: number,
    private readonly lineLimit = Infinity,
  ) {
    // Sized for an item per 8 rows, as the id table; they grow when needed.
    this.items = new IdTable(expectedRows / 8, true);
    this.totals = new Float64Array(Math.max(1024, Math.ceil(expectedRows / 8)));
    this.lost = new Float64Array(this.totals.length);
    this.columns = [fields.item, ...valueColumns(fields.value)];
    this.widest = Math.max(...this.columns);
  }

  /**
   * Adds the records `from` … last of a table to the totals.
   * @returns null, or #VALUE! naming the line and column of the first missing, empty or unreadable value
   */
  read(table: DataTable, from: number): SheetError | null {
    const { fields, items, decimals, columns, widest } = this;
    const { text, fieldStart, fieldEnd, firstField, recordCount } = table.csv;
    const width = table.header.length;
    for (let r = from; r < recordCount; r++) {
      if ((firstField[r + 1] ?? 0) - (firstField[r] ?? 0) > width) {
        const split = extraFieldsError(table, r);
        if (split) return split;
      }
      let item: number;
      let value: number | null = null;
      if (needsGeneralReading(table, r, columns, widest)) {
        const read = trimmedFieldOf(table, r, fields.item);
        if (isSheetError(read)) return read;
        item = items.codeOf(read);
      } else {
        const base = firstField[r] ?? 0;
        const i = base + fields.item;
        item = items.codeOfRange(text, fieldStart[i] ?? 0, fieldEnd[i] ?? 0);
        if (item >= 0) value = plainValue(table, base, fields.value, decimals);
      }
      if (item < 0) {
        if (this.emptyItems++ < this.lineLimit) this.emptyItemLines.push(lineOf(table, r));
        continue;
      }
      if (value === null) {
        const read = valueOf(table, r, fields.value, decimals);
        if (isSheetError(read)) return read;
        value = read;
      }
      if (item === this.totals.length) {
        this.totals = grown(this.totals);
        this.lost = grown(this.lost);
      }
      // Compensated and rounded to 15 digits, so that a total of amounts in cents is the decimal total (see aggregate.ts).
      addCompensated(this.totals, this.lost, item, value);
    }
    return null;
  }

  /**
   * Adds the plain lines of `bytes` from `from` on to the totals (see `PlainLines`), as {@link ItemRows.read}
   * adds their records, stopping at the first line that is not plain (or teaches something of a
   * column's decimal mark), for the text reading to take the rest.
   * @returns where the bytes reading stopped: `bytes.length` when every line was read
   */
  readBytes(bytes: Uint8Array, from: number, lines: PlainLines): number {
    const { fields, items, decimals } = this;
    if (fields.value.kind !== 'amount') return from;
    const valueColumn = fields.value.column;
    const mark = decimals[valueColumn];
    const itemColumn = fields.item;
    const { starts, ends } = lines;
    let at = from;
    while (at < bytes.length && lines.split(bytes, at)) {
      if (lines.fields === 0) {
        lines.line++;
        at = lines.next;
        continue;
      }
      const value = lines.number(bytes, valueColumn, mark);
      if (Number.isNaN(value) || !lines.plainId(bytes, itemColumn)) break;
      const item = items.codeOfBytes(bytes, starts[itemColumn] ?? 0, ends[itemColumn] ?? 0);
      if (item < 0) {
        if (this.emptyItems++ < this.lineLimit) this.emptyItemLines.push(lines.line);
      } else {
        if (item === this.totals.length) {
          this.totals = grown(this.totals);
          this.lost = grown(this.lost);
        }
        addCompensated(this.totals, this.lost, item, value);
      }
      lines.line++;
      at = lines.next;
    }
    return at;
  }

  /** Lets go of the text of the records read (see `IdTable.settle`): call it between parts of a file. */
  settle(): void {
    this.items.settle();
  }

  /** The items and their totals, or #NUM! for a total beyond spreadsheet limits. */
  result(): { items: string[]; values: Float64Array; emptyItemLines: readonly number[] } | SheetError {
    const { items, totals, lost } = this;
    const values = new Float64Array(items.size);
    for (let k = 0; k < items.size; k++) {
      const total = (totals[k] ?? 0) + (lost[k] ?? 0);
      if (!Number.isFinite(total)) {
        return numberError(itemTotalOutsideLimits(items.name(k)));
      }
      values[k] = toSpreadsheetPrecision(total);
    }
    return { items: items.allNames(), values, emptyItemLines: this.emptyItemLines };
  }
}

function grown(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
