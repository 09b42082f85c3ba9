/**
 * From what a host passes to clean values. Each reader returns the value, `null` for an empty cell, or
 * a {@link SheetError} saying what was wrong and where.
 */
import { valueError, type SheetError } from './errors.js';
import { decideDecimalMark, DecimalEvidence, decimalEvidence, parseNumberText, type DecimalMark } from './numbers.js';
import {
  DateOrderEvidence,
  dayFromDateObject,
  dayFromExcelSerial,
  dayFromText,
  decideDateOrder,
  isDateObject,
  slashedDateParts,
  EXCEL_MAX_SERIAL,
  type DateOrder,
  type DayNumber,
} from './dates.js';
import type { RawArg, RawCell } from './values.js';
import { about, invalidNumber, notABoolean, notADate, notANumber, notOneCell, notOneColumnOrRow } from '../messages/cells.js';

/** True for an empty cell: `null`, `undefined` or text made only of spaces. */
export function isEmptyCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Shows a cell in a message, shortened. */
export function describeCell(cell: RawCell): string {
  if (isDateObject(cell)) return 'date';
  const text = typeof cell === 'string' ? `"${cell}"` : String(cell);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * A number from a cell: numbers as they are, text read by {@link parseNumberText}, booleans as 1/0
 * (as Excel does for a value typed in an argument). A `Date` is refused: it is not an amount.
 *
 * @param cell - the raw cell
 * @param what - the argument's name, for the message
 * @param decimal - the decimal mark of the cell's column when decided (see {@link decimalMarkOfCells})
 * @example numberFromCell('1 234,50', 'amount') // 1234.5
 */
export function numberFromCell(cell: RawCell, what: string, decimal?: DecimalMark): number | null | SheetError {
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? cell : valueError(invalidNumber(what, cell));
  }
  if (isEmptyCell(cell)) return null;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'string') {
    const parsed = parseNumberText(cell, decimal);
    if (parsed !== null) return parsed;
  }
  const shown = describeCell(cell);
  return valueError(notANumber(what, shown));
}

/**
 * A date from a cell, as a day number: an Excel/Sheets serial number (1 = 1900-01-01), a `Date` object
 * (Sheets), or text: ISO "2024-12-31", "31/12/2024" (day first unless `order` is `mdy`, see
 * {@link dateOrderOfCells}), compact "20241231", or a serial as text.
 *
 * @example dayFromCell('31/12/2024', 'date') // 20088
 * @example dayFromCell('12/31/2024', 'date', 'mdy') // 20088
 */
export function dayFromCell(cell: RawCell, what: string, order: DateOrder = 'dmy'): DayNumber | null | SheetError {
  if (isEmptyCell(cell)) return null;
  if (isDateObject(cell)) {
    const day = dayFromDateObject(cell);
    if (day !== null) return day;
  } else if (typeof cell === 'number') {
    if (Number.isFinite(cell) && cell >= 1 && cell <= EXCEL_MAX_SERIAL) return dayFromExcelSerial(cell);
  } else if (typeof cell === 'string') {
    const day = dayFromText(cell, order);
    if (day !== null) return day;
    const serial = parseNumberText(cell);
    if (serial !== null && serial >= 1 && serial <= EXCEL_MAX_SERIAL && !cell.includes('%')) return dayFromExcelSerial(serial);
  }
  const shown = describeCell(cell);
  return valueError(notADate(what, shown));
}

/**
 * The order of the dates typed as text in a column (01/02/2024): month first when one of them has a
 * second number above 12 (12/25/2024, a US export), else day first — proved by a first number above 12,
 * or by default, the French reading. Dates the spreadsheet passes as dates are not looked at.
 *
 * @param cells - the column's cells
 * @param what - the argument's name, for the message
 * @returns the order, or #VALUE! naming a row of each order when the column holds both
 * @example dateOrderOfCells(['01/02/2024', '12/25/2024'], 'dates') // 'mdy'
 */
export function dateOrderOfCells(cells: readonly RawCell[], what: string): DateOrder | SheetError {
  const evidence = new DateOrderEvidence();
  cells.forEach((cell, i) => {
    if (typeof cell === 'string') evidence.add(slashedDateParts(cell, 0, cell.length), i + 1);
  });
  const decision = decideDateOrder(evidence);
  if (!('order' in decision)) return { ...decision, message: about(what, decision.message) };
  return decision.order;
}

/**
 * The decimal mark of the numbers typed as text in a column (see `decideDecimalMark`): it matters only
 * for values such as 1,234 — read 1234 in a column where $1,234 or 12.50 proves English writing, and
 * 1.234 by default (a lone mark is a decimal mark).
 *
 * @param cells - the column's cells
 * @param what - the argument's name, for the message
 * @returns the mark (undefined: each value read by itself), or #VALUE! for an ambiguous value in a
 *   column proving both marks
 * @example decimalMarkOfCells(['$1,234', 12.5], 'amounts') // '.'
 */
export function decimalMarkOfCells(cells: readonly RawCell[], what: string): DecimalMark | undefined | SheetError {
  const evidence = new DecimalEvidence();
  cells.forEach((cell, i) => {
    if (typeof cell === 'string') evidence.add(decimalEvidence(cell), i + 1);
  });
  const decision = decideDecimalMark(evidence);
  if (!('decimal' in decision)) return { ...decision, message: about(what, decision.message) };
  return decision.decimal;
}

/** Text from a cell: trimmed; numbers as their plain digits; empty → null. */
export function textFromCell(cell: RawCell): string | null {
  if (isEmptyCell(cell)) return null;
  if (isDateObject(cell)) {
    const day = dayFromDateObject(cell);
    return day === null ? null : String(day);
  }
  return String(cell).trim();
}

/**
 * A yes/no from a cell: booleans, 1/0, and the words TRUE/FALSE, VRAI/FAUX, oui/non, yes/no.
 */
export function booleanFromCell(cell: RawCell, what: string): boolean | null | SheetError {
  if (isEmptyCell(cell)) return null;
  if (typeof cell === 'boolean') return cell;
  if (cell === 1 || cell === 0) return cell === 1;
  if (typeof cell === 'string') {
    const word = cell.trim().toLowerCase();
    if (['true', 'vrai', 'oui', 'yes', '1'].includes(word)) return true;
    if (['false', 'faux', 'non', 'no', '0'].includes(word)) return false;
  }
  const shown = describeCell(cell);
  return valueError(notABoolean(what, shown));
}

/** True when the argument is a range (an array) rather than a single cell. */
export function isRange(arg: RawArg): arg is readonly RawCell[] | readonly (readonly RawCell[])[] {
  return Array.isArray(arg);
}

/** Any argument as rows of cells: a single cell is 1×1, a 1-D array is a column. */
export function toRows(arg: RawArg): readonly (readonly RawCell[])[] {
  if (!Array.isArray(arg)) return [[arg as RawCell]];
  const rows = arg as readonly (RawCell | readonly RawCell[])[];
  if (rows.length === 0) return [];
  return rows.map((row) => (Array.isArray(row) ? (row as readonly RawCell[]) : [row as RawCell]));
}

/** Height and width of an argument (rows of unequal length are measured by the longest). */
export function shapeOf(rows: readonly (readonly RawCell[])[]): { rows: number; columns: number } {
  let columns = 0;
  for (const row of rows) columns = Math.max(columns, row.length);
  return { rows: rows.length, columns };
}

/**
 * The cells of an argument that must be one column or one row (a list), in reading order.
 *
 * @returns the cells, or #VALUE! naming the argument when it is a block of several rows and columns
 */
export function listFromArg(arg: RawArg, what: string): RawCell[] | SheetError {
  const rows = toRows(arg);
  const { rows: height, columns: width } = shapeOf(rows);
  if (height > 1 && width > 1) {
    return valueError(notOneColumnOrRow(what, height, width));
  }
  if (height === 1) return [...(rows[0] ?? [])];
  return rows.map((row) => row[0]);
}

/**
 * The one cell of an argument that must be a single cell (an option such as a method or a date);
 * #VALUE! when a larger range is given.
 */
export function singleCell(arg: RawArg, what: string): RawCell | SheetError {
  if (!Array.isArray(arg)) return arg as RawCell;
  const rows = toRows(arg);
  const { rows: height, columns: width } = shapeOf(rows);
  if (height === 0 || width === 0) return null;
  if (height === 1 && width === 1) return rows[0]?.[0];
  return valueError(notOneCell(what, height, width));
}
