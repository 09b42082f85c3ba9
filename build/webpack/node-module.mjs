// The build-time generators (addin/build/generate.ts, gas/build/generate.ts) are TypeScript importing
// the catalogue: webpack compiles one for Node into a private temporary folder, and this module loads
// the result. One compile per build, a second or two.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import webpack from 'webpack';
import { typescriptResolve, typescriptRule } from './typescript.mjs';

const require = createRequire(import.meta.url);

/**
 * Compiles a TypeScript module for Node and loads it.
 *
 * @param {string} root - the repository root
 * @param {{ name: string, entry: string, what: string }} module - the compile's name (also its
 *   temporary folder's), the entry relative to the root ("./gas/build/generate.ts"), and what it is
 *   for the error message ("the Sheets generator")
 * @returns {Promise<unknown>} the module's exports
 */
export async function loadTypeScriptForNode(root, { name, entry, what }) {
  const outputDir = path.join(root, '.tmp', `${name}-${process.pid}-${Date.now()}`);
  const compiler = webpack({
    name,
    mode: 'none',
    target: 'node',
    context: root,
    entry,
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
      throw new Error(`Compiling ${what} failed:\n${stats ? stats.toString('errors-only') : 'no stats'}`);
    }
    return require(path.join(outputDir, 'generate.cjs'));
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}
