/**
 * The shape of a benchmark case: `npm run bench` runs every case of bench/cases/index.ts in turn and
 * prints its figures. A case measures one thing (a kernel, a command, a bundle, a page) and returns
 * plain figures; budgets are stated in a figure's note, never asserted in a timed test.
 */

/** One measured figure. */
export interface BenchFigure {
  /** What was measured, e.g. "RFM core, 1,000,000 rows". */
  readonly name: string;
  readonly value: number;
  /** Unit of the value: "ms", "rows/s", "MB", "KB", "calls" … */
  readonly unit: string;
  /** A budget or a comparison, e.g. "budget < 1000 ms". */
  readonly note?: string;
}

/** One case of the benchmark. */
export interface BenchCase {
  /** Heading printed above the figures. */
  readonly title: string;
  run(): Promise<readonly BenchFigure[]>;
}
