/**
 * A small accumulator that plan builders fill in reading order (title, tables, formats) and turn into
 * a frozen {@link SheetPlan}, plus the cell constructors every builder uses.
 */
import type { Language } from '../cells/errors.js';
import { cellRange } from './a1.js';
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, pageBreaks, type KeepTogether } from './print.js';
import { rowHeightFor, type WrappedText } from './row-height.js';
import type {
  Block,
  CellRange,
  ChartPlan,
  ConditionalFormat,
  FreezePanes,
  NumberFormatName,
  PlanCell,
  PlanValue,
  PrintSetup,
  SheetPlan,
  StyleName,
  ValidationRange,
  ValidationRule,
} from './types.js';

/**
 * A value cell. Text stays text: `valueCell('=1+1')` is written as the characters "=1+1".
 * @param value - text, number, boolean or null (an empty cell)
 * @returns the cell
 * @example valueCell('Total') // { value: 'Total' }
 */
export function valueCell(value: PlanValue): PlanCell {
  return { value };
}

/**
 * A formula cell.
 * @param formula - the formula without its leading "=", English function names, comma separators
 * @returns the cell
 * @example formulaCell('SUM(B5:B9)') // { formula: 'SUM(B5:B9)' }
 */
export function formulaCell(formula: string): PlanCell {
  return { formula };
}

/**
 * A row of value cells.
 * @param values - the values, left to right
 * @returns the cells
 * @example valueRow(['Canal', 'Dépenses']) // [{ value: 'Canal' }, { value: 'Dépenses' }]
 */
export function valueRow(values: readonly PlanValue[]): PlanCell[] {
  return values.map(valueCell);
}

/** What identifies the sheet a builder makes. */
export interface SheetIdentity {
  readonly key: string;
  readonly version: number;
  readonly name: string;
  readonly language: Language;
}

/** The fields of a plan a builder collects, each a list it appends to. */
interface Collected {
  blocks: Block[];
  numberFormats: { range: CellRange; format: NumberFormatName }[];
  styles: { range: CellRange; style: StyleName }[];
  validations: ValidationRange[];
  conditionalFormats: ConditionalFormat[];
  merges: CellRange[];
  columnWidths: { column: number; width: number }[];
  rowHeights: { row: number; height: number }[];
  namedRanges: { name: string; range: CellRange }[];
  charts: ChartPlan[];
}

/**
 * Collects the parts of a sheet plan; every method returns the builder so calls chain.
 * @example new SheetPlanBuilder({ key: 'kpi', version: 1, name: 'KPI', language: 'fr' }).title('KPI', 6).build()
 */
export class SheetPlanBuilder {
  private readonly parts: Collected = {
    blocks: [],
    numberFormats: [],
    styles: [],
    validations: [],
    conditionalFormats: [],
    merges: [],
    columnWidths: [],
    rowHeights: [],
    namedRanges: [],
    charts: [],
  };
  private freezePanes: FreezePanes | undefined;
  private printSetup: PrintSetup | undefined;
  private readonly groups: KeepTogether[] = [];
  private readonly breaksBefore: number[] = [];
  private tab: string | undefined;
  private gridLines = true;

  /** @param identity - key, version, preferred name and language of the sheet */
  constructor(private readonly identity: SheetIdentity) {}

  /** Writes a rectangle of cells with its top-left cell at (row, column). */
  block(row: number, column: number, cells: readonly (readonly PlanCell[])[]): this {
    if (cells.length > 0) this.parts.blocks.push({ row, column, cells });
    return this;
  }

  /** Gives a named style to a range. */
  style(range: CellRange, style: StyleName): this {
    if (range.rowCount > 0 && range.columnCount > 0) this.parts.styles.push({ range, style });
    return this;
  }

  /** Gives a number format to a range. */
  format(range: CellRange, format: NumberFormatName): this {
    if (range.rowCount > 0 && range.columnCount > 0) this.parts.numberFormats.push({ range, format });
    return this;
  }

  /** Restricts what a range accepts. */
  validate(range: CellRange, rule: ValidationRule, options: { strict?: boolean; message?: string } = {}): this {
    if (range.rowCount > 0 && range.columnCount > 0) this.parts.validations.push({ range, rule, ...options });
    return this;
  }

  /** Adds a conditional format. */
  conditional(format: ConditionalFormat): this {
    if (format.range.rowCount > 0 && format.range.columnCount > 0) this.parts.conditionalFormats.push(format);
    return this;
  }

  /** Merges a range into one cell. */
  merge(range: CellRange): this {
    this.parts.merges.push(range);
    return this;
  }

  /** Sets the widths of consecutive columns from `firstColumn`, in characters. */
  widths(widths: readonly number[], firstColumn = 1): this {
    widths.forEach((width, i) => this.parts.columnWidths.push({ column: firstColumn + i, width }));
    return this;
  }

  /** Sets the height of one row, in points. */
  height(row: number, height: number): this {
    this.parts.rowHeights.push({ row, height });
    return this;
  }

  /** Keeps rows above and columns left of the given counts in view. */
  freeze(rows: number, columns = 0): this {
    this.freezePanes = { rows, columns };
    return this;
  }

  /** Defines a workbook name over a range of this sheet. */
  name(name: string, range: CellRange): this {
    this.parts.namedRanges.push({ name, range });
    return this;
  }

  /** Adds a chart. */
  chart(chart: ChartPlan): this {
    this.parts.charts.push(chart);
    return this;
  }

  /** Sets the page layout. */
  print(setup: PrintSetup): this {
    this.printSetup = setup;
    return this;
  }

  /**
   * Keeps rows on one printed page when they fit on one (a heading with its first rows, a table with
   * its notes): the plan gets an explicit page break before them when they would be split.
   */
  keep(first: number, last: number): this {
    if (last >= first) this.groups.push({ first, last });
    return this;
  }

  /** Starts a new printed page at a row (a long table that prints under its own repeated header). */
  newPage(row: number): this {
    if (row > 1) this.breaksBefore.push(row);
    return this;
  }

  /** Colours the sheet tab. */
  tabColor(color: string): this {
    this.tab = color;
    return this;
  }

  /** Hides the grid lines, for a report-like sheet. */
  hideGridLines(): this {
    this.gridLines = false;
    return this;
  }

  /**
   * Writes the title (row 1, merged over `width` columns) and, when given, the subtitle (row 2).
   * @param title - the sheet title
   * @param width - number of columns the title spans
   * @param subtitle - one line saying what the sheet is for and how to use it
   */
  title(title: string, width: number, subtitle?: string): this {
    this.block(1, 1, [[valueCell(title)]]).style(cellRange(1, 1), 'title').merge(cellRange(1, 1, 1, width)).height(1, 26);
    if (subtitle !== undefined) {
      this.block(2, 1, [[valueCell(subtitle)]]).style(cellRange(2, 1), 'subtitle').merge(cellRange(2, 1, 1, width));
    }
    return this;
  }

  /** The finished plan. */
  build(): SheetPlan {
    this.fitHeaderRows();
    const print = this.printSetup === undefined ? undefined : this.withPageBreaks(this.printSetup);
    return {
      ...this.identity,
      ...(this.tab === undefined ? {} : { tabColor: this.tab }),
      ...this.parts,
      ...(this.freezePanes === undefined ? {} : { freeze: this.freezePanes }),
      ...(print === undefined ? {} : { print }),
      showGridLines: this.gridLines,
    };
  }

  /** The print setup with the page breaks that keep the groups together. */
  private withPageBreaks(setup: PrintSetup): PrintSetup {
    if (this.groups.length === 0 && this.breaksBefore.length === 0) return setup;
    let lastRow = 0;
    let columnCount = 0;
    for (const block of this.parts.blocks) {
      lastRow = Math.max(lastRow, block.row + block.cells.length - 1);
      columnCount = Math.max(columnCount, block.column + (block.cells[0]?.length ?? 1) - 1);
    }
    for (const chart of this.parts.charts) {
      lastRow = Math.max(lastRow, chart.anchor.row + chart.anchor.rowCount - 1);
      columnCount = Math.max(columnCount, chart.anchor.column + chart.anchor.columnCount - 1);
    }
    const breaks = pageBreaks(
      {
        print: setup,
        columnWidths: new Map(this.parts.columnWidths.map(({ column, width }) => [column, width])),
        columnCount,
        rowHeights: new Map(this.parts.rowHeights.map(({ row, height }) => [row, height])),
        lastRow,
      },
      this.groups,
      this.breaksBefore,
    );
    return breaks.length === 0 ? setup : { ...setup, pageBreaks: breaks };
  }

  /**
   * Gives every row of column headers the height its wrapped headers need: hosts keep a stated
   * height, so a header that wraps to three lines under a two-line height would print cut.
   */
  private fitHeaderRows(): void {
    const headerCells = new Map<number, Set<number>>();
    for (const { range, style } of this.parts.styles) {
      if (style !== 'header') continue;
      for (let row = range.row; row < range.row + range.rowCount; row++) {
        const columns = headerCells.get(row) ?? new Set<number>();
        for (let column = range.column; column < range.column + range.columnCount; column++) columns.add(column);
        headerCells.set(row, columns);
      }
    }
    if (headerCells.size === 0) return;
    const widthOf = new Map(this.parts.columnWidths.map(({ column, width }) => [column, width]));
    const columnWidth = (column: number): number => widthOf.get(column) ?? DEFAULT_COLUMN_WIDTH;
    const heights = new Map(this.parts.rowHeights.map(({ row, height }) => [row, height]));
    for (const [row, columns] of headerCells) {
      const wrapped: WrappedText[] = [];
      for (const column of columns) {
        const text = this.textAt(row, column);
        if (text === '') continue;
        const merge = this.parts.merges.find((m) => m.row === row && m.column === column);
        let width = 0;
        for (let c = column; c < column + (merge?.columnCount ?? 1); c++) width += columnWidth(c);
        // Headers are bold: about a tenth wider than the text the estimate counts.
        wrapped.push({ text, width: width * 0.9 });
      }
      const current = heights.get(row) ?? DEFAULT_ROW_HEIGHT;
      const needed = rowHeightFor(wrapped, current);
      if (needed > current) this.parts.rowHeights.push({ row, height: needed });
    }
  }

  /** The text of a value cell written by the blocks ('' for a formula or an empty cell); the last block wins. */
  private textAt(row: number, column: number): string {
    let text = '';
    for (const block of this.parts.blocks) {
      const cell = block.cells[row - block.row]?.[column - block.column];
      if (cell !== undefined) text = 'value' in cell && cell.value !== null ? String(cell.value) : '';
    }
    return text;
  }
}
