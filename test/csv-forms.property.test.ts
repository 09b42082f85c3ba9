/**
 * The same transactions written the ways exports write them — comma-separated with every text quoted
 * and English amounts (1,234.50) or a US export's ($1,234.50, 12/31/2024 read with --date-format mdy),
 * semicolon-separated with French amounts (1 234,50) and day-first dates, with CRLF, LF or CR line ends, with or without a BOM — must read as the same transactions
 * and give the same `rfm` and `abc` results. Property-based (fast-check): random transactions, random
 * forms; the transactions read are also checked against the ones generated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil, isoFromDay, civilFromDay } from '../src/cells/dates.js';
import { isSheetError } from '../src/cells/errors.js';
import { resolveColumns } from '../src/io/columns.js';
import { parseCsv } from '../src/io/csv.js';
import { readTransactions } from '../src/io/transactions.js';
import { runCli } from './support/cli.js';

interface Transaction {
  readonly customer: string;
  readonly day: number;
  /** The amount in cents (negative: a refund). */
  readonly cents: number;
}

/** Customer names holding what makes CSV hard: both delimiters, quotes, a line break, accents, spaces. */
const NAMES = ['Dupont, Jean', 'Müller; AG', 'Zoé "la Reine"', 'Line\nBreak', 'Élodie', 'A', 'b c', '0042', 'x,y;z"'];

const transactionArbitrary = fc.record({
  customer: fc.constantFrom(...NAMES),
  day: fc.integer({ min: dayFromCivil(2020, 1, 1), max: dayFromCivil(2024, 12, 31) }),
  cents: fc.integer({ min: -500_000, max: 250_000_000 }),
});

type LineEnd = '\r\n' | '\n' | '\r';

interface Form {
  /** english: ISO dates, "1,234.50"; us: 12/31/2024 dates (read with --date-format mdy), "$1,234.50"; french: 31/12/2024, 1 234,50. */
  readonly style: 'english' | 'us' | 'french';
  readonly end: LineEnd;
  readonly bom: boolean;
  /** The thousands separator of French amounts: a space or a no-break space. */
  readonly group: ' ' | '\u00a0';
}

const formArbitrary: fc.Arbitrary<Form> = fc.record({
  style: fc.constantFrom('english', 'us', 'french'),
  end: fc.constantFrom<LineEnd>('\r\n', '\n', '\r'),
  bom: fc.boolean(),
  group: fc.constantFrom<' ' | '\u00a0'>(' ', '\u00a0'),
});

/** 123456 cents with thousands grouped by `group` and `decimal` as the decimal mark: "1,234.56". */
function amountText(cents: number, group: string, decimal: string): string {
  const sign = cents < 0 ? '-' : '';
  const whole = String(Math.floor(Math.abs(cents) / 100));
  const fraction = String(Math.abs(cents) % 100).padStart(2, '0');
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${decimal}${fraction}`;
}

/** A field quoted as CSV does, doubling its quotes. */
const quoted = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** The transactions as one export would write them. */
function written(transactions: readonly Transaction[], form: Form): string {
  const lines: string[] = [];
  if (form.style === 'english') {
    lines.push('customer,date,amount');
    for (const { customer, day, cents } of transactions) {
      lines.push([quoted(customer), isoFromDay(day), quoted(amountText(cents, ',', '.'))].join(','));
    }
  } else if (form.style === 'us') {
    lines.push('customer,date,amount');
    for (const { customer, day, cents } of transactions) {
      const { year, month, day: d } = civilFromDay(day);
      const date = `${String(month).padStart(2, '0')}/${String(d).padStart(2, '0')}/${year}`;
      const amount = amountText(cents, ',', '.');
      lines.push([quoted(customer), date, quoted(amount.startsWith('-') ? `-$${amount.slice(1)}` : `$${amount}`)].join(','));
    }
  } else {
    lines.push('client;date;montant');
    for (const { customer, day, cents } of transactions) {
      const { year, month, day: d } = civilFromDay(day);
      const date = `${String(d).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
      const name = /[;"\r\n]/.test(customer) ? quoted(customer) : customer;
      lines.push([name, date, amountText(cents, form.group, ',')].join(';'));
    }
  }
  return `${form.bom ? '\uFEFF' : ''}${lines.join(form.end)}${form.end}`;
}

/** The transactions read back by the core, as plain lists. */
function readBack(text: string, form: Form): { customer: string[]; day: number[]; amount: number[] } {
  const csv = parseCsv(text);
  if (isSheetError(csv)) throw new Error(csv.message.en);
  const resolved = resolveColumns(csv, [
    { what: 'customer', reference: '1', kind: 'id' },
    { what: 'date', reference: '2', kind: 'date' },
    { what: 'amount', reference: '3', kind: 'number' },
  ]);
  if (isSheetError(resolved)) throw new Error(resolved.message.en);
  const read = readTransactions(resolved.table, { customer: 0, date: 1, value: { kind: 'amount', column: 2 } }, { dateOrder: form.style === 'us' ? 'mdy' : undefined });
  if (isSheetError(read)) throw new Error(read.message.en);
  const { customers, customerCode, day, amount } = read.transactions;
  return { customer: Array.from(customerCode, (code) => customers[code] ?? ''), day: Array.from(day), amount: Array.from(amount) };
}

describe('the same data in every form of CSV gives the same results', () => {
  it('reads back exactly the transactions written, in every form', () => {
    fc.assert(
      fc.property(fc.array(transactionArbitrary, { minLength: 1, maxLength: 25 }), formArbitrary, (transactions, form) => {
        expect(readBack(written(transactions, form), form)).toEqual({
          customer: transactions.map((t) => t.customer.trim()),
          day: transactions.map((t) => t.day),
          amount: transactions.map((t) => t.cents / 100),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same rfm and abc output whatever the form', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(transactionArbitrary, { minLength: 1, maxLength: 25 }), fc.array(formArbitrary, { minLength: 2, maxLength: 4 }), async (transactions, forms) => {
        const outputs = new Set<string>();
        for (const form of forms) {
          const files = { 'export.csv': written(transactions, form) };
          const dateFormat = form.style === 'us' ? ['--date-format', 'mdy'] : [];
          const rfm = await runCli(['rfm', 'export.csv', '--customer', '1', '--date', '2', '--amount', '3', '--as-of', '2025-01-01', ...dateFormat], files);
          const abc = await runCli(['abc', 'export.csv', '--item', '1', '--value', '3'], files);
          outputs.add(JSON.stringify([rfm.code, rfm.stdout, abc.code, abc.stdout]));
        }
        expect(outputs.size).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});
