// `promethee rfm` against a second implementation of its rules, written here from their statement and
// not from the command's code, on random transaction files full of ties: few customers, few distinct
// days and amounts, order ids shared by rows (and by customers), rows without an order id, refunds,
// refund-only customers. The benchmark compares the command with bench/pandas_rfm.py on the same rules.
//
// The rules (../shared/SPEC.md, "RFM conventions"):
// - a row with an amount ≥ 0 is an order line, a negative amount a refund: never an order, never a date;
// - frequency = the customer's distinct order ids among their order lines (a line without an id is an
//   order of its own); monetary = the decimal sum of all their amounts; recency = analysis date − day of
//   their last order, the analysis date being the day after the last order of the file;
// - a customer without any order has no recency and no scores, and stays out of the cut points;
// - method rfm (the R package rfm, R/utils.R and R/rfm-table.R): cut points = R's quantile(x,
//   seq(0, 1, length.out = bins + 1)) (type 7) without its ends, plus 1; score i when
//   lower[i] ≤ x < upper[i], lower = (min, cuts…), upper = (cuts…, max + 1); recency reversed;
// - default method quantile: a value passes the k-th cut point when it is strictly above the order
//   statistic at 0-based position ⌊(n − 1)·k / bins⌋ (the cut point lies at or above it and below the
//   next distinct value), so only the order of the values matters; recency reversed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

interface Row {
  readonly customer: number;
  readonly day: number;
  /** Order id number, or null for a row without an order id. */
  readonly order: number | null;
  readonly cents: number;
}

interface Expected {
  readonly recency: number | null;
  readonly frequency: number;
  readonly cents: number;
  readonly scores: readonly [number, number, number] | null;
}

const FIRST = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

function isoDate(day: number): string {
  return new Date(FIRST + day * DAY_MS).toISOString().slice(0, 10);
}

function csvOf(rows: readonly Row[]): string {
  const lines = ['customer,date,order,amount'];
  for (const row of rows) {
    const sign = row.cents < 0 ? '-' : '';
    const abs = Math.abs(row.cents);
    const amount = `${sign}${String(Math.floor(abs / 100))}.${String(abs % 100).padStart(2, '0')}`;
    lines.push(`C${String(row.customer)},${isoDate(row.day)},${row.order === null ? '' : `O${String(row.order)}`},${amount}`);
  }
  return `${lines.join('\n')}\n`;
}

/** R's quantile(x, probs, type = 7) over x sorted ascending, as R/stats/R/quantile.R computes it. */
function rQuantile7(x: readonly number[], probs: readonly number[]): number[] {
  const n = x.length;
  return probs.map((p) => {
    const index = 1 + (n - 1) * p;
    const lo = Math.floor(index);
    const hi = Math.ceil(index);
    const atLo = x[lo - 1] ?? Number.NaN;
    const atHi = x[hi - 1] ?? Number.NaN;
    if (index > lo && atHi !== atLo) {
      const h = index - lo;
      return (1 - h) * atLo + h * atHi;
    }
    return atLo;
  });
}

/** The R package rfm's score of each value (1 … bins, upwards), by its intervals. */
function rfmPackageScores(values: readonly number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const by = 1 / bins; // R's seq(0, 1, length.out = bins + 1) = 0 + k × ((1 − 0) / bins)
  const probs = Array.from({ length: bins + 1 }, (_, k) => (k === bins ? 1 : k * by));
  const cuts = rQuantile7(sorted, probs)
    .slice(1, -1)
    .map((q) => q + 1);
  const lower = [sorted[0] ?? 0, ...cuts];
  const upper = [...cuts, (sorted[sorted.length - 1] ?? 0) + 1];
  return values.map((x) => {
    let score = 0;
    for (let i = 0; i < bins; i++) if (x >= (lower[i] ?? 0) && x < (upper[i] ?? 0)) score = i + 1;
    return score;
  });
}

/** The default method's score of each value (1 … bins, upwards): order statistics only. */
function orderScores(values: readonly number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return values.map((x) => {
    let score = 1;
    for (let k = 1; k < bins; k++) if (x > (sorted[Math.floor(((n - 1) * k) / bins)] ?? 0)) score++;
    return score;
  });
}

function expected(rows: readonly Row[], method: 'rfm' | 'quantile', bins: number): Map<string, Expected> {
  const customers = new Map<number, { orders: Set<string>; last: number | null; cents: number }>();
  let lastOrder = -Infinity;
  rows.forEach((row, i) => {
    const entry = customers.get(row.customer) ?? { orders: new Set<string>(), last: null, cents: 0 };
    customers.set(row.customer, entry);
    entry.cents += row.cents; // whole cents: the decimal total, exactly
    if (row.cents < 0) return;
    entry.orders.add(row.order === null ? `row ${String(i)}` : `order ${String(row.order)}`);
    entry.last = Math.max(entry.last ?? -Infinity, row.day);
    lastOrder = Math.max(lastOrder, row.day);
  });
  const asOf = lastOrder + 1;
  const scored = [...customers].filter(([, entry]) => entry.last !== null);
  const recency = scored.map(([, entry]) => asOf - (entry.last ?? 0));
  const frequency = scored.map(([, entry]) => entry.orders.size);
  // rfm's "+ 1" is in the unit of the data, euros: the totals go in euros; the order rule needs no unit.
  const monetary = scored.map(([, entry]) => (method === 'rfm' ? entry.cents / 100 : entry.cents));
  const score = method === 'rfm' ? rfmPackageScores : orderScores;
  const [r, f, m] = [score(recency, bins), score(frequency, bins), score(monetary, bins)];
  const byCustomer = new Map<string, Expected>();
  for (const [id, entry] of customers) byCustomer.set(`C${String(id)}`, { recency: null, frequency: 0, cents: entry.cents, scores: null });
  scored.forEach(([id, entry], k) => {
    byCustomer.set(`C${String(id)}`, {
      recency: recency[k] ?? 0,
      frequency: entry.orders.size,
      cents: entry.cents,
      scores: [bins + 1 - (r[k] ?? 0), f[k] ?? 0, m[k] ?? 0],
    });
  });
  return byCustomer;
}

function parsed(output: string): Map<string, Expected> {
  const byCustomer = new Map<string, Expected>();
  for (const line of output.trimEnd().split('\n').slice(1)) {
    const [customer = '', recency = '', frequency = '', monetary = '', r = '', f = '', m = ''] = line.split(',');
    byCustomer.set(customer, {
      recency: recency === '' ? null : Number(recency),
      frequency: Number(frequency),
      cents: Math.round(Number(monetary) * 100),
      scores: r === '' ? null : [Number(r), Number(f), Number(m)],
    });
  }
  return byCustomer;
}

/** Few values of each kind, so that ties are everywhere, at the cut points too. */
const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  customer: fc.integer({ min: 1, max: 9 }),
  day: fc.integer({ min: 0, max: 12 }),
  order: fc.option(fc.integer({ min: 1, max: 14 }), { nil: null, freq: 4 }),
  cents: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(0, 100, 250, 1000, 1099, 2000, 7993, 8093) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 20_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -9_000, max: -1 }) },
  ),
});

/** Files with at least one order line (else there is nothing to score, an error of its own). */
const rowsArbitrary = fc.array(rowArbitrary, { minLength: 1, maxLength: 60 }).filter((rows) => rows.some((row) => row.cents >= 0));

const ARGS = ['--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order'];

async function agree(rows: readonly Row[], method: 'rfm' | 'quantile', bins: number): Promise<void> {
  const run = await runCli(['rfm', 'f.csv', ...ARGS, '--method', method, '--bins', String(bins)], { 'f.csv': csvOf(rows) });
  expect(run.code, run.stderr).toBe(0);
  expect(parsed(run.stdout)).toEqual(expected(rows, method, bins));
}

describe('promethee rfm against an independent implementation of its rules', () => {
  it('gives every customer the recency, frequency, monetary and scores of the rules, method rfm', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, fc.integer({ min: 2, max: 9 }), (rows, bins) => agree(rows, 'rfm', bins)),
      { numRuns: 150 },
    );
  });

  it('does so with the default method', async () => {
    await fc.assert(
      fc.asyncProperty(rowsArbitrary, fc.integer({ min: 2, max: 9 }), (rows, bins) => agree(rows, 'quantile', bins)),
      { numRuns: 150 },
    );
  });

  it('scores a total equal to a cut point above it: 80.93 from six lines whose float sum is 80.92999999999999', async () => {
    // Six customers: totals 1, 79.93, 80.93, 100, 200, 300. Method rfm, 5 bins: the 20 % quantile is
    // the 2nd value, 79.93, so the first cut point is 80.93, and C3's total, 80.93, scores M = 2 (R's
    // lower ≤ x). Summed as floats, C3's lines give 80.92999999999999, below the cut point: M = 1.
    const lines = [10.79, 13.58, 20.33, 11.04, 15.88, 9.31];
    expect(lines.reduce((sum, x) => sum + x, 0)).toBe(80.92999999999999);
    const rows: Row[] = [
      { customer: 1, day: 0, order: null, cents: 100 },
      { customer: 2, day: 0, order: null, cents: 7993 },
      ...lines.map((x) => ({ customer: 3, day: 0, order: 1, cents: Math.round(x * 100) })),
      { customer: 4, day: 0, order: null, cents: 10_000 },
      { customer: 5, day: 0, order: null, cents: 20_000 },
      { customer: 6, day: 0, order: null, cents: 30_000 },
    ];
    const run = await runCli(['rfm', 'f.csv', ...ARGS, '--method', 'rfm'], { 'f.csv': csvOf(rows) });
    expect(run.stdout).toContain('\nC3,1,1,80.93,5,1,2,512,');
    expect(parsed(run.stdout)).toEqual(expected(rows, 'rfm', 5));
  });
});
