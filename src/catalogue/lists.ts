/**
 * Reading list arguments (one column or one row) for functions that work on a whole list at once.
 */
import { isSheetError, valueError, type SheetError } from '../cells/errors.js';
import { isEmptyCell, listFromArg, numberFromCell, toRows } from '../cells/coerce.js';
import type { RawArg, RawCell } from '../cells/values.js';
import * as CATALOGUE_MESSAGES from '../messages/catalogue.js';

/**
 * The cells of a list without its trailing empty cells (a whole-column reference such as B2:B5000
 * ends with blanks), and the count of what was dropped so results can stay aligned.
 */
export function trimmedList(arg: RawArg, what: string): { cells: RawCell[]; trailing: number } | SheetError {
  const cells = listFromArg(arg, what);
  if (isSheetError(cells)) return cells;
  let end = cells.length;
  while (end > 0 && isEmptyCell(cells[end - 1])) end -= 1;
  return { cells: cells.slice(0, end), trailing: cells.length - end };
}

/**
 * Numbers of a list, trailing blanks dropped; an empty cell inside the list or a non-number gives
 * #VALUE! naming its position.
 */
export function numberList(arg: RawArg, what: string): { values: number[]; trailing: number } | SheetError {
  const list = trimmedList(arg, what);
  if (isSheetError(list)) return list;
  const values: number[] = [];
  for (const [index, cell] of list.cells.entries()) {
    const value = numberFromCell(cell, `${what} (${index + 1})`);
    if (isSheetError(value)) return value;
    if (value === null) {
      return valueError(CATALOGUE_MESSAGES.emptyCellInList(what, index + 1));
    }
    values.push(value);
  }
  return { values, trailing: list.trailing };
}

/**
 * The numbers of a range of any shape, in reading order, empty cells skipped (survey answers spread
 * over a block); a cell that is not a number gives #VALUE! naming the argument.
 */
export function rangeNumbers(arg: RawArg, what: string): number[] | SheetError {
  const values: number[] = [];
  for (const row of toRows(arg)) {
    for (const cell of row) {
      const value = numberFromCell(cell, what);
      if (isSheetError(value)) return value;
      if (value !== null) values.push(value);
    }
  }
  return values;
}

/**
 * A choice among named options from one cell: the option's name (case and accents ignored) or its
 * position 0, 1, 2… An empty cell gives the fallback.
 */
export function choiceFromCell<T extends string>(
  cell: RawCell,
  what: string,
  options: readonly { readonly value: T; readonly names: readonly string[] }[],
  fallback: T,
): T | SheetError {
  if (isEmptyCell(cell)) return fallback;
  const byIndex = typeof cell === 'number' && Number.isInteger(cell) ? options[cell] : undefined;
  if (byIndex) return byIndex.value;
  if (typeof cell === 'string') {
    const key = normalize(cell);
    const match = options.find((option) => option.names.some((name) => normalize(name) === key));
    if (match) return match.value;
  }
  const listed = options.map((option, index) => `${index} = "${option.names[0] ?? option.value}"`).join(', ');
  return valueError(CATALOGUE_MESSAGES.unknownChoice(what, JSON.stringify(cell), listed));
}

function normalize(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Lists that go together row by row (customers, dates, amounts…): equal lengths required, trailing
 * rows where every list is empty dropped (whole-column references end with blanks).
 * @param names - the arguments' names, for the messages; the first is the one the others must match
 */
export function alignedLists(args: readonly RawArg[], names: readonly string[]): RawCell[][] | SheetError {
  const lists: RawCell[][] = [];
  for (const [index, arg] of args.entries()) {
    const list = listFromArg(arg, names[index] ?? '');
    if (isSheetError(list)) return list;
    lists.push(list);
  }
  const first = lists[0] ?? [];
  for (const [index, list] of lists.entries()) {
    if (list.length !== first.length) {
      return valueError(CATALOGUE_MESSAGES.differentRowCounts(names[0] ?? '', names[index] ?? '', first.length, list.length));
    }
  }
  let end = first.length;
  while (end > 0 && lists.every((list) => isEmptyCell(list[end - 1]))) end -= 1;
  return lists.map((list) => list.slice(0, end));
}
