/**
 * The CDNOW master file (../shared/data/CDNOW_master.txt, Fader & Hardie's 23,570-customer cohort) as
 * transaction columns, for the benchmark and the tests that check results on it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dayFromCivil } from '../src/cells/dates.js';

/** Where the file is: the shared data folder beside the checkout. */
export const CDNOW_MASTER = resolve(process.cwd(), '../shared/data/CDNOW_master.txt');

/** Transactions as parallel columns, one entry per line of the file. */
export interface CdnowTransactions {
  readonly customer: string[];
  readonly day: number[];
  readonly amount: number[];
}

/**
 * Reads the file: customer_id yyyymmdd number_of_cds dollar_value, whitespace separated, one header
 * line.
 * @param transactions - how many lines to read from the top (default: all 69,659)
 */
export function readCdnowMaster(transactions?: number): CdnowTransactions {
  const all = readFileSync(CDNOW_MASTER, 'utf8').trim().split(/\r?\n/).slice(1);
  const lines = transactions === undefined ? all : all.slice(0, transactions);
  const columns: CdnowTransactions = { customer: [], day: [], amount: [] };
  for (const line of lines) {
    const [id = '', date = '', , value = ''] = line.trim().split(/\s+/);
    columns.customer.push(id);
    columns.day.push(dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8))));
    columns.amount.push(Number(value));
  }
  return columns;
}
