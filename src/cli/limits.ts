/**
 * What a workbook can hold, checked on the data before the audit command builds its sheets: more
 * customers than a sheet has rows, or an id longer than a cell holds, is a limit of the data (exit 1,
 * with what to do), not an internal error.
 */
import { MAX_ROWS } from '../plans/a1.js';
import { abcLayout } from '../plans/abc.js';
import { rfmLayout } from '../plans/rfm.js';
import { MAX_TEXT_LENGTH } from '../plans/validate.js';
import { CliFailure, EXIT_DATA } from './failure.js';

const NBSP = '\u00a0';

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
    throw new CliFailure(EXIT_DATA, {
      fr: `${path}${NBSP}: ${fr(customers.length)} clients, plus que les ${fr(max)} lignes qu’une feuille de classeur peut lister (${fr(MAX_ROWS)} lignes, en-tête compris)${NBSP}; réduisez le fichier (une période, une région) ou utilisez promethee rfm, qui écrit un CSV sans cette limite`,
      en: `${path}: ${en(customers.length)} customers, more than the ${en(max)} rows a workbook sheet can list (${en(MAX_ROWS)} rows, header included); narrow the file (a period, a region) or use promethee rfm, which writes CSV without this limit`,
    });
  }
  const long = customers.find((id) => id.length > MAX_TEXT_LENGTH);
  if (long !== undefined) {
    const start = long.slice(0, 20);
    throw new CliFailure(EXIT_DATA, {
      fr: `${path}${NBSP}: l’identifiant client «${NBSP}${start}…${NBSP}» a ${fr(long.length)} caractères, plus que les ${fr(MAX_TEXT_LENGTH)} qu’une cellule de classeur peut contenir${NBSP}; vérifiez la colonne --customer (un guillemet mal placé peut avaler les lignes suivantes) ou utilisez promethee rfm, qui écrit un CSV sans cette limite`,
      en: `${path}: the customer id "${start}…" is ${en(long.length)} characters long, more than the ${en(MAX_TEXT_LENGTH)} a workbook cell can hold; check the --customer column (a misplaced quote can swallow the lines after it) or use promethee rfm, which writes CSV without this limit`,
    });
  }
}

function fr(value: number): string {
  return value.toLocaleString('fr-FR');
}

function en(value: number): string {
  return value.toLocaleString('en-US');
}
