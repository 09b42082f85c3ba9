/**
 * Columns of a parsed CSV: the header (from the file's first line or given by the user for a
 * headerless file), choosing a column by name or number, and reading one field as a date or a number
 * with a message that names the line and the column when it is neither.
 */
import { valueError, type SheetError } from '../cells/errors.js';
import type { DayNumber } from '../cells/dates.js';
import { csvField, csvFieldCount, csvRecord, type CsvTable } from './csv.js';
import { numberFromField, numberFromRange, type DayReader } from './fields.js';

/** Parsed CSV with the names of its columns. */
export interface DataTable {
  /** Column names, trimmed (from the header line, or the names given for a headerless file). */
  readonly header: readonly string[];
  /** The parsed file, the header line included when there is one (see `start`). */
  readonly csv: CsvTable;
  /** Index of the first data record: 1 after a header line, 0 for a headerless file. */
  readonly start: number;
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
  if (csv.recordCount === 0) return valueError('le fichier est vide', 'the file is empty');
  if (columnNames !== undefined) return { header: columnNames.map((name) => name.trim()), csv, start: 0 };
  if (csv.recordCount === 1) {
    const line = csv.lines[0] ?? 1;
    return valueError(`aucune ligne de données sous la ligne d’en-tête (ligne ${line})`, `no data line under the header line (line ${line})`);
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
  if (only !== undefined && second !== undefined) {
    return valueError(
      `${what} : plusieurs colonnes s’appellent « ${reference.trim()} » (n° ${only + 1} et ${second + 1}) : donnez le numéro de la colonne`,
      `${what}: several columns are named "${reference.trim()}" (no. ${only + 1} and ${second + 1}): give the column number`,
    );
  }
  if (/^\d+$/.test(wanted)) {
    const number = Number(wanted);
    if (number >= 1 && number <= header.length) return number - 1;
    return valueError(
      `${what} : pas de colonne n° ${wanted}, le fichier a ${header.length} colonne(s)`,
      `${what}: there is no column ${wanted}, the file has ${header.length} column(s)`,
    );
  }
  const names = header.map((name) => name || '(sans nom)').join(', ');
  return valueError(
    `${what} : pas de colonne « ${reference.trim()} » (colonnes : ${names})`,
    `${what}: no column "${reference.trim()}" (columns: ${header.map((name) => name || '(unnamed)').join(', ')})`,
  );
}

/** How a column is named in messages, in both languages: its header name, else its number. */
export function columnLabel(header: readonly string[], column: number): { fr: string; en: string } {
  const name = header[column];
  return name ? { fr: `colonne « ${name} »`, en: `column "${name}"` } : { fr: `colonne ${column + 1}`, en: `column ${column + 1}` };
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
  const { fr, en } = columnLabel(table.header, column);
  const count = csvFieldCount(table.csv, record);
  const line = lineOf(table, record);
  const named = table.header[column] ? { fr: ` (n° ${column + 1})`, en: ` (no. ${column + 1})` } : { fr: '', en: '' };
  return valueError(
    `ligne ${line} : ${count} champ(s) seulement, la ${fr}${named.fr} manque`,
    `line ${line}: only ${count} field(s), ${en}${named.en} is missing`,
  );
}

/** A field that is not what its column should hold: line, column, the value, what was expected. */
export function fieldError(table: DataTable, record: number, column: number, text: string, expected: { fr: string; en: string }): SheetError {
  const label = columnLabel(table.header, column);
  const line = lineOf(table, record);
  const shown = text.trim();
  const value = shown.length > 40 ? `${shown.slice(0, 37)}…` : shown;
  if (value === '') {
    return valueError(`ligne ${line}, ${label.fr} : champ vide (il faut ${expected.fr})`, `line ${line}, ${label.en}: empty field (${expected.en} is expected)`);
  }
  return valueError(
    `ligne ${line}, ${label.fr} : « ${value} » n’est pas ${expected.fr}`,
    `line ${line}, ${label.en}: "${value}" is not ${expected.en}`,
  );
}

/** What a date field should hold, for messages. */
export const EXPECTED_DATE = Object.freeze({
  fr: 'une date (2024-12-31, 31/12/2024 ou 20241231)',
  en: 'a date (2024-12-31, 31/12/2024 or 20241231)',
});

/** What a number field should hold, for messages. */
export const EXPECTED_NUMBER = Object.freeze({ fr: 'un nombre (1234.5 ou 1 234,50)', en: 'a number (1234.5 or 1 234,50)' });

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
export function numberOf(table: DataTable, record: number, column: number): number | SheetError {
  const index = fieldIndex(table, record, column);
  if (index < 0) return missingField(table, record, column);
  const { csv } = table;
  let value: number | null;
  if (csv.quoted[index] === 1) value = numberFromField(csvField(csv, record, column) ?? '');
  else value = numberFromRange(csv.text, csv.fieldStart[index] ?? 0, csv.fieldEnd[index] ?? 0);
  return value ?? fieldError(table, record, column, csvField(csv, record, column) ?? '', EXPECTED_NUMBER);
}

/**
 * Reads the value of one record from its source: the amount, or quantity × price.
 *
 * @param table - the data table
 * @param record - record index in `table.csv`
 * @param source - the amount column, or the quantity and price columns
 * @returns the value, or #VALUE! naming the line and column of a missing, empty or unreadable field
 * @example valueOf(table, 1, { kind: 'quantityTimesPrice', quantity: 1, price: 2 }) // "3" × "12,50" → 37.5
 */
export function valueOf(table: DataTable, record: number, source: ValueSource): number | SheetError {
  if (source.kind === 'amount') return numberOf(table, record, source.column);
  const quantity = numberOf(table, record, source.quantity);
  if (typeof quantity !== 'number') return quantity;
  const price = numberOf(table, record, source.price);
  if (typeof price !== 'number') return price;
  const value = quantity * price;
  if (Number.isFinite(value)) return value;
  return fieldError(table, record, source.price, String(price), {
    fr: 'un prix dont le produit par la quantité reste fini',
    en: 'a price whose product with the quantity stays finite',
  });
}
