/**
 * RFM and ABC over seeded synthetic transactions (10k, 100k, 1M rows): in the core (aggregate + score
 * for RFM, classify for ABC) and through the command over a CSV file, and the pandas references
 * (bench/pandas_rfm.py, bench/pandas_abc.py) doing the same work when Debian's python3 with pandas is
 * installed, run in turn with the command (command, pandas, command, pandas …) so that both see the
 * same machine. Then the commands over 10M rows of the same 125,000 customers as the 1M-row file: their
 * peak memory against the 1M-row peak (the command keeps its customers, not the file's rows).
 *
 * Core figures: the best of a few runs (the first warms the engine up), and the heap plus array
 * buffers the run leaves allocated before any collection — what it retains plus the garbage it made,
 * an upper estimate of its peak. Command figures: the median wall time and processor time of a few
 * child processes and the peak resident memory of the process, as the operating system counts them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isSheetError } from '../../src/cells/errors.js';
import { classifyAbc } from '../../src/metrics/abc.js';
import { aggregateTransactions } from '../../src/metrics/rfm/aggregate.js';
import { scoreRfm } from '../../src/metrics/rfm/score.js';
import type { BenchCase, BenchFigure } from '../case.js';
import { generateTransactionColumns, writeTransactionsCsv, type GeneratedTransactions } from '../generate.js';
import { CPU_MARKER, PEAK_RSS_MARKER } from '../peak-marker.js';

const SIZES = [10_000, 100_000, 1_000_000] as const;
/** The large file: ten times the rows of the largest size, over the same customers. */
const LARGE_ROWS = 10_000_000;
const LARGE_CUSTOMERS = 125_000;
/** Goals of the command at 1M rows (issue #17): at most half of pandas' time; at 10M rows, about twice the 1M-row peak at most. */
const PANDAS_RATIO_GOAL = 0.5;
const LARGE_PEAK_GOAL = 2;
const SEED = 20_241_231;
const CORE_RUNS = 5;
const COMMAND_RUNS = 3;
const RFM_CORE_BUDGET_MS = 1000;
export const PYTHON = '/usr/bin/python3';

/** The compiled files, found from this one (dist/node/bench/cases/rfm-abc.js). */
const DIST = fileURLToPath(new URL('../../', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const CLI = join(DIST, 'src/cli/main.js');
export const PRELOAD = join(DIST, 'bench/peak-rss.js');
const PANDAS_SCRIPTS = { rfm: join(ROOT, 'bench/pandas_rfm.py'), abc: join(ROOT, 'bench/pandas_abc.py') } as const;

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

export interface ProcessRun {
  /** Median wall time. */
  readonly ms: number;
  /** Median processor time (user + system). */
  readonly cpuMs: number;
  readonly peakMb: number;
}

export interface Command {
  readonly command: string;
  readonly args: readonly string[];
}

/** Runs a command once; its wall time, processor time and peak; throws when it fails. */
function runOnce({ command, args }: Command): { ms: number; cpuMs: number; peakKb: number } {
  const start = performance.now();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(child.status)}): ${child.stderr}`);
  return { ms, cpuMs: marked(child.stderr, CPU_MARKER), peakKb: marked(child.stderr, PEAK_RSS_MARKER) };
}

/**
 * Runs each command `runs` times, in turn (A B A B …) so that a machine slowed down for a while slows
 * them alike: for each, the median wall and processor times and the largest peak.
 */
export function measureInTurn(commands: readonly Command[], runs: number): ProcessRun[] {
  const results = commands.map(() => ({ ms: [] as number[], cpuMs: [] as number[], peakKb: 0 }));
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, k) => {
      const once = runOnce(command);
      const result = results[k];
      if (result === undefined) return;
      result.ms.push(once.ms);
      result.cpuMs.push(once.cpuMs);
      result.peakKb = Math.max(result.peakKb, once.peakKb);
    });
  }
  return results.map((result) => ({ ms: median(result.ms), cpuMs: median(result.cpuMs), peakMb: result.peakKb / 1024 }));
}

/** The number the preload (or the Python wrapper) wrote after `marker` on the standard error. */
function marked(stderr: string, marker: string): number {
  const at = stderr.lastIndexOf(marker);
  if (at < 0) throw new Error(`no ${marker} reported: ${stderr}`);
  return Number.parseInt(stderr.slice(at + marker.length), 10);
}

/**
 * Runs a pandas script and reports its processor time and peak in kilobytes: VmHWM, its own peak, as
 * the preload does (ru_maxrss, kept where /proc is missing, also holds the benchmark's own peak).
 */
export const PANDAS_WRAPPER = [
  'import re, resource, runpy, sys',
  'sys.argv = sys.argv[1:]',
  "runpy.run_path(sys.argv[0], run_name='__main__')",
  'usage = resource.getrusage(resource.RUSAGE_SELF)',
  'peak = usage.ru_maxrss',
  'try:',
  "    peak = int(re.search(r'^VmHWM:\\s*(\\d+)', open('/proc/self/status').read(), re.M).group(1))",
  'except Exception:',
  '    pass',
  `sys.stderr.write('\\n${CPU_MARKER}%d\\n${PEAK_RSS_MARKER}%d\\n' % (round((usage.ru_utime + usage.ru_stime) * 1000), peak))`,
].join('\n');

function pandasAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0;
}

function cli(command: 'rfm' | 'abc', file: string, out: string): Command {
  // --method rfm: the R rfm package's cut points, the rule bench/pandas_rfm.py follows, so that the scores can be compared.
  const columns = command === 'rfm' ? ['--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order', '--method', 'rfm'] : ['--item', 'customer', '--value', 'amount'];
  return { command: process.execPath, args: ['--import', PRELOAD, CLI, command, file, ...columns, '--out', out] };
}

function pandas(command: 'rfm' | 'abc', file: string, out: string): Command {
  return { command: PYTHON, args: ['-c', PANDAS_WRAPPER, PANDAS_SCRIPTS[command], file, out] };
}

/** Items whose class differs between the command's ABC output and pandas' (both keyed by item). */
function classDifferences(commandCsv: string, pandasCsv: string): number {
  const classes = (text: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const line of text.split('\n').slice(1)) {
      if (line === '') continue;
      const fields = line.split(',');
      map.set(fields[0] ?? '', fields[4] ?? '');
    }
    return map;
  };
  const ours = classes(commandCsv);
  const theirs = classes(pandasCsv);
  let differences = Math.abs(ours.size - theirs.size);
  for (const [item, abcClass] of ours) if (theirs.get(item) !== abcClass) differences++;
  return differences;
}

/** The figures of one command against pandas, run in turn. */
function commandFigures(command: 'rfm' | 'abc', file: string, directory: string, rows: number, withPandas: boolean): { figures: BenchFigure[]; peakMb: number } {
  const name = command.toUpperCase();
  const out = join(directory, `${command}-${String(rows)}.csv`);
  const pandasOut = join(directory, `pandas-${command}-${String(rows)}.csv`);
  const commands = withPandas ? [cli(command, file, out), pandas(command, file, pandasOut)] : [cli(command, file, out)];
  const [ours, theirs] = measureInTurn(commands, COMMAND_RUNS);
  if (ours === undefined) throw new Error('the command was not measured');
  const figures: BenchFigure[] = [
    { name: `${name} command, ${label(rows)}-row CSV`, value: ours.ms, unit: 'ms', note: 'whole process, median wall' },
    { name: `${name} command, ${label(rows)}-row CSV, processor time`, value: ours.cpuMs, unit: 'ms', note: 'user + system, median' },
    { name: `${name} command, ${label(rows)}-row CSV`, value: rows / (ours.ms / 1000), unit: 'rows/s' },
    { name: `${name} command, ${label(rows)}-row CSV, peak RSS`, value: ours.peakMb, unit: 'MB' },
  ];
  if (theirs !== undefined) {
    const goal = rows === 1_000_000 ? `; goal ≤ ${String(PANDAS_RATIO_GOAL)}: ${ours.ms / theirs.ms <= PANDAS_RATIO_GOAL ? 'met' : 'NOT MET'}` : '';
    figures.push(
      { name: `${name} pandas, ${label(rows)}-row CSV`, value: theirs.ms, unit: 'ms', note: 'whole process, median wall' },
      { name: `${name} pandas, ${label(rows)}-row CSV, processor time`, value: theirs.cpuMs, unit: 'ms', note: 'user + system, median' },
      { name: `${name} pandas, ${label(rows)}-row CSV, peak RSS`, value: theirs.peakMb, unit: 'MB' },
      { name: `${name} command ÷ pandas, wall time, ${label(rows)} rows`, value: ours.ms / theirs.ms, unit: '×', note: `same run, in turn${goal}` },
      { name: `${name} command ÷ pandas, processor time, ${label(rows)} rows`, value: ours.cpuMs / theirs.cpuMs, unit: '×', note: 'same run, in turn' },
      {
        name: command === 'rfm' ? `RFM customers differing from pandas, ${label(rows)} rows` : `ABC classes differing from pandas, ${label(rows)} rows`,
        value: command === 'rfm' ? scoreDifferences(readFileSync(out, 'utf8'), readFileSync(pandasOut, 'utf8')) : classDifferences(readFileSync(out, 'utf8'), readFileSync(pandasOut, 'utf8')),
        unit: command === 'rfm' ? 'customers' : 'items',
      },
    );
  }
  return { figures, peakMb: ours.peakMb };
}

/**
 * Customers whose row differs between the command's RFM output and pandas' (both keyed by customer):
 * recency, frequency, monetary to the cent, R, F or M (an empty cell, a customer without an order, only
 * matches an empty cell), or who are in one output only.
 */
export function scoreDifferences(commandCsv: string, pandasCsv: string): number {
  const rows = (text: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const line of text.split('\n').slice(1)) {
      if (line === '') continue;
      const [customer = '', recency = '', frequency = '', monetary = '', r = '', f = '', m = ''] = line.split(',');
      map.set(customer, [recency, frequency, Math.round(Number(monetary) * 100), r, f, m].join(','));
    }
    return map;
  };
  const ours = rows(commandCsv);
  const theirs = rows(pandasCsv);
  let differences = 0;
  for (const [customer, row] of ours) if (theirs.get(customer) !== row) differences++;
  for (const customer of theirs.keys()) if (!ours.has(customer)) differences++;
  return differences;
}

export const rfmAbcCase: BenchCase = {
  title: 'RFM and ABC: core and command over seeded transactions',
  run() {
    const figures: BenchFigure[] = [];
    const directory = mkdtempSync(join(tmpdir(), 'promethee-bench-'));
    const withPandas = pandasAvailable();
    const peaksAt1M: Partial<Record<'rfm' | 'abc', number>> = {};
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
        writeTransactionsCsv(file, tx);
        for (const command of ['rfm', 'abc'] as const) {
          const measured = commandFigures(command, file, directory, rows, withPandas);
          figures.push(...measured.figures);
          if (rows === 1_000_000) peaksAt1M[command] = measured.peakMb;
        }
        rmSync(file);
      }
      // Ten times the rows, the same customers: memory must follow the customers, not the rows.
      const large = join(directory, 'transactions-large.csv');
      writeTransactionsCsv(large, generateTransactionColumns(LARGE_ROWS, SEED, LARGE_CUSTOMERS));
      for (const command of ['rfm', 'abc'] as const) {
        const [run] = measureInTurn([cli(command, large, join(directory, `${command}-large.csv`))], 1);
        if (run === undefined) continue;
        const name = command.toUpperCase();
        const ratio = run.peakMb / (peaksAt1M[command] ?? Number.NaN);
        figures.push(
          { name: `${name} command, ${label(LARGE_ROWS)}-row CSV (${label(LARGE_CUSTOMERS)} customers)`, value: run.ms, unit: 'ms', note: 'whole process, one run' },
          { name: `${name} command, ${label(LARGE_ROWS)}-row CSV, peak RSS`, value: run.peakMb, unit: 'MB' },
          {
            name: `${name} command peak, ${label(LARGE_ROWS)} ÷ ${label(1_000_000)} rows`,
            value: ratio,
            unit: '×',
            note: `goal about ≤ ${String(LARGE_PEAK_GOAL)}: ${ratio <= LARGE_PEAK_GOAL * 1.1 ? 'met' : 'NOT MET'}`,
          },
        );
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    return Promise.resolve(figures);
  },
};
