/**
 * The catalogue: every custom function, once. Hosts, the CLI and the docs are generated from it.
 */
import { ABC_FUNCTIONS } from './functions/abc.js';
import { ACQUISITION_FUNCTIONS } from './functions/acquisition.js';
import { CLV_FUNCTIONS } from './functions/clv.js';
import { CONVERSION_FUNCTIONS } from './functions/conversion.js';
import { PLANNING_FUNCTIONS } from './functions/planning.js';
import { PRICING_FUNCTIONS } from './functions/pricing.js';
import { RETENTION_FUNCTIONS } from './functions/retention.js';
import { RFM_FUNCTIONS } from './functions/rfm.js';
import { VALUE_FUNCTIONS } from './functions/value.js';
import { STRATEGY_FUNCTIONS } from './functions/strategy.js';
import { CatalogueError } from './define.js';
import type { FunctionSpec } from './types.js';

/** Every custom function, in the order the docs list them. */
export const CATALOGUE: readonly FunctionSpec[] = [
  ...RFM_FUNCTIONS,
  ...ABC_FUNCTIONS,
  ...ACQUISITION_FUNCTIONS,
  ...CONVERSION_FUNCTIONS,
  ...PRICING_FUNCTIONS,
  ...RETENTION_FUNCTIONS,
  ...VALUE_FUNCTIONS,
  ...CLV_FUNCTIONS,
  ...STRATEGY_FUNCTIONS,
  ...PLANNING_FUNCTIONS,
];

/**
 * Functions by id, refusing a duplicate: two functions under one id would make one of them unreachable.
 * @param specs - the functions
 * @returns the map from id to function
 * @throws CatalogueError for an id given twice
 */
export function indexById(specs: readonly FunctionSpec[]): ReadonlyMap<string, FunctionSpec> {
  const byId = new Map<string, FunctionSpec>();
  for (const spec of specs) {
    if (byId.has(spec.id)) throw new CatalogueError(`Duplicate function id "${spec.id}"`);
    byId.set(spec.id, spec);
  }
  return byId;
}

/** The functions by id (ids are unique: checked when this module loads). */
export const FUNCTIONS_BY_ID: ReadonlyMap<string, FunctionSpec> = indexById(CATALOGUE);
