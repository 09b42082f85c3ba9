/**
 * `promethee audit --only portfolio --transactions FILE.csv --category COL [--cost COL | --margin COL]`:
 * the portfolio analysis's transactions read from the export, with the rfm command's reading options.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import { excelSerialFromDay } from '../cells/dates.js';
import { readCategoryTransactions } from '../io/category-transactions.js';
import { aCategory, aCustomerId, categoryForPortfolio, costOrMargin, tooManyTransactionsForPortfolio } from '../messages/cli.js';
import { portfolioData, type PortfolioData } from '../plans/strategy/portfolio.js';
import { MAX_PORTFOLIO_TRANSACTIONS } from '../workbook/portfolio-selection.js';
import type { ParsedArgs } from './args.js';
import { badOption, column, dataFailure, decimalOption, noteReadings, noteSkippedLines, READING_HINTS, readInput, valueColumns, valueSource, type CliIo, type InputColumn } from './common.js';
import { CliFailure, EXIT_DATA } from './failure.js';
import { dateFormatOption, transactionReferences } from './transactions.js';

/** The options of the portfolio's columns, besides those of every transaction export. */
export const PORTFOLIO_COLUMN_OPTIONS = ['category', 'cost', 'margin'] as const;

/**
 * Reads the transactions file for the portfolio analysis.
 * @param args - the command's arguments, the file as its one positional
 * @throws CliFailure (exit 2) without --category or with both --cost and --margin; (exit 1) for an
 *   unreadable file, a missing column, a bad date, amount or cost, or more than
 *   {@link MAX_PORTFOLIO_TRANSACTIONS} transactions
 */
export async function readPortfolioFile(args: ParsedArgs, io: CliIo, command: string, language: Language): Promise<PortfolioData> {
  const references = transactionReferences(args, command);
  const category = args.values.get('category');
  if (category === undefined) throw badOption(command, categoryForPortfolio);
  const cost = args.values.get('cost');
  const margin = args.values.get('margin');
  if (cost !== undefined && margin !== undefined) throw badOption(command, costOrMargin);
  const costColumn = cost ?? margin;
  const wanted: InputColumn[] = [
    { option: 'customer', reference: references.customer, kind: 'id' },
    { option: 'date', reference: references.date, kind: 'date' },
    ...valueColumns(references.values, 'amount'),
    { option: 'category', reference: category, kind: 'id' },
    ...(costColumn === undefined ? [] : [{ option: 'cost', reference: costColumn, kind: 'number' } as const]),
  ];
  const options = { dateOrder: dateFormatOption(args, command), decimal: decimalOption(args, command), hints: READING_HINTS };
  const input = await readInput(args, io, command, language, wanted);
  const read = readCategoryTransactions(
    input.table,
    {
      customer: column(input, 'customer'),
      date: column(input, 'date'),
      value: valueSource(input, references.values, 'amount'),
      category: column(input, 'category'),
      cost: costColumn === undefined ? undefined : { column: column(input, 'cost'), kind: margin === undefined ? 'cost' : 'margin' },
    },
    options,
  );
  if (isSheetError(read)) throw dataFailure(input.path, read);
  noteReadings(io, language, input.path, read.notes);
  noteSkippedLines(io, language, input.path, read.emptyCustomerLines, aCustomerId);
  noteSkippedLines(io, language, input.path, read.emptyCategoryLines, aCategory);
  const count = read.transactions.length;
  if (count > MAX_PORTFOLIO_TRANSACTIONS) {
    const both = (value: number) => ({ fr: value.toLocaleString('fr-FR'), en: value.toLocaleString('en-US') });
    throw new CliFailure(EXIT_DATA, tooManyTransactionsForPortfolio(input.path, both(count), both(MAX_PORTFOLIO_TRANSACTIONS)));
  }
  return portfolioData(read.transactions.map((row) => ({ date: excelSerialFromDay(row.day), customer: row.customer, category: row.category, amount: row.amount, cost: row.cost })));
}
