/**
 * The fingerprint of a plan's computed formulas, stored with its sheet's marker so that the check
 * before sharing (src/share/integrity.ts) can tell, from the sheet alone, whether a formula was typed
 * over, edited or cleared since the build.
 *
 * The computed cells are the plan's formula cells outside its input cells ({@link editableRanges}):
 * what a teammate types into an input cell is never a change. The fingerprint counts them and hashes
 * their addresses and formulas, each formula normalised ({@link normaliseFormula}) so that the hash of
 * a plan equals the hash of what a host reads back from the sheet it wrote, whatever spelling the host
 * keeps: the hosts store a formula in their own form, not the text written (Excel's `Range.formulas`
 * gives it "in English" with its "=", https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member;
 * Sheets shows it in the spreadsheet's locale, see gas/server/adapter.ts).
 */
import { cellAddress, rangeAddress } from './a1.js';
import { editableRanges, inRanges } from './protection.js';
import type { FormulaFingerprint, SheetPlan } from './types.js';

/** A formula cell: 1-based position and its formula, with or without its "=". */
export interface FormulaAt {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
}

const NAME_CHAR = /[^\s()+\-*/^&=<>,;:!{}"'%@]/;

/**
 * A formula in a form that does not depend on how a host spells it: no leading "=", no spaces, names
 * and references in capitals, no `_xlfn.` / `_xlws.` prefix (how Excel keeps functions newer than its
 * file format in a file), no "@" (Excel's implicit intersection, shown before some formulas written by
 * older versions), numbers as JavaScript writes them (`0.50` → `0.5`), a locale's ";" between arguments
 * read as "," (then a "," in a number as "."), and a reference's sheet name left out (`'Tableau de
 * bord'!B5`, `KPI!B5`, `{sheet:kpi}!B5` → `!B5`): renaming a sheet rewrites every formula that reads it,
 * which is not a change of the formula. Text between double quotes is kept as it is.
 * @param formula - a formula as a plan holds it or a host reads it
 * @returns the normalised text
 * @example normaliseFormula("=sum( 'Ventes 2024'!$B$5:B9 ; 0,50 )") // "SUM(!$B$5:B9,0.5)"
 * @example normaliseFormula('IF(A1="Oui","x","")') // 'IF(A1="Oui","x","")'
 */
export function normaliseFormula(formula: string): string {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const localeSeparators = hasSemicolonOutsideQuotes(text);
  let out = '';
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"') {
      const end = closingQuote(text, i, '"');
      out += text.slice(i, end + 1);
      i = end + 1;
    } else if (char === "'") {
      // A quoted sheet name: only the "!" that follows it is kept.
      i = closingQuote(text, i, "'") + 1;
    } else if (text.startsWith('{sheet:', i)) {
      // A plan's token for another generated sheet's name (names.ts).
      const end = text.indexOf('}', i);
      i = end < 0 ? text.length : end + 1;
    } else if (char === '#') {
      // An error literal (#REF!, #N/A, #DIV/0!): kept whole, "!" included.
      const match = /^#[A-Za-z0-9/]+[!?]?/.exec(text.slice(i));
      const token = match?.[0] ?? '#';
      out += token.toUpperCase();
      i += token.length;
    } else if (/\s/.test(char) || char === '@') {
      i++;
    } else if (char === ';' && localeSeparators) {
      out += ',';
      i++;
    } else if (NAME_CHAR.test(char)) {
      let end = i + 1;
      while (end < text.length && NAME_CHAR.test(text.charAt(end))) end++;
      // A number with a decimal comma, in a locale whose arguments are separated by ";".
      while (localeSeparators && text.charAt(end) === ',' && /^\d+$/.test(text.slice(i, end)) && /\d/.test(text.charAt(end + 1))) {
        end++;
        while (end < text.length && NAME_CHAR.test(text.charAt(end))) end++;
      }
      const token = text.slice(i, end);
      i = end;
      if (text.charAt(end) === '!') continue; // a sheet name
      out += normaliseName(localeSeparators ? token.replace(',', '.') : token);
    } else {
      out += char;
      i++;
    }
  }
  return out;
}

function normaliseName(token: string): string {
  if (/^(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(token)) return String(Number(token));
  return token.toUpperCase().replace(/^_XL(FN|WS)\./, '');
}

/** The index of the quote closing the quoted text that starts at `start` (a doubled quote stands for one). */
function closingQuote(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text.charAt(i) === quote) {
      if (text.charAt(i + 1) === quote) i += 2;
      else return i;
    } else i++;
  }
  return text.length;
}

function hasSemicolonOutsideQuotes(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"' || char === "'") i = closingQuote(text, i, char) + 1;
    else if (char === '{') {
      // An array constant's ";" separates its rows in every locale's English form: skip it.
      const end = text.indexOf('}', i);
      i = end < 0 ? text.length : end + 1;
    } else if (char === ';') return true;
    else i++;
  }
  return false;
}

/**
 * The count and the hash of formula cells: FNV-1a (32 bits) over "address=normalised formula" lines,
 * the cells sorted by row then column.
 * @param cells - formula cells, in any order
 * @returns the count and 8 hexadecimal digits
 * @example formulaHash([{ row: 5, column: 2, formula: 'SUM(B1:B4)' }]).count // 1
 */
export function formulaHash(cells: readonly FormulaAt[]): { readonly count: number; readonly hash: string } {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  let hash = 0x811c9dc5;
  for (const cell of sorted) {
    const line = `${cellAddress(cell.row, cell.column)}=${normaliseFormula(cell.formula)}\n`;
    for (let i = 0; i < line.length; i++) {
      hash ^= line.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return { count: sorted.length, hash: hash.toString(16).padStart(8, '0') };
}

/**
 * The plan's computed cells: its formula cells outside its input cells, top to bottom.
 * @param plan - a plan (its blocks and styles)
 * @returns the cells with their formulas as the plan holds them (no "=")
 */
export function computedFormulas(plan: Pick<SheetPlan, 'blocks' | 'styles'>): FormulaAt[] {
  const inputs = editableRanges(plan);
  const cells: FormulaAt[] = [];
  for (const block of plan.blocks) {
    block.cells.forEach((rowCells, i) => {
      rowCells.forEach((cell, j) => {
        const row = block.row + i;
        const column = block.column + j;
        if ('formula' in cell && !inRanges(inputs, row, column)) cells.push({ row, column, formula: cell.formula });
      });
    });
  }
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * The fingerprint a plan's marker carries.
 * @param plan - the plan (resolved or not: sheet names do not count)
 * @returns count, hash, input cells and language
 */
export function formulaFingerprint(plan: Pick<SheetPlan, 'blocks' | 'styles' | 'language'>): FormulaFingerprint {
  return {
    ...formulaHash(computedFormulas(plan)),
    inputs: editableRanges(plan)
      .map((range) => rangeAddress(range))
      .join(','),
    language: plan.language,
  };
}
