/**
 * The playground's workbook as an .xlsx file, through the product's writer: the user's sheets are
 * written as they are (values, formulas with their computed result, number formats), then every
 * generated sheet is turned back into its sheet plan — with whatever the user typed into it since —
 * and handed to `writeXlsx`, which writes it exactly as the CLI does (styles, merges, validations,
 * conditional formats, charts, the generated marker).
 */
import ExcelJS from 'exceljs';
import { NUMBER_FORMATS } from '../../plans/theme.js';
import type { Block, PlanCell, SheetPlan } from '../../plans/types.js';
import { writeXlsx, type XlsxResult } from '../../xlsx/writer.js';
import { isCellError, type FormulaEngine } from '../engine/engine.js';
import { keyCell, type SheetModel, type WorkbookModel } from './model.js';

/**
 * A generated sheet of the playground as a plan again: one block over its used rectangle, its styles,
 * formats and settings as they are now.
 * @param sheet - a sheet with a generated marker
 * @param workbook - the workbook (for its names over this sheet)
 * @returns the plan, named as the sheet is
 */
export function planOfSheet(sheet: SheetModel, workbook: WorkbookModel): SheetPlan {
  if (sheet.marker === undefined) throw new Error(`Sheet "${sheet.name}" was not generated`);
  const { rows, columns } = sheet.extent();
  const cells: PlanCell[][] = [];
  for (let row = 1; row <= rows; row++) {
    const line: PlanCell[] = [];
    for (let column = 1; column <= columns; column++) {
      const input = sheet.input(row, column);
      line.push(input === undefined ? { value: null } : 'formula' in input ? { formula: input.formula } : { value: input.value });
    }
    cells.push(line);
  }
  const blocks: Block[] = rows > 0 && columns > 0 ? [{ row: 1, column: 1, cells }] : [];
  const one = (key: number): { row: number; column: number; rowCount: number; columnCount: number } => ({ ...keyCell(key), rowCount: 1, columnCount: 1 });
  return {
    key: sheet.marker.key,
    version: sheet.marker.version,
    name: sheet.name,
    language: 'fr',
    ...(sheet.tabColor === undefined ? {} : { tabColor: sheet.tabColor }),
    blocks,
    styles: [...sheet.styles].map(([key, style]) => ({ range: one(key), style })),
    numberFormats: [...sheet.formats].map(([key, format]) => ({ range: one(key), format })),
    validations: [...sheet.validations],
    conditionalFormats: [...sheet.conditionalFormats],
    merges: [...sheet.merges],
    columnWidths: [...sheet.widths].map(([column, width]) => ({ column, width })),
    rowHeights: [...sheet.heights].map(([row, height]) => ({ row, height })),
    freeze: sheet.freeze,
    namedRanges: [...workbook.names.values()].filter((named) => named.sheet === sheet).map((named) => ({ name: named.name, range: named.range })),
    charts: [...sheet.charts],
    showGridLines: sheet.showGridLines,
    ...(sheet.print === undefined ? {} : { print: sheet.print }),
  };
}

function writeUserSheet(target: ExcelJS.Workbook, sheet: SheetModel, engine: FormulaEngine): void {
  const out = target.addWorksheet(sheet.name);
  for (const [key, input] of sheet.cells) {
    const { row, column } = keyCell(key);
    const cell = out.getRow(row).getCell(column);
    if ('formula' in input) {
      const value = engine.value(sheet, row, column);
      cell.value = isCellError(value) || value === null ? { formula: input.formula, date1904: false } : { formula: input.formula, result: value, date1904: false };
    } else if (input.value !== null) {
      cell.value = input.value;
    }
    const format = sheet.formats.get(key);
    if (format !== undefined) cell.numFmt = NUMBER_FORMATS[format];
    if (sheet.styles.get(key) === 'header') cell.font = { bold: true };
  }
  for (const [column, width] of sheet.widths) out.getColumn(column).width = width;
  if (sheet.freeze.rows > 0 || sheet.freeze.columns > 0) out.views = [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }];
}

/**
 * The whole workbook as an .xlsx file: the user's sheets first, then the generated ones.
 * @param workbook - the playground's workbook
 * @param engine - its engine (for the results of the user's formulas)
 * @returns the file's bytes and what the writer did
 */
export async function exportXlsx(workbook: WorkbookModel, engine: FormulaEngine): Promise<XlsxResult> {
  const target = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) if (sheet.marker === undefined) writeUserSheet(target, sheet, engine);
  const generated = workbook.sheets.filter((sheet) => sheet.marker !== undefined);
  const plans = generated.map((sheet) => planOfSheet(sheet, workbook));
  // Each sheet keeps the protection it was built with.
  return writeXlsx(plans, { workbook: target, protection: generated.map((sheet) => sheet.protection?.mode ?? 'none') });
}
