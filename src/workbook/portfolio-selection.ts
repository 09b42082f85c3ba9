/**
 * Reading the selection of the portfolio analysis: transactions with a customer category, and
 * optionally the cost or the margin of what was sold. Columns, in this order: customer, date, amount
 * excluding tax, customer category, then cost (or margin). The fifth column is a margin when its
 * header says so ("Marge", "Margin"); otherwise it is a cost. A header row is detected by its date
 * cell, as for the RFM selection. Every problem is a {@link UserFacingError} naming the row at fault.
 */
import { isSheetError, type LocalizedText } from '../cells/errors.js';
import { dayFromCell, isEmptyCell, numberFromCell, textFromCell } from '../cells/coerce.js';
import { excelSerialFromDay } from '../cells/dates.js';
import type { RawCell } from '../cells/values.js';
import {
  portfolioColumns,
  rowsWithoutCategory,
  rowsWithoutCustomer,
  selectionEmpty,
  selectionMerged,
  selectionNoCategorisedTransaction,
  selectionNotACost,
  selectionNotADate,
  selectionNotAnAmount,
  selectionTooNarrow,
  tooManyPortfolioTransactions,
} from '../messages/workbook.js';
import { portfolioData, type PortfolioData } from '../plans/strategy/portfolio.js';
import { UserFacingError, type SelectionData } from './port.js';
import { hasTransactionHeader } from './selection.js';

/**
 * The most transactions the portfolio sheet takes: each row's "first purchase" formula counts the rows
 * above it, so the work of a recalculation grows with the square of the rows.
 */
export const MAX_PORTFOLIO_TRANSACTIONS = 5000;

/** The portfolio's data read from a selection, and the notes to show. */
export interface SelectedPortfolio {
  readonly data: PortfolioData;
  readonly notes: LocalizedText[];
}

function fail(message: LocalizedText): never {
  throw new UserFacingError(message);
}

function describe(cell: RawCell): string {
  return JSON.stringify(cell === null || cell === undefined ? '' : String(cell));
}

/** True when no cell of the selection holds anything: the portfolio is then built with its examples. */
export function isEmptySelection(selection: SelectionData): boolean {
  return selection.values.every((row) => row.every((cell) => isEmptyCell(cell)));
}

/** True when the header of the fifth column names a margin rather than a cost. */
function isMarginHeader(cell: RawCell): boolean {
  const title = textFromCell(cell);
  return title !== null && /marge|margin/i.test(title);
}

/**
 * The portfolio's transactions from a selection of four columns (customer, date, amount, category) or
 * five (with the cost, or the margin when its header says so).
 * @param selection - the range read from the workbook
 * @returns the transactions, their categories in order of first appearance and year N (the year of
 *   the latest date); rows without a customer or without a category skipped and counted in the notes
 * @throws UserFacingError for an empty selection, merged cells, fewer than four columns, a date, amount
 *   or cost that cannot be read (naming its row), no row with a category, or more than
 *   {@link MAX_PORTFOLIO_TRANSACTIONS} transactions
 */
export function portfolioFromSelection(selection: SelectionData): SelectedPortfolio {
  if (selection.hasMergedCells === true) fail(selectionMerged(selection.address));
  const rows = selection.values.filter((row) => row.some((cell) => !isEmptyCell(cell)));
  if (rows.length === 0) fail(selectionEmpty(portfolioColumns));
  const width = Math.max(...rows.map((row) => row.length));
  if (width < 4) fail(selectionTooNarrow(selection.address, width, portfolioColumns));
  const header = hasTransactionHeader(rows);
  const margin = header && isMarginHeader(rows[0]?.[4]);
  const transactions: { date: number; customer: string; category: string; amount: number; cost: number | null }[] = [];
  let withoutCustomer = 0;
  let withoutCategory = 0;
  for (let i = header ? 1 : 0; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const customer = textFromCell(row[0]);
    if (customer === null) {
      withoutCustomer++;
      continue;
    }
    const day = dayFromCell(row[1], 'date');
    if (isSheetError(day) || day === null) fail(selectionNotADate(i + 1, describe(row[1]), customer));
    const amount = numberFromCell(row[2], 'amount');
    if (isSheetError(amount) || amount === null) fail(selectionNotAnAmount(i + 1, describe(row[2]), customer));
    const category = textFromCell(row[3]);
    if (category === null) {
      withoutCategory++;
      continue;
    }
    const fifth = numberFromCell(row[4], 'cost');
    if (isSheetError(fifth)) fail(selectionNotACost(i + 1, describe(row[4]), customer, margin));
    const cost = fifth === null ? null : margin ? amount - fifth : fifth;
    transactions.push({ date: excelSerialFromDay(day), customer, category, amount, cost });
  }
  if (transactions.length === 0) fail(selectionNoCategorisedTransaction(selection.address));
  if (transactions.length > MAX_PORTFOLIO_TRANSACTIONS) fail(tooManyPortfolioTransactions(selection.address, transactions.length, MAX_PORTFOLIO_TRANSACTIONS));
  const notes: LocalizedText[] = [];
  if (withoutCustomer > 0) notes.push(rowsWithoutCustomer(withoutCustomer));
  if (withoutCategory > 0) notes.push(rowsWithoutCategory(withoutCategory));
  return { data: portfolioData(transactions), notes };
}
