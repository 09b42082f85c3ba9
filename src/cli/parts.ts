/**
 * Reading the input file of a command in parts (see src/io/stream.ts), so that its memory follows
 * what it keeps — customers, items, order ids — and not the size of the file: a file larger than
 * memory can be read. Everything is decided as when the whole file is read at once (`readInput`),
 * with the same results, notes and errors, in the same order:
 *
 * - the encoding over every byte of the file (a Windows-1252 file is pure ASCII up to its first
 *   invalid byte, so its first parts read the same either way);
 * - the header line and the columns from the first part, which holds the first two records;
 * - the order of the dates and the decimal mark of each number column over the whole column: the
 *   parts are read with the decision their evidence so far gives, and the file is read a second time
 *   with the final decision only when a value read before would read otherwise (a column proving its
 *   order or mark after an ambiguous value, which exports seldom do);
 * - errors: an encoding error first, then an unclosed quote, the header and columns, a column
 *   decision, and last the first row at fault — as the whole-file reading meets them.
 */
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import type { DateOrder } from '../cells/dates.js';
import type { DecimalMark } from '../cells/numbers.js';
import { DateColumnEvidence, DecimalColumnEvidence, DECIMAL_SEEN, type ColumnDecimals, type DataTable, type ReadingNote } from '../io/columns.js';
import { encodingOf, Utf8Inspector, type EncodingChoice } from '../io/encoding.js';
import { createDayReader, type DayReader } from '../io/fields.js';
import { CsvParts } from '../io/stream.js';
import { DECIMAL_LANE, PlainLines } from '../io/plain-lines.js';
import type { ParsedArgs } from './args.js';
import { checkedEncoding, dataFailure, fileProblem, inputSettings, resolveInput, type CliIo, type InputColumn, type InputTable } from './common.js';
import { CliFailure, EXIT_DATA } from './failure.js';

/** What reads the records of each part into what the command keeps (see `TransactionRows`, `ItemRows`). */
export interface PartReader {
  /** Reads the next records with this date reader and these decimal marks. */
  use(readDay: DayReader, decimals: ColumnDecimals): void;
  /** Reads the records `from` … last of a part; null, or the error of the first row at fault. */
  read(table: DataTable, from: number): SheetError | null;
  /**
   * Reads the plain lines of `bytes` from `from` on, straight from the bytes (see `PlainLines`), up to
   * the first one that is not plain; returns where it stopped. Optional: without it, every part is
   * decoded and parsed as text.
   */
  readBytes?(bytes: Uint8Array, from: number, lines: PlainLines): number;
  /** Lets go of the part's text (its ids are copied). */
  settle(): void;
  /**
   * True when the reader cannot go on (see `OrderRuns`): the reading stops there, says nothing and
   * returns `abandoned`, for the caller to read the file another way.
   */
  abandoned?(): boolean;
}

/** The columns a command reads and how their values are decided. */
export interface PartReading {
  readonly wanted: readonly InputColumn[];
  /** The option naming the date column, for a command that reads dates. */
  readonly dateOption?: string | undefined;
  /** The options naming the number columns, in the order the whole-file reading decides them. */
  readonly numberOptions: readonly string[];
  readonly dateOrder?: DateOrder | undefined;
  readonly decimal?: DecimalMark | undefined;
  readonly hints: { readonly dateOrder?: LocalizedText; readonly decimal?: LocalizedText };
}

/** The file read: its table (the first part, for the header and columns), the notes, the reader. */
export interface PartsRead<R> {
  readonly input: InputTable;
  readonly notes: readonly ReadingNote[];
  readonly reader: R;
  /** True when the reader gave up (see {@link PartReader.abandoned}): nothing was decided nor said. */
  readonly abandoned?: boolean;
}

const EMPTY = new Uint8Array(0);
/** The byte of each delimiter that cuts at one byte (not `whitespace`). */
const SEPARATOR_BYTES: Readonly<Partial<Record<string, number>>> = { comma: 0x2c, semicolon: 0x3b, tab: 0x09 };
/** How many lines of invalid bytes a message names (and one more, to know there are more). */
const INVALID_LINES_SHOWN = 6;

/** True when a value with these {@link DECIMAL_SEEN} bits reads the same with the mark as by itself. */
function readsAlike(mark: DecimalMark | undefined, seen: number): boolean {
  if ((seen & DECIMAL_SEEN.ambiguous) !== 0) return false;
  if (mark === '.') return (seen & DECIMAL_SEEN.comma) === 0;
  if (mark === ',') return (seen & DECIMAL_SEEN.dot) === 0;
  return true;
}

/**
 * Reads the command's input file in parts into `start(input)`'s reader.
 * @param start - makes the reader, once the columns are known (called again for a second reading)
 * @throws CliFailure as `readInput` and the whole-file readers do, for the same files
 */
export function readInputInParts<R extends PartReader>(
  args: ParsedArgs,
  io: CliIo & { readonly readPieces: (path: string) => Iterable<Uint8Array> },
  command: string,
  language: Language,
  reading: PartReading,
  start: (input: InputTable) => R,
): PartsRead<R> {
  const settings = inputSettings(args, io, command);
  const { path } = settings;
  // Notes of the header line are held until the encoding is known, as the whole-file reading prints them after it.
  const held: string[] = [];
  const holdingIo: CliIo = { ...io, stderr: (text) => held.push(text) };
  let input: InputTable | null = null;
  let firstLine = 1;
  let dateEvidence: DateColumnEvidence | null = null;
  let decimalEvidence: (DecimalColumnEvidence | null)[] = [];
  const numberColumns: number[] = [];
  const usedOrders = new Set<DateOrder>();
  const usedMarks: Map<DecimalMark | undefined, number>[] = [];
  const readers = new Map<DateOrder, DayReader>();
  const dayReader = (order: DateOrder): DayReader => {
    let reader = readers.get(order);
    if (reader === undefined) {
      reader = createDayReader(order);
      readers.set(order, reader);
    }
    return reader;
  };
  const column = (option: string): number => input?.columns.get(option) ?? 0;

  /** One reading of the file; with `fixed`, the decisions are final and no evidence is gathered. */
  const pass = (
    reader: R | null,
    fixed: { order: DateOrder; decimals: ColumnDecimals } | null,
  ): { reader: R | null; encoding: EncodingChoice | SheetError; parse: SheetError | null; resolve: CliFailure | null; row: SheetError | null; abandoned: boolean } => {
    const parts = new CsvParts(settings.delimiter);
    const inspector = settings.encoding === 'windows-1252' ? null : new Utf8Inspector(INVALID_LINES_SHOWN);
    const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
    const windows1252 = new TextDecoder('windows-1252', { ignoreBOM: true });
    let mode: 'utf-8' | 'windows-1252' | 'refused' = settings.encoding ?? 'utf-8';
    let parse: SheetError | null = null;
    let resolve: CliFailure | null = null;
    let row: SheetError | null = null;
    let current = reader;
    // Set by `take`: an object, so that the loop below sees the change.
    const stop = { abandoned: false };
    if (current !== null && fixed !== null) current.use(dayReader(fixed.order), fixed.decimals);
    // The bytes after the last LF of the pieces so far: the text handed on ends at a line end, so that
    // the parts' text is never joined to the start of the next piece (joining two long strings and then
    // reading the result costs far more than joining their bytes). A LF is never inside a character,
    // in UTF-8 as in Windows-1252, and the bytes held are ASCII when the reading turns to Windows-1252.
    let tail: Uint8Array = EMPTY;
    // Where the tail and the next piece are joined: one buffer, decoded before it is used again.
    let scratch = EMPTY;
    const wholeLines = (bytes: Uint8Array, last: boolean): Uint8Array => {
      let joined = bytes;
      if (tail.length > 0) {
        const length = tail.length + bytes.length;
        if (scratch.length < length) scratch = new Uint8Array(Math.max(length, 2 * scratch.length));
        scratch.set(tail);
        scratch.set(bytes, tail.length);
        joined = scratch.subarray(0, length);
      }
      tail = EMPTY;
      if (last) return joined;
      const lf = joined.lastIndexOf(0x0a);
      // No LF at all (a file whose lines end with a lone CR): the text reader finds the line ends itself.
      if (lf < 0) return joined;
      if (lf + 1 < joined.length) tail = joined.slice(lf + 1);
      return joined.subarray(0, lf + 1);
    };

    // The lines read from bytes (see `PlainLines`), once the columns are known and the delimiter cuts
    // at one byte; the decimals the reader was last given.
    let plain: PlainLines | null = null;
    let lastDecimals: ColumnDecimals = {};
    /** Reads the plain lines at the start of `chunk` from its bytes; returns the bytes left for the text reading. */
    const readPlainLines = (chunk: Uint8Array): Uint8Array => {
      const between = parts.between;
      if (current?.readBytes === undefined || input === null || between === null || row !== null || resolve !== null) return chunk;
      const separator = SEPARATOR_BYTES[between.delimiter];
      if (separator === undefined) return chunk;
      plain ??= new PlainLines(separator, input.table.header.length);
      const lines = plain;
      lines.line = between.line;
      lines.decimalLane.fill(DECIMAL_LANE.free);
      lines.seen.fill(0);
      if (fixed === null) {
        numberColumns.forEach((index, k) => {
          const evidence = decimalEvidence[k];
          if (evidence !== null && evidence !== undefined && !evidence.settled && index < lines.decimalLane.length) {
            lines.decimalLane[index] = evidence.evidence.dotRow === null ? DECIMAL_LANE.dotUnknown : DECIMAL_LANE.dotKnown;
          }
        });
      }
      const stopped = current.readBytes(chunk, 0, lines);
      if (stopped === 0) return chunk;
      parts.skipLines(lines.line - between.line);
      if (fixed === null) {
        // What the numbers read said of their columns, as the text reading's `scan` would have said it.
        numberColumns.forEach((index, k) => {
          const used = usedMarks[k];
          const seen = lines.seen[index] ?? 0;
          if (used !== undefined && seen !== 0) used.set(lastDecimals[index], (used.get(lastDecimals[index]) ?? 0) | seen);
        });
      }
      return chunk.subarray(stopped);
    };

    const take = (piece: Uint8Array, last: boolean): void => {
      let bytes = piece;
      if (inspector !== null) {
        bytes = inspector.push(piece, last);
        if (settings.encoding === undefined && inspector.invalidBytes > 0) mode = inspector.multiByteCharacters === 0 ? 'windows-1252' : 'refused';
      }
      if (mode === 'refused' || parse !== null) return;
      let chunk = wholeLines(bytes, last);
      // An ASCII line reads the same in UTF-8 and Windows-1252: the bytes reading serves both.
      chunk = readPlainLines(chunk);
      if (chunk.length === 0 && !last) {
        current?.settle();
        return;
      }
      const csv = parts.push((mode === 'windows-1252' ? windows1252 : utf8).decode(chunk), last);
      if (csv === null) return;
      if (isSheetError(csv)) {
        parse = csv;
        return;
      }
      if (resolve !== null) return;
      let from = 0;
      if (input === null) {
        try {
          input = resolveInput(csv, path, reading.wanted, settings, holdingIo, language);
        } catch (error) {
          if (!(error instanceof CliFailure)) throw error;
          resolve = error;
          return;
        }
        firstLine = csv.lines[0] ?? 1;
        for (const option of reading.numberOptions) numberColumns.push(column(option));
        dateEvidence = reading.dateOption === undefined || reading.dateOrder !== undefined ? null : new DateColumnEvidence(column(reading.dateOption));
        decimalEvidence = numberColumns.map((index) => (reading.decimal === undefined ? new DecimalColumnEvidence(index) : null));
        usedMarks.push(...numberColumns.map(() => new Map<DecimalMark | undefined, number>()));
      }
      current ??= start(input);
      const table: DataTable = { header: input.table.header, csv, start: input.table.start, ...(input.table.names === undefined ? {} : { names: input.table.names }), firstLine };
      if (csv.lines[0] === firstLine) from = input.table.start;
      if (fixed === null) {
        const twoWays = dateEvidence?.scan(table, from) ?? false;
        const seen = decimalEvidence.map((evidence) => evidence?.scan(table, from) ?? 0);
        if (row === null) {
          const dateDecision = dateEvidence?.decision(input.table.header);
          const order = reading.dateOrder ?? (dateDecision === undefined || isSheetError(dateDecision) ? 'dmy' : dateDecision.order);
          const decimals: Record<number, DecimalMark | undefined> = {};
          decimalEvidence.forEach((evidence, k) => {
            const decision = evidence?.decision(input?.table.header ?? []);
            const mark = reading.decimal ?? (decision === undefined || isSheetError(decision) ? undefined : decision.decimal);
            const index = numberColumns[k] ?? 0;
            decimals[index] = mark;
            const used = usedMarks[k];
            if (used !== undefined) used.set(mark, (used.get(mark) ?? 0) | (seen[k] ?? 0));
          });
          if (twoWays) usedOrders.add(order);
          current.use(dayReader(order), decimals);
          lastDecimals = decimals;
        }
      }
      if (row === null) row = current.read(table, from);
      current.settle();
      if (current.abandoned?.() === true) stop.abandoned = true;
    };

    let iterator: Iterator<Uint8Array> | undefined;
    const next = (): IteratorResult<Uint8Array> => {
      try {
        iterator ??= io.readPieces(path)[Symbol.iterator]();
        return iterator.next();
      } catch (error) {
        throw new CliFailure(EXIT_DATA, fileProblem(path, error, 'lire', 'read'));
      }
    };
    let result = next();
    for (;;) {
      const following = result.done === true ? result : next();
      take(result.done === true ? EMPTY : result.value, following.done === true);
      if (following.done === true || stop.abandoned) break;
      result = following;
    }
    const encoding: EncodingChoice | SheetError = inspector === null ? { encoding: 'windows-1252', replacedLines: [] } : encodingOf(inspector.inspection(), settings.encoding);
    return { reader: current, encoding, parse, resolve, row, abandoned: stop.abandoned };
  };

  const first = pass(null, null);
  const started = input as InputTable | null;
  if (first.abandoned && started !== null && first.reader !== null) return { input: started, notes: [], reader: first.reader, abandoned: true };
  checkedEncoding(first.encoding, path, io, language);
  if (first.parse !== null) throw dataFailure(path, first.parse);
  if (first.resolve !== null) throw first.resolve;
  for (const text of held) io.stderr(text);
  const resolved = input as InputTable | null;
  if (resolved === null || first.reader === null) throw new Error('the first part of the file was never read');

  const notes: ReadingNote[] = [];
  let order: DateOrder = reading.dateOrder ?? 'dmy';
  const evidence = dateEvidence as DateColumnEvidence | null;
  if (evidence !== null) {
    const decided = evidence.decision(resolved.table.header, reading.hints.dateOrder);
    if (isSheetError(decided)) throw dataFailure(path, decided);
    order = decided.order;
    if (decided.note) notes.push(decided.note);
  }
  const decimals: Record<number, DecimalMark | undefined> = {};
  let again = [...usedOrders].some((used) => used !== order);
  for (const [k, index] of numberColumns.entries()) {
    let mark = reading.decimal;
    const columnEvidence = decimalEvidence[k];
    if (columnEvidence) {
      const decided = columnEvidence.decision(resolved.table.header, reading.hints.decimal);
      if (isSheetError(decided)) throw dataFailure(path, decided);
      mark = decided.decimal;
      if (decided.note) notes.push(decided.note);
    }
    decimals[index] = mark;
    for (const [used, seen] of usedMarks[k] ?? []) if (used !== mark && !(readsAlike(used, seen) && readsAlike(mark, seen))) again = true;
  }
  if (!again) {
    if (first.row !== null) throw dataFailure(path, first.row);
    return { input: resolved, notes, reader: first.reader };
  }
  const second = pass(start(resolved), { order, decimals });
  if (second.row !== null) throw dataFailure(path, second.row);
  if (second.reader === null) throw new Error('the file was not read again');
  return { input: resolved, notes, reader: second.reader };
}
