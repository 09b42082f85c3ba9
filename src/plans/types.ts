/**
 * Sheet plans: a pure, host-neutral description of a generated sheet. Builders in src/plans turn
 * inputs into plans; every host (the .xlsx writer, Excel, Google Sheets) applies the same plan in a few
 * batched calls. A plan holds no host object and no function: it can be serialised as JSON.
 *
 * Conventions shared by every field:
 * - Rows and columns are 1-based, as in A1 notation (row 1, column 1 = A1).
 * - Formulas are written WITHOUT the leading "=", with English function names, comma argument
 *   separators and classic functions only (SUM, SUMIF, COUNTIF(S), SUMPRODUCT, IF, IFERROR, INDEX,
 *   MATCH, VLOOKUP, AVERAGEIF, ROUND, MAX, MIN, LARGE, RANK …): what Excel, Google Sheets and
 *   LibreOffice 7.4 all compute. Never LET, FILTER, SORT, XLOOKUP or other dynamic-array functions.
 * - A formula that reads another generated sheet never spells its name: it holds the token
 *   `{sheet:KEY}` (see `sheetRef` in names.ts), which `resolvePlans` replaces with the final, quoted
 *   name once free names are chosen. References inside the plan's own sheet are plain A1.
 * - Colours are '#RRGGBB' strings.
 */
import type { Language } from '../cells/errors.js';
import type { ProtectionMode } from './protection.js';

/** A constant written as a value: text always stays text, even "=1+1" or "@SUM(A1)". */
export type PlanValue = string | number | boolean | null;

/** A cell written as a value (never interpreted as a formula by any host). */
export interface ValueCell {
  readonly value: PlanValue;
}

/** A cell holding a native formula, without its leading "=" (e.g. `SUM(B5:B9)`). */
export interface FormulaCell {
  readonly formula: string;
}

/** One cell of a block. */
export type PlanCell = ValueCell | FormulaCell;

/** A rectangle of cells: top-left cell (1-based) and size. */
export interface CellRange {
  readonly row: number;
  readonly column: number;
  /** Number of rows, at least 1. */
  readonly rowCount: number;
  /** Number of columns, at least 1. */
  readonly columnCount: number;
}

/**
 * A rectangle of cells written in one call: `cells[i][j]` goes to (row + i, column + j). Every row has
 * the same length. A block is a whole table (header, data or totals), never one row: the number of
 * blocks of a plan does not grow with the number of input rows.
 */
export interface Block {
  readonly row: number;
  readonly column: number;
  readonly cells: readonly (readonly PlanCell[])[];
}

/**
 * The named styles of the product theme (see theme.ts for their fonts, fills and borders).
 * - `title`: the sheet title; `subtitle`: the line under it; `section`: a section heading;
 * - `header`: table column headers; `label`: row labels of a small table;
 * - `input`: a cell the user is expected to fill or edit (parameters, answers);
 * - `example`: example input rows, to be replaced by the user's own figures; `exampleText`: the same in
 *   a column of `inputText` cells, wrapped on several lines like them;
 * - `computed`: a cell computed by a formula; `total`: a total row;
 * - `data`: values copied from the user's data; `note`: explanations, sources, hints;
 * - `paragraph`: a longer text in a table cell (a description, an action), wrapped on several lines;
 * - `inputText`: an input cell for a sentence or more (an answer, a comment), wrapped on several lines;
 * - `hint`: a short help beside a question (what to look for), small grey text wrapped on several lines.
 */
export type StyleName =
  | 'title'
  | 'subtitle'
  | 'section'
  | 'header'
  | 'label'
  | 'input'
  | 'example'
  | 'exampleText'
  | 'computed'
  | 'total'
  | 'data'
  | 'note'
  | 'paragraph'
  | 'inputText'
  | 'hint';

/** A named style over a range. Later entries win where ranges overlap. */
export interface StyleRange {
  readonly range: CellRange;
  readonly style: StyleName;
}

/**
 * The number formats of the product (codes in theme.ts): `integer` 1 234, `decimal` 1 234,56,
 * `percent` 12,3 %, `currency` 1 234,56 €, `currencyRounded` 1 235 €, `date` dd/mm/yyyy,
 * `ratio` 3,2 (a multiple such as LTV:CAC), `text` (the cell keeps what is typed as text).
 */
export type NumberFormatName = 'integer' | 'decimal' | 'percent' | 'currency' | 'currencyRounded' | 'date' | 'ratio' | 'text';

/** A number format over a range. Later entries win where ranges overlap. */
export interface NumberFormatRange {
  readonly range: CellRange;
  readonly format: NumberFormatName;
}

/**
 * A data-validation rule.
 * - `list`: one of fixed values (each without a comma, 255 characters in all at most: Excel's limit);
 * - `listFromRange`: one of the values of a range, given as an A1 reference that may hold a sheet
 *   token, e.g. `{sheet:rfm.parameters}!$A$5:$A$15`;
 * - `wholeNumber` / `decimal`: a number between min and max inclusive;
 * - `date`: any date.
 */
export type ValidationRule =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'listFromRange'; readonly source: string }
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'date' };

/** A data-validation rule over a range. */
export interface ValidationRange {
  readonly range: CellRange;
  readonly rule: ValidationRule;
  /** true: an invalid entry is rejected; false (default): it is accepted with a warning. */
  readonly strict?: boolean;
  /** Message shown when an entry breaks the rule, in the plan's language. */
  readonly message?: string;
}

/** How a conditional format paints a cell. */
export interface ConditionalStyle {
  readonly fill?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

/**
 * A conditional format.
 * - `colorScale`: a 2- or 3-colour scale from the lowest value (minColor) through the median
 *   (midColor, 50th percentile, when given) to the highest (maxColor);
 * - `formula`: paints the cells where the formula is true; the formula is written for the range's
 *   top-left cell, with relative references moving over the range as in Excel
 *   (e.g. `$H5="A"` over H5:H900).
 */
export type ConditionalFormat =
  | {
      readonly kind: 'colorScale';
      readonly range: CellRange;
      readonly minColor: string;
      readonly midColor?: string;
      readonly maxColor: string;
    }
  | { readonly kind: 'formula'; readonly range: CellRange; readonly formula: string; readonly style: ConditionalStyle };

/** Width of one column in characters of the default font (Excel's unit). */
export interface ColumnWidth {
  readonly column: number;
  readonly width: number;
}

/** Height of one row in points. */
export interface RowHeight {
  readonly row: number;
  readonly height: number;
}

/** Rows and columns kept in view while scrolling (0 = none). */
export interface FreezePanes {
  readonly rows: number;
  readonly columns: number;
}

/**
 * A workbook-level name over a range of this sheet, for a parameter the user edits (a threshold, a
 * weight) so that formulas read `abc_threshold_a` rather than an address. Names are letters, digits,
 * underscores and periods, start with a letter, and never look like a cell address.
 */
export interface NamedRange {
  readonly name: string;
  readonly range: CellRange;
}

/**
 * The kind of a chart. `pareto` is a column series with a cumulative-share line on a secondary axis
 * (a host without combination charts draws the columns only, or the line only when it is the sole
 * series); `radar` falls back to `bar` where a host lacks it. `scatter` places each point at its x
 * ({@link ChartSeries.x}) and y (`values`); `bubble` also sizes it ({@link ChartSeries.sizes}); for
 * both, `categories` names the points (the playground writes the names beside them).
 */
export type ChartKind = 'column' | 'bar' | 'line' | 'radar' | 'pareto' | 'scatter' | 'bubble';

/** One data series of a chart, read from a column (or row) range of this sheet. */
export interface ChartSeries {
  /** Legend label. */
  readonly name: string;
  /** The values; for `scatter` and `bubble`, the y of each point. */
  readonly values: CellRange;
  /** For `pareto`: the cumulative share line; drawn on a secondary percent axis. */
  readonly line?: boolean;
  /** For `scatter` and `bubble`: the x of each point, same length as `values`. */
  readonly x?: CellRange;
  /** For `bubble`: the size of each point (its area), same length as `values`. */
  readonly sizes?: CellRange;
}

/** A chart over ranges of this sheet, placed over a rectangle of cells. */
export interface ChartPlan {
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels, same length as every series. */
  readonly categories: CellRange;
  readonly series: readonly ChartSeries[];
  /** Where the chart is drawn: its top-left cell and the number of rows and columns it covers. */
  readonly anchor: CellRange;
  /** Format of the primary value axis. */
  readonly valueFormat?: NumberFormatName;
  /** For `scatter` and `bubble`: format of the horizontal (x) axis. */
  readonly xFormat?: NumberFormatName;
  /** Fixed top of the primary value axis (its bottom is then 0), e.g. 3 for a 0–3 score; default automatic. */
  readonly valueMax?: number;
}

/** How a sheet prints (and so how it exports to PDF). */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Scale the sheet so that all its columns fit one page width. */
  readonly fitToWidth: boolean;
  /** Rows printed again at the top of every page (a table's column headers), 1-based, inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  /**
   * Rows that start a new printed page (1-based, ascending): breaks the builder sets at block
   * boundaries so that a heading never prints apart from its first rows (see print.ts).
   */
  readonly pageBreaks?: readonly number[];
}

/**
 * What marks a sheet as generated by the product: the plan's key and the version of its layout.
 * Excel keeps it as a worksheet custom property (or a workbook name in .xlsx files), Sheets as
 * developer metadata. Re-running replaces only sheets that carry a marker with the same key.
 */
export interface GeneratedMarker {
  /** Stable id of the kind of sheet: 'kpi', 'abc', 'abc.weighted', 'rfm.customers' … */
  readonly key: string;
  /** Layout version, raised when the layout changes. */
  readonly version: number;
}

/**
 * What a build stores with a sheet's marker so that the check before sharing can tell whether the
 * sheet's computed formulas are still the plan's (src/plans/fingerprint.ts): how many formula cells lie
 * outside the input cells, a short hash of their addresses and formulas, where the input cells are,
 * and the plan's language (a build that reads no selection can then be planned again to name the cells).
 */
export interface FormulaFingerprint {
  /** Formula cells outside the input cells. */
  readonly count: number;
  /** 8 hexadecimal digits over their addresses and normalised formulas. */
  readonly hash: string;
  /** The input cells (`editableRanges`), A1 ranges joined by ","; "" when there is none. */
  readonly inputs: string;
  readonly language: Language;
}

/** A marker as the hosts store it: key, version and, for the sheets built since it exists, the fingerprint. */
export interface StoredMarker extends GeneratedMarker {
  readonly fingerprint?: FormulaFingerprint | undefined;
}

/** The description of one generated sheet. */
export interface SheetPlan extends GeneratedMarker {
  /** Preferred sheet name, in the plan's language; the final one may get a " (2)" suffix. */
  readonly name: string;
  readonly language: Language;
  readonly tabColor?: string;
  readonly blocks: readonly Block[];
  readonly numberFormats: readonly NumberFormatRange[];
  readonly styles: readonly StyleRange[];
  readonly validations: readonly ValidationRange[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly merges: readonly CellRange[];
  readonly columnWidths: readonly ColumnWidth[];
  readonly rowHeights: readonly RowHeight[];
  readonly freeze?: FreezePanes;
  readonly namedRanges: readonly NamedRange[];
  readonly charts: readonly ChartPlan[];
  readonly print?: PrintSetup;
  /** Grid lines shown (default true); a report-like sheet hides them. */
  readonly showGridLines?: boolean;
}

/** A sheet already in the workbook, as a host reports it before applying plans. */
export interface ExistingSheet {
  readonly name: string;
  /** Its marker when the product generated it; absent for the user's own sheets. */
  readonly marker?: StoredMarker | undefined;
}

/** A plan whose final sheet name is chosen and whose formulas hold no sheet token any more. */
export interface ResolvedPlan extends SheetPlan {
  /** Name the sheet gets, free in the workbook (preferred name, or with " (2)", " (3)" …). */
  readonly finalName: string;
  /** Name of the generated sheet with the same key that this plan replaces, or null. */
  readonly replaces: string | null;
  /**
   * How the host protects the sheet once written (see protection.ts): set by the apply step from the
   * build's option; absent means not protected.
   */
  readonly protection?: ProtectionMode;
  /** Stored with the marker (set by the apply step): the plan's computed formulas, for the check before sharing. */
  readonly fingerprint?: FormulaFingerprint;
}

/** What a host does to apply a list of plans: remove the sheets replaced, then write the plans in order. */
export interface PlanResolution {
  readonly plans: readonly ResolvedPlan[];
  /** Generated sheets to delete first (the ones whose key is planned again). */
  readonly sheetsToRemove: readonly string[];
}

/** A problem found by `validatePlan`: where, and what. */
export interface PlanProblem {
  readonly key: string;
  /** e.g. "blocks[2].cells[10][3]", "namedRanges[0]". */
  readonly where: string;
  readonly message: string;
}

/** Misuse of the plan API (an unknown sheet key in a token, an invalid plan): a programming error. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}
