// The Sheets build's generator (gas/build/generate.ts) is TypeScript importing the catalogue: webpack
// compiles it for Node into a private temporary folder, and this module loads the result.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import webpack from 'webpack';
import { typescriptResolve, typescriptRule } from '../../addin/build/typescript.mjs';

const require = createRequire(import.meta.url);

/**
 * @typedef {object} GasGenerator
 * @property {string} CORE_VARIABLE - the bundle's top-level variable
 * @property {() => string} codeJsFunctions - the generated top-level functions of Code.js
 */

/**
 * Compiles and loads gas/build/generate.ts.
 *
 * @param {string} root - the repository root
 * @returns {Promise<GasGenerator>}
 */
export async function loadGasGenerator(root) {
  const outputDir = path.join(root, '.tmp', `gas-generator-${process.pid}-${Date.now()}`);
  const compiler = webpack({
    name: 'gas-generator',
    mode: 'none',
    target: 'node',
    context: root,
    entry: './gas/build/generate.ts',
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
      throw new Error(`Compiling the Sheets generator failed:\n${stats ? stats.toString('errors-only') : 'no stats'}`);
    }
    return require(path.join(outputDir, 'generate.cjs'));
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
