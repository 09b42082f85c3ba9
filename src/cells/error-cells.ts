/**
 * Error cells in the input. Excel hands a custom function an error cell (#N/A, #DIV/0!, #REF!…) only
 * when its metadata sets `allowErrorForDataTypeAny`, and then as a `CustomFunctions.Error` object:
 * `{ code: '#N/A', message?: string }`, the code being one of `CustomFunctions.ErrorCode`'s values
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
 * Without that flag Excel does not call the function at all and the cell shows the error without a
 * word. The core recognises such a cell by its shape (no host global, no `instanceof`), finds the
 * first one, and says where it is.
 */
import { valueError, type SheetError } from './errors.js';
import { errorInCell } from '../messages/cells.js';

/** An error cell as a host passes it: the error's code ("#N/A") and, sometimes, a message. */
export interface HostErrorCell {
  readonly code: string;
  readonly message?: string;
}

/** Where the first error cell of the arguments is: 1-based row and column inside its argument. */
export interface ErrorCellLocation {
  /** 0-based position of the argument. */
  readonly argument: number;
  readonly row: number;
  readonly column: number;
  /** Whether the argument is a range (else a single cell). */
  readonly inRange: boolean;
  readonly code: string;
}

/**
 * True for an error cell: a plain object (not an array, not a `Date`) whose `code` is text starting
 * with "#".
 *
 * @example isHostErrorCell(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)) // true
 * @example isHostErrorCell('#N/A') // false: text typed in a cell stays text
 */
export function isHostErrorCell(value: unknown): value is HostErrorCell {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.prototype.toString.call(value) === '[object Date]') return false;
  const code = (value as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('#');
}

/**
 * The first error cell of the arguments, in argument order, then reading order (row by row).
 *
 * @param args - the arguments as the host passed them (single cells, 1-D columns or rows of cells)
 * @returns its location, or undefined when no argument holds an error cell
 * @example firstErrorCell([[[1], [2]], [[3], [{ code: '#N/A' }]]]) // { argument: 1, row: 2, column: 1, inRange: true, code: '#N/A' }
 */
export function firstErrorCell(args: readonly unknown[]): ErrorCellLocation | undefined {
  // Index loops, no array made per row: this runs over every cell of every range argument.
  for (let argument = 0; argument < args.length; argument++) {
    const arg = args[argument];
    if (isHostErrorCell(arg)) return { argument, row: 1, column: 1, inRange: false, code: arg.code };
    if (!Array.isArray(arg)) continue;
    const rows = arg as readonly unknown[];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      // A 1-D array is a column: each item is a row of one cell.
      if (!Array.isArray(row)) {
        if (isHostErrorCell(row)) return { argument, row: r + 1, column: 1, inRange: true, code: row.code };
        continue;
      }
      const cells = row as readonly unknown[];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (isHostErrorCell(cell)) return { argument, row: r + 1, column: c + 1, inRange: true, code: cell.code };
      }
    }
  }
  return undefined;
}

/**
 * The error a function answers when its input holds an error cell: #VALUE! saying which argument, which
 * row and column of its range, which error, and what to do. #VALUE! rather than the cell's own code,
 * because Excel shows a message only under #VALUE! and #N/A, and the user needs to know where to look.
 *
 * @param location - where the error cell is
 * @param argumentName - the name of the argument, e.g. "dates"
 * @param functionId - the function called, e.g. "RFM_TABLE"
 * @example errorCellError({ argument: 1, row: 12, column: 1, inRange: true, code: '#N/A' }, 'dates', 'RFM_TABLE').message.en
 * // 'dates: row 12, column 1 of the range holds the error #N/A; fix that cell, or leave it out (e.g. with IFERROR), then recalculate RFM_TABLE'
 */
export function errorCellError(location: ErrorCellLocation, argumentName: string, functionId: string): SheetError {
  return valueError(errorInCell(argumentName, location, functionId));
}
