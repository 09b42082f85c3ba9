/**
 * Page breaks from the plan's blocks. A builder knows which rows belong together (a section heading
 * with its first items, a section's last item with its comment block, an interview guide's header with
 * its questions); a spreadsheet only knows row heights and breaks wherever a page is full. This module
 * estimates how much of a sheet fits on a printed A4 page (scaled to one page wide, as every plan
 * prints) and sets an explicit break before a group of rows that would otherwise be split.
 *
 * The estimate errs on the short side (a page is assumed {@link PAGE_FILL} full at most): an explicit
 * break a little early costs some white space, a break too late would let the spreadsheet break
 * first, inside the group.
 */
import type { PrintSetup } from './types.js';

/** Rows that should print on one page: first and last row, 1-based, inclusive. */
export interface KeepTogether {
  readonly first: number;
  readonly last: number;
}

/** What the page estimate reads from a plan. */
export interface PageModel {
  readonly print: PrintSetup;
  /** Width of each column in characters (columns without an entry are {@link DEFAULT_COLUMN_WIDTH}). */
  readonly columnWidths: ReadonlyMap<number, number>;
  /** Number of columns printed (the rightmost used column). */
  readonly columnCount: number;
  /** Height of each row in points (rows without an entry are {@link DEFAULT_ROW_HEIGHT}). */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** The last row printed. */
  readonly lastRow: number;
}

/** Excel's default row height in points (Calibri 11). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's default column width in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Share of the estimated page height that the breaks fill at most. */
export const PAGE_FILL = 0.85;

/** A4 in points, and the margins the .xlsx writer sets (0.7 in left and right, 0.75 in top and bottom). */
const A4 = { short: 595, long: 842 };
const MARGINS = { horizontal: 2 * 0.7 * 72, vertical: 2 * 0.75 * 72 };

/**
 * Width of a column in points, as wide as a spreadsheet may draw it. Excel draws a character of
 * Calibri 11 in 7 pixels (5.25 points); LibreOffice without Calibri measured 7.14 points per
 * character (the interview guides printed at 52 % where 7 pixels predict 69 %). The wider measure is
 * taken: a sheet then scales down at least as much as estimated, and a page holds at least the rows
 * estimated.
 * @param characters - the width in characters
 * @returns the width in points
 * @example columnPoints(10) // 72
 */
export function columnPoints(characters: number): number {
  return characters * POINTS_PER_CHARACTER;
}

/** The widest drawing of one character of column width seen, in points (see {@link columnPoints}). */
const POINTS_PER_CHARACTER = 7.2;

/**
 * The height of sheet rows that fits on one printed page, in points of the sheet (before scaling).
 * @param model - the plan's print setup, widths and heights
 * @returns the usable height of a page
 * @example pageHeight({ print: { orientation: 'portrait', fitToWidth: false }, columnWidths: new Map(), columnCount: 1, rowHeights: new Map(), lastRow: 1 }) // 734
 */
export function pageHeight(model: PageModel): number {
  const landscape = model.print.orientation === 'landscape';
  const paperWidth = (landscape ? A4.long : A4.short) - MARGINS.horizontal;
  const paperHeight = (landscape ? A4.short : A4.long) - MARGINS.vertical;
  if (!model.print.fitToWidth) return paperHeight;
  let sheetWidth = 0;
  for (let column = 1; column <= model.columnCount; column++) sheetWidth += columnPoints(model.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH);
  const scale = sheetWidth > paperWidth ? paperWidth / sheetWidth : 1;
  return paperHeight / scale;
}

/**
 * Explicit page breaks that keep groups of rows together. Rows are laid out top to bottom; at the
 * first row of one or more groups, the largest group that fits on a page is considered: when it does
 * not fit in what is left of the current page, a new page starts at that row. A group taller than a
 * page is left to the spreadsheet's own breaks (a builder gives a smaller group for its start).
 * Repeated header rows count on every page after the first.
 * @param model - the plan's print setup, widths and heights
 * @param groups - the rows to keep together
 * @param forced - rows that start a new page in any case
 * @returns the rows that start a new page, ascending
 * @example pageBreaks(model, [{ first: 40, last: 60 }]) // [40] when row 40 starts low on page 1
 */
export function pageBreaks(model: PageModel, groups: readonly KeepTogether[], forced: readonly number[] = []): number[] {
  const always = new Set(forced);
  const height = (row: number): number => model.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  const span = (first: number, last: number): number => {
    let sum = 0;
    for (let row = first; row <= last; row++) sum += height(row);
    return sum;
  };
  const full = pageHeight(model);
  const capacity = full * PAGE_FILL;
  const repeat = model.print.repeatRows;
  const titles = repeat === undefined ? 0 : span(repeat.first, repeat.last);
  const starting = new Map<number, KeepTogether[]>();
  for (const group of groups) starting.set(group.first, [...(starting.get(group.first) ?? []), group]);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 1; row <= model.lastRow; row++) {
    const fresh = repeat !== undefined && row > repeat.last ? titles : 0;
    const candidates = (starting.get(row) ?? []).map((group) => span(group.first, group.last)).filter((size) => fresh + size <= capacity);
    const needed = candidates.length === 0 ? null : Math.max(...candidates);
    if (used > fresh && (always.has(row) || (needed !== null && used + needed > capacity))) {
      breaks.push(row);
      used = fresh;
    }
    used += height(row);
    // The spreadsheet breaks a full page on its own.
    if (used > full) used = fresh + height(row);
  }
  return breaks;
}
