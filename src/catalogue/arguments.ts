/**
 * How `invoke` reads each argument by its parameter's declaration, the same way for every function
 * and every host: a range parameter is passed on as the host gave it (its kernel shapes it: rows,
 * lists, transactions); a single-cell parameter must be one cell, read by its choices or its kind,
 * and an empty or left-out one gets its default.
 */
import { booleanFromCell, dayFromCell, numberFromCell, singleCell, textFromCell } from '../cells/coerce.js';
import { isSheetError, type SheetError } from '../cells/errors.js';
import type { RawArg, RawCell } from '../cells/values.js';
import { choiceFromCell } from './lists.js';
import type { InvokeContext, RuntimeParamSpec } from './types.js';

/**
 * The value of one argument for the implementation, or the error that stops the call.
 *
 * @param param - the parameter's declaration
 * @param arg - the argument as the host passed it (`undefined` when left out)
 * @param context - the call's context (its language is the default of a language parameter)
 * @returns the value (see {@link RuntimeParamSpec}), or #VALUE! naming the parameter
 * @example readArgument(optionalParam('bins', 'number', 5, '…', '…'), [['']], { language: 'fr' }) // 5
 */
export function readArgument(param: RuntimeParamSpec, arg: RawArg, context: InvokeContext): unknown {
  if (param.range) return arg;
  const cell = singleCell(arg, param.name);
  if (isSheetError(cell)) return cell;
  const fallback = param.defaultFromContext ? param.defaultFromContext(context) : param.default;
  if (param.choices) return choiceFromCell(cell, param.name, param.choices, fallback as string);
  const value = cellValue(param, cell);
  return value ?? fallback;
}

function cellValue(param: RuntimeParamSpec, cell: RawCell): unknown {
  switch (param.kind) {
    case 'number':
      return numberFromCell(cell, param.name);
    case 'date':
      return dayFromCell(cell, param.name);
    case 'text':
      return textFromCell(cell);
    case 'boolean':
      return booleanFromCell(cell, param.name);
    case 'any':
      return cell === '' ? null : cell;
  }
}

/**
 * Every argument read in the order of the parameters; the first error stops the reading.
 *
 * @param params - the function's parameters
 * @param args - the arguments, one per parameter (left-out ones `undefined`)
 * @returns the values for the implementation, or the first error
 */
export function readArguments(params: readonly RuntimeParamSpec[], args: readonly RawArg[], context: InvokeContext): unknown[] | SheetError {
  const values: unknown[] = [];
  for (const [index, param] of params.entries()) {
    const value = readArgument(param, args[index], context);
    if (isSheetError(value)) return value;
    values.push(value);
  }
  return values;
}

/**
 * How a host must pass a parameter's argument, from the same declaration `invoke` reads it by: a
 * range parameter as a 2-D array (Excel's `matrix`: Excel never hands a range to a `scalar`
 * parameter), a single-cell one as one value (`scalar`).
 *
 * @example paramDimensionality(rangeParam('values', 'number', '…', '…')) // 'matrix'
 */
export function paramDimensionality(param: RuntimeParamSpec): 'scalar' | 'matrix' {
  return param.range ? 'matrix' : 'scalar';
}
