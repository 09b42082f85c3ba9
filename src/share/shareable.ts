/**
 * "Make shareable": the cells whose formulas call a custom function are replaced by their current
 * results, so that a teammate without the add-in sees the figures, and the original formulas are kept
 * in a log sheet (src/plans/share-log.ts) from which "restore formulas" writes them back. Pure: the
 * hosts read each sheet's used range once, hand it here, and write what is planned in a few calls per
 * sheet (one per rectangle of cells, never one per cell).
 */
import { cellAddress, rangeAddress } from '../plans/a1.js';
import type { CellRange } from '../plans/types.js';
import { customCallsIn, type FormulaDialect } from './custom-calls.js';

/** One sheet's used range as a host read it: the formula of every cell ("" or a value where none). */
export interface SheetFormulas {
  readonly sheet: string;
  /** 1-based top-left cell of the used range. */
  readonly row: number;
  readonly column: number;
  /** The used range's cells: "=…" for a formula, anything else for a constant or an empty cell. */
  readonly formulas: readonly (readonly unknown[])[];
}

/** A cell whose formula calls a custom function. */
export interface CustomFormulaCell {
  readonly sheet: string;
  /** A1 address of the cell, e.g. "H2". */
  readonly address: string;
  readonly row: number;
  readonly column: number;
  /** The formula as the host reports it, with its "=". */
  readonly formula: string;
  /** The catalogue ids it calls. */
  readonly functions: readonly string[];
}

/** A custom-function cell and the rectangle its result covers (the cell alone for one value). */
export interface CustomResult extends CustomFormulaCell {
  readonly result: CellRange;
}

/**
 * The cells of the sheets whose formulas call a custom function.
 * @param sheets - each sheet's used range
 * @param dialect - how the host spells the functions
 * @returns the cells, sheet by sheet, in reading order (row by row)
 * @example findCustomFormulas([{ sheet: 'Canaux', row: 1, column: 1, formulas: [['=CAC(B2,E2)']] }], {})[0].address // "A1"
 */
export function findCustomFormulas(sheets: readonly SheetFormulas[], dialect: FormulaDialect): CustomFormulaCell[] {
  const found: CustomFormulaCell[] = [];
  for (const contents of sheets) {
    contents.formulas.forEach((cells, i) => {
      cells.forEach((content, j) => {
        if (typeof content !== 'string' || !content.startsWith('=')) return;
        const functions = customCallsIn(content, dialect);
        if (functions.length === 0) return;
        const row = contents.row + i;
        const column = contents.column + j;
        found.push({ sheet: contents.sheet, address: cellAddress(row, column), row, column, formula: content, functions });
      });
    });
  }
  return found;
}

/** A rectangle of cells written in one call: `cells[i][j]` goes to (row + i, column + j). */
export interface CellBlock<T> {
  readonly row: number;
  readonly column: number;
  readonly cells: T[][];
}

/**
 * Groups scattered cells into few rectangles: the runs of consecutive rows of each column, then
 * neighbouring columns whose runs cover the same rows. A column of 200 `=CAC(…)` is one block, a
 * spilled 9 × 241 table one block, whatever the number of cells.
 * @param cells - the cells, at most one per position (a later one wins)
 * @returns the blocks, left to right then top to bottom
 * @example cellBlocks([{ row: 2, column: 4, value: 1 }, { row: 3, column: 4, value: 2 }]) // [{ row: 2, column: 4, cells: [[1], [2]] }]
 */
export function cellBlocks<T>(cells: readonly { readonly row: number; readonly column: number; readonly value: T }[]): CellBlock<T>[] {
  const byColumn = new Map<number, Map<number, T>>();
  for (const cell of cells) {
    let column = byColumn.get(cell.column);
    if (column === undefined) byColumn.set(cell.column, (column = new Map<number, T>()));
    column.set(cell.row, cell.value);
  }
  // Each column's runs of consecutive rows.
  const runs: { column: number; row: number; values: T[] }[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    const values = byColumn.get(column) ?? new Map<number, T>();
    const rows = [...values.keys()].sort((a, b) => a - b);
    let run: { column: number; row: number; values: T[] } | undefined;
    for (const row of rows) {
      const value = values.get(row) as T;
      if (run !== undefined && run.row + run.values.length === row) run.values.push(value);
      else runs.push((run = { column, row, values: [value] }));
    }
  }
  // Neighbouring columns' runs over the same rows make one rectangle.
  const blocks: CellBlock<T>[] = [];
  const open = new Map<string, CellBlock<T>>();
  for (const run of runs) {
    const key = `${run.row}:${run.values.length}`;
    const block = open.get(key);
    if (block !== undefined && block.column + (block.cells[0]?.length ?? 0) === run.column) {
      run.values.forEach((value, i) => block.cells[i]?.push(value));
    } else {
      const started: CellBlock<T> = { row: run.row, column: run.column, cells: run.values.map((value) => [value]) };
      blocks.push(started);
      open.set(key, started);
    }
  }
  return blocks;
}

/** One line of the log: where a formula was and what it was. */
export interface ShareLogRow {
  readonly sheet: string;
  /** A1 address of the formula's cell. */
  readonly address: string;
  /** The formula with its "=", as the host reported it. */
  readonly formula: string;
  /** A1 range its result covered ("H1:P241"), the cell's own address for one value. */
  readonly result: string;
  /** When it was replaced, ISO 8601 (UTC). */
  readonly date: string;
}

/**
 * The log rows of the replaced cells.
 * @param results - the cells replaced and their result ranges
 * @param when - the moment of the replacement
 * @returns one row per cell
 */
export function shareLogRows(results: readonly CustomResult[], when: Date): ShareLogRow[] {
  const date = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return results.map((cell) => ({ sheet: cell.sheet, address: cell.address, formula: cell.formula, result: rangeAddress(cell.result), date }));
}

/**
 * The values to write in place of the custom-function results, sheet by sheet: each result's cells
 * (the spilled ones too) get the value they show now.
 * @param results - the cells and their result ranges
 * @param valueAt - the value a sheet's cell shows now (1-based row and column)
 * @returns per sheet, the blocks of values
 */
export function replacementBlocks<T>(results: readonly CustomResult[], valueAt: (sheet: string, row: number, column: number) => T): Map<string, CellBlock<T>[]> {
  const bySheet = new Map<string, { row: number; column: number; value: T }[]>();
  for (const cell of results) {
    let cells = bySheet.get(cell.sheet);
    if (cells === undefined) bySheet.set(cell.sheet, (cells = []));
    const { row, column, rowCount, columnCount } = cell.result;
    for (let i = 0; i < rowCount; i++) {
      for (let j = 0; j < columnCount; j++) cells.push({ row: row + i, column: column + j, value: valueAt(cell.sheet, row + i, column + j) });
    }
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, cellBlocks(cells)]));
}

/** What restoring one sheet's formulas takes: the result ranges to empty, then the formulas to write. */
export interface SheetRestore {
  readonly sheet: string;
  /** Spilled results written as values: emptied first, or the restored formula could not spill. */
  readonly clear: readonly CellRange[];
  /** The formulas, in blocks of neighbouring cells. */
  readonly formulas: readonly CellBlock<string>[];
}

/**
 * Parses an A1 cell or range ("H2", "H1:P241", "$H$1") into a rectangle, or undefined.
 * @example parseRange('H1:P241') // { row: 1, column: 8, rowCount: 241, columnCount: 9 }
 */
export function parseRange(text: string): CellRange | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(text.trim());
  if (match === null) return undefined;
  const columnOf = (letters: string): number => {
    let column = 0;
    for (let i = 0; i < letters.length; i++) column = column * 26 + letters.toUpperCase().charCodeAt(i) - 64;
    return column;
  };
  const row = Number(match[2]);
  const column = columnOf(match[1] ?? '');
  const lastRow = match[4] === undefined ? row : Number(match[4]);
  const lastColumn = match[3] === undefined ? column : columnOf(match[3]);
  if (row < 1 || lastRow < row || lastColumn < column) return undefined;
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

/**
 * How to put the logged formulas back, sheet by sheet. A row whose addresses cannot be read, whose
 * formula is not one, or whose sheet is gone is left out and returned, never guessed.
 * @param rows - the log's rows
 * @param existing - the names of the workbook's sheets (a row for a sheet since removed is skipped)
 * @returns the steps per sheet and the rows skipped
 */
export function restorePlan(rows: readonly ShareLogRow[], existing: readonly string[]): { readonly sheets: SheetRestore[]; readonly skipped: ShareLogRow[] } {
  const skipped: ShareLogRow[] = [];
  const bySheet = new Map<string, { clear: CellRange[]; formulas: { row: number; column: number; value: string }[] }>();
  for (const row of rows) {
    const cell = parseRange(row.address);
    const result = parseRange(row.result);
    if (cell === undefined || result === undefined || cell.rowCount !== 1 || cell.columnCount !== 1 || !row.formula.startsWith('=') || !existing.includes(row.sheet)) {
      skipped.push(row);
      continue;
    }
    let steps = bySheet.get(row.sheet);
    if (steps === undefined) bySheet.set(row.sheet, (steps = { clear: [], formulas: [] }));
    if (result.rowCount > 1 || result.columnCount > 1) steps.clear.push(result);
    steps.formulas.push({ row: cell.row, column: cell.column, value: row.formula });
  }
  return { sheets: [...bySheet].map(([sheet, steps]) => ({ sheet, clear: steps.clear, formulas: cellBlocks(steps.formulas) })), skipped };
}

/** One line of the confirmation: "Canaux!F2  =CAC(B2,E2)". */
export interface PreviewLine {
  readonly where: string;
  readonly formula: string;
}

/**
 * The lines the confirmation lists: sheet!address and the formula cut to a readable length.
 * @param cells - the cells found
 * @param maxLines - the most lines listed (the rest is counted)
 * @param maxFormula - the most characters of a formula shown
 * @returns the lines and how many more cells there are
 * @example previewLines([{ sheet: 'Canaux', address: 'F2', formula: '=CAC(B2,E2)', … }]).lines[0] // { where: 'Canaux!F2', formula: '=CAC(B2,E2)' }
 */
export function previewLines(cells: readonly CustomFormulaCell[], maxLines = 20, maxFormula = 60): { readonly lines: PreviewLine[]; readonly more: number } {
  const quote = (sheet: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`);
  const lines = cells.slice(0, maxLines).map((cell) => ({
    where: `${quote(cell.sheet)}!${cell.address}`,
    formula: cell.formula.length > maxFormula ? `${cell.formula.slice(0, maxFormula - 1)}…` : cell.formula,
  }));
  return { lines, more: Math.max(0, cells.length - maxLines) };
}
