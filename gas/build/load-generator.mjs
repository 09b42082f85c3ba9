// The Sheets build's generator (gas/build/generate.ts), compiled for Node and loaded.
import { loadTypeScriptForNode } from '../../build/webpack/node-module.mjs';

/**
 * @typedef {object} GasGenerator
 * @property {string} CORE_VARIABLE - the bundle's top-level variable
 * @property {() => string} codeJsFunctions - the generated top-level functions of Code.js
 * @property {(script: string) => string} sidebarPartFile - a sidebar part's project file, from its script
 */

/**
 * Compiles and loads gas/build/generate.ts.
 *
 * @param {string} root - the repository root
 * @returns {Promise<GasGenerator>}
 */
export async function loadGasGenerator(root) {
  return /** @type {GasGenerator} */ (await loadTypeScriptForNode(root, { name: 'gas-generator', entry: './gas/build/generate.ts', what: 'the Sheets generator' }));
}
