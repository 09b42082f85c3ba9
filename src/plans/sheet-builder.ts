/**
 * A small accumulator that plan builders fill in reading order (title, tables, formats) and turn into
 * a frozen {@link SheetPlan}, plus the cell constructors every builder uses.
 */
import type { Language } from '../cells/errors.js';
import { cellRange } from './a1.js';
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
    return {
      ...this.identity,
      ...(this.tab === undefined ? {} : { tabColor: this.tab }),
      ...this.parts,
      ...(this.freezePanes === undefined ? {} : { freeze: this.freezePanes }),
      ...(this.printSetup === undefined ? {} : { print: this.printSetup }),
      showGridLines: this.gridLines,
    };
  }
}
