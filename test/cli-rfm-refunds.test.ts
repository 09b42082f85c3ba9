// `promethee rfm` and the rules of issue 11 that a file makes visible: refund-only customers, refunds
// dropped, and scores that do not depend on the currency unit — each checked against the same data
// written another way, or worked by hand.
import { describe, expect, it } from 'vitest';
import { runCli as run } from './support/cli.js';

const HEADER = 'customer,recency_days,frequency,monetary,r,f,m,rfm,segment';

/**
 * Five customers who bought, and two refund rows dated after every purchase: "z" only has a refund,
 * "a" has a refund after its purchases.
 */
const WITH_REFUNDS =
  'client,date,montant\n' +
  'z,2024-12-31,-40\n' +
  'a,2024-12-01,100\n' +
  'b,2024-11-20,250\n' +
  'c,2024-10-02,30\n' +
  'a,2024-12-10,60\n' +
  'd,2024-12-05,400\n' +
  'e,2024-06-15,75\n' +
  'a,2025-01-03,-20\n';
const WITHOUT_REFUNDS = WITH_REFUNDS.split('\n')
  .filter((line) => !line.includes(',-'))
  .join('\n');
const ARGS = ['--customer', 'client', '--date', 'date', '--amount', 'montant'];

describe('promethee rfm with a refund-only customer', () => {
  it('lists it with frequency 0 and its net refunds, no recency, scores or segment, and says so', async () => {
    const result = await run(['rfm', 'f.csv', ...ARGS], { 'f.csv': WITH_REFUNDS });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines[1]).toBe('z,,0,-40,,,,,');
    expect(result.stderr).toContain('1 client(s) sans aucun achat (que des avoirs)');
  });

  it('measures recency from the last purchase: the analysis date is 2024-12-11, not the day after the refunds', async () => {
    const result = await run(['rfm', 'f.csv', ...ARGS], { 'f.csv': WITH_REFUNDS });
    // a's last purchase is 2024-12-10, the last purchase of the file: 1 day; d's 2024-12-05: 6 days.
    expect(result.stdout).toContain('\na,1,2,140,');
    expect(result.stdout).toContain('\nd,6,1,400,');
  });

  it('scores the other customers as if it were not there', async () => {
    const withRefunds = await run(['rfm', 'f.csv', ...ARGS], { 'f.csv': WITH_REFUNDS });
    const without = await run(['rfm', 'g.csv', ...ARGS], { 'g.csv': WITHOUT_REFUNDS.replace('a,2024-12-10,60', 'a,2024-12-10,40') });
    // a's net total is 140 either way (160 − 20, or 100 + 40): every other line must be the same.
    expect(withRefunds.stdout.split('\n').filter((line) => !line.startsWith('z,'))).toEqual(without.stdout.split('\n'));
  });
});

describe('promethee rfm --refunds drop', () => {
  it('gives exactly the output of the same file with its refund rows deleted', async () => {
    const dropped = await run(['rfm', 'f.csv', ...ARGS, '--refunds', 'drop'], { 'f.csv': WITH_REFUNDS });
    const deleted = await run(['rfm', 'g.csv', ...ARGS], { 'g.csv': WITHOUT_REFUNDS });
    expect(dropped.code).toBe(0);
    expect(dropped.stdout).toBe(deleted.stdout);
    expect(dropped.stdout).not.toContain('\nz,');
  });

  it('accepts an analysis date after the last purchase but before a refund, as the file without refunds does', async () => {
    const dropped = await run(['rfm', 'f.csv', ...ARGS, '--refunds', 'drop', '--as-of', '2024-12-20'], { 'f.csv': WITH_REFUNDS });
    const deleted = await run(['rfm', 'g.csv', ...ARGS, '--as-of', '2024-12-20'], { 'g.csv': WITHOUT_REFUNDS });
    expect(dropped.code).toBe(0);
    expect(dropped.stdout).toBe(deleted.stdout);
  });
});

describe('promethee rfm and the currency unit', () => {
  it('scores amounts in thousands of euros as the same amounts in euros', async () => {
    const euros = await run(['rfm', 'e.csv', ...ARGS], { 'e.csv': WITHOUT_REFUNDS });
    const thousands = WITHOUT_REFUNDS.replace(/,(\d+)$/gm, (_, amount: string) => `,${Number(amount) / 1000}`);
    expect(thousands).toContain('d,2024-12-05,0.4\n');
    const result = await run(['rfm', 'k.csv', ...ARGS], { 'k.csv': thousands });
    const scores = (csv: string): string[] => csv.trimEnd().split('\n').map((line) => line.split(',').slice(4).join(','));
    expect(scores(result.stdout)).toEqual(scores(euros.stdout));
  });

  it('scores them by hand: monetary 0.03, 0.075, 0.16, 0.25, 0.4 thousand → M 1 to 5', async () => {
    const thousands = WITHOUT_REFUNDS.replace(/,(\d+)$/gm, (_, amount: string) => `,${Number(amount) / 1000}`);
    const result = await run(['rfm', 'k.csv', ...ARGS], { 'k.csv': thousands });
    // Quantiles of 0.03, 0.075, 0.16, 0.25, 0.4 at 20 … 80 %: 0.066, 0.126, 0.196, 0.28; each total passes those below it.
    const m = new Map(result.stdout.trimEnd().split('\n').slice(1).map((line) => [line.split(',')[0], line.split(',')[6]]));
    expect([...m.entries()]).toEqual([
      ['a', '3'],
      ['b', '4'],
      ['c', '1'],
      ['d', '5'],
      ['e', '2'],
    ]);
  });

  it('accepts --method rfm, the package’s method, whose scores depend on the unit (all M = 1 in thousands)', async () => {
    const thousands = WITHOUT_REFUNDS.replace(/,(\d+)$/gm, (_, amount: string) => `,${Number(amount) / 1000}`);
    const result = await run(['rfm', 'k.csv', ...ARGS, '--method', 'rfm'], { 'k.csv': thousands });
    expect(result.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(',')[6])).toEqual(['1', '1', '1', '1', '1']);
  });
});
