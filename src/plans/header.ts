/**
 * Header detection for a range the user selects (item, value …): is the first row a header?
 */
import { parseNumberText } from '../cells/numbers.js';
import type { RawCell } from '../cells/values.js';

function isNumeric(cell: RawCell): boolean {
  if (typeof cell === 'number') return Number.isFinite(cell);
  return typeof cell === 'string' && parseNumberText(cell) !== null;
}

function isBlank(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * True when the first row of a range is a header: in the value column, the first cell is text that
 * is not a number, and every non-blank cell below it is a number (or a number written as text, such
 * as "1 234,50"), with at least one such cell.
 * @param rows - the selected range, rows of cells
 * @param valueColumn - 0-based column holding the values (default: the last column of the first row)
 * @returns whether to skip the first row
 * @example hasHeaderRow([['Client', 'CA'], ['Dupont', 1200], ['Martin', '950,5']]) // true
 * @example hasHeaderRow([['Dupont', 1200], ['Martin', 950]]) // false
 */
export function hasHeaderRow(rows: readonly (readonly RawCell[])[], valueColumn?: number): boolean {
  const first = rows[0];
  if (first === undefined || rows.length < 2) return false;
  const column = valueColumn ?? first.length - 1;
  const head = first[column];
  if (typeof head !== 'string' || isBlank(head) || isNumeric(head)) return false;
  let numbers = 0;
  for (let i = 1; i < rows.length; i++) {
    const cell = rows[i]?.[column];
    if (isBlank(cell)) continue;
    if (!isNumeric(cell)) return false;
    numbers++;
  }
  return numbers > 0;
}
