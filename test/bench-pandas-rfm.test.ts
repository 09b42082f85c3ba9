// The benchmark's yardstick, bench/pandas_rfm.py, run by Debian's python3-pandas, must give every
// customer the command's row (recency, frequency, monetary to the cent, R, F, M), or the benchmark's
// count of differing customers means nothing. Two files: the benchmark's own 10,000 seeded rows (with
// 12 refund-only customers, which the command leaves unscored and out of the cut points), and six
// customers where a plain float sum of cents would put a total on the wrong side of a cut point.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreDifferences } from '../bench/cases/rfm-abc.js';
import { generateTransactionColumns, transactionsCsv } from '../bench/generate.js';
import { runCli } from './support/cli.js';

const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, '../bench/pandas_rfm.py');
const hasPandas = spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
const directory = mkdtempSync(join(tmpdir(), 'promethee-pandas-rfm-'));

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

/** The command's output and the pandas script's, over the same CSV text. */
async function bothOutputs(name: string, csv: string): Promise<{ ours: string; theirs: string }> {
  const input = join(directory, `${name}.csv`);
  const output = join(directory, `${name}-pandas.csv`);
  writeFileSync(input, csv);
  const run = await runCli(['rfm', input, '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order', '--method', 'rfm']);
  expect(run.code, run.stderr).toBe(0);
  const pandas = spawnSync(PYTHON, [SCRIPT, input, output], { encoding: 'utf8' });
  expect(pandas.status, pandas.stderr).toBe(0);
  return { ours: run.stdout, theirs: readFileSync(output, 'utf8') };
}

// Skipped only outside CI where Debian's python3-pandas is missing; .ci/run installs it, and in CI a
// missing pandas fails here rather than skip.
describe.skipIf(!hasPandas && process.env.CI !== 'true')('bench/pandas_rfm.py against promethee rfm --method rfm', () => {
  it('agrees on every customer of the benchmark’s 10,000 seeded rows, refund-only customers included', async () => {
    const { ours, theirs } = await bothOutputs('seeded', transactionsCsv(generateTransactionColumns(10_000, 20_241_231)));
    // The file has customers with refunds only: both leave their recency and scores empty.
    const refundOnly = theirs.split('\n').filter((line) => /^C\d+,,0,-[\d.]+,,,,$/.test(line));
    expect(refundOnly).toHaveLength(12);
    expect(ours.split('\n')).toHaveLength(theirs.split('\n').length);
    expect(scoreDifferences(ours, theirs)).toBe(0);
  }, 60_000);

  it('scores a total of cents equal to a cut point above it, as the command does', async () => {
    // Totals 1, 79.93, 80.93, 100, 200, 300: the first cut point is 79.93 + 1 = 80.93, and C3's six
    // lines sum to 80.92999999999999 as plain floats; the decimal total 80.93 scores M = 2.
    const lines = ['C1,2024-01-01,O1,1.00', 'C2,2024-01-01,O2,79.93', ...['10.79', '13.58', '20.33', '11.04', '15.88', '9.31'].map((x) => `C3,2024-01-01,O3,${x}`), 'C4,2024-01-01,O4,100.00', 'C5,2024-01-01,O5,200.00', 'C6,2024-01-01,O6,300.00'];
    const { ours, theirs } = await bothOutputs('cut-point', `customer,date,order,amount\n${lines.join('\n')}\n`);
    expect(theirs).toContain('\nC3,1,1,80.93,5,1,2,512\n');
    expect(scoreDifferences(ours, theirs)).toBe(0);
  }, 60_000);
});
