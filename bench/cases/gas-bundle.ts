/**
 * The Google Sheets add-on as `npm run build:gas` makes it: the sizes of Code.js, of the sidebar's
 * first paint (sidebar.html, goal ≤ 150 KB gzipped) and of each of its parts, fetched from the server
 * on first need (sidebar_NAME.html), raw and gzipped; and the time the built Code.js takes, in a Node `vm` as Apps Script's V8 runs
 * it, for one custom-function call over 500,000 rows (RFM_TABLE, RFM_SCORE) and one CLV_FIT over the
 * first 100,000 of them, with whether it fitted both models rather than fall back (Sheets stops a call
 * at 30 s, and Apps Script's servers run several times slower than this machine's Node).
 *
 * The vm holds what a custom function reads of Apps Script: the spreadsheet's locale and time zone
 * (this process's zone, so that a date made at local midnight is the start of the day in the
 * spreadsheet's zone, as Sheets hands a date cell over) and `Utilities.formatDate` for yyyy-MM-dd.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { civilFromDay } from '../../src/cells/dates.js';
import type { BenchCase, BenchFigure } from '../case.js';
import { generateTransactionColumns } from '../generate.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const ROWS = 500_000;
/** CLV_FIT runs on the first CLV_ROWS of the same transactions. */
const CLV_ROWS = 100_000;
const RUNS = 2;
const CUSTOM_FUNCTION_LIMIT_MS = 30_000;
/** The goal of the sidebar's first paint, gzipped (issue #17), as the Excel task pane's. */
const FIRST_PAINT_GOAL_KB = 150;

function build(dir: string): void {
  const cli = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  execFileSync(process.execPath, [cli, '--config', 'webpack.gas.config.mjs', '--mode', 'production', '--output-path', dir], { cwd: ROOT, stdio: 'pipe' });
}

function kilobytes(bytes: number): number {
  return bytes / 1024;
}

/** The best of a few calls of a custom function of Code.js, in milliseconds. */
function timeCall(call: () => unknown): number {
  let best = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    call();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export const gasBundleCase: BenchCase = {
  title: 'Google Sheets add-on (dist/gas)',
  run() {
    const dir = mkdtempSync(join(tmpdir(), 'promethee-gas-bench-'));
    try {
      build(dir);
      const code = readFileSync(join(dir, 'Code.js'));
      const sidebar = readFileSync(join(dir, 'sidebar.html'));
      const parts = readdirSync(dir)
        .filter((file) => /^sidebar_[a-z]+\.html$/.test(file))
        .sort()
        .map((file) => ({ file, bytes: readFileSync(join(dir, file)) }));
      // Custom functions only read the spreadsheet's locale and time zone, and format dates in that zone.
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      const context = vm.createContext({
        SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'fr_FR', getSpreadsheetTimeZone: () => timeZone }) },
        Utilities: {
          formatDate: (date: Date, zone: string, pattern: string) => {
            if (zone !== timeZone || pattern !== 'yyyy-MM-dd') throw new Error(`formatDate(${zone}, ${pattern}) is not in the benchmark's stand-in`);
            return isoDay.format(date);
          },
        },
      });
      vm.runInContext(code.toString('utf8'), context, { filename: 'Code.js' });
      const makeDate = vm.runInContext('(function (y, m, d) { return new Date(y, m - 1, d); })', context) as (y: number, m: number, d: number) => Date;
      const tx = generateTransactionColumns(ROWS, 20_241_231);
      const customers = tx.customer.map((id) => [id]);
      const dates = Array.from(tx.day, (day) => {
        const { year, month, day: dayOfMonth } = civilFromDay(day);
        return [makeDate(year, month, dayOfMonth)];
      });
      const amounts = Array.from(tx.amount, (amount) => [amount]);
      const fn = (name: string): ((...args: unknown[]) => unknown) => (context as Record<string, (...args: unknown[]) => unknown>)[name] ?? (() => undefined);
      const table = timeCall(() => fn('RFM_TABLE')(customers, dates, amounts));
      const score = timeCall(() => fn('RFM_SCORE')(dates, amounts.map((row) => [Math.abs(Math.round(row[0] ?? 0))]), amounts));
      // CLV_FIT on the first 100,000 transactions: its time, and whether both models were fitted (a
      // fallback leaves r and p empty).
      const clvRows = CLV_ROWS;
      let clvTable: unknown = null;
      const clv = timeCall(() => (clvTable = fn('CLV_FIT')(customers.slice(0, clvRows), dates.slice(0, clvRows), amounts.slice(0, clvRows))));
      const clvValue = (label: string): unknown => (Array.isArray(clvTable) ? (clvTable as unknown[][]).find((row) => row[0] === label)?.[1] : undefined);
      const fitted = typeof clvValue('r') === 'number' && typeof clvValue('p') === 'number';
      const firstPaint = kilobytes(gzipSync(sidebar).length);
      const budget = `Sheets' limit ${CUSTOM_FUNCTION_LIMIT_MS / 1000} s per call`;
      const figures: BenchFigure[] = [
        { name: 'Code.js', value: kilobytes(code.length), unit: 'KB' },
        { name: 'Code.js, gzipped', value: kilobytes(gzipSync(code).length), unit: 'KB' },
        { name: 'sidebar.html, the first paint (React + Fluent inlined)', value: kilobytes(sidebar.length), unit: 'KB' },
        { name: 'sidebar.html, the first paint, gzipped', value: firstPaint, unit: 'KB', note: `goal ≤ ${FIRST_PAINT_GOAL_KB} KB: ${firstPaint <= FIRST_PAINT_GOAL_KB ? 'met' : 'NOT MET'}` },
        ...parts.flatMap(({ file, bytes }): BenchFigure[] => [
          { name: `${file}, fetched through google.script.run on first need`, value: kilobytes(bytes.length), unit: 'KB' },
          { name: `${file}, gzipped`, value: kilobytes(gzipSync(bytes).length), unit: 'KB' },
        ]),
        { name: `RFM_TABLE in Code.js, ${ROWS.toLocaleString('en')} transactions`, value: table, unit: 'ms', note: budget },
        { name: `RFM_SCORE in Code.js, ${ROWS.toLocaleString('en')} rows`, value: score, unit: 'ms', note: budget },
        { name: `CLV_FIT in Code.js, ${CLV_ROWS.toLocaleString('en')} transactions`, value: clv, unit: 'ms', note: `${budget}; ${fitted ? 'BG/NBD and Gamma-Gamma fitted' : 'FALLBACK: a model was not fitted'}` },
      ];
      return Promise.resolve(figures);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
