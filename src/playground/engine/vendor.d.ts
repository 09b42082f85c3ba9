// Type declarations for fast-formula-parser, which ships none: only the parts the engine uses.

declare module 'fast-formula-parser' {
  /** A cell reference as the parser hands it over (1-based). */
  export interface CellRef {
    sheet?: string | undefined;
    row: number;
    col: number;
  }
  /** A range reference as the parser hands it over (1-based, inclusive). */
  export interface RangeRef {
    sheet?: string | undefined;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  /** An argument as a function receives it. */
  export interface FunctionArg {
    value: unknown;
    isArray: boolean;
    isRangeRef?: boolean;
    isCellRef?: boolean;
    omitted?: boolean;
  }
  export interface Position {
    sheet: string;
    row: number;
    col: number;
  }
  export interface ParserConfig {
    functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    /** Functions called with the parser's context first (INDIRECT, which returns a reference). */
    functionsNeedContext?: Record<string, (context: unknown, ...args: FunctionArg[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string) => CellRef | RangeRef | null;
  }
  /** The parser's error value (also thrown for a formula that does not parse). */
  export class FormulaError extends Error {
    constructor(error: string, message?: string, details?: unknown);
    readonly error: string;
  }
  export default class FormulaParser {
    constructor(config?: ParserConfig);
    parse(formula: string, position: Position, allowReturnArray?: boolean): unknown;
    static readonly FormulaError: typeof FormulaError;
    static readonly MAX_ROW: number;
    static readonly MAX_COLUMN: number;
  }
}

declare module 'fast-formula-parser/formulas/operators.js' {
  type Compare = (value1: unknown, infix: string, value2: unknown, isArray1: boolean, isArray2: boolean) => boolean;
  const operators: { Infix: { compareOp: Compare } };
  export default operators;
}

declare module 'fast-formula-parser/grammar/utils.js' {
  /** An operand as the parser's operator helpers see it. */
  interface Operand {
    val: unknown;
    isArray: boolean;
  }
  /** The parser's evaluation helpers; the engine wraps two of them so that operators work element-wise on ranges. */
  export default class Utils {
    _applyInfix: (this: Utils, res1: Operand, infix: string, res2: Operand) => unknown;
    _applyPrefix: (this: Utils, prefixes: string[], val: unknown, isArray: boolean) => unknown;
  }
}

declare module 'fast-formula-parser/formulas/helpers.js' {
  /** The parser's reading of a COUNTIF / SUMIF criteria; the engine wraps it for blank and 1×1 criteria. */
  const helpers: {
    Criteria: { parse: (criteria: unknown) => unknown };
    FormulaHelpers: { accept: (param: unknown, type?: unknown, ...rest: unknown[]) => unknown };
    Types: Readonly<Record<string, number>>;
  };
  export default helpers;
}

declare module 'fast-formula-parser/formulas/functions/text.js' {
  /** The parser's text functions, which the engine wraps where Excel coerces numbers to text. */
  const text: { NUMBERVALUE: (...args: { value: unknown }[]) => unknown };
  export default text;
}

declare module 'fast-formula-parser/formulas/functions/date.js' {
  /** The parser's date functions, which the engine wraps where a blank cell makes them throw. */
  const date: Record<'YEAR' | 'MONTH' | 'DAY' | 'WEEKDAY' | 'HOUR' | 'MINUTE' | 'SECOND', (...args: { value: unknown }[]) => unknown>;
  export default date;
}

declare module 'fast-formula-parser/formulas/functions/reference.js' {
  /** The parser's reference functions; the engine wraps INDEX so that its cell keeps its sheet. */
  const reference: { INDEX: (context: unknown, ...args: unknown[]) => unknown };
  export default reference;
}

declare module 'fast-formula-parser/formulas/functions/logical.js' {
  /** The parser's logical functions; the engine wraps IFERROR and IFNA so that they answer cell by cell over an array. */
  const logical: Record<'IFERROR' | 'IFNA', (...args: import('fast-formula-parser').FunctionArg[]) => unknown>;
  export default logical;
}
