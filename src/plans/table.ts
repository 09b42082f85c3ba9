/**
 * Tables as data: a table of a sheet is declared as columns — key, header, width, style, number
 * format, validation, and the cell of each row as a value or a formula that names other columns by
 * key — and {@link addTable} resolves the letters and ranges, writes the header, the rows and the
 * optional total row in one block each, and returns the table's {@link TableLayout} so that other
 * tables, charts and tests find a column by its key rather than by a letter or a row number.
 *
 * @example
 * const items = addTable(builder, {
 *   row: 5,
 *   rows: values.length,
 *   columns: [
 *     { key: 'value', header: { fr: 'Valeur', en: 'Value' }, style: 'data', cell: ({ index }) => values[index] },
 *     { key: 'share', header: { fr: 'Part', en: 'Share' }, format: 'percent', cell: ({ ref, all }) => formulaCell(`${ref('value')}/SUM(${all('value')})`) },
 *   ],
 * }, 'fr');
 * items.address('share', 0) // "B6"
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { cellAddress, cellRange, columnLetters } from './a1.js';
import type { SheetPlanBuilder } from './sheet-builder.js';
import { CLASS_FILLS } from './theme.js';
import type { CellRange, NumberFormatName, PlanCell, PlanValue, SheetPlan, StyleName, ValidationRule } from './types.js';
import { PlanError } from './types.js';

/** What a column's cell function receives: where the row is and how to name the other columns. */
export interface RowContext<K extends string> {
  /** 0-based index of the data row. */
  readonly index: number;
  /** 1-based sheet row. */
  readonly row: number;
  /** Relative A1 address of column `key` on this row, or `offset` rows away (e.g. -1 for the row above). */
  readonly ref: (key: K, offset?: number) => string;
  /** Absolute A1 range of column `key` over every data row, e.g. "$C$6:$C$20" ("$C$6:$C$6" for one row). */
  readonly all: (key: K) => string;
  /** The letters of column `key`, e.g. "C". */
  readonly letter: (key: K) => string;
  /** Relative A1 range of column `key` over every data row, e.g. "C6:C20" (for a total row's SUM). */
  readonly range: (key: K) => string;
  /** Absolute A1 address of column `key`'s total cell, e.g. "$C$21" (the table must have a total row). */
  readonly totalRef: (key: K) => string;
}

/** A cell as a column function returns it: a plan cell, or a bare value (text stays text). */
export type ColumnCell = PlanCell | PlanValue;

/** The style or format of a column: one for every row, or one per row (consecutive rows share a range). */
export type PerRow<T> = T | ((index: number) => T | undefined);

/** One column of a table. */
export interface TableColumn<K extends string> {
  readonly key: K;
  /**
   * The header text, in both languages or as given (a user's own column title), a formula (a title
   * read from another cell), or null for an empty header cell (under a header merged across columns).
   */
  readonly header: LocalizedText | string | { readonly formula: string } | null;
  /** Width in characters; absent: the sheet's current width of that column stays. */
  readonly width?: number;
  /** Style of the data cells, default `data`. */
  readonly style?: PerRow<StyleName>;
  readonly format?: PerRow<NumberFormatName>;
  /** The cell of a data row. */
  readonly cell: (row: RowContext<K>) => ColumnCell;
  /** The cell of the total row, when the table has one (absent: an empty cell). */
  readonly total?: (row: RowContext<K>) => ColumnCell;
  /** Format of the total cell, default the column's format of its first row; null for none. */
  readonly totalFormat?: NumberFormatName | null;
  /** A rule on the data cells. */
  readonly validation?: { readonly rule: ValidationRule; readonly strict?: boolean; readonly message?: LocalizedText };
}

/** A table: where it starts, how many rows, its columns. */
export interface TableSpec<K extends string> {
  /** Row of the header; the data starts on the row below. */
  readonly row: number;
  /** Column of the first column, default 1 (A). */
  readonly column?: number;
  /** Number of data rows (0 writes the header alone). */
  readonly rows: number;
  readonly columns: readonly TableColumn<K>[];
  /** Height of the header row in points (wrapped headers); absent: fitted by the builder. */
  readonly headerHeight?: number;
  /** Style of the header cells, default `header`. */
  readonly headerStyle?: StyleName;
  /** Write a total row under the data, styled `total`. */
  readonly totalRow?: boolean;
  /** Omit the header row (a table continued under another one's header): data starts at `row`. */
  readonly noHeader?: boolean;
}

/** Where a table's parts are, by column key. */
export interface TableLayout<K extends string> {
  readonly headerRow: number;
  readonly firstRow: number;
  /** Last data row (firstRow - 1 when the table has no row). */
  readonly lastRow: number;
  /** The total row, when the table has one. */
  readonly totalRow: number | undefined;
  readonly rowCount: number;
  /** 1-based column of a key. */
  readonly column: (key: K) => number;
  readonly letter: (key: K) => string;
  /** The data cells of a column. */
  readonly range: (key: K) => CellRange;
  /** Absolute A1 range of a column's data, e.g. "$C$6:$C$20". */
  readonly all: (key: K) => string;
  /** A1 address of a column's cell on data row `index` (0-based), relative unless asked. */
  readonly address: (key: K, index: number, absolute?: boolean) => string;
  /** A1 address of a column's total cell. */
  readonly totalAddress: (key: K, absolute?: boolean) => string;
  /** The whole rectangle: header (when written), data and total. */
  readonly bounds: CellRange;
}

/** A1 range of a column of cells, always with both ends ("C6:C6" for one row), as formulas write them by hand. */
function span(range: CellRange, absolute: boolean): string {
  const options = { absolute };
  return `${cellAddress(range.row, range.column, options)}:${cellAddress(range.row + range.rowCount - 1, range.column + range.columnCount - 1, options)}`;
}

const headerCell = (value: TableColumn<string>['header'], language: Language): PlanCell => {
  if (value === null || typeof value === 'string') return { value };
  return 'formula' in value ? { formula: value.formula } : { value: value[language] };
};

function asCell(cell: ColumnCell): PlanCell {
  if (cell !== null && typeof cell === 'object') return cell;
  return { value: cell };
}

/** Consecutive rows sharing a value, as [first index, count, value]. */
function runs<T>(count: number, of: PerRow<T> | undefined): [number, number, T][] {
  if (of === undefined) return [];
  if (typeof of !== 'function') return count > 0 ? [[0, count, of]] : [];
  const out: [number, number, T][] = [];
  const at = of as (index: number) => T | undefined;
  for (let i = 0; i < count; ) {
    const value = at(i);
    let j = i + 1;
    while (j < count && at(j) === value) j++;
    if (value !== undefined) out.push([i, j - i, value]);
    i = j;
  }
  return out;
}

/**
 * The layout of a table without writing it: for a sheet whose other tables refer to this one before it
 * is written, and for tests.
 */
export function tableLayout<K extends string>(spec: Omit<TableSpec<K>, 'columns'> & { readonly columns: readonly { readonly key: K }[] }): TableLayout<K> {
  const first = spec.column ?? 1;
  const index = new Map<K, number>();
  spec.columns.forEach(({ key }, i) => {
    if (index.has(key)) throw new PlanError(`Two columns with the key "${key}"`);
    index.set(key, first + i);
  });
  const column = (key: K): number => {
    const found = index.get(key);
    if (found === undefined) throw new PlanError(`No column "${key}" in the table at row ${spec.row}`);
    return found;
  };
  const headerRow = spec.row;
  const firstRow = spec.noHeader === true ? spec.row : spec.row + 1;
  const lastRow = firstRow + spec.rows - 1;
  const totalRow = spec.totalRow === true ? lastRow + 1 : undefined;
  const range = (key: K): CellRange => cellRange(firstRow, column(key), spec.rows, 1);
  return {
    headerRow,
    firstRow,
    lastRow,
    totalRow,
    rowCount: spec.rows,
    column,
    letter: (key) => columnLetters(column(key)),
    range,
    all: (key) => {
      if (spec.rows === 0) throw new PlanError(`The table at row ${spec.row} has no data row to refer to`);
      return span(range(key), true);
    },
    address: (key, i, absolute = false) => cellAddress(firstRow + i, column(key), { absolute }),
    totalAddress: (key, absolute = false) => {
      if (totalRow === undefined) throw new PlanError(`The table at row ${spec.row} has no total row`);
      return cellAddress(totalRow, column(key), { absolute });
    },
    bounds: cellRange(headerRow, first, (totalRow ?? lastRow) - headerRow + 1, spec.columns.length),
  };
}

/**
 * Writes a table into a sheet: the header row, the data rows and the total row (one block each),
 * the widths, styles, number formats and validations of each column.
 * @param builder - the sheet being built
 * @param spec - the table
 * @param language - the language of the headers and messages
 * @returns where the table's parts are
 */
export function addTable<K extends string>(builder: SheetPlanBuilder, spec: TableSpec<K>, language: Language): TableLayout<K> {
  const layout = tableLayout(spec);
  const { firstRow, totalRow } = layout;
  const context = (index: number, row: number): RowContext<K> => ({
    index,
    row,
    ref: (key, offset = 0) => cellAddress(row + offset, layout.column(key)),
    all: layout.all,
    letter: layout.letter,
    range: (key) => span(layout.range(key), false),
    totalRef: (key) => layout.totalAddress(key, true),
  });
  const first = spec.column ?? 1;
  const width = spec.columns.length;
  if (spec.noHeader !== true) {
    builder.block(spec.row, first, [spec.columns.map((column) => headerCell(column.header, language))]);
    builder.style(cellRange(spec.row, first, 1, width), spec.headerStyle ?? 'header');
    if (spec.headerHeight !== undefined) builder.height(spec.row, spec.headerHeight);
  }
  const rows: PlanCell[][] = [];
  for (let i = 0; i < spec.rows; i++) {
    const row = context(i, firstRow + i);
    rows.push(spec.columns.map((column) => asCell(column.cell(row))));
  }
  builder.block(firstRow, first, rows);
  spec.columns.forEach((column, j) => {
    const c = first + j;
    if (column.width !== undefined) builder.widths([column.width], c);
    for (const [start, count, style] of runs(spec.rows, column.style ?? 'data')) builder.style(cellRange(firstRow + start, c, count), style);
    for (const [start, count, format] of runs(spec.rows, column.format)) builder.format(cellRange(firstRow + start, c, count), format);
    if (column.validation !== undefined && spec.rows > 0) {
      const { rule, strict, message } = column.validation;
      builder.validate(cellRange(firstRow, c, spec.rows), rule, {
        ...(strict === undefined ? {} : { strict }),
        ...(message === undefined ? {} : { message: message[language] }),
      });
    }
  });
  if (totalRow !== undefined) {
    const row = context(spec.rows, totalRow);
    builder.block(totalRow, first, [spec.columns.map((column) => (column.total === undefined ? { value: null } : asCell(column.total(row))))]);
    builder.style(cellRange(totalRow, first, 1, width), 'total');
    spec.columns.forEach((column, j) => {
      const format = column.totalFormat === undefined ? (typeof column.format === 'function' ? column.format(0) : column.format) : column.totalFormat;
      if (format !== undefined && format !== null) builder.format(cellRange(totalRow, first + j, 1), format);
    });
  }
  return layout;
}

/**
 * The cell a plan writes at a table's column and data row (the last block written there wins), for
 * tests that look a cell up by key.
 * @returns the cell, or undefined when no block writes it
 */
export function tableCell<K extends string>(plan: SheetPlan, layout: TableLayout<K>, key: K, index: number): PlanCell | undefined {
  const row = layout.firstRow + index;
  const column = layout.column(key);
  let found: PlanCell | undefined;
  for (const block of plan.blocks) {
    const cell = block.cells[row - block.row]?.[column - block.column];
    if (cell !== undefined) found = cell;
  }
  return found;
}

/**
 * A section title: its text in the first cell, the `section` style over `span` columns.
 * @example addSection(builder, 9, 9, 5, 'Synthèse par classe') // I9 holds the title, I9:M9 styled
 */
export function addSection(builder: SheetPlanBuilder, row: number, column: number, span: number, title: string): void {
  builder.block(row, column, [[{ value: title }]]).style(cellRange(row, column, 1, span), 'section');
}

/**
 * A note: its text in the first cell of the row, styled `note`, merged over `span` columns.
 * @example addNote(builder, 3, 'Modifiez les seuils…', 13) // A3:M3 merged
 */
export function addNote(builder: SheetPlanBuilder, row: number, text: string, span: number): void {
  builder.block(row, 1, [[{ value: text }]]).style(cellRange(row, 1), 'note').merge(cellRange(row, 1, 1, span));
}

/**
 * The A, B and C fills of a column of classes (conditional formats reading each cell's own class),
 * the same on every sheet that classes something.
 * @param range - one column of cells holding "A", "B" or "C"
 */
export function highlightClasses(builder: SheetPlanBuilder, range: CellRange): void {
  const first = `$${columnLetters(range.column)}${range.row}`;
  for (const abcClass of ['A', 'B', 'C'] as const) {
    builder.conditional({ kind: 'formula', range, formula: `${first}="${abcClass}"`, style: { fill: CLASS_FILLS[abcClass], bold: true } });
  }
}
