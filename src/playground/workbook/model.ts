/**
 * The playground's in-memory workbook: sheets of cells (values or formulas) with what the generated
 * sheets carry besides (named styles, number formats, merges, widths, heights, frozen panes,
 * conditional formats, validations, charts, the generated marker). A resolved sheet plan is applied
 * to it whole, as the .xlsx writer applies one to an ExcelJS workbook.
 */
import { MAX_COLUMNS } from '../../plans/a1.js';
import { markerText, parseMarker } from '../../plans/marker.js';
import { editableRanges, inRanges, type ProtectionMode } from '../../plans/protection.js';
import type {
  CellRange,
  ChartPlan,
  ConditionalFormat,
  FreezePanes,
  PrintSetup,
  StoredMarker,
  NumberFormatName,
  PlanValue,
  ResolvedPlan,
  StyleName,
  ValidationRange,
} from '../../plans/types.js';

/** What a cell holds as typed: a value (text stays text) or a formula without its "=". */
export type CellInput = { readonly value: PlanValue } | { readonly formula: string };

/** The key of a cell in a sheet's maps (row and column are 1-based). */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** The row and column of a key made by {@link cellKey}. */
export function keyCell(key: number): { row: number; column: number } {
  const row = Math.floor((key - 1) / MAX_COLUMNS);
  return { row, column: key - row * MAX_COLUMNS };
}

/** One sheet of the workbook. */
export class SheetModel {
  readonly cells = new Map<number, CellInput>();
  readonly styles = new Map<number, StyleName>();
  readonly formats = new Map<number, NumberFormatName>();
  readonly merges: CellRange[] = [];
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly validations: ValidationRange[] = [];
  readonly charts: ChartPlan[] = [];
  freeze: FreezePanes = { rows: 0, columns: 0 };
  showGridLines = true;
  tabColor: string | undefined;
  /** How the sheet prints (print titles, page breaks), kept for the .xlsx export. */
  print: PrintSetup | undefined;
  /** Set on the sheets the product generated; the user's own sheets have none. */
  marker: StoredMarker | undefined;
  /** How the sheet is protected, and the cells left open (`editableRanges` of its plan); none: not protected. */
  protection: { readonly mode: Exclude<ProtectionMode, 'none'>; readonly editable: readonly CellRange[] } | undefined;

  constructor(public name: string) {}

  /** The cell as typed, or undefined when it is empty. */
  input(row: number, column: number): CellInput | undefined {
    return this.cells.get(cellKey(row, column));
  }

  /** True when the sheet is protected and the cell is not one of its input cells. */
  isLocked(row: number, column: number): boolean {
    return this.protection !== undefined && !inRanges(this.protection.editable, row, column);
  }

  /** Types into a cell: undefined (or a null value) empties it. */
  setInput(row: number, column: number, input: CellInput | undefined): void {
    const key = cellKey(row, column);
    if (input === undefined || ('value' in input && input.value === null)) this.cells.delete(key);
    else this.cells.set(key, input);
  }

  /** Rows and columns in use: the last row and column holding a cell, a style, a merge or a chart. */
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    const visit = (key: number): void => {
      const { row, column } = keyCell(key);
      if (row > rows) rows = row;
      if (column > columns) columns = column;
    };
    for (const key of this.cells.keys()) visit(key);
    for (const key of this.styles.keys()) visit(key);
    for (const range of [...this.merges, ...this.charts.map((chart) => chart.anchor)]) {
      rows = Math.max(rows, range.row + range.rowCount - 1);
      columns = Math.max(columns, range.column + range.columnCount - 1);
    }
    return { rows, columns };
  }
}

/** A workbook-level name over a range of one sheet. */
export interface WorkbookName {
  /** As the plan spelled it. */
  readonly name: string;
  readonly sheet: SheetModel;
  readonly range: CellRange;
}

/** The whole workbook, sheets in tab order. */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  /** Names by lower-case name (names are case-insensitive, as in Excel). */
  readonly names = new Map<string, WorkbookName>();

  /** The sheet of a name, compared without regard to case as Excel does; undefined when there is none. */
  sheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** Adds an empty sheet at the end. */
  addSheet(name: string): SheetModel {
    if (this.sheet(name) !== undefined) throw new Error(`A sheet named "${name}" already exists`);
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Removes sheets by name, and the names defined over them. */
  removeSheets(names: readonly string[]): void {
    const removed = new Set(names.map((name) => name.toLowerCase()));
    for (let i = this.sheets.length - 1; i >= 0; i--) {
      if (removed.has(this.sheets[i]?.name.toLowerCase() ?? '')) this.sheets.splice(i, 1);
    }
    for (const [name, defined] of this.names) if (!this.sheets.includes(defined.sheet)) this.names.delete(name);
  }

  /**
   * Adds a sheet holding a resolved plan, marker included (the caller resolved its name against this
   * workbook and removed the sheets it replaces).
   * @param plan - the plan, with its final name and no sheet token left
   * @returns the new sheet
   */
  writePlan(plan: ResolvedPlan): SheetModel {
    const sheet = this.addSheet(plan.finalName);
    for (const block of plan.blocks) {
      block.cells.forEach((cells, i) => {
        cells.forEach((cell, j) => {
          sheet.setInput(block.row + i, block.column + j, 'formula' in cell ? { formula: cell.formula } : { value: cell.value });
        });
      });
    }
    for (const { range, style } of plan.styles) forEachCell(range, (key) => sheet.styles.set(key, style));
    for (const { range, format } of plan.numberFormats) forEachCell(range, (key) => sheet.formats.set(key, format));
    sheet.merges.push(...plan.merges);
    for (const { column, width } of plan.columnWidths) sheet.widths.set(column, width);
    for (const { row, height } of plan.rowHeights) sheet.heights.set(row, height);
    sheet.conditionalFormats.push(...plan.conditionalFormats);
    sheet.validations.push(...plan.validations);
    sheet.charts.push(...plan.charts);
    if (plan.freeze !== undefined) sheet.freeze = plan.freeze;
    sheet.showGridLines = plan.showGridLines ?? true;
    sheet.tabColor = plan.tabColor;
    sheet.print = plan.print;
    // Stored as the hosts store it: the text of markerText, read back by parseMarker.
    sheet.marker = parseMarker(markerText(plan));
    if (plan.protection !== undefined && plan.protection !== 'none') sheet.protection = { mode: plan.protection, editable: editableRanges(plan) };
    for (const named of plan.namedRanges) this.names.set(named.name.toLowerCase(), { name: named.name, sheet, range: named.range });
    return sheet;
  }
}

/** Calls `visit` with the key of every cell of a range. */
export function forEachCell(range: CellRange, visit: (key: number, row: number, column: number) => void): void {
  for (let row = range.row; row < range.row + range.rowCount; row++) {
    for (let column = range.column; column < range.column + range.columnCount; column++) visit(cellKey(row, column), row, column);
  }
}
