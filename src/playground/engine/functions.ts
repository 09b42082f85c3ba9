/**
 * The functions the playground's formula engine knows: the spreadsheet functions of
 * fast-formula-parser (MIT), the ones it leaves unimplemented taken from @formulajs/formulajs (MIT),
 * and every function of the catalogue, registered from the catalogue itself under its id and under
 * `PROMETHEE.<id>` (the name Excel shows).
 */
import FormulaParser, { type FunctionArg } from 'fast-formula-parser';
import operators from 'fast-formula-parser/formulas/operators.js';
import Utils from 'fast-formula-parser/grammar/utils.js';
import * as formulajs from '@formulajs/formulajs';
import { CATALOGUE } from '../../catalogue/catalogue.js';
import { invoke } from '../../catalogue/invoke.js';
import { isSheetError, type Language } from '../../cells/errors.js';
import type { OutCell, RawArg, RawCell } from '../../cells/values.js';

/** The parser's error class (a value at run time: the package exports it as a static property). */
export const FormulaError = FormulaParser.FormulaError;
export type FormulaErrorValue = InstanceType<typeof FormulaParser.FormulaError>;

/** A function of the engine: the parser's arguments in, a value, an array or an error out. */
export type EngineFunction = (...args: FunctionArg[]) => unknown;

/**
 * Functions fast-formula-parser declares but leaves empty (or lacks), taken from formulajs, with the
 * formulajs name when it differs (formulajs spells RANK.EQ as RANKEQ).
 */
export const FROM_FORMULAJS: Readonly<Record<string, string>> = Object.freeze({
  MAX: 'MAX',
  MIN: 'MIN',
  MAXA: 'MAXA',
  MINA: 'MINA',
  LARGE: 'LARGE',
  SMALL: 'SMALL',
  MEDIAN: 'MEDIAN',
  MAXIFS: 'MAXIFS',
  MINIFS: 'MINIFS',
  SUMIFS: 'SUMIFS',
  AVERAGEIFS: 'AVERAGEIFS',
  COUNTIFS: 'COUNTIFS',
  COUNTA: 'COUNTA',
  COUNTBLANK: 'COUNTBLANK',
  MATCH: 'MATCH',
  CHOOSE: 'CHOOSE',
  SUBSTITUTE: 'SUBSTITUTE',
  TEXTJOIN: 'TEXTJOIN',
  SWITCH: 'SWITCH',
  RANK: 'RANKEQ',
  'RANK.EQ': 'RANKEQ',
  'RANK.AVG': 'RANKAVG',
  'STDEV.S': 'STDEVS',
  'STDEV.P': 'STDEVP',
  'VAR.S': 'VARS',
  'VAR.P': 'VARP',
  PERCENTILE: 'PERCENTILEINC',
  'PERCENTILE.INC': 'PERCENTILEINC',
  QUARTILE: 'QUARTILEINC',
  'QUARTILE.INC': 'QUARTILEINC',
  PERCENTRANK: 'PERCENTRANKINC',
  'PERCENTRANK.INC': 'PERCENTRANKINC',
  'MODE.SNGL': 'MODESNGL',
  TRIMMEAN: 'TRIMMEAN',
  SLOPE: 'SLOPE',
  PEARSON: 'PEARSON',
  RSQ: 'RSQ',
  SKEW: 'SKEW',
});

/**
 * Functions whose ranges Excel reads for their numbers only (text and blanks ignored), where formulajs
 * answers #VALUE! at the first text: their range arguments are reduced to their numbers first.
 */
const NUMBERS_OF_RANGES: ReadonlySet<string> = new Set([
  'RANK', 'RANK.EQ', 'RANK.AVG', 'LARGE', 'SMALL', 'MEDIAN', 'PERCENTILE', 'PERCENTILE.INC', 'QUARTILE', 'QUARTILE.INC',
  'PERCENTRANK', 'PERCENTRANK.INC', 'MODE.SNGL', 'TRIMMEAN', 'STDEV.S', 'STDEV.P', 'VAR.S', 'VAR.P', 'SKEW',
]);

const FORMULAJS = formulajs as unknown as Readonly<Record<string, unknown>>;

/** A range's numbers as one column (its errors kept, so that they still propagate). */
function numbersOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const numbers: unknown[][] = [];
  for (const row of value as unknown[]) {
    for (const cell of Array.isArray(row) ? (row as unknown[]) : [row]) if (typeof cell === 'number' || cell instanceof FormulaError) numbers.push([cell]);
  }
  return numbers;
}

/** Turns what formulajs returns (its errors are plain Errors whose message is the code) into the parser's values. */
function fromFormulajs(result: unknown): unknown {
  if (result instanceof FormulaError) return result;
  if (result instanceof Error) return new FormulaError(result.message.startsWith('#') ? result.message : '#VALUE!');
  if (Array.isArray(result)) return result.map((row: unknown) => (Array.isArray(row) ? row.map(fromFormulajs) : fromFormulajs(row)));
  if (typeof result === 'number' && !Number.isFinite(result)) return new FormulaError('#NUM!');
  return result;
}

function formulajsFunction(name: string, formulajsName: string): EngineFunction {
  const implementation = FORMULAJS[formulajsName];
  if (typeof implementation !== 'function') throw new Error(`formulajs has no function ${formulajsName}`);
  const call = implementation as (...values: unknown[]) => unknown;
  const numbersOnly = NUMBERS_OF_RANGES.has(name);
  return (...args) =>
    fromFormulajs(call(...args.map((arg) => (arg.omitted === true ? undefined : numbersOnly && (arg.isRangeRef === true || arg.isArray) ? numbersOf(arg.value) : arg.value))));
}

/** HYPERLINK shows its friendly name (or the link): the playground follows no link. */
function hyperlink(...args: FunctionArg[]): unknown {
  const [link, name] = args;
  return name !== undefined && name.omitted !== true ? name.value : link?.value;
}

/** One cell of an argument as the catalogue reads it, or the error it holds. */
function rawCell(value: unknown): RawCell | FormulaErrorValue {
  if (value instanceof FormulaError) return value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return new FormulaError('#VALUE!', `unexpected argument of type ${typeof value}`);
}

/** An argument as the catalogue reads it (a scalar or rows of cells), or the first error inside it. */
function rawArg(arg: FunctionArg): RawArg | FormulaErrorValue {
  if (arg.omitted === true) return undefined;
  if (!Array.isArray(arg.value)) return rawCell(arg.value);
  const rows: RawCell[][] = [];
  for (const row of arg.value as unknown[][]) {
    const cells: RawCell[] = [];
    for (const value of row) {
      const cell = rawCell(value);
      if (cell instanceof FormulaError) return cell;
      cells.push(cell);
    }
    rows.push(cells);
  }
  return rows;
}

function engineCell(cell: OutCell, language: Language): unknown {
  return isSheetError(cell) ? new FormulaError(cell.code, cell.message[language]) : cell;
}

/**
 * A catalogue function as an engine function: the same `invoke` every host calls, a 1×1 result as a
 * value, a larger one as an array that the engine spills.
 */
function catalogueFunction(id: string, language: () => Language): EngineFunction {
  return (...args) => {
    const raw: RawArg[] = [];
    for (const arg of args) {
      const converted = rawArg(arg);
      if (converted instanceof FormulaError) return converted;
      raw.push(converted);
    }
    const lang = language();
    const out = invoke(id, raw, { language: lang });
    const first = out[0];
    if (out.length === 1 && first !== undefined && first.length === 1 && first[0] !== undefined) return engineCell(first[0], lang);
    return out.map((row) => row.map((cell) => engineCell(cell, lang)));
  };
}

/**
 * Every function the engine adds to fast-formula-parser's own.
 * @param language - the language of texts and error messages in catalogue results, read at each call
 * @returns the functions by upper-case name
 */
export function engineFunctions(language: () => Language): Record<string, EngineFunction> {
  const functions: Record<string, EngineFunction> = { HYPERLINK: hyperlink };
  for (const [name, formulajsName] of Object.entries(FROM_FORMULAJS)) functions[name] = formulajsFunction(name, formulajsName);
  for (const spec of CATALOGUE) {
    const implementation = catalogueFunction(spec.id, language);
    functions[spec.id] = implementation;
    functions[`PROMETHEE.${spec.id}`] = implementation;
  }
  return functions;
}

/** The empty value that a blank cell stands for next to a value of another type, as Excel compares. */
function blankLike(other: unknown): unknown {
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}

let operatorsFixed = false;

/**
 * Makes fast-formula-parser's operators work as Excel's, once, on the parser's shared tables:
 * - a blank cell equals "" as well as 0 (the parser takes it for 0 only, so `IF(A1="","",…)`, written
 *   all over the generated sheets, would fail on a blank A1), and text compares without regard to
 *   case ("a" = "A") — COUNTIF, SUMIF and AVERAGEIF use the same comparison;
 * - operators apply element by element to ranges and arrays (`SUMPRODUCT(--(cuts<=C6))`, the RFM
 *   sheet's scores): the parser would compare the first cell only.
 */
export function fixOperators(): void {
  if (operatorsFixed) return;
  operatorsFixed = true;
  const infix = operators.Infix;
  const original = infix.compareOp;
  infix.compareOp = (value1, op, value2, isArray1, isArray2) => {
    let a = isArray1 ? firstOf(value1) : value1;
    let b = isArray2 ? firstOf(value2) : value2;
    if (a === null || a === undefined) a = blankLike(b);
    if (b === null || b === undefined) b = blankLike(a);
    if (typeof a === 'string' && typeof b === 'string') {
      a = a.toLowerCase();
      b = b.toLowerCase();
    }
    return original(a, op, b, false, false);
  };
  const applyInfix = Utils.prototype._applyInfix;
  Utils.prototype._applyInfix = function elementWiseInfix(res1, op, res2) {
    const a = res1.val;
    const b = res2.val;
    if (!Array.isArray(a) && !Array.isArray(b)) return applyInfix.call(this, res1, op, res2);
    return broadcast(a, b, (x, y) => applyInfix.call(this, { val: x, isArray: false }, op, { val: y, isArray: false }));
  };
  const applyPrefix = Utils.prototype._applyPrefix;
  Utils.prototype._applyPrefix = function elementWisePrefix(prefixes, val, isArray) {
    if (!Array.isArray(val)) return applyPrefix.call(this, prefixes, val, isArray);
    return (val as unknown[][]).map((row) => row.map((cell) => applyPrefix.call(this, prefixes, cell, false)));
  };
}

/** Rows × columns of a value: 1 × 1 for a scalar. */
function shape(value: unknown): [number, number] {
  if (!Array.isArray(value)) return [1, 1];
  const first: unknown = value[0];
  return [value.length, Array.isArray(first) ? first.length : 1];
}

/** The element (i, j) of a value, a single row or column repeated as Excel does; #N/A beyond its size. */
function elementAt(value: unknown, i: number, j: number): unknown {
  if (!Array.isArray(value)) return value;
  const [rows, columns] = shape(value);
  const row: unknown = value[rows === 1 ? 0 : i];
  const cell: unknown = Array.isArray(row) ? row[columns === 1 ? 0 : j] : row;
  return (rows !== 1 && i >= rows) || (columns !== 1 && j >= columns) ? new FormulaError('#N/A') : cell;
}

function broadcast(a: unknown, b: unknown, apply: (x: unknown, y: unknown) => unknown): unknown[][] {
  const [rowsA, columnsA] = shape(a);
  const [rowsB, columnsB] = shape(b);
  const rows = Math.max(rowsA, rowsB);
  const columns = Math.max(columnsA, columnsB);
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const line: unknown[] = [];
    for (let j = 0; j < columns; j++) line.push(apply(elementAt(a, i, j), elementAt(b, i, j)));
    out.push(line);
  }
  return out;
}

function firstOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const row: unknown = value[0];
  return Array.isArray(row) ? row[0] : row;
}
