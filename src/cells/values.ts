/**
 * What hosts pass in and what they get back.
 *
 * Excel passes numbers, strings, booleans, `null` (empty cell in some paths) and `""`; dates arrive as
 * serial numbers. Sheets passes numbers, strings, booleans, `""` and `Date` objects. Ranges arrive as
 * 2-D arrays (rows of cells), single cells as scalars.
 */
import type { SheetError } from './errors.js';

/** One raw cell as a host hands it over. */
export type RawCell = number | string | boolean | Date | null | undefined;

/** A raw argument: a single cell or a range (rows of cells). A 1-D array is taken as a column. */
export type RawArg = RawCell | readonly RawCell[] | readonly (readonly RawCell[])[];

/** One cell of a result: a plain value or a spreadsheet error. Never NaN or ±Infinity. */
export type OutCell = number | string | boolean | SheetError;

/** A result as hosts want it: always 2-D (a single value is `[[value]]`). */
export type OutMatrix = OutCell[][];
