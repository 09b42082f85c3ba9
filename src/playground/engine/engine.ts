/**
 * The playground's formula engine: evaluates every formula of the in-memory workbook with
 * fast-formula-parser, lazily and memoised (a formula reads other cells through the parser's
 * callbacks, which evaluate them first), and spills array results — a catalogue function such as
 * `RFM_SCORE` over a column, or `RFM_TABLE` — into the empty cells below and to the right, as Excel's
 * dynamic arrays do (#SPILL! when a cell in the way is not empty).
 *
 * A recalculation evaluates every formula again (the workbooks of the playground are small): sheets
 * that others read first, each from top to bottom, so that a running total down a column is read from
 * the row above, already computed, rather than by a deep recursion.
 */
import FormulaParser, { type CellRef, type RangeRef } from 'fast-formula-parser';
import type { Language } from '../../cells/errors.js';
import { quoteSheetName } from '../../plans/names.js';
import { cellKey, keyCell, type SheetModel, type WorkbookModel } from '../workbook/model.js';
import { engineFunctions, fixOperators, FormulaError } from './functions.js';

/** An error shown in a cell: its code (#VALUE!, #N/A, #SPILL! …) and what caused it. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
  readonly message: string;
}

/** What a cell shows once computed. Never NaN or ±Infinity (those become #NUM!). */
export type EngineValue = number | string | boolean | null | CellError;

/** True for a {@link CellError}. */
export function isCellError(value: unknown): value is CellError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'error';
}

/** A cell error. */
export function cellError(code: string, message = ''): CellError {
  return { kind: 'error', code, message };
}

/** How deep formulas may read formulas not yet computed before the engine gives up (a guard, never reached by generated sheets). */
const MAX_DEPTH = 400;
/** Passes of a recalculation at most: a second one only when a formula read a cell that a later spill filled. */
const MAX_PASSES = 3;

interface Spill {
  /** Spilled cell → the key of the formula that spilled into it. */
  readonly owner: Map<number, number>;
  /** Last row and column reached by a spill, so that whole-column references see spilled cells. */
  rows: number;
  columns: number;
}

/** The formula engine of one workbook. */
export class FormulaEngine {
  /** Language of catalogue results (segment names, headers) and of error messages. */
  language: Language;
  private readonly functions;
  private readonly parsers: FormulaParser[] = [];
  private depth = 0;
  private readonly computed = new Map<SheetModel, Map<number, EngineValue>>();
  private readonly evaluating = new Set<string>();
  private spills = new Map<SheetModel, Spill>();
  private previousSpills = new Map<SheetModel, Spill>();
  private emptyReads = new Map<SheetModel, Set<number>>();
  /** Formulas evaluated by the last recalculation, for the benchmark and the tests. */
  evaluations = 0;

  constructor(
    private readonly workbook: WorkbookModel,
    language: Language = 'fr',
  ) {
    this.language = language;
    fixOperators();
    this.functions = engineFunctions(
      () => this.language,
      (name) => this.workbook.sheet(name) !== undefined,
    );
    this.recalculate();
  }

  /** Computes every formula of the workbook again (after any change of a cell or of the sheets). */
  recalculate(): void {
    this.previousSpills = new Map();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      this.computed.clear();
      this.spills = new Map();
      this.emptyReads = new Map();
      this.evaluations = 0;
      for (const sheet of this.evaluationOrder()) {
        for (const [key, input] of sheet.cells) {
          if (!('formula' in input)) continue;
          const { row, column } = keyCell(key);
          this.formulaValue(sheet, key, row, column, input.formula);
        }
      }
      if (!this.readSpilledCellTooEarly()) return;
      this.previousSpills = this.spills;
    }
  }

  /**
   * The value a cell shows.
   * @param sheet - a sheet of the workbook
   * @param row - 1-based row
   * @param column - 1-based column
   * @returns the value, null for an empty cell
   */
  value(sheet: SheetModel, row: number, column: number): EngineValue {
    const key = cellKey(row, column);
    const input = sheet.cells.get(key);
    if (input !== undefined) return 'formula' in input ? this.formulaValue(sheet, key, row, column, input.formula) : input.value;
    const spill = this.spills.get(sheet);
    if (spill?.owner.has(key) === true) return this.computed.get(sheet)?.get(key) ?? null;
    const earlier = this.previousSpills.get(sheet)?.owner.get(key);
    if (earlier !== undefined) {
      // The formula that spilled here last pass has not been computed yet in this one: compute it first.
      const anchor = keyCell(earlier);
      this.value(sheet, anchor.row, anchor.column);
      if (this.spills.get(sheet)?.owner.has(key) === true) return this.computed.get(sheet)?.get(key) ?? null;
    }
    let reads = this.emptyReads.get(sheet);
    if (reads === undefined) this.emptyReads.set(sheet, (reads = new Set()));
    reads.add(key);
    return null;
  }

  /** The formula that spilled into a cell, when one did (its row and column). */
  spillAnchor(sheet: SheetModel, row: number, column: number): { row: number; column: number } | undefined {
    const anchor = this.spills.get(sheet)?.owner.get(cellKey(row, column));
    return anchor === undefined ? undefined : keyCell(anchor);
  }

  /** The rows and columns reached by spills on a sheet (for views that size the grid). */
  spillExtent(sheet: SheetModel): { rows: number; columns: number } {
    const spill = this.spills.get(sheet);
    return { rows: spill?.rows ?? 0, columns: spill?.columns ?? 0 };
  }

  /**
   * Evaluates a formula as if it stood in a cell, without storing it (conditional formats).
   * @param sheet - the sheet the formula reads by default
   * @param formula - without its "="
   * @param row - row of the cell it stands for
   * @param column - column of the cell it stands for
   * @returns its value (the top-left one for an array)
   */
  evaluate(sheet: SheetModel, formula: string, row: number, column: number): EngineValue {
    const result = this.parse(sheet, formula, row, column);
    return Array.isArray(result) ? engineValue(firstCell(result)) : engineValue(result);
  }

  /**
   * Evaluates a reference or formula to all its cells (the source of a list validation), empty cells
   * as null.
   * @param sheet - the sheet the formula reads by default
   * @param formula - e.g. `'Paramètres RFM'!$A$5:$A$15`
   * @returns the rows of values
   */
  evaluateRange(sheet: SheetModel, formula: string): EngineValue[][] {
    const result = this.parse(sheet, formula, 1, 1);
    const rows = Array.isArray(result) ? (result as unknown[]) : [[result]];
    return rows.map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]).map((cell) => (cell === null || cell === undefined ? null : engineValue(cell))));
  }

  private formulaValue(sheet: SheetModel, key: number, row: number, column: number, formula: string): EngineValue {
    let values = this.computed.get(sheet);
    if (values === undefined) this.computed.set(sheet, (values = new Map<number, EngineValue>()));
    const known = values.get(key);
    if (known !== undefined) return known;
    const id = `${this.workbook.sheets.indexOf(sheet)}:${key}`;
    if (this.evaluating.has(id)) return cellError('#REF!', circularMessage(this.language));
    if (this.depth >= MAX_DEPTH) return cellError('#REF!', this.language === 'fr' ? 'Chaîne de formules trop longue' : 'Chain of formulas too long');
    this.evaluating.add(id);
    this.evaluations++;
    let value: EngineValue;
    try {
      const result = this.parse(sheet, formula, row, column);
      value = Array.isArray(result) ? this.spill(sheet, key, row, column, result as unknown[][]) : engineValue(result);
    } finally {
      this.evaluating.delete(id);
    }
    values.set(key, value);
    return value;
  }

  /** Parses and evaluates a formula with the parser of the current depth (the parser is not re-entrant). */
  private parse(sheet: SheetModel, formula: string, row: number, column: number): unknown {
    const parser = this.parserAt(this.depth);
    this.depth++;
    try {
      return parser.parse(formula, { sheet: sheet.name, row, col: column }, true);
    } catch (error) {
      // A formula that does not parse, or a function the engine lacks: the cell shows why.
      if (error instanceof FormulaError) {
        // The parser wraps an error thrown by a callback (an unknown sheet) into #ERROR!, keeping it as details.
        const cause = (error as { details?: unknown }).details;
        if (cause instanceof FormulaError) return cause;
        return new FormulaError(error.error === '#ERROR!' ? '#NAME?' : error.error, firstLine(error.message));
      }
      throw error;
    } finally {
      this.depth--;
    }
  }

  private parserAt(depth: number): FormulaParser {
    let parser = this.parsers[depth];
    if (parser === undefined) {
      parser = new FormulaParser({
        functions: this.functions,
        onCell: (ref) => this.cellForParser(ref),
        onRange: (ref) => this.rangeForParser(ref),
        onVariable: (name) => this.name(name),
      });
      this.parsers[depth] = parser;
    }
    return parser;
  }

  private spill(sheet: SheetModel, key: number, row: number, column: number, rows: readonly unknown[][]): EngineValue {
    let spill = this.spills.get(sheet);
    if (spill === undefined) this.spills.set(sheet, (spill = { owner: new Map(), rows: 0, columns: 0 }));
    let values = this.computed.get(sheet);
    if (values === undefined) this.computed.set(sheet, (values = new Map<number, EngineValue>()));
    const targets: [number, EngineValue][] = [];
    for (const [i, cells] of rows.entries()) {
      for (const [j, cell] of cells.entries()) {
        if (i === 0 && j === 0) continue;
        const target = cellKey(row + i, column + j);
        if (sheet.cells.has(target) || spill.owner.has(target)) {
          const message = this.language === 'fr' ? 'Le résultat déborde sur des cellules non vides : videz-les' : 'The result spills onto cells that are not empty: clear them';
          return cellError('#SPILL!', message);
        }
        targets.push([target, engineValue(cell)]);
      }
    }
    for (const [target, value] of targets) {
      spill.owner.set(target, key);
      values.set(target, value);
    }
    spill.rows = Math.max(spill.rows, row + rows.length - 1);
    spill.columns = Math.max(spill.columns, column + Math.max(...rows.map((cells) => cells.length)) - 1);
    return engineValue(firstCell(rows));
  }

  private readSpilledCellTooEarly(): boolean {
    for (const [sheet, reads] of this.emptyReads) {
      const owner = this.spills.get(sheet)?.owner;
      if (owner !== undefined && [...reads].some((key) => owner.has(key))) return true;
    }
    return false;
  }

  private sheetOf(ref: { sheet?: string | undefined }): SheetModel | undefined {
    return ref.sheet === undefined ? undefined : this.workbook.sheet(ref.sheet);
  }

  private cellForParser(ref: CellRef): unknown {
    const sheet = this.sheetOf(ref);
    // Thrown rather than returned: the parser takes a returned error for a value and answers #VALUE!.
    if (sheet === undefined) throw new FormulaError('#REF!', unknownSheet(ref.sheet, this.language));
    return parserValue(this.value(sheet, ref.row, ref.col));
  }

  private rangeForParser(ref: RangeRef): unknown[][] {
    const sheet = this.sheetOf(ref);
    if (sheet === undefined) throw new FormulaError('#REF!', unknownSheet(ref.sheet, this.language));
    let lastRow = ref.to.row;
    let lastColumn = ref.to.col;
    // A whole column (A:A) or row (1:1) stops where the sheet's cells stop.
    if (lastRow >= FormulaParser.MAX_ROW || lastColumn >= FormulaParser.MAX_COLUMN) {
      const extent = sheet.extent();
      const spilled = this.spillExtent(sheet);
      if (lastRow >= FormulaParser.MAX_ROW) lastRow = Math.max(ref.from.row, extent.rows, spilled.rows);
      if (lastColumn >= FormulaParser.MAX_COLUMN) lastColumn = Math.max(ref.from.col, extent.columns, spilled.columns);
    }
    const out: unknown[][] = [];
    for (let row = ref.from.row; row <= lastRow; row++) {
      const cells: unknown[] = [];
      for (let column = ref.from.col; column <= lastColumn; column++) cells.push(parserValue(this.value(sheet, row, column)));
      out.push(cells);
    }
    return out;
  }

  private name(name: string): CellRef | RangeRef | null {
    const defined = this.workbook.names.get(name.toLowerCase());
    if (defined === undefined) return null;
    const { sheet, range } = defined;
    if (range.rowCount === 1 && range.columnCount === 1) return { sheet: sheet.name, row: range.row, col: range.column };
    return {
      sheet: sheet.name,
      from: { row: range.row, col: range.column },
      to: { row: range.row + range.rowCount - 1, col: range.column + range.columnCount - 1 },
    };
  }

  /** Sheets read by others come first, so that few formulas wait on formulas of a sheet not yet computed. */
  private evaluationOrder(): SheetModel[] {
    const sheets = this.workbook.sheets;
    const reads = new Map<SheetModel, SheetModel[]>();
    for (const sheet of sheets) {
      const text: string[] = [];
      for (const input of sheet.cells.values()) if ('formula' in input) text.push(input.formula);
      const all = text.join('\n').toLowerCase();
      reads.set(
        sheet,
        sheets.filter((other) => other !== sheet && (all.includes(`${quoteSheetName(other.name).toLowerCase()}!`) || all.includes(`${other.name.toLowerCase()}!`))),
      );
    }
    const ordered: SheetModel[] = [];
    const visiting = new Set<SheetModel>();
    const visit = (sheet: SheetModel): void => {
      if (ordered.includes(sheet) || visiting.has(sheet)) return;
      visiting.add(sheet);
      for (const other of reads.get(sheet) ?? []) visit(other);
      ordered.push(sheet);
    };
    for (const sheet of sheets) visit(sheet);
    return ordered;
  }
}

/** A value of the parser (a number, text, an error, an empty cell) as a cell shows it. */
function engineValue(result: unknown): EngineValue {
  if (result instanceof FormulaError) return cellError(result.error, result.message);
  if (result === null || result === undefined) return 0; // =A1 over an empty A1 shows 0, as in Excel.
  if (typeof result === 'number') return Number.isFinite(result) ? result : cellError('#NUM!', String(result));
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (Array.isArray(result)) return engineValue(firstCell(result));
  return cellError('#VALUE!', typeof result);
}

/** A cell's value as the parser reads it: errors as the parser's own. */
function parserValue(value: EngineValue): unknown {
  return isCellError(value) ? new FormulaError(value.code, value.message) : value;
}

function firstCell(rows: readonly unknown[]): unknown {
  const first: unknown = rows[0];
  return Array.isArray(first) ? first[0] : first;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function circularMessage(language: Language): string {
  return language === 'fr' ? 'Référence circulaire : la formule se lit elle-même' : 'Circular reference: the formula reads itself';
}

function unknownSheet(name: string | undefined, language: Language): string {
  return language === 'fr' ? `Pas de feuille « ${name ?? ''} »` : `No sheet "${name ?? ''}"`;
}
