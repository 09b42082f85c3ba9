/**
 * CSV text in and out, the way CRM and shop exports write it: comma, semicolon, tab or
 * whitespace-aligned columns, quoted fields (with doubled quotes and line breaks inside), a UTF-8 BOM,
 * CRLF, LF or CR line ends. Pure: the caller reads the file; this module only sees a string.
 *
 * The reader is a single pass over the string with `charCodeAt`, recording where each field starts
 * and ends: no regular expression, no string per field until a reader asks for one, so a 40 MB export
 * of a million rows parses in a fraction of a second.
 */
import { isSheetError, valueError, type SheetError } from '../cells/errors.js';
import { unclosedQuote } from '../messages/io.js';

/** How fields are separated. `whitespace` = runs of spaces or tabs, leading and trailing ones ignored. */
export type Delimiter = 'comma' | 'semicolon' | 'tab' | 'whitespace';

/** Every delimiter name, in the order help texts list them. */
export const DELIMITERS: readonly Delimiter[] = Object.freeze(['comma', 'semicolon', 'tab', 'whitespace']);

/** Options of {@link parseCsv}. */
export interface CsvParseOptions {
  /** The delimiter; default: detected from the first non-empty line by {@link detectDelimiter}. */
  readonly delimiter?: Delimiter | undefined;
  /**
   * Line number of the text's first line, default 1: a part of a file read in pieces (see
   * stream.ts) numbers its records and messages as lines of the whole file.
   */
  readonly firstLine?: number | undefined;
  /** True for a part of a file after its start: a leading U+FEFF is then a character of a field, not a BOM. */
  readonly continued?: boolean | undefined;
  /**
   * Arrays to parse into (see `TableBuilder.reset`), instead of new ones: the table returned is then
   * valid only until the builder is used again.
   */
  readonly builder?: TableBuilder | undefined;
}

/**
 * Parsed CSV, kept as positions in the text rather than as strings: a million-row file then costs a
 * few typed arrays instead of millions of small strings, and a reader turns into strings only the
 * fields it needs (see {@link csvField}). Record r's fields are the entries
 * `firstField[r] … firstField[r + 1] − 1` of `fieldStart` / `fieldEnd` / `quoted`.
 */
export interface CsvTable {
  /** The delimiter used (the one given, or the one detected). */
  readonly delimiter: Delimiter;
  /** The text parsed. */
  readonly text: string;
  /** Number of records; empty lines are not records. */
  readonly recordCount: number;
  /** Index of each record's first field, plus one entry at the end (`recordCount + 1` entries). */
  readonly firstField: Int32Array;
  /** Where each field starts in the text (its opening quote for a quoted field). */
  readonly fieldStart: Int32Array;
  /** Where each field ends in the text (exclusive). */
  readonly fieldEnd: Int32Array;
  /** 1 for a quoted field: its text is read with {@link csvField}, which drops the quotes. */
  readonly quoted: Uint8Array;
  /** 1-based line number on which each record starts (a quoted line break makes a record span lines). */
  readonly lines: Int32Array;
}

const QUOTE = 0x22; // "
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const TAB = 0x09;
const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const BOM = 0xfeff;

const DELIMITER_CODES: Record<Exclude<Delimiter, 'whitespace'>, number> = { comma: COMMA, semicolon: SEMICOLON, tab: TAB };

/**
 * Guesses the delimiter from the first non-empty line (the header line of an export): the most
 * frequent of `;`, tab and `,` outside quotes (on a tie in that order: a French export's header never
 * holds a decimal comma, but a `;` file may have commas in its names); when none occurs, `whitespace`
 * if the line has several words, else `comma` (a one-column file).
 *
 * @param text - the file's text (a leading BOM is ignored)
 * @returns the delimiter
 * @example detectDelimiter('client;date;montant\nA;31/12/2024;1 234,50') // 'semicolon'
 * @example detectDelimiter(' customer_id  date number_of_cds  dollar_value') // 'whitespace'
 */
export function detectDelimiter(text: string): Delimiter {
  return delimiterOfFirstLine(text).delimiter;
}

/**
 * {@link detectDelimiter}, and whether the text holds the end of the line it looked at (else a longer
 * start of the file could decide otherwise).
 */
export function delimiterOfFirstLine(text: string): { readonly delimiter: Delimiter; readonly lineEnded: boolean } {
  const n = text.length;
  let i = text.charCodeAt(0) === BOM ? 1 : 0;
  while (i < n && (text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) i++;
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let words = 0;
  let inWord = false;
  let quoted = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    if (quoted) {
      if (!inWord) words++;
      inWord = true;
      continue;
    }
    if (c === LF || c === CR) break;
    if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === TAB) tabs++;
    const blank = c === SPACE || c === TAB;
    if (!blank && !inWord) words++;
    inWord = !blank;
  }
  const lineEnded = i < n;
  const most = Math.max(commas, semicolons, tabs);
  if (most === 0) return { delimiter: words > 1 ? 'whitespace' : 'comma', lineEnded };
  if (semicolons === most) return { delimiter: 'semicolon', lineEnded };
  if (tabs === most) return { delimiter: 'tab', lineEnded };
  return { delimiter: 'comma', lineEnded };
}

/** Where the parser writes fields and records: typed arrays grown by doubling. */
export class TableBuilder {
  fieldStart: Int32Array;
  fieldEnd: Int32Array;
  quoted: Uint8Array;
  firstField: Int32Array;
  lines: Int32Array;
  fields = 0;
  records = 0;

  constructor(textLength: number) {
    // Sized for a typical export (a field per 8 characters, a record per 40).
    const fieldCapacity = Math.max(64, Math.ceil(textLength / 8));
    const recordCapacity = Math.max(16, Math.ceil(textLength / 40));
    this.fieldStart = new Int32Array(fieldCapacity);
    this.fieldEnd = new Int32Array(fieldCapacity);
    this.quoted = new Uint8Array(fieldCapacity);
    this.firstField = new Int32Array(recordCapacity + 1);
    this.lines = new Int32Array(recordCapacity);
  }

  /**
   * Empties the builder for another text, keeping its arrays: the tables it gave before then change
   * (a file read in parts parses each part into the same arrays once the previous part is read).
   */
  reset(): void {
    this.fields = 0;
    this.records = 0;
  }

  addField(start: number, end: number, quoted: number): void {
    if (this.fields === this.fieldStart.length) {
      this.fieldStart = grown(this.fieldStart, new Int32Array(this.fields * 2));
      this.fieldEnd = grown(this.fieldEnd, new Int32Array(this.fields * 2));
      this.quoted = grown(this.quoted, new Uint8Array(this.fields * 2));
    }
    this.fieldStart[this.fields] = start;
    this.fieldEnd[this.fields] = end;
    this.quoted[this.fields] = quoted;
    this.fields++;
  }

  /** Closes the record whose first field is `first`, or drops it when it is an empty line. */
  endRecord(first: number, line: number, empty: boolean): void {
    if (empty || this.fields === first) {
      this.fields = first;
      return;
    }
    if (this.records === this.lines.length) {
      this.lines = grown(this.lines, new Int32Array(this.records * 2));
      this.firstField = grown(this.firstField, new Int32Array(this.records * 2 + 1));
    }
    this.firstField[this.records] = first;
    this.lines[this.records] = line;
    this.records++;
  }

  table(delimiter: Delimiter, text: string): CsvTable {
    const { fields, records } = this;
    this.firstField[records] = fields;
    return {
      delimiter,
      text,
      recordCount: records,
      firstField: this.firstField.subarray(0, records + 1),
      fieldStart: this.fieldStart.subarray(0, fields),
      fieldEnd: this.fieldEnd.subarray(0, fields),
      quoted: this.quoted.subarray(0, fields),
      lines: this.lines.subarray(0, records),
    };
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, bigger: T): T {
  bigger.set(array);
  return bigger;
}

/** Position of the next `character` at or after `from`, or `text.length` when there is none. */
function nextIndex(text: string, character: string, from: number): number {
  const found = text.indexOf(character, from);
  return found < 0 ? text.length : found;
}

/**
 * Parses CSV text. Quoted fields may hold the delimiter, doubled quotes (`""` → `"`) and line breaks;
 * text after a closing quote and before the next delimiter is kept (as spreadsheets do). A leading BOM
 * is dropped; CRLF, LF and lone CR all end a line; empty lines are skipped (in `whitespace` mode, blank
 * lines too). Fields keep their spaces: trimming is the reader's choice.
 *
 * @param text - the whole file as a string
 * @param options - the delimiter, see {@link CsvParseOptions}
 * @returns the parsed table (read it with {@link csvField} or {@link csvRecords}), or #VALUE! when a
 *   quote is never closed (naming the line where it opens)
 * @example csvRecords(parseCsv('a;b\n"x;1";2\r\n')) // [['a', 'b'], ['x;1', '2']] (delimiter 'semicolon', lines [1, 2])
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): CsvTable | SheetError {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const n = text.length;
  const out = options.builder ?? new TableBuilder(n);
  out.reset();
  const state: ParseState = { text, i: options.continued !== true && text.charCodeAt(0) === BOM ? 1 : 0, line: options.firstLine ?? 1 };

  if (delimiter === 'whitespace') {
    while (state.i < n) {
      const problem = parseRecord(state, SPACE, true, out);
      if (problem) return problem;
    }
    return out.table(delimiter, text);
  }

  // Fast path, line by line: a line without quotes is cut at its delimiters with `indexOf` (the
  // engine's native search), the rest goes through the character-by-character reader. The next LF,
  // CR, quote and delimiter are remembered, so that no search runs over the same text twice whatever
  // the line ends (searching for the next LF from every line of a CR-only file was quadratic).
  const separator = DELIMITER_CODES[delimiter];
  const separatorText = String.fromCharCode(separator);
  let nextQuote = -1;
  let nextLf = -1;
  let nextCr = -1;
  let nextSeparator = -1;
  while (state.i < n) {
    const start = state.i;
    if (nextLf < start) nextLf = nextIndex(text, '\n', start);
    if (nextCr < start) nextCr = nextIndex(text, '\r', start);
    if (nextQuote < start) nextQuote = nextIndex(text, '"', start);
    const contentEnd = Math.min(nextLf, nextCr);
    if (nextQuote < contentEnd) {
      const problem = parseRecord(state, separator, false, out);
      if (problem) return problem;
      continue;
    }
    const first = out.fields;
    let fieldStart = start;
    for (;;) {
      if (nextSeparator < fieldStart) nextSeparator = nextIndex(text, separatorText, fieldStart);
      if (nextSeparator >= contentEnd) {
        out.addField(fieldStart, contentEnd, 0);
        break;
      }
      out.addField(fieldStart, nextSeparator, 0);
      fieldStart = nextSeparator + 1;
    }
    out.endRecord(first, state.line, contentEnd === start);
    // CRLF, LF or a lone CR ends the line.
    state.i = contentEnd === nextCr && nextLf === nextCr + 1 ? nextLf + 1 : contentEnd + 1;
    state.line++;
  }
  return out.table(delimiter, text);
}

/** Position of the character-by-character reader. */
interface ParseState {
  readonly text: string;
  /** Index of the next character to read. */
  i: number;
  /** 1-based line number at `i`. */
  line: number;
}

/**
 * Reads one record character by character (quotes, line breaks in quotes, lone CRs, whitespace runs),
 * leaving `state` at the start of the next line.
 * @returns null, or #VALUE! for a quote never closed
 */
function parseRecord(state: ParseState, separator: number, whitespace: boolean, out: TableBuilder): SheetError | null {
  const { text } = state;
  const n = text.length;
  const recordLine = state.line;
  const first = out.fields;
  let i = state.i;
  let empty = true; // a record made of one empty field is an empty line
  for (;;) {
    if (whitespace) {
      let c = text.charCodeAt(i);
      while (c === SPACE || c === TAB) c = text.charCodeAt(++i);
      if (i >= n || c === LF || c === CR) break; // trailing blanks: no empty last field
    }
    const start = i;
    let j: number;
    let quoted = 0;
    if (text.charCodeAt(i) === QUOTE) {
      const closing = closingQuote(text, i + 1);
      if (closing < 0) {
        return valueError(unclosedQuote(recordLine));
      }
      state.line += lineBreaks(text, i + 1, closing);
      j = fieldEnd(text, closing + 1, separator, whitespace);
      quoted = 1;
    } else {
      j = fieldEnd(text, i, separator, whitespace);
    }
    out.addField(start, j, quoted);
    if (j > start) empty = false;
    const c = text.charCodeAt(j);
    if (j < n && (whitespace ? c === SPACE || c === TAB : c === separator)) {
      empty = false;
      i = j + 1;
      if (!whitespace && (i >= n || text.charCodeAt(i) === LF || text.charCodeAt(i) === CR)) {
        out.addField(i, i, 0); // a delimiter just before the end of the line opens an empty last field
        break;
      }
      continue;
    }
    i = j;
    break;
  }
  // At a line end (or the end of the text): step over CRLF, LF or CR.
  if (i < n) {
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i++;
    i++;
    state.line++;
  }
  state.i = i;
  out.endRecord(first, recordLine, empty && out.fields === first + 1);
  return null;
}

/**
 * Number of fields of one record.
 * @param table - the parsed CSV
 * @param record - 0-based record index
 * @returns the number of fields (0 for a record index out of range)
 * @example csvFieldCount(parseCsv('a,b,c'), 0) // 3
 */
export function csvFieldCount(table: CsvTable, record: number): number {
  const first = table.firstField[record];
  const next = table.firstField[record + 1];
  return first === undefined || next === undefined ? 0 : next - first;
}

/**
 * The text of one field: as written for an unquoted field, without its quotes (and with doubled quotes
 * made single) for a quoted one.
 * @param table - the parsed CSV
 * @param record - 0-based record index
 * @param column - 0-based field index in the record
 * @returns the text, or undefined when the record has no such field
 * @example csvField(parseCsv('a,"b ""c"""'), 0, 1) // 'b "c"'
 */
export function csvField(table: CsvTable, record: number, column: number): string | undefined {
  if (column < 0 || column >= csvFieldCount(table, record)) return undefined;
  const index = (table.firstField[record] ?? 0) + column;
  const start = table.fieldStart[index] ?? 0;
  const end = table.fieldEnd[index] ?? 0;
  if (table.quoted[index] !== 1) return table.text.slice(start, end);
  const closing = closingQuote(table.text, start + 1);
  const value = unquote(table.text, start + 1, closing);
  return closing + 1 < end ? value + table.text.slice(closing + 1, end) : value;
}

/**
 * One record as strings.
 * @param table - the parsed CSV
 * @param record - 0-based record index
 * @returns its fields (see {@link csvField})
 * @example csvRecord(parseCsv('a;b\nc;d'), 1) // ['c', 'd']
 */
export function csvRecord(table: CsvTable, record: number): string[] {
  const fields: string[] = [];
  const count = csvFieldCount(table, record);
  for (let column = 0; column < count; column++) fields.push(csvField(table, record, column) ?? '');
  return fields;
}

/**
 * Every record as strings: convenient for small files and tests (a reader of large files takes only
 * the fields it needs with {@link csvField}).
 * @param table - the parsed CSV, or the error {@link parseCsv} returned
 * @returns the records, or the error as it is
 * @example csvRecords(parseCsv('a,b\n\nc,d')) // [['a', 'b'], ['c', 'd']]
 */
export function csvRecords(table: CsvTable | SheetError): string[][] | SheetError {
  if (isSheetError(table)) return table;
  const records: string[][] = [];
  for (let record = 0; record < table.recordCount; record++) records.push(csvRecord(table, record));
  return records;
}

/** Index just past the last character of an unquoted field: the next separator, line end or text end. */
function fieldEnd(text: string, from: number, separator: number, whitespace: boolean): number {
  const n = text.length;
  let j = from;
  if (whitespace) {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === SPACE || c === TAB || c === LF || c === CR) break;
      j++;
    }
  } else {
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === separator || c === LF || c === CR) break;
      j++;
    }
  }
  return j;
}

/** Index of the quote that closes a field opened just before `from`, skipping doubled quotes; −1 if none. */
function closingQuote(text: string, from: number): number {
  let j = from;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (text.charCodeAt(q + 1) !== QUOTE) return q;
    j = q + 2;
  }
}

/** The content between two quotes, with each doubled quote made single. */
function unquote(text: string, from: number, to: number): string {
  let q = text.indexOf('"', from);
  if (q < 0 || q >= to) return text.slice(from, to);
  const parts: string[] = [];
  let start = from;
  while (q >= 0 && q < to) {
    parts.push(text.slice(start, q + 1)); // keeps one quote of the pair
    start = q + 2;
    q = text.indexOf('"', start);
  }
  parts.push(text.slice(start, to));
  return parts.join('');
}

/** Number of line breaks (CRLF, LF or lone CR) between two indexes. */
function lineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === LF || (c === CR && text.charCodeAt(j + 1) !== LF)) count++;
  }
  return count;
}

/**
 * One field as CSV: quoted (with doubled quotes) when it holds the delimiter, a quote or a line break,
 * or starts with a byte-order mark (which a reader would drop from the start of a file); as it is
 * otherwise. Any string comes back unchanged from {@link parseCsv} with the same delimiter.
 *
 * @param value - the field's text
 * @param delimiter - the delimiter character, default `,`
 * @returns the field ready to write
 * @example formatCsvField('Dupont, Jean') // '"Dupont, Jean"'
 * @example formatCsvField('12"') // '"12"""'
 */
export function formatCsvField(value: string, delimiter = ','): string {
  const separator = delimiter.charCodeAt(0);
  if (value.charCodeAt(0) === BOM) return `"${value.replaceAll('"', '""')}"`;
  for (let j = 0; j < value.length; j++) {
    const c = value.charCodeAt(j);
    if (c === separator || c === QUOTE || c === LF || c === CR) return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** The mark spreadsheets themselves use for "text, not a formula or a number". */
const TEXT_MARK = "'";
/**
 * First characters that make a spreadsheet run or rewrite a field: a formula (= + - @), an error
 * literal (#N/A), the text mark itself (so that a leading apostrophe always means "added by us"),
 * a tab or a line break.
 */
const MARKED_STARTS = /^[=+\-@#'\t\r\n]/;
/** A whole number a spreadsheet shows back as written: no leading zero, at most 11 digits (beyond, Excel's General format shows 1.23457E+11). */
const PLAIN_WHOLE_NUMBER = /^-?[1-9]\d{0,10}$|^0$/;
/**
 * Text a spreadsheet reads as a number, a date, a time, a percentage or an amount: digits with only
 * spaces and the signs . , / : - + % ( ) € $ £ around them (`00123`, `1/2`, `2024-01-31`, `12:30`,
 * `1,5`, `12 %`), or a number with an exponent (`1E5`).
 */
const NUMBER_LIKE = /^[\d\s.,/:+\-%()€$£]*\d[\d\s.,/:+\-%()€$£]*$|^[+-]?\d+(?:[.,]\d*)?[eE][+-]?\d+$/;
/** The booleans of English and French spreadsheets. */
const BOOLEAN_WORD = /^\s*(?:true|false|vrai|faux)\s*$/i;

/**
 * True when a spreadsheet opening a CSV would not show this text as it is, so {@link formatCsvText}
 * marks it: a leading = + - @ # ' tab or line break (a formula, an error literal, the mark itself),
 * text made of digits and number signs that is not a plain whole number (`00123`, `123456789012`,
 * `1/2`, `2024-01-31`, `12:30`, `1,5`, `12 %`, `1E5`), or TRUE/FALSE/VRAI/FAUX in any case. A plain
 * whole number of up to 11 digits without a leading zero (`42`, `-42`) and any text holding a letter
 * other than an exponent's E (`C-12`, `iPhone 15`) are left as they are; so are dates written with a
 * month name (`3-Jan`), which spreadsheets may still read as dates.
 *
 * @param value - a user's text (a customer or item id)
 * @returns whether the CSV writes it with a leading apostrophe
 * @example needsCsvTextMark('00123') // true
 * @example needsCsvTextMark('12345') // false
 */
export function needsCsvTextMark(value: string): boolean {
  // The common id, starting with an ASCII letter that begins no boolean word: no pattern can match.
  const letter = value.charCodeAt(0) | 0x20;
  if (letter >= 0x61 && letter <= 0x7a && letter !== 0x66 && letter !== 0x74 && letter !== 0x76) return false;
  if (value === '' || PLAIN_WHOLE_NUMBER.test(value)) return false;
  return MARKED_STARTS.test(value) || NUMBER_LIKE.test(value) || BOOLEAN_WORD.test(value);
}

/**
 * A user's text (a customer name, an item id) as a CSV field that a spreadsheet opening the file will
 * show as the same text, never run as a formula nor turn into a number, a date or a boolean: text for
 * which {@link needsCsvTextMark} is true gets a leading apostrophe (the mark spreadsheets themselves
 * use for "text"), then the field is quoted as {@link formatCsvField} does.
 *
 * Read back with {@link parseCsv}, the field is the text itself, or the text with one apostrophe in
 * front when it was marked; since every text starting with an apostrophe is marked,
 * {@link textFromCsvText} gives back the original text in every case.
 *
 * @param value - the text
 * @param delimiter - the delimiter character, default `,`
 * @returns the field ready to write
 * @example formatCsvText('=HYPERLINK("http://x")') // '"\'=HYPERLINK(""http://x"")"'
 * @example formatCsvText('00123') // "'00123"
 * @example formatCsvText('-12') // '-12'
 */
export function formatCsvText(value: string, delimiter = ','): string {
  return formatCsvField(needsCsvTextMark(value) ? `${TEXT_MARK}${value}` : value, delimiter);
}

/**
 * The original text of a field written by {@link formatCsvText} and read back: the field without its
 * leading apostrophe, if it has one.
 * @param field - a field as {@link parseCsv} reads it
 * @returns the text given to {@link formatCsvText}
 * @example textFromCsvText("'00123") // '00123'
 */
export function textFromCsvText(field: string): string {
  return field.startsWith(TEXT_MARK) ? field.slice(TEXT_MARK.length) : field;
}

/**
 * Rows as CSV text: fields quoted as needed by {@link formatCsvField}, each row ended by `\n`; a row
 * of one empty field is written `""` (an empty line would be no row at all for a reader).
 *
 * @param rows - the rows, the header first if there is one
 * @param delimiter - the delimiter character, default `,`
 * @returns the CSV text (empty for no rows)
 * @example formatCsv([['item', 'value'], ['a;b', '3']], ';') // 'item;value\n"a;b";3\n'
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const out: string[] = [];
  for (const row of rows) out.push(row.length === 1 && row[0] === '' ? '""' : row.map((field) => formatCsvField(field, delimiter)).join(delimiter));
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}
