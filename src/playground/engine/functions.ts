/**
 * The functions the playground's formula engine knows: the spreadsheet functions of
 * fast-formula-parser (MIT), the ones it leaves unimplemented taken from @formulajs/formulajs (MIT),
 * and every function of the catalogue, registered from the catalogue itself under its id and under
 * `PROMETHEE.<id>` (the name Excel shows).
 */
import FormulaParser, { type FunctionArg } from 'fast-formula-parser';
import operators from 'fast-formula-parser/formulas/operators.js';
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

const FORMULAJS = formulajs as unknown as Readonly<Record<string, unknown>>;

/** Turns what formulajs returns (its errors are plain Errors whose message is the code) into the parser's values. */
function fromFormulajs(result: unknown): unknown {
  if (result instanceof FormulaError) return result;
  if (result instanceof Error) return new FormulaError(result.message.startsWith('#') ? result.message : '#VALUE!');
  if (Array.isArray(result)) return result.map((row: unknown) => (Array.isArray(row) ? row.map(fromFormulajs) : fromFormulajs(row)));
  if (typeof result === 'number' && !Number.isFinite(result)) return new FormulaError('#NUM!');
  return result;
}

function formulajsFunction(name: string): EngineFunction {
  const implementation = FORMULAJS[name];
  if (typeof implementation !== 'function') throw new Error(`formulajs has no function ${name}`);
  const call = implementation as (...values: unknown[]) => unknown;
  return (...args) => fromFormulajs(call(...args.map((arg) => (arg.omitted === true ? undefined : arg.value))));
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
  for (const [name, formulajsName] of Object.entries(FROM_FORMULAJS)) functions[name] = formulajsFunction(formulajsName);
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

let comparisonsFixed = false;

/**
 * Makes fast-formula-parser compare as Excel does: a blank cell equals "" as well as 0 (the parser
 * takes it for 0 only, so `IF(A1="","",…)`, written all over the generated sheets, would fail on a
 * blank A1), and text compares without regard to case ("a" = "A"). Done once, on the parser's shared
 * operator table, which COUNTIF, SUMIF and AVERAGEIF use too.
 */
export function fixComparisons(): void {
  if (comparisonsFixed) return;
  comparisonsFixed = true;
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
}

function firstOf(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const row: unknown = value[0];
  return Array.isArray(row) ? row[0] : row;
}
