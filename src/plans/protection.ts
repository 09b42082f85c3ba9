/**
 * Formulas protected, inputs open: which cells of a generated sheet the user types into, derived from
 * the plan's styles alone, so that every plan (today's and tomorrow's) gets its protection without its
 * builder saying anything. A cell is editable when the LAST style range over it (later entries win, as
 * in the plan) is `input`, `inputText`, `example` or `exampleText`; everything else — formulas, headers, labels,
 * copied data — is protected. Every host applies the same rectangles, in a number of calls that does
 * not grow with the rows:
 * - Excel and the .xlsx file: the sheet is protected without a password, the editable cells unlocked;
 * - Google Sheets: the sheet is protected with these ranges unprotected, in warning mode (or editable
 *   by the owner only);
 * - the playground: typing into a protected cell is refused with a message.
 */
import type { CellRange, SheetPlan, StyleName } from './types.js';

/**
 * How a build protects its sheets.
 * - `none`: nothing protected (the sidebar option off, `--no-protect`);
 * - `warning`: computed cells protected, anyone may still confirm an edit (Sheets shows a warning;
 *   Excel and the .xlsx file have no password, so "Unprotect sheet" is one click away);
 * - `owner`: in Google Sheets, only the spreadsheet's owner (and the user who built the sheet) may edit
 *   computed cells; elsewhere the same as `warning`.
 */
export type ProtectionMode = 'none' | 'warning' | 'owner';

/** The protection a build uses when nothing says otherwise: on, in warning mode. */
export const DEFAULT_PROTECTION: ProtectionMode = 'warning';

/** The styles of the cells the user is meant to type into (see `StyleName` in types.ts). */
export const EDITABLE_STYLES: ReadonlySet<StyleName> = /*#__PURE__*/ new Set<StyleName>(['input', 'inputText', 'example', 'exampleText']);

/**
 * The cells of a plan the user may edit when its sheet is protected, as few disjoint rectangles: the
 * cells whose last style is an input style, merged row band by row band. The work depends on the
 * number of style ranges, never on the number of rows they cover.
 * @param plan - a sheet plan (resolved or not: only its styles are read)
 * @returns disjoint rectangles, top to bottom then left to right; empty when the plan has no input
 * @example editableRanges({ ...plan, styles: [{ range: { row: 5, column: 2, rowCount: 10, columnCount: 1 }, style: 'input' }] })
 * // [{ row: 5, column: 2, rowCount: 10, columnCount: 1 }]
 */
export function editableRanges(plan: Pick<SheetPlan, 'styles'>): CellRange[] {
  const styles = plan.styles;
  if (!styles.some(({ style }) => EDITABLE_STYLES.has(style))) return [];
  // Compressed coordinates: the rows and columns where some style range starts or ends. Between two
  // consecutive cuts, every cell has the same last style.
  const rowCuts = sortedUnique(styles.flatMap(({ range }) => [range.row, range.row + range.rowCount]));
  const columnCuts = sortedUnique(styles.flatMap(({ range }) => [range.column, range.column + range.columnCount]));
  const rowIndex = new Map(rowCuts.map((cut, i) => [cut, i]));
  const columnIndex = new Map(columnCuts.map((cut, i) => [cut, i]));
  const width = columnCuts.length - 1;
  const editable = new Uint8Array((rowCuts.length - 1) * width);
  for (const { range, style } of styles) {
    const value = EDITABLE_STYLES.has(style) ? 1 : 0;
    const top = rowIndex.get(range.row) ?? 0;
    const bottom = rowIndex.get(range.row + range.rowCount) ?? 0;
    const left = columnIndex.get(range.column) ?? 0;
    const right = columnIndex.get(range.column + range.columnCount) ?? 0;
    for (let i = top; i < bottom; i++) editable.fill(value, i * width + left, i * width + right);
  }
  // Each band of rows gives its runs of editable columns; a run that continues the same run of the
  // band above grows that rectangle instead of starting a new one.
  const done: CellRange[] = [];
  let open = new Map<string, { row: number; column: number; rowCount: number; columnCount: number }>();
  for (let i = 0; i < rowCuts.length - 1; i++) {
    const row = rowCuts[i] ?? 0;
    const height = (rowCuts[i + 1] ?? 0) - row;
    const next = new Map<string, { row: number; column: number; rowCount: number; columnCount: number }>();
    for (let j = 0; j < width; ) {
      if (editable[i * width + j] === 0) {
        j++;
        continue;
      }
      let end = j + 1;
      while (end < width && editable[i * width + end] === 1) end++;
      const column = columnCuts[j] ?? 0;
      const columnCount = (columnCuts[end] ?? 0) - column;
      const key = `${column}:${columnCount}`;
      const above = open.get(key);
      if (above !== undefined && above.row + above.rowCount === row) {
        above.rowCount += height;
        next.set(key, above);
        open.delete(key);
      } else {
        next.set(key, { row, column, rowCount: height, columnCount });
      }
      j = end;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

/**
 * True when a cell lies in one of the rectangles.
 * @param ranges - the rectangles, e.g. from {@link editableRanges}
 * @param row - 1-based row
 * @param column - 1-based column
 * @returns whether the cell is inside
 * @example inRanges([{ row: 2, column: 2, rowCount: 3, columnCount: 1 }], 4, 2) // true
 */
export function inRanges(ranges: readonly CellRange[], row: number, column: number): boolean {
  return ranges.some((r) => row >= r.row && row < r.row + r.rowCount && column >= r.column && column < r.column + r.columnCount);
}

/**
 * What a protected cell's refusal says, in the plan's language: where to type instead, and how to
 * lift the protection on purpose.
 */
export const PROTECTED_CELL_MESSAGE = /*#__PURE__*/ Object.freeze({
  fr: 'Cette cellule est calculée par une formule et protégée\u00A0: saisissez dans les cellules jaunes. Pour la modifier quand même, ôtez la protection de la feuille (sans mot de passe) ou reconstruisez sans «\u00A0Protéger les formules\u00A0».',
  en: 'This cell is computed by a formula and protected: type into the yellow cells. To change it anyway, unprotect the sheet (no password) or build again without "Protect formulas".',
});
