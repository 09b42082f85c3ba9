/**
 * RFM and ABC over seeded synthetic transactions (10k, 100k, 1M rows): in the core (aggregate + score
 * for RFM, classify for ABC) and through the command over a CSV file, and the pandas reference
 * (bench/pandas_rfm.py) doing the same RFM work when Debian's python3 with pandas is installed.
 *
 * Core figures: the best of a few runs (the first warms the engine up), and the heap plus array
 * buffers the run leaves allocated before any collection — what it retains plus the garbage it made,
 * an upper estimate of its peak. Command figures: the median wall time of a few child processes and
 * the peak resident memory of the process, as the operating system counts it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSheetError } from '../../src/cells/errors.js';
import { classifyAbc } from '../../src/metrics/abc.js';
import { aggregateTransactions } from '../../src/metrics/rfm/aggregate.js';
import { scoreRfm } from '../../src/metrics/rfm/score.js';
import type { BenchCase, BenchFigure } from '../case.js';
import { generateTransactionColumns, transactionsCsv, type GeneratedTransactions } from '../generate.js';
import { PEAK_RSS_MARKER } from '../peak-marker.js';

const SIZES = [10_000, 100_000, 1_000_000] as const;
const SEED = 20_241_231;
const CORE_RUNS = 5;
const COMMAND_RUNS = 3;
const RFM_CORE_BUDGET_MS = 1000;
const PYTHON = '/usr/bin/python3';

/** The compiled files, found from this one (dist/node/bench/cases/rfm-abc.js). */
const DIST = fileURLToPath(new URL('../../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = join(DIST, 'src/cli/main.js');
const PRELOAD = join(DIST, 'bench/peak-rss.js');
const PANDAS_SCRIPT = join(ROOT, 'bench/pandas_rfm.py');

/** A full collection before each measured run, when Node runs with --expose-gc (`npm run bench` does). */
function collect(): void {
  if (typeof globalThis.gc === 'function') globalThis.gc();
}

function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}

function allocated(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function label(rows: number): string {
  return rows.toLocaleString('en');
}

/** Times `work` CORE_RUNS times; the best time, and the memory of the last run. */
function measureCore(work: () => unknown): { ms: number; mb: number } {
  let best = Infinity;
  let mb = 0;
  for (let run = 0; run < CORE_RUNS; run++) {
    collect();
    const before = allocated();
    const start = performance.now();
    const result = work();
    const ms = performance.now() - start;
    mb = megabytes(allocated() - before);
    if (result === undefined) throw new Error('the measured work returned nothing');
    best = Math.min(best, ms);
  }
  return { ms: best, mb };
}

function rfmCore(tx: GeneratedTransactions): unknown {
  const table = aggregateTransactions(tx);
  if (isSheetError(table)) throw new Error(table.message.en);
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary);
  if (isSheetError(scores)) throw new Error(scores.message.en);
  return scores;
}

/** ABC over one item per row: the largest classification a row count gives (the sort dominates). */
function abcInput(tx: GeneratedTransactions): { items: string[]; values: Float64Array } {
  const items = tx.customer.map((_, i) => `P${String(i + 1).padStart(7, '0')}`);
  return { items, values: tx.amount };
}

function abcCore(input: { items: string[]; values: Float64Array }): unknown {
  const result = classifyAbc(input.items, input.values);
  if (isSheetError(result)) throw new Error(result.message.en);
  return result;
}

interface ProcessRun {
  readonly ms: number;
  readonly peakMb: number;
}

/** Runs a command COMMAND_RUNS times: median wall time, largest peak memory; throws when it fails. */
function measureProcess(command: string, args: readonly string[], peakOf: (stderr: string) => number): ProcessRun {
  const times: number[] = [];
  let peakKb = 0;
  for (let run = 0; run < COMMAND_RUNS; run++) {
    const start = performance.now();
    const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(child.status)}): ${child.stderr}`);
    peakKb = Math.max(peakKb, peakOf(child.stderr));
  }
  return { ms: median(times), peakMb: peakKb / 1024 };
}

/** The peak written by the preload (or the Python wrapper) on the last marker line. */
function markedPeak(stderr: string): number {
  const at = stderr.lastIndexOf(PEAK_RSS_MARKER);
  if (at < 0) throw new Error(`no peak memory reported: ${stderr}`);
  return Number.parseInt(stderr.slice(at + PEAK_RSS_MARKER.length), 10);
}

/** Runs pandas_rfm.py and reports its peak (ru_maxrss is in kilobytes on Linux). */
const PANDAS_WRAPPER = [
  'import resource, runpy, sys',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')",
  `sys.stderr.write('\\n${PEAK_RSS_MARKER}%d\\n' % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)`,
].join('\n');

function pandasAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

function cliArgs(command: 'rfm' | 'abc', file: string, out: string): string[] {
  const columns = command === 'rfm' ? ['--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order'] : ['--item', 'customer', '--value', 'amount'];
  return ['--import', PRELOAD, CLI, command, file, ...columns, '--out', out];
}

/** Customers whose R, F or M differs between the command's output and pandas' (both keyed by customer). */
function scoreDifferences(commandCsv: string, pandasCsv: string): number {
  const scores = (text: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const line of text.split('\n').slice(1)) {
      if (line === '') continue;
      const fields = line.split(',');
      map.set(fields[0] ?? '', `${fields[4] ?? ''}${fields[5] ?? ''}${fields[6] ?? ''}`);
    }
    return map;
  };
  const ours = scores(commandCsv);
  const theirs = scores(pandasCsv);
  let differences = Math.abs(ours.size - theirs.size);
  for (const [customer, code] of ours) if (theirs.get(customer) !== code) differences++;
  return differences;
}

export const rfmAbcCase: BenchCase = {
  title: 'RFM and ABC: core and command over seeded transactions',
  run() {
    const figures: BenchFigure[] = [];
    const directory = mkdtempSync(join(tmpdir(), 'promethee-bench-'));
    const withPandas = pandasAvailable();
    if (!withPandas) figures.push({ name: 'pandas reference', value: 0, unit: '', note: `pandas not installed (${PYTHON} -c "import pandas" failed)` });
    try {
      for (const rows of SIZES) {
        const tx = generateTransactionColumns(rows, SEED);
        const rfm = measureCore(() => rfmCore(tx));
        const rfmNote = rows === 1_000_000 ? `budget < ${String(RFM_CORE_BUDGET_MS)} ms: ${rfm.ms < RFM_CORE_BUDGET_MS ? 'within' : 'OVER'}` : undefined;
        figures.push({ name: `RFM core, ${label(rows)} rows`, value: rfm.ms, unit: 'ms', ...(rfmNote === undefined ? {} : { note: rfmNote }) });
        figures.push({ name: `RFM core, ${label(rows)} rows`, value: rows / (rfm.ms / 1000), unit: 'rows/s' });
        figures.push({ name: `RFM core, ${label(rows)} rows, memory allocated`, value: rfm.mb, unit: 'MB', note: 'heap + buffers before collection' });
        const abcItems = abcInput(tx);
        const abc = measureCore(() => abcCore(abcItems));
        figures.push({ name: `ABC core, ${label(rows)} items`, value: abc.ms, unit: 'ms' });
        figures.push({ name: `ABC core, ${label(rows)} items`, value: rows / (abc.ms / 1000), unit: 'rows/s' });
        figures.push({ name: `ABC core, ${label(rows)} items, memory allocated`, value: abc.mb, unit: 'MB', note: 'heap + buffers before collection' });

        const file = join(directory, `transactions-${String(rows)}.csv`);
        writeFileSync(file, transactionsCsv(tx));
        const rfmOut = join(directory, `rfm-${String(rows)}.csv`);
        const rfmCli = measureProcess(process.execPath, cliArgs('rfm', file, rfmOut), markedPeak);
        figures.push({ name: `RFM command, ${label(rows)}-row CSV`, value: rfmCli.ms, unit: 'ms', note: 'whole process, median' });
        figures.push({ name: `RFM command, ${label(rows)}-row CSV`, value: rows / (rfmCli.ms / 1000), unit: 'rows/s' });
        figures.push({ name: `RFM command, ${label(rows)}-row CSV, peak RSS`, value: rfmCli.peakMb, unit: 'MB' });
        const abcCli = measureProcess(process.execPath, cliArgs('abc', file, join(directory, `abc-${String(rows)}.csv`)), markedPeak);
        figures.push({ name: `ABC command, ${label(rows)}-row CSV`, value: abcCli.ms, unit: 'ms', note: 'whole process, median' });
        figures.push({ name: `ABC command, ${label(rows)}-row CSV`, value: rows / (abcCli.ms / 1000), unit: 'rows/s' });
        figures.push({ name: `ABC command, ${label(rows)}-row CSV, peak RSS`, value: abcCli.peakMb, unit: 'MB' });

        if (withPandas) {
          const pandasOut = join(directory, `pandas-${String(rows)}.csv`);
          const pandas = measureProcess(PYTHON, ['-c', PANDAS_WRAPPER, PANDAS_SCRIPT, file, pandasOut], markedPeak);
          figures.push({ name: `RFM pandas, ${label(rows)}-row CSV`, value: pandas.ms, unit: 'ms', note: 'whole process, median' });
          figures.push({ name: `RFM pandas, ${label(rows)}-row CSV, peak RSS`, value: pandas.peakMb, unit: 'MB' });
          figures.push({
            name: `RFM command ÷ pandas time, ${label(rows)} rows`,
            value: rfmCli.ms / pandas.ms,
            unit: '×',
            note: rfmCli.ms < pandas.ms ? 'command faster' : 'command SLOWER',
          });
          figures.push({
            name: `RFM scores differing from pandas, ${label(rows)} rows`,
            value: scoreDifferences(readFileSync(rfmOut, 'utf8'), readFileSync(pandasOut, 'utf8')),
            unit: 'customers',
          });
        }
        rmSync(file);
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    return Promise.resolve(figures);
  },
};
