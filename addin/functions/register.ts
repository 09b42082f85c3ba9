/**
 * Registers every catalogue function with Excel's custom-functions runtime. A thin adapter: Excel's
 * arguments in, `invoke` from the core, the 2-D result back with the core's errors turned into
 * `CustomFunctions.Error` values. No metric logic lives here.
 */
import { errorMessage, isSheetError, type ErrorCode, type Language, type SheetError } from '../../src/cells/errors.js';
import type { OutMatrix, RawArg } from '../../src/cells/values.js';
import { invoke } from '../../src/catalogue/invoke.js';
import type { RuntimeFunctionSpec } from '../../src/catalogue/types.js';

/** The error codes of Excel's `CustomFunctions.ErrorCode` that the product returns. */
export interface ExcelErrorCodes<Code> {
  readonly invalidValue: Code;
  readonly divisionByZero: Code;
  readonly invalidNumber: Code;
  readonly notAvailable: Code;
}

/**
 * The part of Excel's `CustomFunctions` global this adapter uses. The entry passes the real global;
 * tests pass a stand-in, so this module needs no Office typings.
 */
export interface CustomFunctionsRuntime<Code> {
  associate(id: string, implementation: (...excelArguments: unknown[]) => unknown): void;
  readonly Error: new (code: Code, message?: string) => object;
  readonly ErrorCode: ExcelErrorCodes<Code>;
}

/** Options of {@link registerCatalogueFunctions}. */
export interface RegistrationOptions {
  /** The language of messages and of texts inside results, asked at every call (the user may switch). */
  readonly language: () => Language;
}

/** A cell as Excel takes it back: a value, or an error object made by the runtime. */
export type ExcelCell = number | string | boolean | object;

const EXCEL_CODE_NAMES: Readonly<Record<ErrorCode, keyof ExcelErrorCodes<unknown>>> = {
  '#VALUE!': 'invalidValue',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
  '#N/A': 'notAvailable',
};

/** Excel shows a message only under #VALUE! and #N/A; the other codes speak for themselves. */
const CODES_WITH_MESSAGE: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['#VALUE!', '#N/A']);

/**
 * The runtime's error object for a core error: its code, and its message in the user's language when
 * Excel can show one.
 *
 * @param error - the error the core returned
 * @param runtime - `CustomFunctions` or a stand-in
 * @param language - the language of the message
 * @returns `new CustomFunctions.Error(code[, message])`
 * @example excelError(divisionByZero('…', '…'), CustomFunctions, 'fr') // new CustomFunctions.Error(ErrorCode.divisionByZero)
 */
export function excelError<Code>(error: SheetError, runtime: CustomFunctionsRuntime<Code>, language: Language): object {
  const code = runtime.ErrorCode[EXCEL_CODE_NAMES[error.code]];
  return CODES_WITH_MESSAGE.has(error.code) ? new runtime.Error(code, errorMessage(error, language)) : new runtime.Error(code);
}

/**
 * The arguments for `invoke` from those Excel passes: only the declared ones (Excel appends an
 * invocation object after them), and `null` in an optional position read as "left out" (Excel passes
 * `null` for an omitted optional argument).
 *
 * @param spec - the function called
 * @param excelArguments - the arguments as Excel passed them
 * @example catalogueArguments(LTV_DISCOUNTED, [[[100]], [[0.8]], [[0.1]], null, invocation]) // [[[100]], [[0.8]], [[0.1]], undefined]
 */
export function catalogueArguments(spec: RuntimeFunctionSpec, excelArguments: readonly unknown[]): RawArg[] {
  return spec.params.map((param, index) => {
    const value = excelArguments[index];
    if (value === null && param.optional === true) return undefined;
    // Excel passes only numbers, strings, booleans, null and arrays of rows of them: the core reads
    // each cell itself and answers anything else with #VALUE!.
    return value as RawArg;
  });
}

/**
 * Excel's result from the core's: a lone error is thrown (Excel then shows its code and message in
 * the calling cell); errors inside a larger result become error objects in their cells.
 *
 * @throws the runtime's error object when the whole result is one error
 * @example excelResult([[1], [numberError('…', '…')]], CustomFunctions, 'fr') // [[1], [CustomFunctions.Error(#NUM!)]]
 */
export function excelResult<Code>(result: OutMatrix, runtime: CustomFunctionsRuntime<Code>, language: Language): ExcelCell[][] {
  const only = result.length === 1 && result[0]?.length === 1 ? result[0][0] : undefined;
  if (only !== undefined && isSheetError(only)) {
    // Excel's runtime expects its own error object, which is not an Error subclass.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw excelError(only, runtime, language);
  }
  return result.map((row) => row.map((cell) => (isSheetError(cell) ? excelError(cell, runtime, language) : cell)));
}

/**
 * Associates every function of the catalogue with its id (the ids of functions.json).
 *
 * @param runtime - Excel's `CustomFunctions` global, or a stand-in
 * @param catalogue - the functions to register (the product passes `CATALOGUE`, whose help texts
 *   functions.js leaves out: only what a call reads is typed here)
 * @param options - where the language of each call comes from
 * @returns the ids registered, in order
 * @example registerCatalogueFunctions(CustomFunctions, CATALOGUE, { language: () => 'fr' }) // ['CAC', 'COST_PER_LEAD', …]
 */
export function registerCatalogueFunctions<Code>(
  runtime: CustomFunctionsRuntime<Code>,
  catalogue: readonly RuntimeFunctionSpec[],
  options: RegistrationOptions,
): string[] {
  for (const spec of catalogue) {
    runtime.associate(spec.id, (...excelArguments: unknown[]) => {
      const language = options.language();
      return excelResult(invoke(spec.id, catalogueArguments(spec, excelArguments), { language }), runtime, language);
    });
  }
  return catalogue.map((spec) => spec.id);
}
