/**
 * The functions the playground's formula engine knows: the spreadsheet functions of
 * fast-formula-parser (MIT), the ones it leaves unimplemented taken from @formulajs/formulajs (MIT),
 * and every function of the catalogue, registered from the catalogue itself under its id and under
 * `PROMETHEE.<id>` (the name Excel shows).
 */
import FormulaParser, { type FunctionArg } from 'fast-formula-parser';
import operators from 'fast-formula-parser/formulas/operators.js';
import Utils from 'fast-formula-parser/grammar/utils.js';
import helpers from 'fast-formula-parser/formulas/helpers.js';
import textFunctions from 'fast-formula-parser/formulas/functions/text.js';
import dateFunctions from 'fast-formula-parser/formulas/functions/date.js';
import referenceFunctions from 'fast-formula-parser/formulas/functions/reference.js';
import logicalFunctions from 'fast-formula-parser/formulas/functions/logical.js';
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

/**
 * formulajs functions whose first arguments are text, with how many: a number, a boolean or a blank
 * cell given there is read as Excel reads it in a text argument ("5", "TRUE", "").
 * https://support.microsoft.com/en-us/office/substitute-function-6434944e-a904-4336-a9b0-1e58df3bc332
 */
const TEXT_ARGUMENTS: Readonly<Record<string, number>> = Object.freeze({ SUBSTITUTE: 3 });

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
  const texts = TEXT_ARGUMENTS[name] ?? 0;
  return (...args) =>
    fromFormulajs(
      call(
        ...args.map((arg, i) => {
          if (arg.omitted === true) return undefined;
          if (i < texts) return arg.value === null || arg.value === undefined ? '' : asText(arg.value);
          return numbersOnly && (arg.isRangeRef === true || arg.isArray) ? numbersOf(arg.value) : arg.value;
        }),
      ),
    );
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
export function engineFunctions(language: () => Language, hasSheet: (name: string) => boolean = () => true): Record<string, EngineFunction> {
  const functions: Record<string, EngineFunction> = { HYPERLINK: hyperlink, VALUE: value, NUMBERVALUE: numberValue };
  for (const name of DATE_PARTS) functions[name] = datePart(name);
  for (const [name, test] of Object.entries(INFORMATION)) functions[name] = information(test);
  functions['IFERROR'] = ifErrorCellByCell('IFERROR', (cell) => cell instanceof FormulaError);
  functions['IFNA'] = ifErrorCellByCell('IFNA', (cell) => cell instanceof FormulaError && cell.error === '#N/A');
  functions['SUMPRODUCT'] = sumProduct;
  functions['ROUNDUP'] = roundTo(Math.ceil);
  functions['ROUNDDOWN'] = roundTo(Math.floor);
  functions['INDEX'] = indexOnSheet; // with the parser's context first, as INDIRECT
  // The parser calls INDIRECT with its context first (it is one of the functions that need it).
  functions['INDIRECT'] = (_context: unknown, ...args: FunctionArg[]) => indirect(args, hasSheet);
  for (const [name, formulajsName] of Object.entries(FROM_FORMULAJS)) functions[name] = formulajsFunction(name, formulajsName);
  for (const spec of CATALOGUE) {
    const implementation = catalogueFunction(spec.id, language);
    functions[spec.id] = implementation;
    functions[`PROMETHEE.${spec.id}`] = implementation;
  }
  return functions;
}

/** A number or a boolean as text, as Excel turns them into text (general format). */
function asText(value: unknown): unknown {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

/**
 * VALUE(text): the number a text shows, #VALUE! when it shows none; a number stays itself, a blank is 0.
 * https://support.microsoft.com/en-us/office/value-function-257d0108-07dc-437d-ae1c-bc2d3953d8c2
 */
function value(...args: FunctionArg[]): unknown {
  const text = args[0]?.value;
  if (text instanceof FormulaError || typeof text === 'number') return text;
  if (text === null || text === undefined) return 0;
  if (typeof text !== 'string') return new FormulaError('#VALUE!');
  return numberOfText(text) ?? new FormulaError('#VALUE!');
}

/** The number a text shows ("12", " 1.5e3 ", "40%"), undefined when it shows none (as "", "Non"). */
function numberOfText(text: string): number | undefined {
  const match = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(%?)\s*$/i.exec(text);
  if (match === null) return undefined;
  const number = Number(match[1]) / (match[2] === '%' ? 100 : 1);
  return Number.isFinite(number) ? number : undefined;
}

/**
 * A minus sign, or several (`--J16`), turns its operand into a number as every arithmetic operator
 * does — TRUE is 1, FALSE is 0, a blank is 0, a text showing a number is that number, any other text
 * is #VALUE! — then negates it once per sign: `--TRUE` is 1, `--"3"` is 3, `--"Non"` is #VALUE! (so
 * `IFERROR(--"Non",0)` is 0). The parser read two minus signs as no sign at all and returned the text
 * or the boolean unchanged, so `IFERROR(--"Non",0)>=3` was TRUE (a text is greater than any number).
 * Unary plus alone changes nothing, as in Excel (`=+"a"` shows "a").
 * https://support.microsoft.com/en-us/office/calculation-operators-and-precedence-in-excel-48be406d-4975-4d31-b2b8-7af9e0e2878a
 */
function negate(prefixes: readonly string[], operand: unknown): unknown {
  if (operand instanceof FormulaError) return operand;
  const signs = prefixes.filter((prefix) => prefix === '-').length;
  if (signs === 0) return operand ?? 0;
  const number = numberOfOperand(operand);
  if (number instanceof FormulaError) return number;
  return signs % 2 === 1 ? 0 - number : number;
}

/** An operand of an arithmetic operator as a number, or #VALUE! (see {@link negate}). */
function numberOfOperand(operand: unknown): number | FormulaErrorValue {
  if (typeof operand === 'number') return operand;
  if (typeof operand === 'boolean') return operand ? 1 : 0;
  if (operand === null || operand === undefined) return 0;
  if (typeof operand === 'string') return numberOfText(operand) ?? new FormulaError('#VALUE!');
  return new FormulaError('#VALUE!');
}

/**
 * NUMBERVALUE(text, [decimal], [group]) over a number or a boolean reads it as text first, as Excel
 * coerces the arguments of its text functions (the parser's own expects text only).
 * https://support.microsoft.com/en-us/office/numbervalue-function-1b05c8cf-2bfa-4437-af70-596c7ea7d879
 */
function numberValue(...args: FunctionArg[]): unknown {
  const [text] = args;
  if (text !== undefined && typeof text.value === 'number') return text.value;
  return textFunctions.NUMBERVALUE(...args.map((arg) => ({ ...arg, value: asText(arg.value) })));
}

/** Date functions that read a blank cell as the serial number 0 rather than failing on it. */
const DATE_PARTS = ['YEAR', 'MONTH', 'DAY', 'WEEKDAY', 'HOUR', 'MINUTE', 'SECOND'] as const;

/**
 * YEAR, MONTH … over a blank cell read it as 0, as Excel does (the parser's own throw on it, which
 * would fail even an IF branch not taken: the parser computes both).
 * https://support.microsoft.com/en-us/office/year-function-c64f017a-1354-490d-981f-578e8ec8d3b9
 */
function datePart(name: (typeof DATE_PARTS)[number]): EngineFunction {
  const original = dateFunctions[name];
  return (...args) => original(...args.map((arg, i) => (i === 0 && isBlankArgument(arg) ? { ...arg, value: 0 } : arg)));
}

/**
 * INDEX(reference, row, [column]) over a range of another sheet returns a cell of that sheet (the
 * parser's own returns the cell without its sheet, which then reads the formula's own sheet).
 * https://support.microsoft.com/en-us/office/index-function-a5dcf0dd-996d-40a4-a822-b56b061328bd
 */
function indexOnSheet(context: unknown, range: unknown, ...rest: unknown[]): unknown {
  const result = referenceFunctions.INDEX(context, range, ...rest);
  const sheet = (range as { ref?: { sheet?: unknown } } | null)?.ref?.sheet;
  const ref = (result as { ref?: { sheet?: unknown } } | null)?.ref;
  if (typeof sheet === 'string' && typeof ref === 'object' && ref.sheet === undefined) return { ref: { ...ref, sheet } };
  return result;
}

/** A sheet name and A1 reference of INDIRECT's text: `'It''s'!$A$1`, `Feuille!A1:B3`, `C:C`, `3:5`, `A1`. */
const INDIRECT_REFERENCE = /^(?:(?:'((?:[^']|'')+)'|([^'!:]+))!)?(?:(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})|\$?(\d+):\$?(\d+))$/;
const A1_CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + letter.charCodeAt(0) - 64;
  return column;
}

function a1Cell(text: string): { row: number; col: number } {
  const [, letters = 'A', digits = '1'] = A1_CELL.exec(text) ?? [];
  return { row: Number(digits), col: columnNumber(letters) };
}

/** The rectangle between two corners, whichever way round they are given. */
function rectangle(a: { row: number; col: number }, b: { row: number; col: number }): { from: { row: number; col: number }; to: { row: number; col: number } } {
  return { from: { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) }, to: { row: Math.max(a.row, b.row), col: Math.max(a.col, b.col) } };
}

/**
 * INDIRECT(ref_text, [a1]): the reference a text names, in A1 style (a cell, a range, whole columns or
 * rows); #REF! when the text is no valid reference or names a sheet the workbook lacks (so
 * ISREF(INDIRECT(…)) is FALSE then).
 * https://support.microsoft.com/en-us/office/indirect-function-474b3a3a-8a26-4f44-b491-92b6306fa261
 */
function indirect(args: readonly FunctionArg[], hasSheet: (name: string) => boolean): unknown {
  const [text, a1] = args;
  const refText = text?.value;
  if (refText instanceof FormulaError) return refText;
  if (typeof refText !== 'string') return new FormulaError('#REF!');
  if (a1 !== undefined && a1.omitted !== true && a1.value === false) return new FormulaError('#REF!', 'R1C1 references are not supported');
  const match = INDIRECT_REFERENCE.exec(refText.trim());
  if (match === null) return new FormulaError('#REF!');
  const [, quoted, plain, cells, fromColumn, toColumn, fromRow, toRow] = match;
  const sheet = quoted === undefined ? plain : quoted.replaceAll("''", "'");
  if (sheet !== undefined && !hasSheet(sheet)) return new FormulaError('#REF!');
  const onSheet = sheet === undefined ? {} : { sheet };
  if (cells !== undefined) {
    const [first = '', second] = cells.split(':');
    if (second === undefined) return { ref: { ...onSheet, ...a1Cell(first) } };
    return { ref: { ...onSheet, ...rectangle(a1Cell(first), a1Cell(second)) } };
  }
  if (fromColumn !== undefined && toColumn !== undefined) {
    return { ref: { ...onSheet, ...rectangle({ row: 1, col: columnNumber(fromColumn) }, { row: FormulaParser.MAX_ROW, col: columnNumber(toColumn) }) } };
  }
  return { ref: { ...onSheet, ...rectangle({ row: Number(fromRow), col: 1 }, { row: Number(toRow), col: FormulaParser.MAX_COLUMN }) } };
}

/**
 * The IS functions, cell by cell over a range or an array, as in an array context (inside SUMPRODUCT):
 * ISNUMBER(B2:B9) is a column of TRUE/FALSE. A blank cell is neither a number nor text.
 * https://support.microsoft.com/en-us/office/is-functions-0f2d7971-6019-40a0-a171-f2d869135665
 */
const INFORMATION: Readonly<Record<string, (cell: unknown) => boolean>> = {
  ISNUMBER: (cell) => typeof cell === 'number',
  ISTEXT: (cell) => typeof cell === 'string',
  ISNONTEXT: (cell) => typeof cell !== 'string',
  ISLOGICAL: (cell) => typeof cell === 'boolean',
  ISBLANK: (cell) => cell === null || cell === undefined,
  ISERROR: (cell) => cell instanceof FormulaError,
};

function information(test: (cell: unknown) => boolean): EngineFunction {
  return (...args) => {
    const value = args[0]?.omitted === true ? undefined : args[0]?.value;
    if (!Array.isArray(value)) return test(value);
    return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]).map(test) : test(row)));
  };
}

/**
 * IFERROR(value, value_if_error) and IFNA(value, value_if_na) over an array answer an array, the
 * fallback in place of each error cell (the parser's own test only whether the array itself is an
 * error and returned it whole, errors included: `SUMPRODUCT(IFERROR(--(C1:C9),0))` failed).
 * https://support.microsoft.com/en-us/office/iferror-function-c526fd07-55da-4e72-8e6c-f2c8b3f0c1fc
 * https://support.microsoft.com/en-us/office/ifna-function-6626c961-a569-42fc-a49d-79b4951fd461
 */
function ifErrorCellByCell(name: 'IFERROR' | 'IFNA', isError: (cell: unknown) => boolean): EngineFunction {
  const original = logicalFunctions[name];
  return (...args) => {
    const [tested, fallback] = args;
    if (tested === undefined || !Array.isArray(tested.value)) return original(...args);
    const instead = fallback === undefined || fallback.omitted === true ? '' : fallback.value;
    return (tested.value as unknown[][]).map((row, i) =>
      row.map((cell, j) => {
        if (!isError(cell)) return cell;
        const replacement = elementAt(instead, i, j);
        return replacement === null || replacement === undefined ? '' : replacement;
      }),
    );
  };
}

/**
 * SUMPRODUCT(array1, [array2], …): the sum of the products of the arrays' cells; a cell that is no
 * number (text, a boolean, a blank) counts as 0, arrays of different sizes give #VALUE!, and an error
 * cell gives that error (the parser's own added a single array's cells as they were, so that a text
 * "3" made a text of the sum, and took errors for 0).
 * https://support.microsoft.com/en-us/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e
 */
function sumProduct(...args: FunctionArg[]): unknown {
  const arrays = args.filter((arg) => arg.omitted !== true).map((arg) => (Array.isArray(arg.value) ? (arg.value as unknown[][]) : [[arg.value]]));
  const [first] = arrays;
  if (first === undefined) return new FormulaError('#VALUE!');
  const [rows, columns] = shape(first);
  for (const array of arrays) {
    const [r, c] = shape(array);
    if (r !== rows || c !== columns) return new FormulaError('#VALUE!');
    for (const row of array) for (const cell of row) if (cell instanceof FormulaError) return cell;
  }
  let sum = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      let product = 1;
      for (const array of arrays) {
        const cell = array[i]?.[j];
        product *= typeof cell === 'number' ? cell : 0;
      }
      sum += product;
    }
  }
  return sum;
}

/**
 * ROUNDUP and ROUNDDOWN: away from zero and toward zero at `digits` decimals; a number already at that
 * precision is unchanged (the parser's own ROUNDUP turned 40 into 41). The product is read to 15
 * significant digits first, so that 0.1 × 3 × 10 is 3, as Excel computes.
 * https://support.microsoft.com/en-us/office/roundup-function-f8bc9b23-e795-47db-8703-db171d0c42a7
 * https://support.microsoft.com/en-us/office/rounddown-function-2ec94c73-241f-4b01-8c6f-17e6d7968f53
 */
function roundTo(toward: (scaled: number) => number): EngineFunction {
  return (...args) => {
    const types = helpers.Types;
    const accept = helpers.FormulaHelpers.accept.bind(helpers.FormulaHelpers);
    const number = accept(args[0], types.NUMBER) as number;
    const digits = Math.trunc(accept(args[1], types.NUMBER) as number);
    const factor = 10 ** digits;
    const scaled = Number((Math.abs(number) * factor).toPrecision(15));
    return (Math.sign(number) * toward(scaled)) / factor;
  };
}

/** An argument wrapper around a blank cell (not an omitted argument). */
function isBlankArgument(param: unknown): boolean {
  if (typeof param !== 'object' || param === null || Array.isArray(param) || param instanceof FormulaError) return false;
  const arg = param as { value?: unknown; omitted?: unknown };
  return 'value' in arg && (arg.value === null || arg.value === undefined) && arg.omitted !== true;
}

/** The blank a blank cell stands for in an argument of a parser type (its Types enum). */
function blankOfType(type: unknown): string | number | boolean {
  const types = helpers.Types;
  if (type === types.STRING) return '';
  if (type === types.BOOLEAN) return false;
  return 0;
}

/** The empty value that a blank cell stands for next to a value of another type, as Excel compares. */
function blankLike(other: unknown): unknown {
  if (typeof other === 'string') return '';
  if (typeof other === 'boolean') return false;
  return 0;
}

/**
 * The number of a COUNTIF / SUMIF / AVERAGEIF criteria such as ">=0": it matches numbers only.
 * https://support.microsoft.com/en-us/office/countif-function-e0de10c6-f885-4e71-abb4-1f464816df34
 */
class NumericCriteria {
  constructor(readonly value: number) {}
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
    if (value2 instanceof NumericCriteria) {
      const cell = isArray1 ? firstOf(value1) : value1;
      return typeof cell === 'number' && original(cell, op, value2.value, false, false);
    }
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
  // A criteria given by reference to an empty cell counts as 0 (COUNTIF, SUMIF, COUNTIFS …), and a
  // 1×1 array criteria as its only value; the parser throws on both.
  // https://support.microsoft.com/en-us/office/countifs-function-dda3dc6e-f74e-4aee-88bc-aa8c2a866842
  // A blank cell given to one of the parser's own functions reaches its argument reader as a wrapper
  // whose value is null, which it then takes for an object ("[object Object]", a throw): read it as the
  // blank Excel sees there — "" for text, 0 for a number, FALSE for a boolean.
  const formulaHelpers = helpers.FormulaHelpers;
  const accept = formulaHelpers.accept.bind(formulaHelpers);
  formulaHelpers.accept = (param: unknown, type: unknown = null, ...rest: unknown[]) => {
    const types = helpers.Types;
    // An untyped read keeps the wrapper: ISNUMBER, ISBLANK … tell a blank cell by it.
    if (isBlankArgument(param) && type !== null && type !== types.ARRAY && type !== types.COLLECTIONS) return accept({ value: blankOfType(type), isArray: false }, type, ...rest);
    return accept(param, type, ...rest);
  };
  const criteria = helpers.Criteria;
  const parse = criteria.parse.bind(criteria);
  criteria.parse = (value: unknown) => {
    let single = isBlankArgument(value) ? null : value;
    if (Array.isArray(single) && single.length === 1) single = firstOf(single);
    if (single === null || single === undefined) single = 0;
    const parsed = parse(single) as { op?: unknown; value?: unknown };
    // ">=0", "<5" …: only numbers match a numeric comparison, never a text or a blank.
    if (typeof parsed.value === 'number' && typeof parsed.op === 'string' && ['<', '<=', '>', '>='].includes(parsed.op)) return { ...parsed, value: new NumericCriteria(parsed.value) };
    return parsed;
  };
  const applyInfix = Utils.prototype._applyInfix;
  Utils.prototype._applyInfix = function elementWiseInfix(res1, op, res2) {
    const a = res1.val;
    const b = res2.val;
    if (!Array.isArray(a) && !Array.isArray(b)) return applyInfix.call(this, res1, op, res2);
    return broadcast(a, b, (x, y) => applyInfix.call(this, { val: x, isArray: false }, op, { val: y, isArray: false }));
  };
  // Minus signs coerce their operand to a number (see negate), cell by cell over a range or an array.
  Utils.prototype._applyPrefix = function elementWisePrefix(prefixes, val) {
    if (!Array.isArray(val)) return negate(prefixes, val);
    return (val as unknown[][]).map((row) => row.map((cell) => negate(prefixes, cell)));
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
