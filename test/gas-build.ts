/**
 * Builds the Sheets add-on with the real configuration (webpack.gas.config.mjs through webpack-cli)
 * into a scratch folder, for the tests of the built files.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';

const ROOT = process.cwd();
const WEBPACK_CLI = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/**
 * Runs the build.
 * @param configName - 'server' for Code.js and appsscript.json only, undefined for everything
 * @returns the folder holding the built files, and a function removing it
 */
export async function buildGas(configName?: 'server' | 'sidebar'): Promise<{ dir: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'promethee-gas-'));
  const args = ['--config', 'webpack.gas.config.mjs', '--mode', 'production', '--output-path', dir, ...(configName === undefined ? [] : ['--config-name', configName])];
  await promisify(execFile)(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the whole build (Code.js, sidebar.html, appsscript.json) into a given folder.
 * @param dir - the output folder
 */
export async function buildGasInto(dir: string): Promise<void> {
  const args = ['--config', 'webpack.gas.config.mjs', '--mode', 'production', '--output-path', dir];
  await promisify(execFile)(process.execPath, [WEBPACK_CLI, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
}

/**
 * Builds Code.js once for the calling test file (in a `beforeAll`) and removes the build after it
 * (in an `afterAll`).
 * @returns the built Code.js text, once the `beforeAll` has run
 */
export function builtCodeJs(): () => string {
  let code = '';
  let removeBuild = (): void => undefined;
  beforeAll(async () => {
    const build = await buildGas('server');
    removeBuild = build.remove;
    code = readFileSync(path.join(build.dir, 'Code.js'), 'utf8');
  }, 120_000);
  afterAll(() => {
    removeBuild();
  });
  return () => code;
}
