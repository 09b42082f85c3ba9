/**
 * What the commands that read a transaction export share (rfm, clv, audit --transactions): the
 * column options, reading the file into coded transactions, and the note on rows without a customer.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import type { DateOrder } from '../cells/dates.js';
import type { CodedTransactions } from '../metrics/rfm/aggregate.js';
import { readTransactions } from '../io/transactions.js';
import type { ParsedArgs } from './args.js';
import { badOption, column, dataFailure, decimalOption, noteReadings, noteSkippedLines, READING_HINTS, valueColumns, readInput, required, valueReferences, valueSource, type CliIo, type InputTable } from './common.js';
import { aCustomerId, dateFormatExpected } from '../messages/cli.js';

/**
 * The column options of a transaction export, and how to read its dates (`--order` is added by the
 * commands that count orders).
 */
export const TRANSACTION_COLUMN_OPTIONS = ['customer', 'date', 'amount', 'quantity', 'price', 'date-format'] as const;

/** The names `--date-format` accepts for each order. */
const DATE_FORMATS: Readonly<Record<string, DateOrder>> = {
  dmy: 'dmy',
  'dd/mm/yyyy': 'dmy',
  'jj/mm/aaaa': 'dmy',
  mdy: 'mdy',
  'mm/dd/yyyy': 'mdy',
  'mm/jj/aaaa': 'mdy',
};

/** `--date-format dmy|mdy`, when given. */
function dateFormatOption(args: ParsedArgs, command: string): DateOrder | undefined {
  const value = args.values.get('date-format');
  if (value === undefined) return undefined;
  const order = DATE_FORMATS[value.trim().toLowerCase()];
  if (order === undefined) {
    throw badOption(command, dateFormatExpected(value));
  }
  return order;
}



/** The columns the command line names, as given (names or 1-based numbers), before the file is read. */
export interface TransactionReferences {
  readonly customer: string;
  readonly date: string;
  readonly values: { amount: string } | { quantity: string; price: string };
  readonly order: string | undefined;
}

/**
 * The column options of a transaction export: `--customer`, `--date`, `--amount` (or `--quantity`
 * with `--price`), and `--order` when the command takes it.
 * @throws CliFailure (exit 2) for a missing or contradictory option
 */
export function transactionReferences(args: ParsedArgs, command: string): TransactionReferences {
  const customer = required(args, 'customer', command);
  const date = required(args, 'date', command);
  const values = valueReferences(args, 'amount', command);
  return { customer, date, values, order: args.values.get('order') };
}

/** The transactions of a file, and the file they came from (for the messages). */
export interface TransactionFile {
  readonly input: InputTable;
  readonly transactions: CodedTransactions;
}

/**
 * Reads the command's input file into coded transactions, noting on the standard error the rows
 * skipped for want of a customer id.
 * @throws CliFailure (exit 1) for an unreadable file, an unknown column or a bad date or amount;
 *   (exit 2) for a bad reading option
 */
export async function readTransactionFile(args: ParsedArgs, io: CliIo, command: string, language: Language, references: TransactionReferences): Promise<TransactionFile> {
  const dateOrder = dateFormatOption(args, command);
  const decimal = decimalOption(args, command);
  const input = await readInput(args, io, command, language, [
    { option: 'customer', reference: references.customer, kind: 'id' },
    { option: 'date', reference: references.date, kind: 'date' },
    ...valueColumns(references.values, 'amount'),
    ...(references.order === undefined ? [] : [{ option: 'order', reference: references.order, kind: 'id' } as const]),
  ]);
  const read = readTransactions(
    input.table,
    {
      customer: column(input, 'customer'),
      date: column(input, 'date'),
      value: valueSource(input, references.values, 'amount'),
      order: references.order === undefined ? undefined : column(input, 'order'),
    },
    { dateOrder, decimal, hints: READING_HINTS },
  );
  if (isSheetError(read)) throw dataFailure(input.path, read);
  noteReadings(io, language, input.path, read.notes);
  noteSkippedLines(io, language, input.path, read.emptyCustomerLines, aCustomerId);
  return { input, transactions: read.transactions };
}
