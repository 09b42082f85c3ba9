/**
 * `rfm --order` over a file read in parts counts order ids by runs when they run one way (see
 * `OrderRuns`), and reads the file again keeping each id when they do not: either way, the table,
 * notes and exit code must be those of the whole file read at once (which keeps every id). Random
 * exports (fast-check) sorted by order id up or down, by number (#9, #10), with orders of several lines
 * and several customers, refunds under their own or an earlier order id, blank ids, and a few files
 * whose ids come back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcome, runOnBytes } from './support/cli.js';

/** The command on `bytes`, read whole or in pieces of `size` bytes. */
const run = (argv: readonly string[], bytes: Uint8Array, size?: number) => runOnBytes(argv, bytes, size === undefined ? undefined : [size]);

const orderArbitrary = fc.record({
  lines: fc.integer({ min: 1, max: 3 }),
  customers: fc.array(fc.constantFrom('A', 'B', 'C', 'D'), { minLength: 1, maxLength: 2 }),
  amounts: fc.array(fc.constantFrom('10', '0', '-5', '2.50'), { minLength: 3, maxLength: 3 }),
  day: fc.integer({ min: 1, max: 28 }),
  blank: fc.boolean(),
  refundOf: fc.option(fc.nat(), { nil: undefined }),
});

describe('rfm --order over a file read in parts (fast-check)', () => {
  it('gives what the whole file gives, order ids sorted or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(orderArbitrary, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('up', 'down', 'shuffled'),
        fc.constantFrom('O%', '#%', '%'),
        fc.integer({ min: 1, max: 64 }),
        async (orders, direction, pattern, size) => {
          const numbers = orders.map((_, k) => 8 + k);
          if (direction === 'down') numbers.reverse();
          if (direction === 'shuffled' && numbers.length > 2) numbers.push(numbers[0] ?? 8);
          const lines = ['customer,date,order,amount'];
          numbers.forEach((number, k) => {
            const order = orders[k % orders.length];
            if (order === undefined) return;
            const id = order.blank ? '' : pattern.replace('%', String(number));
            for (let line = 0; line < order.lines; line++) {
              const customer = order.customers[line % order.customers.length] ?? 'A';
              const amount = order.amounts[line] ?? '1';
              // A refund listed under an earlier order's id, or its own.
              const refundId = amount.startsWith('-') && order.refundOf !== undefined ? pattern.replace('%', String(numbers[order.refundOf % numbers.length] ?? 8)) : id;
              lines.push(`${customer},2024-01-${String(order.day).padStart(2, '0')},${amount.startsWith('-') ? refundId : id},${amount}`);
            }
          });
          const bytes = new TextEncoder().encode(`${lines.join('\n')}\n`);
          const argv = ['rfm', 'f.csv', '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order', '--language', 'en'];
          const whole = await run(argv, bytes);
          const parts = await run(argv, bytes, size);
          expect(outcome(parts)).toEqual(outcome(whole));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts an order of two lines once and a second order of the same customer again (worked by hand)', async () => {
    // A: O1 (two lines), O3 → 2 orders, 10 + 5 + 2 = 17; B: O2 and a refund under O1 → 1 order, 4 − 1 = 3.
    const text = 'customer,date,order,amount\nA,2024-01-01,O1,10\nA,2024-01-01,O1,5\nB,2024-01-02,O2,4\nB,2024-01-03,O1,-1\nA,2024-01-04,O3,2\n';
    const bytes = new TextEncoder().encode(text);
    const result = await run(['rfm', 'f.csv', '--customer', 'customer', '--date', 'date', '--amount', 'amount', '--order', 'order', '--bins', '2'], bytes, 7);
    expect(result.code).toBe(0);
    const rows = result.stdout.trimEnd().split('\n').map((line) => line.split(',').slice(0, 4).join(','));
    // As of 2024-01-05 (the day after the last purchase): A last bought on the 4th, B on the 2nd.
    expect(rows.slice(1)).toEqual(['A,1,2,17', 'B,3,1,3']);
  });
});
