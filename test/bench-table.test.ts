// The README's benchmark table: written from the saved figures, and a case not measured since keeps
// the rows it had, so that running one case never drops the figures of another.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SavedCase } from '../bench/saved.js';
import { benchTable } from '../bench/table.js';

const bundles: SavedCase = {
  title: 'Excel add-in bundles',
  measured: '2026-12-04',
  figures: [{ name: 'Excel custom functions (functions.js), gzipped', value: 39.2, unit: 'KB', note: 'goal ≤ 25 KB: NOT MET' }],
};

describe('the benchmark table of the README', () => {
  it('writes a heading per case with its day, then a row per figure, pipes escaped', () => {
    const table = benchTable([{ ...bundles, figures: [{ name: 'a | b', value: 1234.5, unit: 'ms' }] }]);
    expect(table.split('\n')).toEqual(['| figure | value | note |', '|---|---|---|', '| **Excel add-in bundles** (measured 2026-12-04) | | |', '| a \\| b | 1,235 ms |  |']);
  });

  it('keeps the rows of the cases not measured since, in the order of the listed cases', () => {
    const previous = [
      '| figure | value | note |',
      '|---|---|---|',
      '| **RFM and ABC: core** (measured 2026-12-01) | | |',
      '| RFM core | 13.7 ms |  |',
      '| **Excel add-in bundles** (measured 2026-11-01) | | |',
      '| old figure | 1 KB |  |',
    ].join('\n');
    expect(benchTable([bundles], previous).split('\n')).toEqual([
      '| figure | value | note |',
      '|---|---|---|',
      '| **RFM and ABC: core** (measured 2026-12-01) | | |',
      '| RFM core | 13.7 ms |  |',
      '| **Excel add-in bundles** (measured 2026-12-04) | | |',
      '| Excel custom functions (functions.js), gzipped | 39.2 KB | goal ≤ 25 KB: NOT MET |',
    ]);
  });

  it('leaves the README table as it is when no case was measured', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('<!-- bench-table:start -->') + '<!-- bench-table:start -->'.length, readme.indexOf('<!-- bench-table:end -->')).trim();
    expect(benchTable([], table)).toBe(table);
  });
});
