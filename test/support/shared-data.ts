/** The reference data in ../shared/data, read by the tests that check results against published ones. */
import { readFileSync } from 'node:fs';

/** The folder of the shared reference data, beside the repository. */
export const SHARED_DATA = new URL('../../../shared/data/', import.meta.url);

/**
 * A comma-separated file of numbers with a header line, as its columns.
 *
 * @param name - the file's name in the shared data folder
 * @returns one array of numbers per column, in the file's order (NaN where a field is not a number)
 */
export function numericCsvColumns(name: string): number[][] {
  const lines = readFileSync(new URL(name, SHARED_DATA), 'utf8').trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => line.split(',').map(Number));
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => rows.map((row) => row[k] ?? Number.NaN));
}
