import { describe, expect, it } from 'vitest';
import { CLV_OUTPUT_HEADER } from '../src/cli/clv.js';
import { runCli as run } from './support/cli.js';
import { sharedPath } from './support/shared-data.js';

const DATA = sharedPath('data');
const CDNOW_SAMPLE = `${DATA}/CDNOW_sample.txt`;
const SAMPLE_ARGS = ['clv', CDNOW_SAMPLE, '--delimiter', 'whitespace', '--columns', 'orig_id,customer,date,cds,amount', '--customer', 'customer', '--date', 'date', '--amount', 'amount'];

function parameters(stderr: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of stderr.split('\n')) {
    const match = /^([a-z_]+)=(.+)$/.exec(line);
    if (match) found.set(match[1] ?? '', Number(match[2]));
  }
  return found;
}

// Small file: a buys on days 1 and 15, b on day 8 (and a refund), c once; too few for the models.
const SMALL = 'client;date;montant\na;2024-01-01;10\na;2024-01-15;20\nb;2024-01-08;5\nb;2024-01-09;-2\nc;2024-01-15;7\n';
const SMALL_ARGS = ['clv', 'small.csv', '--customer', 'client', '--date', 'date', '--amount', 'montant'];

describe('promethee clv on the CDNOW sample transactions', async () => {
  const result = await run([...SAMPLE_ARGS, '--calibration-end', '1997-09-30', '--horizon', '39', '--language', 'en']);

  it('prints the published parameters on the standard error as name=value lines', () => {
    expect(result.code).toBe(0);
    const found = parameters(result.stderr);
    const published: [string, number, number][] = [
      ['r', 0.242593, 1e-3], ['alpha', 4.413532, 1e-3], ['a', 0.792886, 1e-3], ['b', 2.425752, 1e-3],
      ['p', 6.25, 5e-3], ['q', 3.74, 5e-3], ['gamma', 15.44, 5e-3],
    ];
    for (const [name, value, tolerance] of published) expect(Math.abs((found.get(name) ?? 0) / value - 1), name).toBeLessThan(tolerance);
    expect(Math.abs((found.get('bgnbd_log_likelihood') ?? 0) + 9582.43)).toBeLessThan(0.01);
    expect(Math.abs((found.get('gamma_gamma_log_likelihood') ?? 0) + 4055.9177)).toBeLessThan(0.01);
  });

  it('writes one row per customer with the fixed header, customer 1 expecting 1.226 purchases in 39 weeks', () => {
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(CLV_OUTPUT_HEADER);
    expect(lines.length).toBe(2358);
    const first = (lines[1] ?? '').split(',');
    expect(first.slice(0, 4)).toEqual(["'0001", '2', '30.4286', '38.8571']);
    expect(Number(first[4])).toBeCloseTo(1.226, 2);
    expect(Number(first[6])).toBeCloseTo(24.66, 1);
    expect(first[8]).toBe('BG/NBD + Gamma-Gamma');
  });
});

describe('promethee clv on a small file', () => {
  it('falls back to the simple formula, says so and why, and leaves p_alive empty', async () => {
    const result = await run([...SMALL_ARGS, '--horizon', '4', '--language', 'en'], { 'small.csv': SMALL });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("promethee: purchases: simple formula (x ÷ T × horizon, the population's rate when T < 91.3 days) instead of BG/NBD — 3 customer(s), 1 of them repeat buyers");
    expect(result.stderr).toContain('promethee: spend: simple formula (mean repeat value) instead of Gamma-Gamma');
    expect(result.stderr).toContain('1 row(s) with a negative amount (refunds) left out');
    expect(result.stderr).not.toMatch(/^r=/m);
    const a = result.stdout.split('\n')[1]?.split(',') ?? [];
    // a: x = 1 in T = 2 weeks, less than a quarter (91.3125 days = 13.04 weeks): not 0.5 a week but the
    // population's rate, 1 repeat purchase ÷ (3 customers × 13.04 weeks) = 0.02555 a week → 0.1022 in
    // 4 weeks, spend 20 → CLV 2.04.
    expect(a.slice(0, 8)).toEqual(['a', '1', '2', '2', '0.1022', '', '20', '2.04']);
    expect(result.stdout.split('\n')[1]).toContain('the population\'s purchase rate, as the customer has been observed for less than a quarter');
  });

  it('writes --out and counts months of 30.4375 days', async () => {
    const result = await run([...SMALL_ARGS, '--time-unit', 'month', '--out', 'clv.csv'], { 'small.csv': SMALL });
    expect(result.code).toBe(0);
    const a = result.written.get('clv.csv')?.split('\n')[1]?.split(',') ?? [];
    expect(Number(a[3])).toBe(Number((14 / 30.4375).toFixed(4)));
  });

  it('leaves out customers whose first purchase is after the calibration end, and says so', async () => {
    const result = await run([...SMALL_ARGS, '--calibration-end', '2024-01-10'], { 'small.csv': SMALL });
    expect(result.stderr).toContain("1 client(s) sans achat jusqu’au 2024-01-10");
    expect(result.stdout.trimEnd().split('\n').length).toBe(3);
  });

  const usage: [string, string[], string][] = [
    ['a time unit that is not day, week or month', ['--time-unit', 'year'], '--time-unit: day or week or month expected'],
    ['a horizon of 0', ['--horizon', '0'], '--horizon: a number from 0 to 5000 is expected (got 0)'],
    ['a horizon that is not a number', ['--horizon', 'soon'], '--horizon: a number is expected'],
    ['a discount rate above 1', ['--discount', '10'], '--discount: an annual rate from 0 to 1 is expected'],
    ['a calibration end that is not a date', ['--calibration-end', 'tomorrow'], '--calibration-end: a date such as 2024-12-31'],
  ];
  for (const [what, extra, message] of usage) {
    it(`refuses ${what} (exit 2)`, async () => {
      const result = await run([...SMALL_ARGS, ...extra, '--language', 'en'], { 'small.csv': SMALL });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
    });
  }

  it('refuses a calibration end before every purchase (exit 1)', async () => {
    const result = await run([...SMALL_ARGS, '--calibration-end', '2023-01-01', '--language', 'en'], { 'small.csv': SMALL });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('small.csv: No purchase up to the calibration end (2023-01-01)');
  });

  it('refuses an unreadable date with its line (exit 1)', async () => {
    const result = await run([...SMALL_ARGS, '--language', 'en'], { 'small.csv': `${SMALL}d;someday;3\n` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/small\.csv: .*line 7/i);
  });

  it('reports a customer-less row and goes on', async () => {
    const result = await run([...SMALL_ARGS, '--language', 'en'], { 'small.csv': `${SMALL};2024-01-02;3\n` });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('1 row(s) without a customer id skipped (line(s) 7)');
  });

  it('refuses a missing --customer (exit 2) and prints its help', async () => {
    expect((await run(['clv', 'small.csv', '--date', 'date', '--amount', 'montant'], { 'small.csv': SMALL })).code).toBe(2);
    const help = await run(['clv', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain(CLV_OUTPUT_HEADER);
  });
});
