/**
 * A CSV file as a sheet of the playground, read with the product's CSV reader (src/io): the first
 * line as column titles, then each field as a date (dd/mm/yyyy or ISO, shown with the date format
 * and kept as a serial number, as Excel keeps dates), a number (French or English writing) or text.
 * Text is never read as a formula.
 */
import { isSheetError, type LocalizedText } from '../../cells/errors.js';
import { excelSerialFromDay } from '../../cells/dates.js';
import { csvRecords, parseCsv } from '../../io/csv.js';
import { createDayReader, numberFromField } from '../../io/fields.js';
import { UserFacingError } from '../../workbook/port.js';
import { cellKey, type SheetModel } from './model.js';

/** What was read: rows and columns, for the status line. */
export interface CsvSheetReport {
  readonly rows: number;
  readonly columns: number;
}

/** Fields that look like a date: digits, then / - or . and more digits (a bare number is never a date). */
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;

/**
 * Fills an empty sheet with a CSV file's content.
 * @param sheet - the sheet to fill
 * @param text - the file's text
 * @returns rows (header included) and columns written
 * @throws UserFacingError when the file cannot be read or holds no line
 */
export function fillSheetFromCsv(sheet: SheetModel, text: string): CsvSheetReport {
  const records = csvRecords(parseCsv(text));
  if (isSheetError(records)) throw new UserFacingError(records.message);
  if (records.length === 0) throw new UserFacingError(EMPTY);
  const readDay = createDayReader();
  let columns = 0;
  records.forEach((fields, i) => {
    columns = Math.max(columns, fields.length);
    fields.forEach((field, j) => {
      const trimmed = field.trim();
      if (trimmed === '') return;
      if (i === 0) {
        sheet.setInput(1, j + 1, { value: trimmed });
        return;
      }
      const day = DATE_LIKE.test(trimmed) ? readDay(trimmed, 0, trimmed.length) : null;
      if (day !== null) {
        sheet.setInput(i + 1, j + 1, { value: excelSerialFromDay(day) });
        sheet.formats.set(cellKey(i + 1, j + 1), 'date');
        return;
      }
      const number = numberFromField(trimmed);
      if (number !== null && Number.isFinite(number)) {
        sheet.setInput(i + 1, j + 1, { value: number });
        if (!Number.isInteger(number)) sheet.formats.set(cellKey(i + 1, j + 1), 'decimal');
        return;
      }
      sheet.setInput(i + 1, j + 1, { value: field });
    });
  });
  for (let column = 1; column <= columns; column++) sheet.styles.set(cellKey(1, column), 'header');
  sheet.freeze = { rows: 1, columns: 0 };
  for (let column = 1; column <= columns; column++) sheet.widths.set(column, columnWidth(records, column - 1));
  return { rows: records.length, columns };
}

/** A width that shows the longest of the first lines of a column, within reason. */
function columnWidth(records: readonly (readonly string[])[], column: number): number {
  let longest = 6;
  for (const fields of records.slice(0, 200)) longest = Math.max(longest, (fields[column] ?? '').trim().length);
  return Math.min(40, longest + 2);
}

const EMPTY: LocalizedText = { fr: 'Le fichier CSV est vide.', en: 'The CSV file is empty.' };
