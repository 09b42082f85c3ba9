/**
 * What the functions over raw transactions share (RFM_TABLE, CLV_FIT, CLV_PREDICT): reading the
 * customers, dates and amounts arguments into transaction columns, and the language argument of
 * their headers.
 */
import { isSheetError, valueError, type SheetError } from '../cells/errors.js';
import { dateOrderOfCells, dayFromCell, decimalMarkOfCells, isEmptyCell, numberFromCell, textFromCell } from '../cells/coerce.js';
import type { RawArg } from '../cells/values.js';
import type { TransactionColumns } from '../metrics/rfm/aggregate.js';
import * as CATALOGUE_MESSAGES from '../messages/catalogue.js';
import { alignedLists } from './lists.js';

/**
 * The help of a dates argument of raw transactions: how dates typed as text are read (see
 * {@link transactionsFromArgs}).
 */
export const TRANSACTION_DATES_HELP = {
  fr: 'Date de chaque transaction (une date du tableur, ou du texte comme 2024-12-31 ou 01/02/2024, lu jour d’abord sauf si une date de la colonne prouve le mois d’abord, comme 12/25/2024)',
  en: 'Date of each transaction (a spreadsheet date, or text such as 2024-12-31 or 01/02/2024, read day first unless a date of the column proves month first, such as 12/25/2024)',
} as const;

/** The error of one transaction, its 1-based row in the ranges said first. */
function rowError(row: number, error: SheetError): SheetError {
  return { ...error, message: CATALOGUE_MESSAGES.transactionRow(row, error.message) };
}

/**
 * The transactions of the customers, dates and amounts arguments (aligned lists). Rows where all
 * three are empty are skipped; a row missing one of them, or with an unreadable date or amount, is
 * #VALUE! naming its row. Dates typed as text are read in the order their column proves (12/25/2024:
 * month first), else day first; a column holding both orders is #VALUE! naming a row of each.
 * Amounts typed as text are read with the decimal mark their column proves ("$1,234" → 1234).
 */
export function transactionsFromArgs(customersArg: RawArg, datesArg: RawArg, amountsArg: RawArg): TransactionColumns | SheetError {
  const lists = alignedLists([customersArg, datesArg, amountsArg], ['customers', 'dates', 'amounts']);
  if (isSheetError(lists)) return lists;
  const [customerCells = [], dateCells = [], amountCells = []] = lists;
  const order = dateOrderOfCells(dateCells, 'dates');
  if (isSheetError(order)) return order;
  const decimal = decimalMarkOfCells(amountCells, 'amounts');
  if (isSheetError(decimal)) return decimal;
  const customer: string[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < customerCells.length; i++) {
    if (isEmptyCell(customerCells[i]) && isEmptyCell(dateCells[i]) && isEmptyCell(amountCells[i])) continue;
    const id = textFromCell(customerCells[i]);
    const date = dayFromCell(dateCells[i], 'dates', order);
    const value = numberFromCell(amountCells[i], 'amounts', decimal);
    if (id === null) return rowError(i + 1, valueError(CATALOGUE_MESSAGES.emptyCustomer));
    if (isSheetError(date)) return rowError(i + 1, date);
    if (date === null) return rowError(i + 1, valueError(CATALOGUE_MESSAGES.emptyDate));
    if (isSheetError(value)) return rowError(i + 1, value);
    if (value === null) return rowError(i + 1, valueError(CATALOGUE_MESSAGES.emptyAmount));
    customer.push(id);
    day.push(date);
    amount.push(value);
  }
  return { customer, day, amount };
}
