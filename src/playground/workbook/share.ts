/**
 * The playground's {@link ShareAdapter}: the in-memory workbook's custom-function cells replaced by
 * the values the engine computed (a spilled result whole: the cells whose spill anchor is the cell),
 * and written back from the log. The engine computes the workbook again after each change.
 */
import { SHEETS_DIALECT } from '../../share/custom-calls.js';
import { checkGeneratedSheets, sheetsToCheck } from '../../share/integrity.js';
import type { ShareAdapter } from '../../share/run.js';
import type { CustomResult, SheetFormulas } from '../../share/shareable.js';
import { isCellError } from '../engine/engine.js';
import { MemorySheetAdapter, type Playground } from './host.js';
import type { SheetModel } from './model.js';

function requireSheet(playground: Playground, name: string): SheetModel {
  const sheet = playground.workbook.sheet(name);
  if (sheet === undefined) throw new Error(`No sheet named ${name}`);
  return sheet;
}

/** A sheet's formulas from A1 to the end of what it holds: "=…" for a formula, "" elsewhere. */
function formulasOf(sheet: SheetModel): SheetFormulas {
  const { rows, columns } = sheet.extent();
  const formulas = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (__, j) => {
      const input = sheet.input(i + 1, j + 1);
      return input !== undefined && 'formula' in input ? `=${input.formula}` : '';
    }),
  );
  return { sheet: sheet.name, row: 1, column: 1, formulas };
}

/**
 * The sharing adapter of the playground.
 * @param playground - the workbook and its engine
 * @returns the adapter the shared sharing actions drive
 */
export function playgroundShareAdapter(playground: Playground): ShareAdapter {
  const sheets = new MemorySheetAdapter(playground.workbook);
  const shown = (sheet: SheetModel, row: number, column: number): string | number | boolean | null => {
    const value = playground.engine.value(sheet, row, column);
    return isCellError(value) ? value.code : value;
  };
  return {
    listSheets: () => sheets.listSheets(),
    removeSheets: async (names) => {
      await sheets.removeSheets(names);
      const { workbook } = playground;
      if (playground.activeSheet !== undefined && !workbook.sheets.includes(playground.activeSheet)) playground.activeSheet = workbook.sheets[0];
      if (playground.selection !== undefined && !workbook.sheets.includes(playground.selection.sheet)) playground.selection = undefined;
      playground.changed();
    },
    writeSheet: async (plan) => {
      await sheets.writeSheet(plan);
      playground.changed();
    },
    // The formula bar takes the Sheets spelling (=RFM_SCORE(…)).
    dialect: SHEETS_DIALECT,
    readFormulas: () => Promise.resolve(playground.workbook.sheets.map(formulasOf)),
    checkGenerated: (existing) => {
      const formulas = new Map<string, SheetFormulas>();
      for (const name of sheetsToCheck(existing)) {
        const sheet = playground.workbook.sheet(name);
        if (sheet !== undefined) formulas.set(name, formulasOf(sheet));
      }
      return Promise.resolve(checkGeneratedSheets(existing, formulas));
    },
    replaceWithValues: (cells) => {
      const results: CustomResult[] = [];
      const writes: { sheet: SheetModel; row: number; column: number; value: string | number | boolean | null }[] = [];
      for (const cell of cells) {
        const sheet = requireSheet(playground, cell.sheet);
        const input = sheet.input(cell.row, cell.column);
        if (input === undefined || !('formula' in input) || `=${input.formula}` !== cell.formula) continue;
        // The result: the cell and every cell its formula spilled into.
        let bottom = cell.row;
        let right = cell.column;
        const extent = playground.engine.spillExtent(sheet);
        for (let row = cell.row; row <= Math.max(extent.rows, cell.row); row++) {
          for (let column = cell.column; column <= Math.max(extent.columns, cell.column); column++) {
            const anchor = playground.engine.spillAnchor(sheet, row, column);
            if (anchor?.row === cell.row && anchor.column === cell.column) {
              bottom = Math.max(bottom, row);
              right = Math.max(right, column);
            }
          }
        }
        for (let row = cell.row; row <= bottom; row++) {
          for (let column = cell.column; column <= right; column++) writes.push({ sheet, row, column, value: shown(sheet, row, column) });
        }
        results.push({ ...cell, result: { row: cell.row, column: cell.column, rowCount: bottom - cell.row + 1, columnCount: right - cell.column + 1 } });
      }
      // Values read first, all written after: a write must not change what another result shows.
      for (const write of writes) write.sheet.setInput(write.row, write.column, { value: write.value });
      playground.changed();
      return Promise.resolve(results);
    },
    readSheetValues: (name) => {
      const sheet = requireSheet(playground, name);
      const { rows, columns } = sheet.extent();
      return Promise.resolve(Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (__, j) => shown(sheet, i + 1, j + 1) ?? '')));
    },
    restore: (steps) => {
      for (const step of steps) {
        const sheet = requireSheet(playground, step.sheet);
        for (const range of step.clear) {
          for (let row = range.row; row < range.row + range.rowCount; row++) {
            for (let column = range.column; column < range.column + range.columnCount; column++) sheet.setInput(row, column, undefined);
          }
        }
        for (const block of step.formulas) {
          block.cells.forEach((cells, i) => {
            cells.forEach((formula, j) => {
              sheet.setInput(block.row + i, block.column + j, { formula: formula.replace(/^=/, '') });
            });
          });
        }
      }
      playground.changed();
      return Promise.resolve();
    },
  };
}
