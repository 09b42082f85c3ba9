/**
 * Which character encoding a file's bytes are in: UTF-8 (with or without BOM), or Windows-1252 — what
 * Excel's French "CSV (séparateur : point-virgule)" writes. Pure: the caller reads the bytes and
 * decodes them with the encoding chosen here.
 *
 * The rule: bytes that are valid UTF-8 are UTF-8. Bytes that are not, and hold no multi-byte UTF-8
 * character at all, are a Windows-1252 file (each accented letter one byte). Bytes that hold both
 * UTF-8 characters and bytes invalid in UTF-8 are a UTF-8 file damaged by a few Windows-1252 bytes
 * (a line pasted from another export): reading it all as Windows-1252 would turn every "É" into
 * "Ã‰" without a word, so it is refused, naming the lines of the bad bytes.
 */
import { valueError, type SheetError } from '../cells/errors.js';
import { invalidUtf8 } from '../messages/index.js';

/** The encodings the product reads. */
export type TextEncoding = 'utf-8' | 'windows-1252';

/** Every encoding name, as options list them. */
export const TEXT_ENCODINGS: readonly TextEncoding[] = Object.freeze(['utf-8', 'windows-1252']);

/** What {@link inspectUtf8} found in a file's bytes. */
export interface Utf8Inspection {
  /** Number of well-formed multi-byte UTF-8 characters. */
  readonly multiByteCharacters: number;
  /** Number of bytes that are not part of a well-formed UTF-8 character. */
  readonly invalidBytes: number;
  /** 1-based lines (LF, CRLF or CR ends) holding invalid bytes, in order, each once. */
  readonly invalidLines: readonly number[];
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const continuation = (k: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return continuation(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    // No overlong form (E0 80–9F) and no surrogate (ED A0–BF).
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

/**
 * Checks bytes against UTF-8, in one pass: how many multi-byte characters are well formed, how many
 * bytes are not, and on which lines they are.
 *
 * @param bytes - the file's bytes
 * @returns what was found, see {@link Utf8Inspection}
 * @example inspectUtf8(new Uint8Array([0x45, 0xc3, 0x89, 0x0a, 0xc9])) // { multiByteCharacters: 1, invalidBytes: 1, invalidLines: [2] }
 */
export function inspectUtf8(bytes: Uint8Array): Utf8Inspection {
  const inspector = new Utf8Inspector(Infinity);
  inspector.push(bytes, true);
  return inspector.inspection();
}

/** True when `bytes[i …]`, cut by the end of the piece, may still become a well-formed sequence. */
function cutSequence(bytes: Uint8Array, i: number): boolean {
  const b0 = bytes[i] ?? 0;
  const length = b0 >= 0xc2 && b0 <= 0xdf ? 2 : b0 >= 0xe0 && b0 <= 0xef ? 3 : b0 >= 0xf0 && b0 <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length <= bytes.length) return false;
  for (let k = 1; i + k < bytes.length; k++) {
    const b = bytes[i + k] ?? 0;
    const low = k === 1 && b0 === 0xe0 ? 0xa0 : k === 1 && b0 === 0xf0 ? 0x90 : 0x80;
    const high = k === 1 && b0 === 0xed ? 0x9f : k === 1 && b0 === 0xf4 ? 0x8f : 0xbf;
    if (b < low || b > high) return false;
  }
  return true;
}

/**
 * {@link inspectUtf8} over a file given in pieces, in order (a file read in chunks): the same counts
 * and lines as over the whole bytes, a character cut between two pieces included.
 */
export class Utf8Inspector {
  multiByteCharacters = 0;
  invalidBytes = 0;
  readonly invalidLines: number[] = [];
  /** Line of the first byte of the next piece. */
  private line = 1;
  /** The previous piece ended with a CR: a LF starting this one ends no new line. */
  private afterCr = false;
  /** The bytes of a character cut at the end of the previous piece. */
  private carried: Uint8Array | null = null;

  /**
   * @param lineLimit - how many lines of invalid bytes to list (messages name the first few); past
   *   them, lines are no longer counted
   */
  constructor(private readonly lineLimit: number) {}

  /**
   * Takes the next piece into account.
   * @param piece - the bytes, after those of the previous pieces
   * @param last - true for the last piece of the file
   * @returns the bytes made of whole characters from now on: those of this piece (after the end of a
   *   character cut at the end of the previous one), less a character cut at its end, kept for the next
   */
  push(piece: Uint8Array, last: boolean): Uint8Array {
    let bytes = piece;
    if (this.carried !== null) {
      bytes = new Uint8Array(this.carried.length + piece.length);
      bytes.set(this.carried);
      bytes.set(piece, this.carried.length);
      this.carried = null;
    }
    const n = bytes.length;
    // ASCII is skipped four bytes at a time; lines are counted only up to an invalid byte, when one occurs.
    const words = bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, n >> 2) : null;
    let countedTo = 0;
    let end = n;
    let i = 0;
    while (i < n) {
      if (words !== null && (i & 3) === 0) {
        while (i + 4 <= n && ((words[i >> 2] ?? 0) & 0x80808080) === 0) i += 4;
        if (i >= n) break;
      }
      const b = bytes[i] ?? 0;
      if (b < 0x80) {
        i++;
        continue;
      }
      if (!last && cutSequence(bytes, i)) {
        this.carried = bytes.slice(i);
        end = i;
        break;
      }
      const length = sequenceLength(bytes, i);
      if (length > 0) {
        this.multiByteCharacters++;
        i += length;
        continue;
      }
      this.invalidBytes++;
      if (this.invalidLines.length < this.lineLimit) {
        countedTo = this.countLines(bytes, countedTo, i);
        if (this.invalidLines[this.invalidLines.length - 1] !== this.line) this.invalidLines.push(this.line);
      }
      i++;
    }
    if (!last && this.invalidLines.length < this.lineLimit) this.countLines(bytes, countedTo, end);
    return end === n ? bytes : bytes.subarray(0, end);
  }

  /** What was found so far (over every piece, once the last is pushed). */
  inspection(): Utf8Inspection {
    return { multiByteCharacters: this.multiByteCharacters, invalidBytes: this.invalidBytes, invalidLines: this.invalidLines };
  }

  /** Counts the line ends of `bytes[from, to)` (CRLF, LF or a lone CR: one each); returns `to`. */
  private countLines(bytes: Uint8Array, from: number, to: number): number {
    if (from >= to) return to;
    // No CR (the common case): every LF ends a line, but one just after a CR ending the previous piece.
    const lineFeeds = countLineFeeds(bytes, this.afterCr && bytes[from] === 0x0a ? from + 1 : from, to);
    if (lineFeeds >= 0) {
      this.line += lineFeeds;
      this.afterCr = false;
      return to;
    }
    for (let j = from; j < to; j++) {
      const c = bytes[j];
      if (c === 0x0a) {
        if (!this.afterCr) this.line++;
        this.afterCr = false;
      } else if (c === 0x0d) {
        this.line++;
        this.afterCr = true;
      } else {
        this.afterCr = false;
      }
    }
    return to;
  }
}

/**
 * The number of LF bytes in `bytes[from, to)`, or −1 when a CR lies there (its lines are counted
 * otherwise), found four bytes at a time: a byte of `x = word ^ 0x0a0a0a0a` is zero exactly where the
 * word holds a LF, and `((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x` sets the high bit of each byte that is not
 * zero (the sum carries from no byte into the next), so the high bits it leaves clear mark the LFs;
 * they are summed into the top byte by one multiplication. The same with 0x0d finds a CR.
 */
export function countLineFeeds(bytes: Uint8Array, from: number, to: number): number {
  let count = 0;
  let i = from;
  // The bytes before the first whole aligned word, then the words, then the bytes after the last.
  for (; i < to && (bytes.byteOffset + i) % 4 !== 0; i++) {
    const c = bytes[i];
    if (c === 0x0a) count++;
    else if (c === 0x0d) return -1;
  }
  const wordCount = (to - i) >> 2;
  if (wordCount > 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, wordCount);
    let crs = 0;
    for (let k = 0; k < wordCount; k++) {
      const word = words[k] ?? 0;
      const x = word ^ 0x0a0a0a0a;
      const lineFeeds = ~(((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x) & 0x80808080;
      if (lineFeeds !== 0) count += Math.imul(lineFeeds >>> 7, 0x01010101) >>> 24;
      const y = word ^ 0x0d0d0d0d;
      crs |= ~(((y & 0x7f7f7f7f) + 0x7f7f7f7f) | y) & 0x80808080;
    }
    if (crs !== 0) return -1;
    i += 4 * wordCount;
  }
  for (; i < to; i++) {
    const c = bytes[i];
    if (c === 0x0a) count++;
    else if (c === 0x0d) return -1;
  }
  return count;
}

/** "3, 8, 12, 20, 31, …": the first few lines of a list, for a message. */
function firstLines(lines: readonly number[], count = 5): string {
  const shown = lines.slice(0, count).join(', ');
  return lines.length > count ? `${shown}, …` : shown;
}

/** The encoding chosen for a file, and the lines of the bytes a forced UTF-8 reading replaces by U+FFFD. */
export interface EncodingChoice {
  readonly encoding: TextEncoding;
  /** Lines holding bytes invalid in UTF-8, when UTF-8 was chosen anyway (`forced`); else empty. */
  readonly replacedLines: readonly number[];
}

/**
 * Chooses the encoding of a file's bytes (see the rule at the top of this module).
 *
 * @param bytes - the file's bytes
 * @param forced - the encoding the user chose, if any: Windows-1252 reads every byte as one
 *   character; UTF-8 reads the invalid bytes as U+FFFD and lists their lines
 * @returns the encoding to decode with, or #VALUE! for a UTF-8 file holding bytes invalid in UTF-8,
 *   naming their lines and what to do
 * @example chooseEncoding(new Uint8Array([0x45, 0xc9])) // { encoding: 'windows-1252', replacedLines: [] }
 */
export function chooseEncoding(bytes: Uint8Array, forced?: TextEncoding): EncodingChoice | SheetError {
  if (forced === 'windows-1252') return { encoding: forced, replacedLines: [] };
  return encodingOf(inspectUtf8(bytes), forced);
}

/**
 * {@link chooseEncoding} from what {@link inspectUtf8} (or a {@link Utf8Inspector}) found in the bytes.
 * @param found - the inspection of the whole file
 * @param forced - the encoding the user chose, if any
 */
export function encodingOf(found: Utf8Inspection, forced?: TextEncoding): EncodingChoice | SheetError {
  if (forced === 'windows-1252') return { encoding: forced, replacedLines: [] };
  if (found.invalidBytes === 0) return { encoding: 'utf-8', replacedLines: [] };
  if (forced === 'utf-8') return { encoding: 'utf-8', replacedLines: found.invalidLines };
  if (found.multiByteCharacters === 0) return { encoding: 'windows-1252', replacedLines: [] };
  const lines = firstLines(found.invalidLines);
  const plural = found.invalidLines.length > 1;
  return valueError(invalidUtf8(found.invalidBytes, plural, lines));
}
