/**
 * One entry point for every host: `invoke(id, rawArgs)` checks the arity, reads each argument as its
 * parameter declares it (arguments.ts: one cell or a range, its kind, its default), runs the function and hands
 * back a rectangular 2-D result in which every cell is a value or a {@link SheetError} — never an
 * exception, never NaN or ±Infinity.
 */
import { errorCellError, firstErrorCell } from '../cells/error-cells.js';
import { isSheetError, numberError, valueError, type SheetError } from '../cells/errors.js';
import type { OutCell, OutMatrix, RawArg } from '../cells/values.js';
import * as CATALOGUE_MESSAGES from '../messages/catalogue.js';
import { readArguments } from './arguments.js';
import { CatalogueError } from './define.js';
import { FUNCTIONS_BY_ID } from './catalogue.js';
import type { FunctionSpec, InvokeContext, RuntimeFunctionSpec } from './types.js';

export { INTERNAL_ERROR_MARK } from '../messages/catalogue.js';

const DEFAULT_CONTEXT: InvokeContext = { language: 'fr' };

/** The function of an id, or a thrown {@link CatalogueError} (hosts only pass ids of the catalogue). */
export function functionSpec(id: string): FunctionSpec {
  const spec = FUNCTIONS_BY_ID.get(id);
  if (!spec) throw new CatalogueError(`Unknown function id "${id}"`);
  return spec;
}

/**
 * Runs a catalogue function on raw host arguments.
 *
 * @param id - the function's permanent id, e.g. "MARKUP_RATE"
 * @param rawArgs - the arguments as the host passes them (cells, 1-D or 2-D ranges; left-out optional
 * arguments as `undefined` or `null`)
 * @returns a rectangular 2-D result; an error of the whole call is a 1×1 result holding that error
 * @example invoke('MARKUP_RATE', [[[30], [45]], [[15], [30]]]) // [[1], [0.5]]
 */
export function invoke(id: string, rawArgs: readonly RawArg[], context: InvokeContext = DEFAULT_CONTEXT): OutMatrix {
  return invokeSpec(functionSpec(id), rawArgs, context);
}

/**
 * Runs one function's spec on raw host arguments, as {@link invoke} does for a catalogue id: the
 * safety net (arity, exceptions and non-finite numbers turned into errors, ragged rows padded) is the
 * same whatever the spec.
 *
 * @param spec - the function
 * @param rawArgs - the arguments as the host passes them
 * @returns a rectangular 2-D result; an error of the whole call is a 1×1 result holding that error
 */
export function invokeSpec(spec: RuntimeFunctionSpec, rawArgs: readonly RawArg[], context: InvokeContext = DEFAULT_CONTEXT): OutMatrix {
  const id = spec.id;
  const checked = checkArity(spec, rawArgs);
  if (isSheetError(checked)) return [[checked]];
  // An error cell (Excel's CustomFunctions.Error, see cells/error-cells.ts) never reaches an
  // implementation: the call answers where the first one is.
  const errorCell = firstErrorCell(checked);
  if (errorCell !== undefined) return [[errorCellError(errorCell, spec.params[errorCell.argument]?.name ?? '', id)]];
  let result: OutMatrix | SheetError;
  try {
    const values = readArguments(spec.params, checked, context);
    result = isSheetError(values) ? values : spec.implementation(values, context);
  } catch (error) {
    result = valueError(CATALOGUE_MESSAGES.internalError(id, error instanceof Error ? error.message : String(error)));
  }
  return isSheetError(result) ? [[result]] : rectangular(result, id);
}

function checkArity(spec: RuntimeFunctionSpec, rawArgs: readonly RawArg[]): RawArg[] | SheetError {
  let given = rawArgs.length;
  while (given > 0 && rawArgs[given - 1] === undefined) given -= 1;
  if (given > spec.params.length) {
    return valueError(CATALOGUE_MESSAGES.tooManyArguments(spec.id, spec.params.length, given));
  }
  const args: RawArg[] = [];
  for (const [index, param] of spec.params.entries()) {
    const arg = rawArgs[index];
    if (arg === undefined && param.optional !== true) {
      return valueError(CATALOGUE_MESSAGES.missingArgument(spec.id, param.name));
    }
    args.push(arg);
  }
  return args;
}

/** Pads ragged rows with "" and turns any non-finite number into a marked #NUM! (a defect, never input). */
function rectangular(result: OutMatrix, id: string): OutMatrix {
  if (result.length === 0) return [['']];
  let width = 0;
  for (const row of result) width = Math.max(width, row.length);
  if (width === 0) return [['']];
  return result.map((row) => {
    const out: OutCell[] = new Array<OutCell>(width);
    for (let i = 0; i < width; i++) {
      const cell = row[i];
      out[i] = cell === undefined ? '' : typeof cell === 'number' && !Number.isFinite(cell) ? nonFinite(id, cell) : cell;
    }
    return out;
  });
}

function nonFinite(id: string, value: number): SheetError {
  return numberError(CATALOGUE_MESSAGES.nonFiniteResult(id, value));
}
