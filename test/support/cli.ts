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

/** The bytes in pieces of the given sizes (cycled), as a file read in chunks gives them. */
export function* pieces(bytes: Uint8Array, sizes: readonly number[]): Generator<Uint8Array> {
  let at = 0;
  for (let k = 0; at < bytes.length; k++) {
    const size = Math.max(1, sizes[k % sizes.length] ?? 1);
    yield bytes.slice(at, at + size);
    at += size;
  }
}

/**
 * Runs the command line on one file's bytes, read whole or, given `sizes`, in pieces of those sizes.
 * @param argv - the arguments, naming the file as the command expects it
 * @param bytes - the file's content, whatever its name
 * @param sizes - the sizes of the pieces (cycled); absent: the file is only read whole
 */
export function runOnBytes(argv: readonly string[], bytes: Uint8Array, sizes?: readonly number[]): Promise<CliRun> {
  return runCli(argv, {}, {
    readBytes: () => Promise.resolve(bytes),
    ...(sizes === undefined ? {} : { readPieces: () => pieces(bytes, sizes) }),
  });
}

/** What a run returned, printed and wrote, to compare two runs of the same command. */
export function outcome(run: CliRun): { code: number; stdout: string; stderr: string; written: [string, string][] } {
  return { code: run.code, stdout: run.stdout, stderr: run.stderr, written: [...run.written] };
}
