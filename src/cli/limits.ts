/**
 * What a workbook can hold, checked on the data before the audit command builds its sheets: more
 * customers than a sheet has rows, or an id longer than a cell holds, is a limit of the data (exit 1,
 * with what to do), not an internal error.
 */
import { MAX_ROWS } from '../plans/a1.js';
import { abcLayout } from '../plans/abc.js';
import { rfmLayout } from '../plans/rfm.js';
import { MAX_TEXT_LENGTH } from '../plans/validate.js';
import type { LocalizedText } from '../cells/errors.js';
import { CliFailure, EXIT_DATA } from './failure.js';
import { customerIdTooLong, tooManyCustomersForWorkbook } from '../messages/cli.js';

/**
 * The most customers the customer sheets (ABC segmentation, RFM customers) can list: the rows of a
 * sheet below their header rows.
 */
export function maxWorkbookCustomers(): number {
  return MAX_ROWS - Math.max(abcLayout(0).headerRow, rfmLayout(0, 5).customerHeaderRow);
}

/**
 * Refuses customers that the workbook's sheets cannot hold.
 * @param path - the transactions file, for the message
 * @param customers - every customer id of the file
 * @throws CliFailure (exit 1) for more customers than {@link maxWorkbookCustomers}, or an id longer than
 *   a cell holds (32,767 characters); the message says the limit and that `promethee rfm` writes CSV
 *   without it
 */
export function checkWorkbookLimits(path: string, customers: readonly string[]): void {
  const max = maxWorkbookCustomers();
  if (customers.length > max) {
    throw new CliFailure(EXIT_DATA, tooManyCustomersForWorkbook(path, both(customers.length), both(max), both(MAX_ROWS)));
  }
  const long = customers.find((id) => id.length > MAX_TEXT_LENGTH);
  if (long !== undefined) {
    const start = long.slice(0, 20);
    throw new CliFailure(EXIT_DATA, customerIdTooLong(path, start, both(long.length), both(MAX_TEXT_LENGTH)));
  }
}

/** A count as each language writes it (fr-FR and en-US digit grouping). */
function both(value: number): LocalizedText {
  return { fr: value.toLocaleString('fr-FR'), en: value.toLocaleString('en-US') };
}
