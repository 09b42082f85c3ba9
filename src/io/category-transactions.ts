/**
 * From a CSV export to the portfolio analysis's transactions: customer, date, amount (or quantity ×
 * price), customer category, and optionally the cost or the margin of each row. Read record by record
 * with the readers of `columns.ts` (the portfolio sheet takes a few thousand rows, not a whole
 * history): rows without a customer or without a category are skipped and their lines reported; any
 * other unreadable field stops the reading with the line and column at fault.
 */
import { isSheetError, type SheetError } from '../cells/errors.js';
import type { DayNumber } from '../cells/dates.js';
import { dayOf, decimalOfColumn, extraFieldsError, lineOf, numberOf, trimmedFieldOf, valueOf, type DataTable, type ReadingNote, type ValueSource } from './columns.js';
import { columnDayReader, valueDecimals, type ReadingOptions } from './transactions.js';

/** The columns of a categorised transaction export (0-based indexes, see `resolveColumn`). */
export interface CategoryTransactionFields {
  readonly customer: number;
  readonly date: number;
  readonly value: ValueSource;
  readonly category: number;
  /** The cost column, or the margin column (cost = amount − margin); absent: no margin figures. */
  readonly cost?: { readonly column: number; readonly kind: 'cost' | 'margin' } | undefined;
}

/** One transaction of the export. */
export interface CategoryTransaction {
  readonly day: DayNumber;
  readonly customer: string;
  readonly category: string;
  readonly amount: number;
  /** The cost of the row, null when its cost (or margin) cell is empty or there is no such column. */
  readonly cost: number | null;
}

/** The transactions read, and what was skipped. */
export interface CategoryTransactionsRead {
  readonly transactions: CategoryTransaction[];
  /** Lines of the rows skipped for an empty customer id, in file order. */
  readonly emptyCustomerLines: number[];
  /** Lines of the rows skipped for an empty category, in file order. */
  readonly emptyCategoryLines: number[];
  /** How ambiguous columns were read. */
  readonly notes: readonly ReadingNote[];
}

/**
 * Reads the categorised transactions of an export.
 * @param table - the records and their header, see `dataTable`
 * @param fields - which column holds what
 * @param options - how to read what the file leaves open
 * @returns the transactions, the lines skipped, the notes; or #VALUE! naming the line and column of
 *   the first unreadable date, amount or cost
 * @example
 * // client,date,montant,catégorie,coût / A,2025-01-02,120,Particuliers,70 / B,2025-01-03,80,,50
 * readCategoryTransactions(table, { customer: 0, date: 1, value: { kind: 'amount', column: 2 }, category: 3, cost: { column: 4, kind: 'cost' } })
 * // { transactions: [{ day: 20090, customer: 'A', category: 'Particuliers', amount: 120, cost: 70 }], emptyCategoryLines: [3], … }
 */
export function readCategoryTransactions(table: DataTable, fields: CategoryTransactionFields, options: ReadingOptions = {}): CategoryTransactionsRead | SheetError {
  const notes: ReadingNote[] = [];
  const readDay = columnDayReader(table, fields.date, options, notes);
  if (isSheetError(readDay)) return readDay;
  const decimals = valueDecimals(table, fields.value, options, notes);
  if (isSheetError(decimals)) return decimals;
  let costDecimal: ReturnType<typeof decimalOfColumn> | undefined;
  if (fields.cost !== undefined) {
    costDecimal = decimalOfColumn(table, fields.cost.column, options.decimal, options.hints?.decimal);
    if (isSheetError(costDecimal)) return costDecimal;
    if (costDecimal.note) notes.push(costDecimal.note);
  }
  const read: CategoryTransactionsRead = { transactions: [], emptyCustomerLines: [], emptyCategoryLines: [], notes };
  for (let r = table.start; r < table.csv.recordCount; r++) {
    const split = extraFieldsError(table, r);
    if (split) return split;
    const customer = trimmedFieldOf(table, r, fields.customer);
    if (isSheetError(customer)) return customer;
    if (customer === '') {
      read.emptyCustomerLines.push(lineOf(table, r));
      continue;
    }
    const category = trimmedFieldOf(table, r, fields.category);
    if (isSheetError(category)) return category;
    if (category === '') {
      read.emptyCategoryLines.push(lineOf(table, r));
      continue;
    }
    const day = dayOf(table, r, fields.date, readDay);
    if (isSheetError(day)) return day;
    const amount = valueOf(table, r, fields.value, decimals);
    if (isSheetError(amount)) return amount;
    let cost: number | null = null;
    if (fields.cost !== undefined && costDecimal !== undefined && !isSheetError(costDecimal)) {
      const field = trimmedFieldOf(table, r, fields.cost.column);
      if (isSheetError(field)) return field;
      if (field !== '') {
        const figure = numberOf(table, r, fields.cost.column, costDecimal.decimal);
        if (isSheetError(figure)) return figure;
        cost = fields.cost.kind === 'margin' ? amount - figure : figure;
      }
    }
    read.transactions.push({ day, customer, category, amount, cost });
  }
  return read;
}
