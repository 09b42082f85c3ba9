/**
 * Writing an output file all at once: the data go to a temporary file in the same folder, which is
 * renamed over the target only when complete. Interrupted at any moment (Ctrl-C, a full disk, a
 * crash), the command leaves the previous file as it was; a SIGINT/SIGTERM during the write removes
 * the temporary file too and ends the process with 130/143 (see {@link removePendingOutputs}).
 */
import { randomBytes } from 'node:crypto';
import { constants, unlinkSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT_SIGINT, EXIT_SIGTERM } from './failure.js';

/** The file-system calls the writer makes: Node's, or a test's stand-in (a disk that fills up). */
export interface AtomicFs {
  readonly open: typeof nodeFs.open;
  readonly rename: typeof nodeFs.rename;
  readonly link: typeof nodeFs.link;
  readonly unlink: typeof nodeFs.unlink;
  readonly stat: typeof nodeFs.stat;
  readonly chmod: typeof nodeFs.chmod;
  readonly realpath: typeof nodeFs.realpath;
  readonly access: typeof nodeFs.access;
}

/** Options of {@link writeFileAtomically}. */
export interface AtomicWriteOptions {
  /** Replace an existing file; without it, an existing target fails with code EEXIST and is kept. */
  readonly overwrite: boolean;
}

/** Bytes written per call: the file is written in parts, so a signal can come in between. */
const CHUNK_BYTES = 256 * 1024;

/**
 * Test hook: when this environment variable is set, the writer stops after the first part of the
 * temporary file and waits (for a signal), so that a test can interrupt a write deterministically.
 */
export const HOLD_OUTPUT_ENV = 'PROMETHEE_TEST_HOLD_OUTPUT';

/** Temporary files being written, removed by {@link removePendingOutputs} when the process is stopped. */
const pending = new Set<string>();

/** Exit codes of the signals that end a write: 128 + the signal's number, as a shell reports them. */
const SIGNAL_EXIT_CODES: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: EXIT_SIGINT, SIGTERM: EXIT_SIGTERM };

function onSignal(signal: NodeJS.Signals): void {
  removePendingOutputs();
  process.exit(signal === 'SIGTERM' ? SIGNAL_EXIT_CODES.SIGTERM : SIGNAL_EXIT_CODES.SIGINT);
}

/**
 * Tracks a temporary file being written. The signal handlers are installed only while a write is in
 * progress: the rest of the time Ctrl-C stops the command at once, even in the middle of a long
 * computation (a handler runs only when the computation yields).
 */
function track(temp: string): void {
  if (pending.size === 0) for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.on(signal, onSignal);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const signal of Object.keys(SIGNAL_EXIT_CODES)) process.off(signal, onSignal);
}

/**
 * Removes the temporary files of the writes in progress (synchronously: called from a signal handler
 * just before the process exits). The targets are left as they were.
 */
export function removePendingOutputs(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Not created yet, or already renamed: nothing to remove.
    }
  }
  pending.clear();
}

/**
 * Writes a whole file atomically: into `.<name>.<pid>.<random>.tmp` next to the target, flushed to the
 * disk, then renamed over the target (or, without `overwrite`, linked to it, which fails if it exists).
 * A symbolic link at `path` is followed: the file it points to is replaced, the link kept. An existing
 * target's permissions are kept, and a read-only one is not replaced (EACCES).
 * @param path - the target file
 * @param data - its whole content (text is written as UTF-8)
 * @param options - see {@link AtomicWriteOptions}
 * @param fs - the file-system calls (Node's by default)
 * @throws the file system's error (code ENOENT, EACCES, ENOSPC, EEXIST…); the target is then unchanged
 *   and no temporary file is left
 * @example await writeFileAtomically('rfm.csv', 'customer,…\n', { overwrite: true })
 */
export async function writeFileAtomically(path: string, data: string | Uint8Array, options: AtomicWriteOptions, fs: AtomicFs = nodeFs): Promise<void> {
  const target = await followLink(path, fs);
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing !== undefined && !options.overwrite) throw fileError('EEXIST', `file already exists: ${path}`);
  // A file its owner made read-only is not replaced, as a write in place would not have replaced it.
  if (existing !== undefined) await fs.access(target, constants.W_OK);
  const temp = join(dirname(target), `.${basename(target)}.${String(process.pid)}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  track(temp);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      let offset = 0;
      do {
        const end = Math.min(bytes.length, offset + CHUNK_BYTES);
        while (offset < end) {
          const { bytesWritten } = await handle.write(bytes, offset, end - offset);
          if (bytesWritten <= 0) throw fileError('EIO', `nothing written to ${temp}`);
          offset += bytesWritten;
        }
        if (offset <= CHUNK_BYTES && process.env[HOLD_OUTPUT_ENV] !== undefined) await hold(temp);
      } while (offset < bytes.length);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (existing !== undefined) await fs.chmod(temp, existing.mode & 0o7777);
    if (options.overwrite) await fs.rename(temp, target);
    else await linkWithoutReplacing(temp, target, fs);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    untrack(temp);
  }
}

/** The file a path names once symbolic links are followed (the path itself when it does not exist yet). */
async function followLink(path: string, fs: AtomicFs): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return path;
  }
}

/**
 * Puts the complete temporary file at `target` unless a file is there: a hard link fails with EEXIST
 * rather than replace anything. Where the file system has no hard links, a last check and a rename.
 */
async function linkWithoutReplacing(temp: string, target: string, fs: AtomicFs): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error;
    if (await fs.stat(target).then(() => true, () => false)) throw fileError('EEXIST', `file already exists: ${target}`);
    await fs.rename(temp, target);
    return;
  }
  await fs.unlink(temp);
}

/** For {@link HOLD_OUTPUT_ENV}: says where it stopped, on the standard error, and waits for a signal. */
async function hold(temp: string): Promise<never> {
  process.stderr.write(`promethee: test hold ${temp}\n`);
  return new Promise<never>(() => {
    setInterval(() => undefined, 60_000);
  });
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

function fileError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}
