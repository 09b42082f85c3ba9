// The build-time generator (addin/build/generate.ts) is TypeScript importing the catalogue: webpack
// compiles it for Node into a private temporary folder, and this module loads the result. One compile
// per build, a second or two.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import webpack from 'webpack';
import { typescriptRule, typescriptResolve } from './typescript.mjs';

const require = createRequire(import.meta.url);

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
  const outputDir = path.join(root, '.tmp', `addin-generator-${process.pid}-${Date.now()}`);
  const compiler = webpack({
    name: 'addin-generator',
    mode: 'none',
    target: 'node',
    context: root,
    entry: './addin/build/generate.ts',
    output: { path: outputDir, filename: 'generate.cjs', library: { type: 'commonjs2' } },
    resolve: typescriptResolve,
    module: { rules: [typescriptRule(root, 'ES2022')] },
    devtool: false,
  });
  try {
    const stats = await new Promise((resolve, reject) => {
      compiler.run((error, result) => (error ? reject(error) : resolve(result)));
    });
    await new Promise((resolve) => compiler.close(resolve));
    if (!stats || stats.hasErrors()) {
      throw new Error(`Compiling the add-in generator failed:\n${stats ? stats.toString('errors-only') : 'no stats'}`);
    }
    return require(path.join(outputDir, 'generate.cjs'));
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
