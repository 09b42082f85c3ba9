/**
 * The Sheets side of sharing (src/share/run.ts): reading the custom-function cells, replacing them by
 * their values, reading the log sheet and writing formulas back, each a few SpreadsheetApp calls per
 * sheet (one read of the data range, one write per block of neighbouring cells).
 *
 * Apps Script gives no spill range: a custom function's 2-D result fills the empty cells right and
 * below its cell, which hold no formula of their own (https://developers.google.com/apps-script/guides/sheets/functions,
 * "Return values"), and `getFormulas()` gives "" for them
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()). So the
 * replacement reads the values, writes each formula's cell with its value — which empties what it
 * filled — reads again after `SpreadsheetApp.flush()`, and the cells that were showing a value without
 * a formula and are empty now are that result: they get back the values read first. Each is
 * counted to the nearest replaced cell above and to the left of it, which gives the result's range.
 *
 * Formulas are read and written back in the spreadsheet's own locale (no switch to en_US as for the
 * plans): what `getFormulas()` gave is what `setFormulas()` receives.
 */
import type { ExistingSheet } from '../../src/plans/types.js';
import { callsCustomFunction, SHEETS_DIALECT } from '../../src/share/custom-calls.js';
import { checkGeneratedSheets, sheetsToCheck, type SheetIntegrity } from '../../src/share/integrity.js';
import { cellBlocks, type CustomFormulaCell, type CustomResult, type SheetFormulas, type SheetRestore } from '../../src/share/shareable.js';
import { sheetsValue } from './adapter.js';
import type { AppsScriptServices, SheetApi } from './services.js';

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** What `setValues` receives to show a value again: text stays text (apostrophe), a Date stays a date. */
function writable(value: unknown): string | number | boolean | Date {
  if (isDate(value)) return value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return sheetsValue(typeof value === 'string' ? value : null);
}

function writeValueBlocks(sheet: SheetApi, cells: readonly { row: number; column: number; value: unknown }[]): void {
  for (const block of cellBlocks(cells)) {
    sheet.getRange(block.row, block.column, block.cells.length, block.cells[0]?.length ?? 1).setValues(block.cells.map((row) => row.map(writable)));
  }
}

/** The server's sharing operations, synchronous as Apps Script is. */
export interface SheetsShare {
  /** The custom-function cells of every sheet, each as a 1 × 1 {@link SheetFormulas} (a small reply). */
  readFormulas(): SheetFormulas[];
  replaceWithValues(cells: readonly CustomFormulaCell[]): CustomResult[];
  /** A sheet's values from A1; dates as ISO text (google.script.run refuses Date values). */
  readSheetValues(name: string): unknown[][];
  restore(steps: readonly SheetRestore[]): void;
  /**
   * The generated sheets checked against their markers, here rather than in the sidebar so that the
   * reply is the findings, not every formula: one `getDataRange().getFormulas()` per sheet with a
   * fingerprint, which gives "" for a cell without a formula
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#getFormulas()).
   */
  checkGenerated(sheets: readonly ExistingSheet[]): SheetIntegrity[];
}

/**
 * The sharing operations over SpreadsheetApp.
 * @param services - the Apps Script services
 * @returns the operations the server functions call
 */
export function spreadsheetShare(services: AppsScriptServices): SheetsShare {
  const spreadsheet = () => services.SpreadsheetApp.getActiveSpreadsheet();
  const sheetNamed = (name: string): SheetApi => {
    const sheet = spreadsheet().getSheetByName(name);
    if (sheet === null) throw new Error(`No sheet named ${name}`);
    return sheet;
  };
  return {
    readFormulas: () =>
      spreadsheet()
        .getSheets()
        .flatMap((sheet) => {
          const name = sheet.getName();
          const found: SheetFormulas[] = [];
          sheet
            .getDataRange()
            .getFormulas()
            .forEach((row, i) => {
              row.forEach((formula, j) => {
                if (callsCustomFunction(formula, SHEETS_DIALECT)) found.push({ sheet: name, row: i + 1, column: j + 1, formulas: [[formula]] });
              });
            });
          return found;
        }),

    replaceWithValues: (cells) => {
      const results: CustomResult[] = [];
      const bySheet = new Map<string, CustomFormulaCell[]>();
      for (const cell of cells) bySheet.set(cell.sheet, [...(bySheet.get(cell.sheet) ?? []), cell]);
      for (const [name, listed] of bySheet) {
        const sheet = sheetNamed(name);
        const range = sheet.getDataRange();
        const formulas = range.getFormulas();
        const before = range.getValues();
        const at = (matrix: readonly (readonly unknown[])[], row: number, column: number): unknown => matrix[row - 1]?.[column - 1];
        // A cell edited since the user confirmed is left alone.
        const anchors = listed.filter((cell) => at(formulas, cell.row, cell.column) === cell.formula);
        if (anchors.length === 0) continue;
        writeValueBlocks(
          sheet,
          anchors.map((cell) => ({ row: cell.row, column: cell.column, value: at(before, cell.row, cell.column) })),
        );
        services.SpreadsheetApp.flush();
        const after = sheet.getDataRange().getValues();
        const filled = new Map(anchors.map((cell) => [`${cell.row}:${cell.column}`, { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column }]));
        const vanished: { row: number; column: number; value: unknown }[] = [];
        before.forEach((cellsOfRow, i) => {
          cellsOfRow.forEach((value, j) => {
            const row = i + 1;
            const column = j + 1;
            if (value === '' || at(formulas, row, column) !== '' || (at(after, row, column) ?? '') !== '') return;
            vanished.push({ row, column, value });
            // The nearest replaced cell above and to the left filled it.
            let owner: CustomFormulaCell | undefined;
            for (const cell of anchors) {
              if (cell.row <= row && cell.column <= column && (owner === undefined || cell.row > owner.row || (cell.row === owner.row && cell.column > owner.column))) owner = cell;
            }
            const extent = owner === undefined ? undefined : filled.get(`${owner.row}:${owner.column}`);
            if (extent !== undefined) {
              extent.bottom = Math.max(extent.bottom, row);
              extent.right = Math.max(extent.right, column);
            }
          });
        });
        writeValueBlocks(sheet, vanished);
        for (const cell of anchors) {
          const extent = filled.get(`${cell.row}:${cell.column}`) ?? { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
          results.push({ ...cell, result: { row: extent.top, column: extent.left, rowCount: extent.bottom - extent.top + 1, columnCount: extent.right - extent.left + 1 } });
        }
      }
      return results;
    },

    readSheetValues: (name) =>
      sheetNamed(name)
        .getDataRange()
        .getValues()
        .map((row) => row.map((value) => (isDate(value) ? value.toISOString() : value))),

    checkGenerated: (sheets) => {
      const formulas = new Map<string, SheetFormulas>();
      for (const name of sheetsToCheck(sheets)) {
        const sheet = spreadsheet().getSheetByName(name);
        if (sheet !== null) formulas.set(name, { sheet: name, row: 1, column: 1, formulas: sheet.getDataRange().getFormulas() });
      }
      return checkGeneratedSheets(sheets, formulas);
    },

    restore: (steps) => {
      for (const step of steps) {
        const sheet = sheetNamed(step.sheet);
        for (const range of step.clear) sheet.getRange(range.row, range.column, range.rowCount, range.columnCount).clearContent();
        for (const block of step.formulas) sheet.getRange(block.row, block.column, block.cells.length, block.cells[0]?.length ?? 1).setFormulas(block.cells);
      }
    },
  };
}
