/** Building the tables the CSV readers' tests start from. */
import { isSheetError } from '../../src/cells/errors.js';
import { dataTable, type DataTable } from '../../src/io/columns.js';
import { parseCsv } from '../../src/io/csv.js';

/**
 * The table of a CSV text, its header named by `columnNames` when given; a test fails at once if
 * the text does not parse.
 */
export function csvTable(text: string, columnNames?: readonly string[]): DataTable {
  const csv = parseCsv(text);
  if (isSheetError(csv)) throw new Error(csv.message.en);
  const result = dataTable(csv, columnNames);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}
