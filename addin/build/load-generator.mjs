// The add-in's build-time generator (addin/build/generate.ts), compiled for Node and loaded.
import { loadTypeScriptForNode } from '../../build/webpack/node-module.mjs';

/**
 * @typedef {object} AddinGenerator
 * @property {{ development: string, production: string }} ADDIN_BASE_URLS
 * @property {(text: string) => string} addinBaseUrl
 * @property {(options: { baseUrl: string, packageVersion: string }) => string} manifestXml
 * @property {(options: { baseUrl: string, packageVersion: string }, deflate: (bytes: Uint8Array) => Uint8Array) => Record<string, string | Uint8Array>} addinFiles
 */

/**
 * Compiles and loads addin/build/generate.ts.
 *
 * @param {string} root - the repository root
 * @returns {Promise<AddinGenerator>}
 */
export async function loadAddinGenerator(root) {
  return /** @type {AddinGenerator} */ (await loadTypeScriptForNode(root, { name: 'addin-generator', entry: './addin/build/generate.ts', what: 'the add-in generator' }));
}
