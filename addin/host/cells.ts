/**
 * From a plan's blocks to what Excel is sent: one matrix for `Range.formulas` per chunk of rows, with
 * the number formats that keep user text as text. Pure: no office-js here, so it is tested alone.
 *
 * Excel reads whatever it is sent the way it reads what a user types: "=HYPERLINK(…)", "+33 6 12…",
 * "@SUM(A1)", "-remise" would become formulas, "0612" a number, "01/02/2024" a date, "VRAI" a boolean,
 * "#N/A" an error. A plan's text must stay text, so such a string goes to a cell whose number format is
 * text ("@") before it is written: Excel then keeps it as typed.
 */
import { NUMBER_FORMATS } from '../../src/plans/theme.js';
import type { Block, CellRange, NumberFormatRange, PlanCell } from '../../src/plans/types.js';

/** Excel's default number format. */
export const GENERAL_FORMAT = 'General';
/** The text number format: what is written is kept as typed. */
export const TEXT_FORMAT = NUMBER_FORMATS.text;

/** One cell as `Range.formulas` takes it: a constant, or a formula with its "=". */
export type ExcelInput = string | number | boolean;

/** A rectangle of a block written in one assignment. */
export interface BlockChunk {
  /** The cells covered (1-based, as in plans). */
  readonly range: CellRange;
  readonly formulas: ExcelInput[][];
  /**
   * Columns of the chunk (0-based, from its left) that hold only text and some text to protect: they
   * get the text format as one range each, before the cells are written.
   */
  readonly textColumns?: number[];
  /**
   * The number formats to set first, cell by cell, when text to protect shares a column with numbers
   * or formulas (the plan's format is kept on those).
   */
  readonly numberFormats?: string[][];
  /** Estimated size of what the chunk sends, in bytes of JSON. */
  readonly bytes: number;
}

/**
 * True when Excel would not keep a string as text if it were typed into a cell of General format:
 * a leading = + - @ (a formula), # (an error literal) or ' (the quote prefix, which Excel strips); a
 * digit anywhere (a number, date, time, percentage or fraction); a boolean in English or French.
 * Strings that are only letters, spaces and punctuation stay text whatever the cell's format.
 * @param text - a string value of a plan
 * @returns whether it needs the text number format
 * @example needsTextFormat('=HYPERLINK("x")') // true
 * @example needsTextFormat('Dupont SARL') // false
 */
export function needsTextFormat(text: string): boolean {
  if (text === '') return false;
  if (/^[=+\-@#'\s]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  return /^(true|false|vrai|faux)$/i.test(text.trim());
}

function inputOf(cell: PlanCell): ExcelInput {
  if ('formula' in cell) return `=${cell.formula}`;
  return cell.value ?? '';
}

/** Size of a cell in the request's JSON: its characters, quotes and comma (non-ASCII counted as UTF-8). */
function inputBytes(input: ExcelInput): number {
  if (typeof input === 'number') return String(input).length + 1;
  if (typeof input === 'boolean') return input ? 5 : 6;
  let bytes = input.length + 3;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    // Quotes and backslashes are escaped; control characters take \uXXXX; beyond ASCII, UTF-8 bytes.
    if (code === 0x22 || code === 0x5c) bytes += 1;
    else if (code < 0x20) bytes += 5;
    else if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/**
 * The number format that applies to a cell under a plan's format ranges (the last range over it wins),
 * or General.
 */
function formatAt(formats: readonly NumberFormatRange[], row: number, column: number): string {
  for (let i = formats.length - 1; i >= 0; i--) {
    const entry = formats[i];
    if (entry === undefined) continue;
    const { range } = entry;
    if (row >= range.row && row < range.row + range.rowCount && column >= range.column && column < range.column + range.columnCount) {
      return NUMBER_FORMATS[entry.format];
    }
  }
  return GENERAL_FORMAT;
}

/**
 * Cuts a block into chunks of whole rows, each under a byte budget, ready for `Range.formulas`.
 * @param block - a block of a resolved plan
 * @param formats - the plan's number-format ranges (kept on cells that are not protected text)
 * @param budget - the most bytes one chunk may send (a single wider row is a chunk of its own)
 * @returns the chunks, top to bottom
 * @example blockChunks({ row: 1, column: 1, cells: [[{ value: 'a' }]] }, [], 1000).length // 1
 */
export function blockChunks(block: Block, formats: readonly NumberFormatRange[], budget: number): BlockChunk[] {
  const width = block.cells[0]?.length ?? 0;
  if (width === 0) return [];
  const chunks: BlockChunk[] = [];
  let start = 0;
  let rows: ExcelInput[][] = [];
  let protectedCells: [number, number][] = [];
  /**
   * Columns of the current chunk holding a number, a boolean, a formula or an empty cell somewhere:
   * text-formatting them whole would turn a figure typed there later into text.
   */
  let mixedColumns = new Set<number>();
  let bytes = 0;
  let cellBytes = 0;
  const flush = (): void => {
    if (rows.length === 0) return;
    const range = { row: block.row + start, column: block.column, rowCount: rows.length, columnCount: width };
    let numberFormats: string[][] | undefined;
    let textColumns: number[] | undefined;
    const columnsToProtect = [...new Set(protectedCells.map(([, j]) => j))];
    // The usual case, ids such as "C001" or phone numbers: whole columns of text, one range each.
    if (columnsToProtect.length > 0 && columnsToProtect.every((j) => !mixedColumns.has(j))) {
      textColumns = columnsToProtect.sort((a, b) => a - b);
    } else if (protectedCells.length > 0) {
      numberFormats = rows.map((_, i) => Array.from({ length: width }, (__, j) => formatAt(formats, range.row + i, range.column + j)));
      for (const [i, j] of protectedCells) {
        const formatRow = numberFormats[i];
        if (formatRow !== undefined) formatRow[j] = TEXT_FORMAT;
      }
    }
    // What the request really carries: the cells, and the formats when there are some.
    const formatBytes = numberFormats?.reduce((sum, row) => sum + row.reduce((rowSum, code) => rowSum + code.length + 3, 2), 2) ?? 0;
    // (+2: the brackets around the rows.)
    chunks.push({
      range,
      formulas: rows,
      bytes: cellBytes + formatBytes + 2,
      ...(numberFormats === undefined ? {} : { numberFormats }),
      ...(textColumns === undefined ? {} : { textColumns }),
    });
    start += rows.length;
    rows = [];
    protectedCells = [];
    mixedColumns = new Set<number>();
    bytes = 0;
    cellBytes = 0;
  };
  for (const [i, cells] of block.cells.entries()) {
    const inputs = cells.map(inputOf);
    const textColumns = cells.flatMap((cell, j) => ('value' in cell && typeof cell.value === 'string' && needsTextFormat(cell.value) ? [j] : []));
    // A row with protected text also sends a row of formats (at most ~16 bytes a cell).
    const rowCellBytes = inputs.reduce((sum: number, input) => sum + inputBytes(input), 2);
    const rowBytes = rowCellBytes + (textColumns.length > 0 ? width * 16 : 0);
    if (rows.length > 0 && bytes + rowBytes > budget) flush();
    for (const j of textColumns) protectedCells.push([i - start, j]);
    cells.forEach((cell, j) => {
      if ('formula' in cell || typeof cell.value !== 'string' || cell.value === '') mixedColumns.add(j);
    });
    rows.push(inputs);
    bytes += rowBytes;
    cellBytes += rowCellBytes;
  }
  flush();
  return chunks;
}
