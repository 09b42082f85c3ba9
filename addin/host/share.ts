/**
 * The office-js {@link ShareAdapter}: reading every sheet's formulas, replacing custom-function cells
 * by their values (a spilled result whole) and writing formulas back, each a few syncs per sheet.
 *
 * Excel facts relied on (ExcelApi 1.12, which the host requires already):
 * - `Range.formulas` gives a formula cell's formula with its "=", in English, and a constant cell's
 *   value (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member);
 * - a custom function that returns a 2-D array spills into the neighbouring cells, which hold no
 *   formula of their own (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-dynamic-arrays),
 *   and `Range.getSpillingToRangeOrNullObject()` gives the range a spill anchor fills, a null object for
 *   a cell that does not spill (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-dynamic-arrays);
 * - a spill whose cells are not empty shows #SPILL!, so restoring a spilled formula empties its
 *   range first (same pages).
 */
import { blockChunks, TEXT_FORMAT } from './cells.js';
import { CHUNK_BUDGET_BYTES, OPERATION_BYTES, PayloadBatch, REQUEST_BUDGET_BYTES } from './batch.js';
import type { ExcelRun, ExcelSheetAdapter } from './sheet-adapter.js';
import { FUNCTIONS_NAMESPACE } from '../manifest/deployment.js';
import type { PlanCell, PlanValue } from '../../src/plans/types.js';
import { replacementBlocks, type CustomFormulaCell, type CustomResult, type SheetFormulas } from '../../src/share/shareable.js';
import type { ShareAdapter } from '../../src/share/run.js';

/** Cells read per sync: the same budget as the selection's reads, under Excel on the web's 5 MB. */
export const SHARE_CELLS_PER_READ = 100_000;

/** A constant as a plan's value cell: what Excel's `values` gives for a cell (errors arrive as "#N/A" …). */
function planValue(value: unknown): PlanValue {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : value;
  return null;
}

/**
 * The used range of a sheet (values only) read in row parts under the response budget. For
 * `formulas`, a cell's formula, "" for a constant: `Range.formulas` gives a constant's value, so text
 * such as the log's "=PROMETHEE.CAC(…)" would read as a formula; a formula's value is never its own
 * text, so a cell whose `formulas` equals its `values` is a constant.
 */
async function readUsed(context: Excel.RequestContext, sheet: Excel.Worksheet, what: 'formulas' | 'values'): Promise<{ row: number; column: number; cells: unknown[][] } | undefined> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return undefined;
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  const rowsPerRead = Math.max(1, Math.floor(SHARE_CELLS_PER_READ / columnCount));
  const cells: unknown[][] = [];
  for (let start = 0; start < rowCount; start += rowsPerRead) {
    const part = sheet.getRangeByIndexes(rowIndex + start, columnIndex, Math.min(rowsPerRead, rowCount - start), columnCount);
    part.load(what === 'formulas' ? 'formulas,values' : 'values');
    await context.sync();
    const values = part.values as unknown[][];
    if (what === 'values') {
      for (const row of values) cells.push(row);
      continue;
    }
    (part.formulas as unknown[][]).forEach((row, i) => {
      cells.push(row.map((formula, j) => (typeof formula === 'string' && formula.startsWith('=') && formula !== values[i]?.[j] ? formula : '')));
    });
  }
  return { row: rowIndex + 1, column: columnIndex + 1, cells };
}

/**
 * The sharing adapter over the Excel sheet adapter.
 * @param run - `(batch) => Excel.run(batch)`
 * @param sheets - the host's sheet adapter (list, remove, write)
 * @param budget - the most bytes one request carries
 * @returns the adapter {@link shareHostWith} drives
 */
export function excelShareAdapter(run: ExcelRun, sheets: ExcelSheetAdapter, budget: number = REQUEST_BUDGET_BYTES): ShareAdapter {
  return {
    listSheets: () => sheets.listSheets(),
    removeSheets: (names) => sheets.removeSheets(names),
    writeSheet: (plan) => sheets.writeSheet(plan),
    dialect: { namespace: FUNCTIONS_NAMESPACE },

    readFormulas: () =>
      run(async (context) => {
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        await context.sync();
        const read: SheetFormulas[] = [];
        for (const sheet of worksheets.items) {
          const used = await readUsed(context, sheet, 'formulas');
          if (used !== undefined) read.push({ sheet: sheet.name, row: used.row, column: used.column, formulas: used.cells });
        }
        return read;
      }),

    // Each sheet with a fingerprint read once (its used range's formulas, in parts for a large one).
    checkGenerated: async (existing) => {
      // The check plans the generated sheets again, so it comes with the builds' chunk (chunk-builds.js),
      // loaded on first use rather than with the sidebar's first paint.
      const { checkGeneratedSheets, sheetsToCheck } = await import(/* webpackChunkName: "builds" */ '../../src/share/integrity.js');
      return run(async (context) => {
        const formulas = new Map<string, SheetFormulas>();
        for (const name of sheetsToCheck(existing)) {
          const used = await readUsed(context, context.workbook.worksheets.getItem(name), 'formulas');
          if (used !== undefined) formulas.set(name, { sheet: name, row: used.row, column: used.column, formulas: used.cells });
        }
        return checkGeneratedSheets(existing, formulas);
      });
    },

    replaceWithValues: (cells: readonly CustomFormulaCell[]) =>
      run(async (context) => {
        // One sync for every listed cell: its formula now, its spill range, the values and formats shown.
        const probes = cells.map((cell) => {
          const sheet = context.workbook.worksheets.getItem(cell.sheet);
          const anchor = sheet.getRangeByIndexes(cell.row - 1, cell.column - 1, 1, 1);
          anchor.load('formulas,values,numberFormat');
          const spill = anchor.getSpillingToRangeOrNullObject();
          spill.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
          return { cell, anchor, spill };
        });
        await context.sync();
        const results: CustomResult[] = [];
        const shown = new Map<string, { value: unknown; format: unknown }>();
        const at = (sheet: string, row: number, column: number): string => `${sheet}\u0000${row}\u0000${column}`;
        for (const { cell, anchor, spill } of probes) {
          // A cell edited since the user confirmed is left alone.
          if ((anchor.formulas as unknown[][])[0]?.[0] !== cell.formula) continue;
          const source = spill.isNullObject ? anchor : spill;
          const top = spill.isNullObject ? cell.row : spill.rowIndex + 1;
          const left = spill.isNullObject ? cell.column : spill.columnIndex + 1;
          const formats = source.numberFormat as unknown[][];
          (source.values as unknown[][]).forEach((row, i) => {
            row.forEach((value, j) => shown.set(at(cell.sheet, top + i, left + j), { value, format: formats[i]?.[j] }));
          });
          const rowCount = spill.isNullObject ? 1 : spill.rowCount;
          const columnCount = spill.isNullObject ? 1 : spill.columnCount;
          results.push({ ...cell, result: { row: top, column: left, rowCount, columnCount } });
        }
        const batch = new PayloadBatch(context, budget);
        const blocks = replacementBlocks(results, (sheet, row, column): PlanCell => ({ value: planValue(shown.get(at(sheet, row, column))?.value) }));
        for (const [name, sheetBlocks] of blocks) {
          const sheet = context.workbook.worksheets.getItem(name);
          for (const block of sheetBlocks) {
            for (const chunk of blockChunks(block, [], CHUNK_BUDGET_BYTES)) {
              await batch.reserve(chunk.bytes * 2 + OPERATION_BYTES);
              const { row, column, rowCount, columnCount } = chunk.range;
              const range = sheet.getRangeByIndexes(row - 1, column - 1, rowCount, columnCount);
              if (chunk.textColumns !== undefined || chunk.numberFormats !== undefined) {
                // Text Excel would read as a formula, a number or an error gets the text format first,
                // as in a build; every other cell keeps the format it had (a date stays a date).
                const protect = new Set(chunk.textColumns ?? []);
                range.numberFormat = Array.from({ length: rowCount }, (_, i) =>
                  Array.from({ length: columnCount }, (__, j) => {
                    const wanted = chunk.numberFormats?.[i]?.[j];
                    const value = chunk.formulas[i]?.[j];
                    if (wanted === TEXT_FORMAT || (protect.has(j) && typeof value === 'string' && value !== '')) return TEXT_FORMAT;
                    const format = shown.get(at(name, row + i, column + j))?.format;
                    return typeof format === 'string' ? format : 'General';
                  }),
                );
              }
              range.formulas = chunk.formulas;
            }
          }
        }
        await batch.finish();
        return results;
      }),

    readSheetValues: (name) =>
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(name);
        const used = await readUsed(context, sheet, 'values');
        if (used === undefined) return [];
        // From A1: the used range may start lower or further right.
        const pad = Array.from({ length: used.column - 1 }, () => '');
        return [...Array.from({ length: used.row - 1 }, () => []), ...used.cells.map((row) => [...pad, ...row])];
      }),

    restore: (steps) =>
      run(async (context) => {
        // The formula cells' formats, read in one sync: a cell left text-formatted by the replacement
        // would keep a formula written into it as text, so it gets General back; the others keep theirs.
        const targets = steps.flatMap((step) => {
          const sheet = context.workbook.worksheets.getItem(step.sheet);
          return step.formulas.map((block) => {
            const range = sheet.getRangeByIndexes(block.row - 1, block.column - 1, block.cells.length, block.cells[0]?.length ?? 1);
            range.load('numberFormat');
            return { block, range };
          });
        });
        await context.sync();
        const batch = new PayloadBatch(context, budget);
        for (const step of steps) {
          const sheet = context.workbook.worksheets.getItem(step.sheet);
          for (const range of step.clear) {
            await batch.reserve(OPERATION_BYTES);
            sheet.getRangeByIndexes(range.row - 1, range.column - 1, range.rowCount, range.columnCount).clear('Contents');
          }
        }
        for (const { block, range } of targets) {
          await batch.reserve(JSON.stringify(block.cells).length * 2 + OPERATION_BYTES);
          const formats = range.numberFormat as unknown[][];
          if (formats.some((row) => row.includes(TEXT_FORMAT))) {
            range.numberFormat = formats.map((row) => row.map((format) => (format === TEXT_FORMAT || typeof format !== 'string' ? 'General' : format)));
          }
          range.formulas = block.cells;
        }
        await batch.finish();
      }),
  };
}
