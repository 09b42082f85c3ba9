/**
 * What a user types into the formula bar, as a cell input.
 */
import { parseNumberText } from '../../cells/numbers.js';
import type { CellInput } from '../workbook/model.js';

/**
 * What the user typed, as a cell input: "=…" a formula, a number in French or English writing a
 * number, anything else text (never a formula).
 */
export function inputOf(text: string): CellInput | undefined {
  if (text.trim() === '') return undefined;
  if (text.startsWith('=') && text.length > 1) return { formula: commaSeparated(text.slice(1)) };
  const number = parseNumberText(text);
  return number === null ? { value: text } : { value: number };
}

/**
 * French Excel separates arguments with ";": the engine reads ",", so ";" becomes "," — except in
 * quotes and inside an array constant, where ";" separates rows (`{10;70;15;5}` is a column).
 */
function commaSeparated(formula: string): string {
  let out = '';
  let quote: string | null = null;
  let braces = 0;
  for (const c of formula) {
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '{') {
      braces++;
    } else if (c === '}') {
      braces = Math.max(0, braces - 1);
    } else if (c === ';' && braces === 0) {
      out += ',';
      continue;
    }
    out += c;
  }
  return out;
}
