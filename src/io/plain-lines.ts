/**
 * Reading the plain lines of a CSV file straight from its bytes, without decoding them to text: a line
 * is plain when it is ASCII, holds no quote, ends with LF or CRLF, and has exactly as many fields as
 * the header (or none: an empty line). Such a line is cut exactly as `parseCsv` cuts it, and its
 * numbers are read exactly as `numberFromRange` reads the plain ones ("-1234.5"); anything else (a
 * quote, an accent, a lone CR, a missing or extra field, "1 234,50", an ambiguous "1.250" whose column
 * is still undecided) stops the bytes reading at that line, for the text reading to take it from there.
 * In ASCII a byte is a character, so the ids hash to the same codes either way (see `IdTable`).
 */
import { DECIMAL_SEEN } from './columns.js';
import type { DecimalMark } from '../cells/numbers.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const DOT = 0x2e;
const MINUS = 0x2d;
/** Largest count of digits read directly (see `numberFromRange`). */
const FAST_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: FAST_DIGITS + 1 }, (_, k) => 10 ** k);

/** What may still be learnt of a number column's decimal mark while its lines are read from bytes. */
export const DECIMAL_LANE = Object.freeze({
  /** No evidence is gathered (the mark is given or decided for good): any plain number is read. */
  free: 0,
  /** Evidence is gathered and a value with a dot was already seen: another one teaches nothing. */
  dotKnown: 1,
  /** Evidence is gathered and no value with a dot was seen yet: the text reading must record the first. */
  dotUnknown: 2,
});

/**
 * The state of the bytes reading of one part of a file: how its lines are cut, which line comes next,
 * and what its number columns said of their decimal mark (as the text reading's column evidence would).
 */
export class PlainLines {
  /** Where each field of the line last cut starts, and ends (exclusive), in the bytes. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Number of fields of the line last cut: the header's width, or 0 for an empty line. */
  fields = 0;
  /** Where the line after the one last cut starts. */
  next = 0;
  /** Line number (of the whole file) of the next line to read. */
  line = 1;
  /** Per column: what may still be learnt of its decimal mark, see {@link DECIMAL_LANE}. */
  readonly decimalLane: Uint8Array;
  /** Per column: the {@link DECIMAL_SEEN} bits of the numbers read from bytes. */
  readonly seen: Uint8Array;
  /** Per byte value: 1 for a byte that {@link PlainLines.split} passes over (not the separator, LF, CR, a quote, nor ≥ 0x80). */
  private readonly ordinary = new Uint8Array(256);

  /**
   * @param separator - the delimiter's byte (comma, semicolon or tab)
   * @param width - the header's number of fields
   */
  constructor(
    readonly separator: number,
    readonly width: number,
  ) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.decimalLane = new Uint8Array(width);
    this.seen = new Uint8Array(width);
    this.ordinary.fill(1, 0, 0x80);
    for (const c of [separator, LF, CR, QUOTE]) this.ordinary[c] = 0;
  }

  /**
   * Cuts the line starting at `from` into {@link PlainLines.starts} / {@link PlainLines.ends}.
   * @returns true for a plain line (see the top of this module), whose end is then {@link PlainLines.next};
   *   false otherwise, or when the bytes end before its line end
   */
  split(bytes: Uint8Array, from: number): boolean {
    const { separator, width, starts, ends, ordinary } = this;
    const n = bytes.length;
    let field = 0;
    let fieldStart = from;
    for (let i = from; i < n; i++) {
      const c = bytes[i] ?? 0;
      // Most bytes are none of those looked for: one look-up tells so.
      if (ordinary[c] === 1) continue;
      if (c === separator) {
        if (field === width - 1) return false;
        starts[field] = fieldStart;
        ends[field] = i;
        field++;
        fieldStart = i + 1;
      } else if (c === LF || c === CR) {
        const contentEnd = i;
        if (c === CR) {
          // A lone CR ends a line too, but such files go through the text reading.
          if (bytes[i + 1] !== LF) return false;
          i++;
        }
        this.next = i + 1;
        if (contentEnd === from) {
          this.fields = 0;
          return true;
        }
        if (field !== width - 1) return false;
        starts[field] = fieldStart;
        ends[field] = contentEnd;
        this.fields = width;
        return true;
      } else if (c === QUOTE || c >= 0x80) {
        return false;
      }
    }
    return false;
  }

  /**
   * The number in field `column` of the line last cut, read as `numberFromRange` reads it, noting what
   * it says of the column's decimal mark in {@link PlainLines.seen}.
   * @param mark - the column's decimal mark, when decided
   * @returns the number, or NaN when the field is not a plain number or teaches something the text
   *   reading must record (see {@link DECIMAL_LANE})
   */
  number(bytes: Uint8Array, column: number, mark: DecimalMark | undefined): number {
    const start = this.starts[column] ?? 0;
    const end = this.ends[column] ?? 0;
    let i = start;
    const negative = bytes[i] === MINUS;
    if (negative) i++;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    let firstDigit = -1;
    for (; i < end; i++) {
      const c = bytes[i] ?? 0;
      if (c >= 0x30 && c <= 0x39) {
        if (digits === 0) firstDigit = c - 0x30;
        mantissa = mantissa * 10 + (c - 0x30);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (c === DOT && decimals < 0) {
        decimals = 0;
      } else {
        return Number.NaN;
      }
    }
    if (digits === 0 || digits > FAST_DIGITS) return Number.NaN;
    if (decimals >= 0) {
      // In a column whose decimal mark is the comma, a dot groups thousands: the text reading reads it.
      if (mark === ',') return Number.NaN;
      const lane = this.decimalLane[column] ?? 0;
      if (lane !== DECIMAL_LANE.free) {
        // As `decimalEvidenceOfRange`: three decimals after one to three digits not starting with 0 are ambiguous.
        const before = digits - decimals;
        if (decimals === 3 && before >= 1 && before <= 3 && firstDigit !== 0) return Number.NaN;
        if (lane === DECIMAL_LANE.dotUnknown) return Number.NaN;
        this.seen[column] = (this.seen[column] ?? 0) | DECIMAL_SEEN.dot;
      }
    }
    // Both operands are exact doubles and IEEE division rounds once: the same number as Number(text).
    const value = decimals > 0 ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : mantissa;
    return negative ? -value : value;
  }

  /**
   * True when field `column` of the line last cut is an id read as it is (no blank to trim at either
   * end; see `IdTable.codeOfRange`), or empty.
   */
  plainId(bytes: Uint8Array, column: number): boolean {
    const start = this.starts[column] ?? 0;
    const end = this.ends[column] ?? 0;
    if (end === start) return true;
    const first = bytes[start] ?? 0;
    const last = bytes[end - 1] ?? 0;
    return first > 0x20 && first < 0x7f && last > 0x20 && last < 0x7f;
  }
}
