/**
 * What the functions over raw transactions share (RFM_TABLE, CLV_FIT, CLV_PREDICT): reading the
 * customers, dates and amounts arguments into transaction columns, and the language argument of
 * their headers.
 */
import { isSheetError, valueError, type Language, type SheetError } from '../cells/errors.js';
import { dayFromCell, isEmptyCell, numberFromCell, singleCell, textFromCell } from '../cells/coerce.js';
import type { RawArg } from '../cells/values.js';
import type { TransactionColumns } from '../metrics/rfm/aggregate.js';
import { alignedLists, choiceFromCell } from './lists.js';

/** The languages of headers, segments and statuses, and the names a cell may give them by. */
export const LANGUAGES = [
  { value: 'fr', names: ['fr', 'français', 'francais', 'french'] },
  { value: 'en', names: ['en', 'anglais', 'english'] },
] as const satisfies readonly { value: Language; names: readonly string[] }[];

/** The [language] argument: one cell, "fr", "en" (or their names), empty for `fallback`. */
export function languageArg(arg: RawArg, fallback: Language): Language | SheetError {
  const cell = singleCell(arg, 'language');
  return isSheetError(cell) ? cell : choiceFromCell(cell, 'language', LANGUAGES, fallback);
}

/** The error of one transaction, its 1-based row in the ranges said first. */
function rowError(row: number, error: SheetError): SheetError {
  return { ...error, message: { fr: `Ligne ${row} — ${error.message.fr}`, en: `Row ${row} — ${error.message.en}` } };
}

/**
 * The transactions of the customers, dates and amounts arguments (aligned lists). Rows where all
 * three are empty are skipped; a row missing one of them, or with an unreadable date or amount, is
 * #VALUE! naming its row.
 */
export function transactionsFromArgs(customersArg: RawArg, datesArg: RawArg, amountsArg: RawArg): TransactionColumns | SheetError {
  const lists = alignedLists([customersArg, datesArg, amountsArg], ['customers', 'dates', 'amounts']);
  if (isSheetError(lists)) return lists;
  const [customerCells = [], dateCells = [], amountCells = []] = lists;
  const customer: string[] = [];
  const day: number[] = [];
  const amount: number[] = [];
  for (let i = 0; i < customerCells.length; i++) {
    if (isEmptyCell(customerCells[i]) && isEmptyCell(dateCells[i]) && isEmptyCell(amountCells[i])) continue;
    const id = textFromCell(customerCells[i]);
    const date = dayFromCell(dateCells[i], 'dates');
    const value = numberFromCell(amountCells[i], 'amounts');
    if (id === null) return rowError(i + 1, valueError('client vide', 'empty customer'));
    if (isSheetError(date)) return rowError(i + 1, date);
    if (date === null) return rowError(i + 1, valueError('date vide', 'empty date'));
    if (isSheetError(value)) return rowError(i + 1, value);
    if (value === null) return rowError(i + 1, valueError('montant vide', 'empty amount'));
    customer.push(id);
    day.push(date);
    amount.push(value);
  }
  return { customer, day, amount };
}
