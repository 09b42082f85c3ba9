/**
 * Columns of a parsed CSV: the header (from the file's first line or given by the user for a
 * headerless file), choosing a column by name or number, and reading one field as a date or a number
 * with a message that names the line and the column when it is neither.
 */
import { isSheetError, valueError, type LocalizedText, type SheetError } from '../cells/errors.js';
import { DateOrderEvidence, decideDateOrder, isoFromDay, slashedDateParts, dayFromText, type DateOrder, type DateOrderDecision, type DayNumber } from '../cells/dates.js';
import { displayList, displayText } from '../cells/display.js';
import { decideDecimalMark, DecimalEvidence, decimalEvidence, type DecimalMark } from '../cells/numbers.js';
import { csvField, csvFieldCount, csvRecord, type CsvTable } from './csv.js';
import { decimalEvidenceOfRange, numberFromField, numberFromRange, type DayReader } from './fields.js';
import { about, andMore, columnByName, columnNumbered, columnNamesGiven, dateOrderDefaulted, dateReadAs, decimalCommaTodo, decimalMarkDefaulted, delimiterInValue, emptyField, emptyFile, expectedDate, expectedFinitePrice, expectedNumber, fieldIsNot, firstLineHas, firstLineLooksLikeData, firstLineReadAsData, firstLineReadAsHeader, headerLineHas, headerlessColumnNumber, lineNamed, missingFieldOf, noColumnNamed, noColumnNumber, noDataUnderHeader, numberOfNamedColumn, numberReadAs, quoteOrOtherDelimiterTodo, quoteTodo, severalColumnsNamed, tooManyFields, unnamedColumn } from '../messages/index.js';

/** Parsed CSV with the names of its columns. */
export interface DataTable {
  /** Column names, trimmed (from the header line, or the names given for a headerless file). */
  readonly header: readonly string[];
  /** The parsed file, the header line included when there is one (see `start`). */
  readonly csv: CsvTable;
  /** Index of the first data record: 1 after a header line, 0 for a headerless file. */
  readonly start: number;
  /**
   * Where the column names come from: the file's first line, names the user gave (`--columns`), or
   * nowhere (a headerless file read by column numbers: every name is empty). Default `line` when
   * `start` is 1, else `names`.
   */
  readonly names?: 'line' | 'given' | 'none';
  /** Line of the file's first record, when `csv` is a later part of the file (see stream.ts); default its own first. */
  readonly firstLine?: number;
}

/**
 * Where a transaction's value comes from: one amount column, or a quantity column times a unit-price
 * column (an export of order lines).
 */
export type ValueSource =
  | { readonly kind: 'amount'; readonly column: number }
  | { readonly kind: 'quantityTimesPrice'; readonly quantity: number; readonly price: number };

/**
 * Names the columns of a parsed CSV: the first record is the header line, unless `columnNames` are
 * given (a headerless file such as CDNOW's), in which case every record is data.
 *
 * @param csv - the parsed file
 * @param columnNames - names of the columns of a headerless file, in order
 * @returns the table, or #VALUE! for a file with no record or with a header line and nothing under it
 * @example dataTable(parseCsv('id,date\na,2024-12-31')).header // ['id', 'date']
 */
export function dataTable(csv: CsvTable, columnNames?: readonly string[]): DataTable | SheetError {
  if (csv.recordCount === 0) return valueError(emptyFile);
  if (columnNames !== undefined) return { header: columnNames.map((name) => name.trim()), csv, start: 0 };
  if (csv.recordCount === 1) {
    const line = csv.lines[0] ?? 1;
    return valueError(noDataUnderHeader(line));
  }
  return { header: csvRecord(csv, 0).map((name) => name.trim()), csv, start: 1 };
}

/**
 * Finds a column from what a user typed: a header name (case and surrounding spaces ignored) or a
 * 1-based column number. A name wins over a number, so a column named "2024" is found by its name.
 *
 * @param header - the column names
 * @param reference - the name or number typed by the user
 * @param what - what the column is for, named in the message (e.g. "--amount")
 * @returns the 0-based column index, or #VALUE! when no column matches, when the name matches several
 *   columns, or when the number is beyond the last column
 * @example resolveColumn(['Client', 'Date', 'Montant'], 'montant', 'amount') // 2
 * @example resolveColumn(['Client', 'Date', 'Montant'], '2', 'date') // 1
 */
export function resolveColumn(header: readonly string[], reference: string, what: string): number | SheetError {
  const wanted = reference.trim().toLowerCase();
  const matches: number[] = [];
  header.forEach((name, index) => {
    if (name.toLowerCase() === wanted) matches.push(index);
  });
  const [only, second] = matches;
  if (only !== undefined && second === undefined) return only;
  const shown = displayText(reference.trim(), 40);
  if (only !== undefined && second !== undefined) {
    return valueError(severalColumnsNamed(what, shown, only + 1, second + 1));
  }
  if (/^\d+$/.test(wanted)) {
    const number = Number(wanted);
    if (number >= 1 && number <= header.length) return number - 1;
    return valueError(noColumnNumber(what, displayText(wanted, 20), header.length));
  }
  // A header of thousands of columns lists its first few: the message stays one readable line.
  const names = (language: 'fr' | 'en'): string =>
    displayList(
      header.map((name) => name || unnamedColumn[language]),
      (count) => andMore(count)[language],
    );
  return valueError(noColumnNamed(what, shown, { fr: names('fr'), en: names('en') }));
}

/** How a column is named in messages, in both languages: its header name, else its number. */
export function columnLabel(header: readonly string[], column: number): LocalizedText {
  const name = header[column] === undefined ? '' : displayText(header[column] ?? '', 40);
  return name ? columnByName(name) : columnNumbered(column + 1);
}

/** 1-based line number of a record, for messages. */
export function lineOf(table: DataTable, record: number): number {
  return table.csv.lines[record] ?? 0;
}

/**
 * The field of one record in one column, or #VALUE! naming the line when the record is too short.
 *
 * @param table - the data table
 * @param record - record index in `table.csv`
 * @param column - 0-based column index
 * @returns the field as written (not trimmed; quotes removed)
 * @example fieldOf(dataTable(parseCsv('name\nBrion Stark')), 1, 0) // 'Brion Stark'
 */
export function fieldOf(table: DataTable, record: number, column: number): string | SheetError {
  const field = csvField(table.csv, record, column);
  return field ?? missingField(table, record, column);
}

/**
 * The field of one record in one column without its surrounding spaces (an id, a name).
 *
 * @param table - the data table
 * @param record - record index in `table.csv`
 * @param column - 0-based column index
 * @returns the trimmed field, or #VALUE! naming the line when the record is too short
 * @example trimmedFieldOf(dataTable(parseCsv('name\n  Brion Stark ')), 1, 0) // 'Brion Stark'
 */
export function trimmedFieldOf(table: DataTable, record: number, column: number): string | SheetError {
  const field = csvField(table.csv, record, column);
  return field === undefined ? missingField(table, record, column) : field.trim();
}

/** #VALUE! for a record too short to have the column, naming its line and the column. */
export function missingField(table: DataTable, record: number, column: number): SheetError {
  const label = columnLabel(table.header, column);
  const count = csvFieldCount(table.csv, record);
  const line = lineOf(table, record);
  const named = table.header[column] ? numberOfNamedColumn(column + 1) : { fr: '', en: '' };
  return valueError(missingFieldOf(line, count, label, named));
}

/** The delimiter as a user sees it, in messages. */
const DELIMITER_SHOWN: Readonly<Record<CsvTable['delimiter'], string>> = { comma: ',', semicolon: ';', tab: '\\t', whitespace: ' ' };

/**
 * #VALUE! for a record with more fields than the table has columns, unless the extra fields are all
 * blank (a trailing delimiter): a value holding the delimiter without quotes — an unquoted French
 * amount `12,50` in a comma-separated file — has split in two, and reading on would take its first
 * part for the value and drop the rest without a word.
 *
 * @param table - the data table (its width is the number of column names)
 * @param record - record index in `table.csv`
 * @returns null when the record fits, else the error naming its line and saying what to do
 * @example extraFieldsError(dataTable(parseCsv('a,b\nx,12,50')), 1) // line 2: 3 fields, but the header line has 2 …
 */
export function extraFieldsError(table: DataTable, record: number): SheetError | null {
  const width = table.header.length;
  const count = csvFieldCount(table.csv, record);
  if (count <= width) return null;
  const { csv } = table;
  const base = csv.firstField[record] ?? 0;
  let blank = true;
  for (let k = base + width; k < base + count && blank; k++) {
    for (let i = csv.fieldStart[k] ?? 0; i < (csv.fieldEnd[k] ?? 0); i++) {
      const c = csv.text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x22) {
        blank = false;
        break;
      }
    }
  }
  if (blank) return null;
  const line = lineOf(table, record);
  const shown = DELIMITER_SHOWN[csv.delimiter];
  const firstLine = table.firstLine ?? csv.lines[0] ?? 1;
  const against =
    table.start === 1
      ? headerLineHas(width)
      : table.names === 'none'
        ? firstLineHas(firstLine, width)
        : columnNamesGiven(width);
  const what = delimiterInValue(shown);
  let todo: LocalizedText;
  if (csv.delimiter === 'comma') {
    todo = decimalCommaTodo;
  } else if (csv.delimiter === 'whitespace') {
    todo = quoteOrOtherDelimiterTodo;
  } else {
    todo = quoteTodo;
  }
  return valueError(tooManyFields(line, count, against, what, todo));
}

/** A field that is not what its column should hold: line, column, the value, what was expected. */
export function fieldError(table: DataTable, record: number, column: number, text: string, expected: LocalizedText): SheetError {
  const label = columnLabel(table.header, column);
  const line = lineOf(table, record);
  const value = displayText(text.trim(), 40);
  if (value === '') {
    return valueError(emptyField(line, label, expected));
  }
  return valueError(fieldIsNot(line, label, value, expected));
}

/** What a date field should hold, for messages. */
export const EXPECTED_DATE = expectedDate;

/** What a number field should hold, for messages. */
export const EXPECTED_NUMBER = expectedNumber;

/** Index of a field in the parsed CSV's arrays, or −1 when the record is too short. */
export function fieldIndex(table: DataTable, record: number, column: number): number {
  return column < csvFieldCount(table.csv, record) ? (table.csv.firstField[record] ?? 0) + column : -1;
}

/**
 * The date of one record.
 * @param table - the data table
 * @param record - record index in `table.csv`
 * @param column - 0-based column index
 * @param readDay - the file's date reader, see `createDayReader`
 * @returns the day number, or #VALUE! naming the line and column of a missing, empty or unreadable date
 * @example dayOf(table, 1, 1, createDayReader()) // 20088 for "31/12/2024"
 */
export function dayOf(table: DataTable, record: number, column: number, readDay: DayReader): DayNumber | SheetError {
  const index = fieldIndex(table, record, column);
  if (index < 0) return missingField(table, record, column);
  const { csv } = table;
  let day: DayNumber | null;
  if (csv.quoted[index] === 1) {
    const field = csvField(csv, record, column) ?? '';
    day = readDay(field, 0, field.length);
  } else {
    day = readDay(csv.text, csv.fieldStart[index] ?? 0, csv.fieldEnd[index] ?? 0);
  }
  return day ?? fieldError(table, record, column, csvField(csv, record, column) ?? '', EXPECTED_DATE);
}

/**
 * The number of one record in one column, read by `numberFromRange`.
 * @returns the number, or #VALUE! naming the line and column of a missing, empty or unreadable number
 * @example numberOf(table, 1, 2) // 1234.5 for "1 234,50"
 */
export function numberOf(table: DataTable, record: number, column: number, decimal?: DecimalMark): number | SheetError {
  const index = fieldIndex(table, record, column);
  if (index < 0) return missingField(table, record, column);
  const { csv } = table;
  let value: number | null;
  if (csv.quoted[index] === 1) value = numberFromField(csvField(csv, record, column) ?? '', decimal);
  else value = numberFromRange(csv.text, csv.fieldStart[index] ?? 0, csv.fieldEnd[index] ?? 0, decimal);
  return value ?? fieldError(table, record, column, csvField(csv, record, column) ?? '', EXPECTED_NUMBER);
}

/**
 * Reads the value of one record from its source: the amount, or quantity × price.
 *
 * @param table - the data table
 * @param record - record index in `table.csv`
 * @param source - the amount column, or the quantity and price columns
 * @param decimals - the decimal mark decided for each column, see {@link decimalOfColumn}
 * @returns the value, or #VALUE! naming the line and column of a missing, empty or unreadable field
 * @example valueOf(table, 1, { kind: 'quantityTimesPrice', quantity: 1, price: 2 }) // "3" × "12,50" → 37.5
 */
export function valueOf(table: DataTable, record: number, source: ValueSource, decimals: ColumnDecimals = NO_DECIMALS): number | SheetError {
  if (source.kind === 'amount') return numberOf(table, record, source.column, decimals[source.column]);
  const quantity = numberOf(table, record, source.quantity, decimals[source.quantity]);
  if (typeof quantity !== 'number') return quantity;
  const price = numberOf(table, record, source.price, decimals[source.price]);
  if (typeof price !== 'number') return price;
  const value = quantity * price;
  if (Number.isFinite(value)) return value;
  return fieldError(table, record, source.price, String(price), expectedFinitePrice);
}

/** A note on how a column was read, with its kind so that a caller can add what its user can do. */
export interface ReadingNote {
  readonly kind: 'date-order' | 'decimal' | 'header';
  readonly text: LocalizedText;
}

/**
 * Decides the order of the slashed dates of one column of a file (see `decideDateOrder`): every
 * data record's field is looked at once, from the file's text.
 *
 * @param table - the data table
 * @param column - the date column
 * @param forced - the order the user chose, if any
 * @param hint - what the user can do, appended to the error and the note
 * @returns the order and, when it was a default over ambiguous dates, a note saying so; or #VALUE!
 *   naming a line of each order when the column proves both
 * @example dateOrderOfColumn(table of '12/25/2024', '01/02/2024', 1) // { order: 'mdy', note: null }
 */
export function dateOrderOfColumn(
  table: DataTable,
  column: number,
  forced?: DateOrder,
  hint?: LocalizedText,
): { readonly order: DateOrder; readonly note: ReadingNote | null } | SheetError {
  if (forced !== undefined) return { order: forced, note: null };
  const evidence = new DateColumnEvidence(column);
  evidence.scan(table, table.start);
  return evidence.decision(table.header, hint);
}

/**
 * What the dates of one column say of their order, gathered record after record: over a whole file
 * ({@link dateOrderOfColumn}) or over its parts in turn, with the same decision in the end.
 */
export class DateColumnEvidence {
  readonly evidence = new DateOrderEvidence();
  /** The field of each line the evidence names, for the note. */
  private readonly examples = new Map<number, string>();

  constructor(readonly column: number) {}

  /** True once the column proves both orders: it is refused whatever follows. */
  get settled(): boolean {
    return this.evidence.dayFirstRow !== null && this.evidence.monthFirstRow !== null;
  }

  /**
   * Looks at the records `from` … last of a table.
   * @returns whether one of them is read differently in the two orders (01/02/2024)
   */
  scan(table: DataTable, from: number): boolean {
    const { csv } = table;
    const { column, evidence } = this;
    let twoWays = false;
    for (let r = from; r < csv.recordCount && !this.settled; r++) {
      const index = fieldIndex(table, r, column);
      if (index < 0) continue;
      let parts: number;
      if (csv.quoted[index] === 1) {
        const field = csvField(csv, r, column) ?? '';
        parts = slashedDateParts(field, 0, field.length);
      } else {
        parts = slashedDateParts(csv.text, csv.fieldStart[index] ?? 0, csv.fieldEnd[index] ?? 0);
      }
      if (parts < 0) continue;
      if (Math.floor(parts / 100) !== parts % 100) twoWays = true;
      const known = (evidence.dayFirstRow ?? 0) + (evidence.monthFirstRow ?? 0) + (evidence.ambiguousRow ?? 0);
      const line = lineOf(table, r);
      evidence.add(parts, line);
      if ((evidence.dayFirstRow ?? 0) + (evidence.monthFirstRow ?? 0) + (evidence.ambiguousRow ?? 0) !== known) {
        this.examples.set(line, (csvField(csv, r, column) ?? '').trim());
      }
    }
    return twoWays;
  }

  /**
   * The order of the records looked at (see {@link dateOrderOfColumn}).
   * @param header - the column names, for messages
   */
  decision(header: readonly string[], hint?: LocalizedText): { readonly order: DateOrder; readonly note: ReadingNote | null } | SheetError {
    const label = columnLabel(header, this.column);
    const decision: DateOrderDecision | SheetError = decideDateOrder(this.evidence, undefined, lineNamed, hint);
    if (isSheetError(decision)) return { ...decision, message: about(label, decision.message) };
    if (decision.defaultedAt === null) return { order: decision.order, note: null };
    const example = this.examples.get(decision.defaultedAt) ?? '';
    const day = dayFromText(example, 'dmy');
    const read = day === null ? { fr: '', en: '' } : dateReadAs(isoFromDay(day));
    return {
      order: 'dmy',
      note: {
        kind: 'date-order',
        text: dateOrderDefaulted(label, displayText(example, 20), decision.defaultedAt, read, hint),
      },
    };
  }
}

/** The decimal mark decided for some columns, by column index (absent: each value read by itself). */
export type ColumnDecimals = Readonly<Record<number, DecimalMark | undefined>>;

const NO_DECIMALS: ColumnDecimals = Object.freeze({});

/**
 * Decides the decimal mark of one number column of a file (see `decideDecimalMark`): every data
 * record's field is looked at once, from the file's text.
 *
 * @param table - the data table
 * @param column - the number column
 * @param forced - the mark the user chose, if any
 * @param hint - what the user can do, appended to the error and the note
 * @returns the mark (undefined: each value read by itself) and, when ambiguous values were read by
 *   default, a note saying so; or #VALUE! naming lines when the column proves both marks
 * @example decimalOfColumn(table of '$1,234', '12.50', 1) // { decimal: '.', note: null }
 */
export function decimalOfColumn(
  table: DataTable,
  column: number,
  forced?: DecimalMark,
  hint?: LocalizedText,
): { readonly decimal: DecimalMark | undefined; readonly note: ReadingNote | null } | SheetError {
  if (forced !== undefined) return { decimal: forced, note: null };
  const evidence = new DecimalColumnEvidence(column);
  evidence.scan(table, table.start);
  return evidence.decision(table.header, hint);
}

/** What the numbers of a column said, as bits: 1 a decimal comma, 2 a decimal point, 4 an ambiguous value. */
export const DECIMAL_SEEN = Object.freeze({ comma: 1, dot: 2, ambiguous: 4 });

/**
 * What the numbers of one column say of their decimal mark, gathered record after record: over a
 * whole file ({@link decimalOfColumn}) or over its parts in turn, with the same decision in the end.
 */
export class DecimalColumnEvidence {
  readonly evidence = new DecimalEvidence();
  /** The field of each line the evidence names, for the note. */
  private readonly examples = new Map<number, string>();

  constructor(readonly column: number) {}

  /** True once the column proves both marks and holds an ambiguous value: it is refused whatever follows. */
  get settled(): boolean {
    const { commaRow, dotRow, ambiguousRow } = this.evidence;
    return commaRow !== null && dotRow !== null && ambiguousRow !== null;
  }

  /**
   * Looks at the records `from` … last of a table.
   * @returns what their values said, as {@link DECIMAL_SEEN} bits
   */
  scan(table: DataTable, from: number): number {
    const { csv } = table;
    const { column, evidence } = this;
    let seen = 0;
    for (let r = from; r < csv.recordCount && !this.settled; r++) {
      const index = fieldIndex(table, r, column);
      if (index < 0) continue;
      const found = csv.quoted[index] === 1 ? decimalEvidence(csvField(csv, r, column) ?? '') : decimalEvidenceOfRange(csv.text, csv.fieldStart[index] ?? 0, csv.fieldEnd[index] ?? 0);
      if (found === 'none') continue;
      seen |= found === ',' ? DECIMAL_SEEN.comma : found === '.' ? DECIMAL_SEEN.dot : found === 'ambiguous' ? DECIMAL_SEEN.ambiguous : DECIMAL_SEEN.dot | DECIMAL_SEEN.ambiguous;
      // Only the first value of each kind is remembered: the others cost no line look-up.
      if ((found === '.' && evidence.dotRow !== null) || (found === ',' && evidence.commaRow !== null)) continue;
      const { commaRow, dotRow, ambiguousRow } = evidence;
      const line = lineOf(table, r);
      evidence.add(found, line);
      if (evidence.commaRow !== commaRow || evidence.dotRow !== dotRow || evidence.ambiguousRow !== ambiguousRow) {
        this.examples.set(line, (csvField(csv, r, column) ?? '').trim());
      }
    }
    return seen;
  }

  /**
   * The mark of the records looked at (see {@link decimalOfColumn}).
   * @param header - the column names, for messages
   */
  decision(header: readonly string[], hint?: LocalizedText): { readonly decimal: DecimalMark | undefined; readonly note: ReadingNote | null } | SheetError {
    const label = columnLabel(header, this.column);
    const decision = decideDecimalMark(this.evidence, undefined, lineNamed, hint);
    if (isSheetError(decision)) return { ...decision, message: about(label, decision.message) };
    if (decision.defaultedAt === null) return { decimal: decision.decimal, note: null };
    const example = this.examples.get(decision.defaultedAt) ?? '';
    const value = numberFromField(example);
    const read = value === null ? { fr: '', en: '' } : numberReadAs(String(value));
    return {
      decimal: undefined,
      note: {
        kind: 'decimal',
        text: decimalMarkDefaulted(label, displayText(example, 20), decision.defaultedAt, read, hint),
      },
    };
  }
}

/** Whether the first line of a file is its header line: read from it, or decided by {@link resolveColumns}. */
export type HeaderChoice = 'detect' | 'present' | 'absent';

/** A column the user names (by its header name or its 1-based number), and what it holds. */
export interface ColumnRequest {
  /** What the column is for, as messages name it ("--customer"). */
  readonly what: string;
  /** The name or number the user gave. */
  readonly reference: string;
  /** What its fields hold: dates and numbers tell a header line from a line of data. */
  readonly kind: 'id' | 'date' | 'number';
}

/** The table of a file and the index of each column asked for. */
export interface ResolvedColumns {
  readonly table: DataTable;
  /** 0-based column index of each request, in the order of the requests. */
  readonly columns: readonly number[];
  /** When the header line was detected: what was decided, for the user to check. */
  readonly note: ReadingNote | null;
}

/** A headerless table read by column numbers: as wide as its first record, every name empty. */
function headerlessTable(csv: CsvTable): DataTable {
  return { header: Array.from({ length: csvFieldCount(csv, 0) }, () => ''), csv, start: 0, names: 'none' };
}

/** True when the first record's field in a column reads as what the column holds. */
function readsAs(csv: CsvTable, column: number, kind: ColumnRequest['kind']): boolean {
  const field = csvField(csv, 0, column);
  if (field === undefined || field.trim() === '') return false;
  if (kind === 'date') return dayFromText(field, 'dmy') !== null || dayFromText(field, 'mdy') !== null;
  if (kind === 'number') return numberFromField(field) !== null;
  return true;
}

/**
 * Names the columns of a parsed file and finds the columns the user asked for. The first line is the
 * header line when `header` is `present`, data when it is `absent` (columns then go by number only),
 * and, when it is `detect`, the header line unless every column is asked for by number and the first
 * line's date and number fields read as a date and a number — then it is the first transaction, not
 * names (the rule the sidebar follows for a selection), and the note says which reading was taken.
 *
 * @param csv - the parsed file
 * @param requests - the columns asked for
 * @param options - `columnNames` for a headerless file whose columns the user named, `header` the choice
 * @returns the table, the columns (in the order of `requests`) and the note on a detected header; or
 *   #VALUE! for an empty file, a header line with nothing under it, a column not found
 * @example resolveColumns(parseCsv('A,2024-01-01,3'), [{ what: '--date', reference: '2', kind: 'date' }]) // columns [1], the first line read as data
 */
export function resolveColumns(
  csv: CsvTable,
  requests: readonly ColumnRequest[],
  options: { readonly columnNames?: readonly string[] | undefined; readonly header?: HeaderChoice | undefined } = {},
): ResolvedColumns | SheetError {
  if (csv.recordCount === 0) return valueError(emptyFile);
  const choice = options.header ?? 'detect';
  let table: DataTable | SheetError;
  let note: ReadingNote | null = null;
  if (options.columnNames !== undefined) {
    table = { ...(dataTable(csv, options.columnNames) as DataTable), names: 'given' };
  } else if (choice === 'absent') {
    table = headerlessTable(csv);
  } else if (choice === 'present' || requests.some((request) => !/^\s*\d+\s*$/.test(request.reference))) {
    table = dataTable(csv);
  } else {
    const typed = requests.filter((request) => request.kind !== 'id');
    const line = csv.lines[0] ?? 1;
    const data = typed.length > 0 && typed.every((request) => readsAs(csv, Number(request.reference) - 1, request.kind));
    table = data ? headerlessTable(csv) : dataTable(csv);
    const shown = displayList(csvRecord(csv, 0), (count) => `+${count}`, 6, 20);
    note = {
      kind: 'header',
      text: data ? firstLineReadAsData(line, shown) : firstLineReadAsHeader(line, shown),
    };
  }
  if (isSheetError(table)) return table;
  const columns: number[] = [];
  for (const request of requests) {
    const found = table.names === 'none' ? columnByNumber(table, request) : resolveColumn(table.header, request.reference, request.what);
    if (isSheetError(found)) return table.start === 1 && choice === 'detect' ? withDataHint(found, csv) : found;
    columns.push(found);
  }
  return { table, columns, note };
}

/** The column of a headerless file, which only a number can name. */
function columnByNumber(table: DataTable, request: ColumnRequest): number | SheetError {
  const wanted = request.reference.trim();
  const number = Number(wanted);
  if (/^\d+$/.test(wanted) && number >= 1 && number <= table.header.length) return number - 1;
  return valueError(headerlessColumnNumber(request.what, table.header.length, displayText(wanted, 40)));
}

/** A column not found under a "header line" that looks like data: say how to read a headerless file. */
function withDataHint(error: SheetError, csv: CsvTable): SheetError {
  const first = csvRecord(csv, 0);
  const looksLikeData = first.every((name) => name.trim() !== '' && (numberFromField(name) !== null || dayFromText(name) !== null || dayFromText(name, 'mdy') !== null));
  if (!looksLikeData) return error;
  return {
    ...error,
    message: firstLineLooksLikeData(error.message),
  };
}
