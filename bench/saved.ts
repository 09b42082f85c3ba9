/** The benchmark's figures as `npm run bench` keeps them, for the README's table (scripts/bench-table.ts). */
import { resolve } from 'node:path';
import type { BenchFigure } from './case.js';

/** Where the figures of the last run of each case are kept (not in the repository). */
export const BENCH_FIGURES_FILE = resolve(process.cwd(), '.tmp/bench/figures.json');

/** One case's figures, as its last run measured them. */
export interface SavedCase {
  readonly title: string;
  /** The day of the run, YYYY-MM-DD. */
  readonly measured: string;
  readonly figures: readonly BenchFigure[];
}

/**
 * A figure's value as printed: counts as counts ("0 customers"), measures to three significant digits.
 * @example formatted(1234.5) // "1,235"
 * @example formatted(0.61234) // "0.612"
 */
export function formatted(value: number): string {
  if (Number.isInteger(value) || value >= 100) return Math.round(value).toLocaleString('en');
  return value.toPrecision(3);
}
