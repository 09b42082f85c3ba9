/**
 * Reading the range a user selected into the inputs of the ABC and RFM sheets. Every problem is a
 * {@link UserFacingError} that says what to select instead, naming the row at fault.
 */
import { isSheetError, type LocalizedText } from '../cells/errors.js';
import { dayFromCell, isEmptyCell, numberFromCell, textFromCell } from '../cells/coerce.js';
import type { RawCell } from '../cells/values.js';
import type { TransactionColumns } from '../metrics/rfm/aggregate.js';
import { itemValueColumns, rowsWithoutCustomer, rowsWithoutItem, selectionEmpty, selectionMerged, selectionNoTransaction, selectionNotADate, selectionNotAnAmount, selectionNothingToClassify, selectionTooNarrow, selectionValueNotNumber, transactionColumns } from '../messages/workbook.js';
import { hasHeaderRow } from '../plans/header.js';
import { UserFacingError, type SelectionData } from './port.js';

type Rows = readonly (readonly RawCell[])[];

/** Items and values read from a selection (item, value), duplicates summed. */
export interface ItemValues {
  readonly items: string[];
  readonly values: number[];
  /** Column titles from the header row, when there is one. */
  readonly itemLabel?: string;
  readonly valueLabel?: string;
  readonly notes: LocalizedText[];
}

/** Transactions read from a selection (customer, date, amount[, order]). */
export interface SelectedTransactions {
  readonly transactions: TransactionColumns;
  readonly notes: LocalizedText[];
}

function fail(message: LocalizedText): never {
  throw new UserFacingError(message);
}

function checkedRows(selection: SelectionData, minColumns: number, what: LocalizedText): Rows {
  if (selection.hasMergedCells === true) {
    fail(selectionMerged(selection.address));
  }
  const rows = selection.values.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  if (rows.length === 0) fail(selectionEmpty(what));
  const width = Math.max(...rows.map((row) => row.length));
  if (width < minColumns) {
    fail(selectionTooNarrow(selection.address, width, what));
  }
  return rows;
}

function label(cell: RawCell): string | undefined {
  const text = textFromCell(cell);
  return text === null ? undefined : text;
}

/**
 * Items and values from a selection: the first column is the item, the last the value; a header row
 * is detected. Rows without an item are skipped and counted; an item seen twice has its values summed.
 * @param selection - the range read from the workbook
 * @returns the items, values and column titles
 * @throws UserFacingError for an empty selection, merged cells, a single column, a value that is not a
 *   number (naming its row), or a range without any number
 */
export function itemValuesFromSelection(selection: SelectionData): ItemValues {
  const what = itemValueColumns;
  const rows = checkedRows(selection, 2, what);
  const valueColumn = Math.max(...rows.map((row) => row.length)) - 1;
  const header = hasHeaderRow(rows, valueColumn);
  const indexOf = new Map<string, number>();
  const items: string[] = [];
  const values: number[] = [];
  let withoutItem = 0;
  for (let i = header ? 1 : 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const item = textFromCell(row[0]);
    const value = numberFromCell(row[valueColumn], 'value');
    if (isSheetError(value)) {
      fail(selectionValueNotNumber(i + 1, describe(row[valueColumn])));
    }
    if (item === null) {
      withoutItem++;
      continue;
    }
    if (value === null) continue;
    const known = indexOf.get(item);
    if (known === undefined) {
      indexOf.set(item, items.length);
      items.push(item);
      values.push(value);
    } else {
      values[known] = (values[known] ?? 0) + value;
    }
  }
  if (items.length === 0) {
    fail(selectionNothingToClassify(selection.address));
  }
  const notes: LocalizedText[] = [];
  if (withoutItem > 0) notes.push(rowsWithoutItem(withoutItem));
  const first = header ? rows[0] : undefined;
  const itemLabel = first === undefined ? undefined : label(first[0]);
  const valueLabel = first === undefined ? undefined : label(first[valueColumn]);
  return { items, values, notes, ...(itemLabel === undefined ? {} : { itemLabel }), ...(valueLabel === undefined ? {} : { valueLabel }) };
}

/**
 * Transactions from a selection of three columns (customer, date, amount) or four (with an order id
 * last); a header row is detected by its date cell not being a date.
 * @param selection - the range read from the workbook
 * @returns the transaction columns, rows without a customer skipped and counted
 * @throws UserFacingError for an empty selection, merged cells, fewer than three columns, or a date or
 *   amount that cannot be read (naming its row)
 */
export function transactionsFromSelection(selection: SelectionData): SelectedTransactions {
  const what = transactionColumns;
  const rows = checkedRows(selection, 3, what);
  const header = hasTransactionHeader(rows);
  const withOrders = rows.some((row) => row.length >= 4);
  const customer: string[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  const order: string[] = [];
  let withoutCustomer = 0;
  for (let i = header ? 1 : 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const id = textFromCell(row[0]);
    if (id === null) {
      withoutCustomer++;
      continue;
    }
    const date = dayFromCell(row[1], 'date');
    if (isSheetError(date) || date === null) {
      fail(selectionNotADate(i + 1, describe(row[1]), id));
    }
    const value = numberFromCell(row[2], 'amount');
    if (isSheetError(value) || value === null) {
      fail(selectionNotAnAmount(i + 1, describe(row[2]), id));
    }
    customer.push(id);
    day.push(date);
    amount.push(value);
    if (withOrders) order.push(textFromCell(row[3]) ?? '');
  }
  if (customer.length === 0) fail(selectionNoTransaction(selection.address));
  const notes: LocalizedText[] = [];
  if (withoutCustomer > 0) notes.push(rowsWithoutCustomer(withoutCustomer));
  return { transactions: withOrders ? { customer, day, amount, order } : { customer, day, amount }, notes };
}

/**
 * True when the first row of a transactions range (customer, date, amount) is a header: its date cell
 * is text that is no date (an empty one is a data row missing its date).
 * @example hasTransactionHeader([['Client', 'Date', 'Montant'], ['c1', 45657, 20]]) // true
 */
export function hasTransactionHeader(rows: Rows): boolean {
  return rows.length > 0 && isSheetError(dayFromCell(rows[0]?.[1], 'date'));
}

function describe(cell: RawCell): string {
  return JSON.stringify(cell === null || cell === undefined ? '' : String(cell));
}
