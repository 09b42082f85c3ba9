/**
 * What the Sheets build generates from the catalogue, compiled for Node by load-generator.mjs and
 * called by webpack.gas.config.mjs.
 */
import { CATALOGUE } from '../../src/catalogue/catalogue.js';
import { generatedFunctionsSource } from './entry.js';

export { CORE_VARIABLE } from './entry.js';
export { sidebarPartFile } from '../server/sidebar-parts.js';

/** The top-level functions appended to the bundled core in Code.js. */
export function codeJsFunctions(): string {
  return generatedFunctionsSource(CATALOGUE);
}
