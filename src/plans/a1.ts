/**
 * A1 notation for plan builders: column letters, cell and range addresses, and range constructors.
 */
import { PlanError, type CellRange } from './types.js';

/** The largest row number of Excel's grid (Sheets and LibreOffice allow at least as many). */
export const MAX_ROWS = 1_048_576;
/** The largest column number of Excel's grid (XFD). */
export const MAX_COLUMNS = 16_384;

/**
 * The letters of a column.
 * @param column - 1-based column number, 1 to 16 384
 * @returns its letters
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMNS) throw new PlanError(`Column out of the grid: ${column}`);
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** Options of {@link cellAddress} and {@link rangeAddress}. */
export interface AddressOptions {
  /** Write $ before the column and the row (an absolute reference), default false. */
  readonly absolute?: boolean;
}

/**
 * The A1 address of a cell.
 * @param row - 1-based row
 * @param column - 1-based column
 * @param options - absolute or relative
 * @returns e.g. "B5" or "$B$5"
 * @example cellAddress(5, 2, { absolute: true }) // "$B$5"
 */
export function cellAddress(row: number, column: number, options: AddressOptions = {}): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROWS) throw new PlanError(`Row out of the grid: ${row}`);
  const dollar = options.absolute === true ? '$' : '';
  return `${dollar}${columnLetters(column)}${dollar}${row}`;
}

/**
 * The A1 address of a range ("B5" for a single cell).
 * @param range - the range
 * @param options - absolute or relative
 * @returns e.g. "B5:D9"
 * @example rangeAddress({ row: 5, column: 2, rowCount: 5, columnCount: 3 }) // "B5:D9"
 */
export function rangeAddress(range: CellRange, options: AddressOptions = {}): string {
  const start = cellAddress(range.row, range.column, options);
  if (range.rowCount === 1 && range.columnCount === 1) return start;
  return `${start}:${cellAddress(range.row + range.rowCount - 1, range.column + range.columnCount - 1, options)}`;
}

/**
 * A range from its top-left cell and size.
 * @param row - 1-based top row
 * @param column - 1-based left column
 * @param rowCount - number of rows (default 1)
 * @param columnCount - number of columns (default 1)
 * @returns the range
 * @example cellRange(5, 2, 10) // B5:B14
 */
export function cellRange(row: number, column: number, rowCount = 1, columnCount = 1): CellRange {
  return { row, column, rowCount, columnCount };
}
