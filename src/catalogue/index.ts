export { CATALOGUE, FUNCTIONS_BY_ID } from './catalogue.js';
export { invoke, functionSpec, INTERNAL_ERROR_MARK } from './invoke.js';
export type { FunctionSpec, ParamSpec, ParamKind, ResultShape, FunctionCategory, InvokeContext } from './types.js';
