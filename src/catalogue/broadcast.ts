/**
 * Row-by-row application of a kernel over columns: each argument is one cell or a range; ranges must
 * have the same shape; single cells apply to every row. One call over whole columns, never one per row.
 */
import { isSheetError, valueError, type SheetError } from '../cells/errors.js';
import { isEmptyCell, numberFromCell, shapeOf, toRows } from '../cells/coerce.js';
import { finiteResult } from '../metrics/checks.js';
import type { OutCell, OutMatrix, RawArg, RawCell } from '../cells/values.js';
import * as CATALOGUE_MESSAGES from '../messages/catalogue.js';

/** A range argument's rows and its name, for messages. */
interface Shaped {
  readonly name: string;
  readonly rows: readonly (readonly RawCell[])[];
  readonly height: number;
  readonly width: number;
}

/**
 * The common shape of the arguments: the shape of the ranges (all equal), or 1×1 when all are single
 * cells; #VALUE! naming the two arguments whose shapes differ.
 */
export function commonShape(args: readonly RawArg[], names: readonly string[]): { shaped: Shaped[]; height: number; width: number } | SheetError {
  const shaped = args.map((arg, index): Shaped => {
    const rows = toRows(arg);
    const { rows: height, columns: width } = shapeOf(rows);
    return { name: names[index] ?? `arg${index + 1}`, rows, height, width };
  });
  let reference: Shaped | undefined;
  for (const item of shaped) {
    if (item.height === 1 && item.width === 1) continue;
    if (reference === undefined) {
      reference = item;
      continue;
    }
    if (item.height !== reference.height || item.width !== reference.width) {
      const message =
        item.width === reference.width
          ? CATALOGUE_MESSAGES.differentRowCounts(reference.name, item.name, reference.height, item.height)
          : CATALOGUE_MESSAGES.differentShapes(reference.name, item.name, `${reference.height}×${reference.width}`, `${item.height}×${item.width}`);
      return valueError(message);
    }
  }
  if (reference && (reference.height === 0 || reference.width === 0)) {
    return valueError(CATALOGUE_MESSAGES.emptyRange(reference.name));
  }
  return { shaped, height: reference?.height ?? 1, width: reference?.width ?? 1 };
}

function cellAt(item: Shaped, row: number, column: number): RawCell {
  if (item.height === 1 && item.width === 1) return item.rows[0]?.[0];
  return item.rows[row]?.[column];
}

/**
 * Applies a numeric kernel cell by cell. A position where every argument is empty gives an empty
 * result (""), so a formula over whole columns leaves the blank rows blank; a position where only some
 * are empty gives #VALUE! naming the missing argument.
 *
 * @param args - the raw arguments, in the kernel's order
 * @param names - their parameter names, for messages
 * @param kernel - the metric, on plain numbers
 */
export function mapNumbers(
  args: readonly RawArg[],
  names: readonly string[],
  kernel: (values: readonly number[]) => number | SheetError,
): OutMatrix | SheetError {
  const shape = commonShape(args, names);
  if (isSheetError(shape)) return shape;
  const { shaped, height, width } = shape;
  const out: OutMatrix = [];
  const values: number[] = new Array<number>(shaped.length).fill(0);
  for (let row = 0; row < height; row++) {
    const line: OutCell[] = [];
    for (let column = 0; column < width; column++) line.push(numbersAt(shaped, row, column, values, kernel));
    out.push(line);
  }
  return out;
}

function numbersAt(
  shaped: readonly Shaped[],
  row: number,
  column: number,
  values: number[],
  kernel: (values: readonly number[]) => number | SheetError,
): OutCell {
  let empty = 0;
  let missing: string | undefined;
  for (const [index, item] of shaped.entries()) {
    const cell = cellAt(item, row, column);
    if (isEmptyCell(cell)) {
      empty += 1;
      missing ??= item.name;
      continue;
    }
    const value = numberFromCell(cell, item.name);
    if (value === null) continue;
    if (isSheetError(value)) return value;
    values[index] = value;
  }
  if (empty === shaped.length) return '';
  if (missing !== undefined) {
    return valueError(CATALOGUE_MESSAGES.emptyOnRow(missing));
  }
  const result = kernel(values);
  return isSheetError(result) ? result : finiteResult(result);
}
