/**
 * The real outside world's `readPieces` (src/cli/main.ts) hands a file on in 64 KB views of two
 * buffers refilled in turn: read as parts.ts reads them (one piece ahead), the pieces must be the file's
 * bytes, in order, whatever its length around the buffers' size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../src/cli/main.js';

const directory = mkdtempSync(join(tmpdir(), 'promethee-pieces-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** The pieces copied one step late, as a reader looking one piece ahead copies them. */
function readLate(path: string): { bytes: Uint8Array; sizes: number[] } {
  const readPieces = nodeIo().readPieces;
  if (readPieces === undefined) throw new Error('no readPieces');
  const copies: Uint8Array[] = [];
  let previous: Uint8Array | undefined;
  for (const piece of readPieces(path)) {
    if (previous !== undefined) copies.push(previous.slice());
    previous = piece;
  }
  if (previous !== undefined) copies.push(previous.slice());
  const bytes = new Uint8Array(copies.reduce((sum, copy) => sum + copy.length, 0));
  let at = 0;
  for (const copy of copies) {
    bytes.set(copy, at);
    at += copy.length;
  }
  return { bytes, sizes: copies.map((copy) => copy.length) };
}

describe('nodeIo().readPieces', () => {
  it.each([0, 1, 65_535, 65_536, 1_048_576, 1_048_577, 2_097_152 + 70_000])('gives back a file of %i bytes in 64 KB pieces', (length) => {
    // Bytes that differ from one position to the next, so that a piece overwritten too early shows.
    const file = Uint8Array.from({ length }, (_, k) => (k * 7919 + (k >> 16)) & 0xff);
    const path = join(directory, `f${String(length)}.bin`);
    writeFileSync(path, file);
    const { bytes, sizes } = readLate(path);
    expect(bytes).toEqual(file);
    expect(sizes.every((size) => size > 0 && size <= 65_536)).toBe(true);
    expect(sizes.length).toBe(Math.ceil(length / 65_536));
  });
});
