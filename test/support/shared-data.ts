/**
 * The project's shared folder beside the repository (../shared: the reference data in data/, the
 * manifest schemas in schemas/, the audit grid in seeds/), as the tests read it. Every test reaches it
 * through here, so that a checkout without it fails with one message saying what is missing and where
 * it is looked for, not with a bare ENOENT.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The shared folder: ../shared from the repository's top level. */
export const SHARED_FOLDER = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * The absolute path of an entry of a shared folder, which must exist.
 *
 * @param folder - the shared folder (absolute)
 * @param relative - the entry's path inside it, with "/" ("data/CDNOW_sample.txt")
 * @throws Error saying which of the folder or the entry is missing
 */
export function pathInShared(folder: string, relative: string): string {
  if (!existsSync(folder)) {
    throw new Error(`The shared folder is missing: the tests read reference data, schemas and seeds from ${folder} (../shared beside the repository); put the project's shared folder (or a link to it) there.`);
  }
  const file = fileURLToPath(new URL(relative, pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`)));
  if (!existsSync(file)) throw new Error(`The shared folder ${folder} has no ${relative} (looked for ${file}): update the shared folder, or check the name.`);
  return file;
}

/**
 * The absolute path of an entry of ../shared.
 *
 * @param relative - its path inside ../shared ("data/rfm_data_orders.csv", "data" for the folder)
 * @example sharedPath('data/CDNOW_sample.txt') // '/…/shared/data/CDNOW_sample.txt'
 */
export function sharedPath(relative: string): string {
  return pathInShared(SHARED_FOLDER, relative);
}

/**
 * The text of a file of ../shared (UTF-8).
 *
 * @param relative - its path inside ../shared
 */
export function readShared(relative: string): string {
  return readFileSync(sharedPath(relative), 'utf8');
}

/**
 * A comma-separated file of numbers with a header line, as its columns.
 *
 * @param name - the file's name in ../shared/data
 * @returns one array of numbers per column, in the file's order (NaN where a field is not a number)
 */
export function numericCsvColumns(name: string): number[][] {
  const lines = readShared(`data/${name}`).trim().split(/\r?\n/).slice(1);
  const rows = lines.map((line) => line.split(',').map(Number));
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, k) => rows.map((row) => row[k] ?? Number.NaN));
}
