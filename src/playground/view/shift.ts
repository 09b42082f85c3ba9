/**
 * Moving a formula written for the top-left cell of a range to another cell of it, as Excel reads a
 * conditional format's formula: relative references move (`$H5` → `$H6` one row down), absolute
 * parts stay. Text in double quotes and quoted sheet names are left alone.
 */
import { columnLetters } from '../../plans/a1.js';

const REFERENCE = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/y;

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * The formula as seen from a cell `rows` below and `columns` right of the one it was written for.
 * @param formula - without its "="
 * @param rows - rows down (≥ 0)
 * @param columns - columns right (≥ 0)
 * @returns the moved formula
 * @example shiftFormula('$H5="A"', 2, 0) // '$H7="A"'
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const c = formula[i] ?? '';
    if (c === '"' || c === "'") {
      const end = formula.indexOf(c, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const previous = formula[i - 1] ?? '';
    REFERENCE.lastIndex = i;
    const match = /[\w.]/.test(previous) ? null : REFERENCE.exec(formula);
    if (match !== null) {
      const [text, columnDollar = '', letters = '', rowDollar = '', digits = ''] = match;
      const column = columnDollar === '$' ? letters : columnLetters(columnNumber(letters) + columns);
      const row = rowDollar === '$' ? digits : String(Number(digits) + rows);
      out += `${columnDollar}${column}${rowDollar}${row}`;
      i += text.length;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
