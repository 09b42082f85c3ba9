/** Running the `promethee` command in-process, for the tests of its text-output commands. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliIo } from '../../src/cli/common.js';
import { main } from '../../src/cli/main.js';

/** What a run printed and wrote. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The text files written, by path. */
  readonly written: ReadonlyMap<string, string>;
}

/**
 * Runs the command in-process; `files` are in-memory files, other paths are read from the disk.
 * @param overrides - parts of the io to replace (a failing reader, another version…)
 */
export async function runCli(argv: readonly string[], files: Readonly<Record<string, string>> = {}, overrides: Partial<CliIo> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => files[path] ?? (await readFile(path, 'utf8')),
    writeFile: (path, text) => {
      written.set(path, text);
      return Promise.resolve();
    },
    sameFile: (a, b) => resolve(a) === resolve(b),
    version: '9.8.7',
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, written };
}
