import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_FOLDER, numericCsvColumns, pathInShared, readShared, sharedPath } from './shared-data.js';

const empty = mkdtempSync(path.join(tmpdir(), 'promethee-shared-'));
afterAll(() => {
  rmSync(empty, { recursive: true, force: true });
});

describe('the shared folder', () => {
  it('is ../shared beside the repository', () => {
    expect(SHARED_FOLDER).toBe(path.resolve(import.meta.dirname, '../../../shared') + path.sep);
    expect(sharedPath('data/CDNOW_sample.txt')).toBe(path.join(SHARED_FOLDER, 'data', 'CDNOW_sample.txt'));
  });

  it('gives the text of a file: the CDNOW sample starts with customer 00004, 1997-01-01, 2 CDs for 29.33', () => {
    // The first line of CDNOW_sample.txt (Fader & Hardie's 1/10th sample), read by eye.
    expect(readShared('data/CDNOW_sample.txt').split('\n')[0]?.trim().split(/\s+/)).toEqual(['00004', '0001', '19970101', '2', '29.33']);
  });

  it('reads a numeric CSV as columns', () => {
    const columns = numericCsvColumns('cdnow_customers_summary.csv');
    // ID, frequency, recency, T; the first customer is 1,2,30.43,38.86 (the file's second line).
    expect(columns.map((column) => column[0])).toEqual([1, 2, 30.43, 38.86]);
    // 2,357 customers in the CDNOW summary (Fader, Hardie & Lee 2005), one per line.
    for (const column of columns) expect(column).toHaveLength(2357);
  });

  it('says which entry is missing, and where it was looked for', () => {
    expect(() => sharedPath('data/no-such-file.csv')).toThrow(`has no data/no-such-file.csv (looked for ${path.join(SHARED_FOLDER, 'data', 'no-such-file.csv')})`);
  });

  it('says when the whole folder is missing, and where it is looked for', () => {
    const missing = path.join(empty, 'shared');
    expect(() => pathInShared(missing, 'data/CDNOW_sample.txt')).toThrow(`The shared folder is missing: the tests read reference data, schemas and seeds from ${missing}`);
  });
});
