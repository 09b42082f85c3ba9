/**
 * What the commands that read a transaction export share (rfm, clv, audit --transactions): the
 * column options, reading the file into coded transactions, and the note on rows without a customer.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import type { ColumnDecimals, DataTable } from '../io/columns.js';
import type { DayReader } from '../io/fields.js';
import type { TransactionFields } from '../io/transactions.js';
import type { DateOrder } from '../cells/dates.js';
import { aggregateCodedTransactions, TransactionAccumulator, type AggregateOptions, type CodedTransactions, type CustomerTable } from '../metrics/rfm/aggregate.js';
import { readTransactions, TransactionRows } from '../io/transactions.js';
import { createDayReader } from '../io/fields.js';
import { OrderRuns } from '../io/ids.js';
import { readInputInParts } from './parts.js';
import type { ParsedArgs } from './args.js';
import { badOption, column, dataFailure, decimalOption, noteReadings, noteSkippedLines, READING_HINTS, valueColumns, readInput, required, valueReferences, valueSource, type CliIo, type InputColumn, type InputTable } from './common.js';
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
export function dateFormatOption(args: ParsedArgs, command: string): DateOrder | undefined {
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
  const input = await readInput(args, io, command, language, transactionColumns(references));
  const read = readTransactions(input.table, transactionFields(input, references), { dateOrder, decimal, hints: READING_HINTS });
  if (isSheetError(read)) throw dataFailure(input.path, read);
  noteReadings(io, language, input.path, read.notes);
  noteSkippedLines(io, language, input.path, read.emptyCustomerLines, aCustomerId);
  return { input, transactions: read.transactions };
}

/** The columns of a transaction export the command asks for. */
function transactionColumns(references: TransactionReferences): InputColumn[] {
  return [
    { option: 'customer', reference: references.customer, kind: 'id' },
    { option: 'date', reference: references.date, kind: 'date' },
    ...valueColumns(references.values, 'amount'),
    ...(references.order === undefined ? [] : [{ option: 'order', reference: references.order, kind: 'id' } as const]),
  ];
}

function transactionFields(input: InputTable, references: TransactionReferences): TransactionFields {
  return {
    customer: column(input, 'customer'),
    date: column(input, 'date'),
    value: valueSource(input, references.values, 'amount'),
    order: references.order === undefined ? undefined : column(input, 'order'),
  };
}

/** How many skipped lines a note can name (and one more, to know there are more). */
const SKIPPED_LINES_KEPT = 6;

/**
 * Reads the command's input file into one row per customer (see `aggregateCodedTransactions`), noting
 * on the standard error the rows skipped for want of a customer id. A file is read in parts when the
 * outside world can (see `CliIo.readPieces`): only the customers' totals and the order ids are kept,
 * with the same table, notes and errors as the whole file read at once.
 * @throws CliFailure (exit 1) for an unreadable file, an unknown column, a bad date or amount, or a
 *   table that cannot be made (no purchase, an analysis date before the last purchase); (exit 2) for a
 *   bad reading option
 */
export async function readCustomerTable(
  args: ParsedArgs,
  io: CliIo,
  command: string,
  language: Language,
  references: TransactionReferences,
  options: AggregateOptions,
): Promise<{ readonly input: InputTable; readonly table: CustomerTable }> {
  const { readPieces } = io;
  if (readPieces === undefined || args.positionals[0] === '-') {
    const { input, transactions } = await readTransactionFile(args, io, command, language, references);
    const table = aggregateCodedTransactions(transactions, options);
    if (isSheetError(table)) throw dataFailure(input.path, table);
    return { input, table };
  }
  const dateOrder = dateFormatOption(args, command);
  const decimal = decimalOption(args, command);
  const numberOptions = 'amount' in references.values ? ['amount'] : ['quantity', 'price'];
  const readParts = (partsIo: CliIo & { readonly readPieces: typeof readPieces }, orderRuns: boolean) => readInputInParts(
    args,
    partsIo,
    command,
    language,
    { wanted: transactionColumns(references), dateOption: 'date', numberOptions, dateOrder, decimal, hints: READING_HINTS },
    (input) => {
      const rows = new TransactionRows(transactionFields(input, references), createDayReader(), {}, 0, SKIPPED_LINES_KEPT, orderRuns);
      const totals = new TransactionAccumulator(options.refunds !== 'drop', 1024, references.order === undefined ? undefined : orderRuns ? 'runs' : 1024);
      const sink = {
        add: (customer: number, day: number, amount: number, order: number) => {
          totals.add(customer, day, amount, order);
        },
      };
      return {
        rows,
        totals,
        use(readDay: DayReader, decimals: ColumnDecimals) {
          rows.readDay = readDay;
          rows.decimals = decimals;
        },
        read: (table: DataTable, from: number) => rows.read(table, from, sink),
        settle: () => {
          rows.settle();
        },
        abandoned: () => rows.orders instanceof OrderRuns && !rows.orders.sorted,
      };
    },
  );
  // Order ids are first counted by runs, keeping none (see `OrderRuns`); as soon as they do not run in
  // one direction, the file is read again from its start, keeping each order id.
  let read = readParts({ ...io, readPieces }, references.order !== undefined);
  if (read.abandoned === true) read = readParts({ ...io, readPieces }, false);
  const { input, notes, reader } = read;
  noteReadings(io, language, input.path, notes);
  noteSkippedLines(io, language, input.path, reader.rows.emptyCustomerLines, aCustomerId, reader.rows.emptyCustomers);
  const table = reader.totals.table(reader.rows.customers.allNames(), options);
  if (isSheetError(table)) throw dataFailure(input.path, table);
  return { input, table };
}
