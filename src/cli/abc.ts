/**
 * `promethee abc`: the ABC (Pareto) classification of the items of a CSV export, rows of the same
 * item summed first — the same kernel as the ABC_CLASS function.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import { formatCsvText } from '../io/csv.js';
import type { DecimalMark } from '../cells/numbers.js';
import type { ColumnDecimals, DataTable } from '../io/columns.js';
import type { DayReader } from '../io/fields.js';
import type { PlainLines } from '../io/plain-lines.js';
import { ItemRows, readItemTotals } from '../io/transactions.js';
import { rankAbc, type AbcRanking } from '../metrics/abc.js';
import { parseArgs, type ParsedArgs } from './args.js';
import {
  badOption,
  type CliIo,
  column,
  type InputColumn,
  type InputTable,
  dataFailure,
  decimalOption,
  firstFew,
  INPUT_FILE_HELP,
  INPUT_FLAGS,
  INPUT_OPTIONS,
  READING_HELP,
  note,
  noteReadings,
  noteSkippedLines,
  numberOption,
  READING_HINTS,
  readInput,
  required,
  showHelp,
  valueColumns,
  valueReferences,
  valueSource,
  writeOutput,
} from './common.js';
import { EXIT_CODES_HELP, EXIT_OK } from './failure.js';
import { readInputInParts } from './parts.js';
import { ATOMIC_OUTPUT_HELP, OUT_OPTION_HELP, OutputBytes, TEXT_MARK_HELP } from './output.js';
import { abcThresholdsOption, anItemId, itemsExcluded } from '../messages/cli.js';

const COMMAND = 'abc';

const OPTIONS = {
  values: ['item', 'value', 'quantity', 'price', 'a', 'b', ...INPUT_OPTIONS],
  flags: ['help', ...INPUT_FLAGS],
} as const;

/** The header of the output, fixed and in English whatever the language. */
export const ABC_OUTPUT_HEADER = 'item,value,share,cumulative_share,class';

/** Decimal places of the shares: enough for an item worth a millionth of the total to show. */
const SHARE_DECIMALS = 10;

/** `promethee abc --help`: French first, English below. */
export const ABC_HELP = `promethee abc FICHIER.csv --item COL (--value COL | --quantity COL --price COL) [options]

Classement ABC (Pareto) : articles triés par valeur décroissante. Règle du franchissement : un
article est A quand la part cumulée des articles classés avant lui est inférieure à a (l’article qui
franchit a est A, le plus grand l’est toujours), B quand elle est inférieure à b, C au-delà ; ex æquo
départagés par l’identifiant.
Les lignes d’un même article sont d’abord additionnées : un export de lignes de commande donne une
ligne par article. Les articles dont le total est ≤ 0 sont exclus du classement et signalés.
COL = nom de la colonne dans la ligne d’en-tête (sans tenir compte de la casse) ou son numéro à partir de 1.
  --item COL          identifiant de l’article (produit, client…) ; une ligne sans identifiant est ignorée
  --value COL         valeur (chiffre d’affaires, marge…) : 1234.5 ou 1 234,50
  --quantity COL --price COL
                      à la place de --value : valeur = quantité × prix unitaire
  --a 0.8             part cumulée que la classe A atteint (défaut 0.8 ; aussi 80 %)
  --b 0.95            part cumulée que les classes A et B atteignent (défaut 0.95)
${OUT_OPTION_HELP.fr}
  --delimiter comma|semicolon|tab|whitespace
                      séparateur (défaut : détecté sur la première ligne)
  --columns a,b,c     noms des colonnes d’un fichier sans ligne d’en-tête
${READING_HELP.fr}
  --language fr|en    langue des messages (défaut fr)
${INPUT_FILE_HELP.fr}
Sortie : CSV à virgules, décimales avec un point, valeurs arrondies au centime, parts entre 0 et 1
(10 décimales), en-tête fixe en anglais :
  ${ABC_OUTPUT_HEADER}
${TEXT_MARK_HELP.fr}
${ATOMIC_OUTPUT_HELP.fr}
Exemple : promethee abc lignes.csv --item produit --quantity qte --price prix_unitaire

ABC (Pareto) classification: items sorted by value, descending. The crossing rule: an item is A when
the cumulative share of the items ranked before it is below a (the item that crosses a is A, the
largest always is), B when it is below b, C beyond; ties broken by item id. Rows of the same item are
summed first: an export of order lines gives one row per item. Items whose total is ≤ 0 are left out of
the classification and reported.
COL = the column's name in the header line (case ignored) or its 1-based number.
  --item COL          item id (product, customer…); a row without one is skipped
  --value COL         value (revenue, margin…): 1234.5 or 1 234,50
  --quantity COL --price COL
                      instead of --value: value = quantity × unit price
  --a 0.8             cumulative share class A reaches (default 0.8; also 80 %)
  --b 0.95            cumulative share classes A and B reach (default 0.95)
${OUT_OPTION_HELP.en}
  --delimiter comma|semicolon|tab|whitespace
                      separator (default: detected from the first line)
  --columns a,b,c     column names of a file without a header line
${READING_HELP.en}
  --language fr|en    language of messages (default fr)
${INPUT_FILE_HELP.en}
Output: comma-separated CSV, '.' decimals, values rounded to cents, shares between 0 and 1 (10 decimals),
with the fixed English header above.
${TEXT_MARK_HELP.en}
${ATOMIC_OUTPUT_HELP.en}
Example: promethee abc order_lines.csv --item product --quantity qty --price unit_price

${EXIT_CODES_HELP}`;

/**
 * Runs `promethee abc`.
 * @param argv - the arguments after "abc"
 * @param io - the outside world
 * @param language - language of messages
 * @returns the exit code (0); failures are thrown as CliFailure
 */
export async function runAbc(argv: readonly string[], io: CliIo, language: Language): Promise<number> {
  const args = parseArgs(argv, OPTIONS, COMMAND);
  if (showHelp(args, io, ABC_HELP)) return EXIT_OK;
  const itemReference = required(args, 'item', COMMAND);
  const values = valueReferences(args, 'value', COMMAND);
  const a = numberOption(args, 'a', COMMAND) ?? 0.8;
  const b = numberOption(args, 'b', COMMAND) ?? 0.95;
  if (!(a > 0 && a < b && b <= 1)) {
    throw badOption(COMMAND, abcThresholdsOption(a, b));
  }

  const decimal = decimalOption(args, COMMAND);
  const wanted: InputColumn[] = [{ option: 'item', reference: itemReference, kind: 'id' }, ...valueColumns(values, 'value')];
  const { input, totals } = readItemFile(args, io, language, wanted, values, decimal) ?? (await readWholeItemFile(args, io, language, wanted, values, decimal));
  const result = rankAbc(totals.items, totals.values, { a, b });
  if (isSheetError(result)) throw dataFailure(input.path, result);
  if (result.excluded.length > 0) {
    const names = result.excluded.map((index) => totals.items[index] ?? '');
    note(io, language, itemsExcluded(names.length, firstFew(names)));
  }
  await writeOutput(args, io, abcCsv(result, totals.items, totals.values));
  return EXIT_OK;
}

/** The output CSV: the fixed header and one line per classified item. */
function abcCsv(result: AbcRanking, items: readonly string[], values: Float64Array): OutputBytes {
  const { order, cumulativeShare, classes, total } = result;
  // A line is some 45 bytes for an id of 7 characters: room for ids up to some 50.
  const out = new OutputBytes(LINE_BYTES * (order.length + 1));
  out.text(ABC_OUTPUT_HEADER);
  out.lineEnd();
  for (let position = 0; position < order.length; position++) {
    const i = order[position] ?? 0;
    const value = values[i] ?? 0;
    out.text(formatCsvText(items[i] ?? ''));
    out.comma();
    out.decimal(value, 2);
    out.comma();
    // The share as classifyAbc gives it: value ÷ total.
    out.decimal(value / total, SHARE_DECIMALS);
    out.comma();
    out.decimal(cumulativeShare[position] ?? 0, SHARE_DECIMALS);
    out.comma();
    out.text(ABC_CLASS_LETTERS[classes[position] ?? 2] ?? 'C');
    out.lineEnd();
  }
  return out;
}

const ABC_CLASS_LETTERS = ['A', 'B', 'C'] as const;
/** Bytes set aside per output line (see {@link abcCsv}). */
const LINE_BYTES = 96;

/** The item totals of the input file, and the file (for messages). */
interface ItemFile {
  readonly input: InputTable;
  readonly totals: { readonly items: string[]; readonly values: Float64Array };
}

/** Reads the whole file at once (the standard input, or an outside world that cannot read in parts). */
async function readWholeItemFile(args: ParsedArgs, io: CliIo, language: Language, wanted: readonly InputColumn[], values: ReturnType<typeof valueReferences>, decimal: DecimalMark | undefined): Promise<ItemFile> {
  const input = await readInput(args, io, COMMAND, language, wanted);
  const fields = { item: column(input, 'item'), value: valueSource(input, values, 'value') };
  const totals = readItemTotals(input.table, fields, { decimal, hints: READING_HINTS });
  if (isSheetError(totals)) throw dataFailure(input.path, totals);
  noteReadings(io, language, input.path, totals.notes);
  noteSkippedLines(io, language, input.path, totals.emptyItemLines, anItemId);
  return { input, totals };
}

/** How many skipped lines a note can name (and one more, to know there are more). */
const SKIPPED_LINES_KEPT = 6;
/**
 * Rows the tables of a file read in parts are first made for, its length being unknown: a million
 * rows, some 131,000 items without growing the tables (about 7 MB, which the system gives as it is
 * written: a small file uses little of it); beyond, they grow.
 */
const PARTS_EXPECTED_ROWS = 1 << 20;

/**
 * Reads a file in parts (see parts.ts), keeping one total per item: the same totals, notes and errors
 * as {@link readWholeItemFile}. Undefined when the file cannot be read so (the standard input).
 */
function readItemFile(args: ParsedArgs, io: CliIo, language: Language, wanted: readonly InputColumn[], values: ReturnType<typeof valueReferences>, decimal: DecimalMark | undefined): ItemFile | undefined {
  const { readPieces } = io;
  if (readPieces === undefined || args.positionals[0] === '-') return undefined;
  const numberOptions = 'amount' in values ? ['value'] : ['quantity', 'price'];
  const { input, notes, reader } = readInputInParts(args, { ...io, readPieces }, COMMAND, language, { wanted, numberOptions, decimal, hints: READING_HINTS }, (found) => {
    const rows = new ItemRows({ item: column(found, 'item'), value: valueSource(found, values, 'value') }, {}, PARTS_EXPECTED_ROWS, SKIPPED_LINES_KEPT);
    return {
      rows,
      use(_readDay: DayReader, decimals: ColumnDecimals) {
        rows.decimals = decimals;
      },
      read: (table: DataTable, from: number) => rows.read(table, from),
      readBytes: (bytes: Uint8Array, from: number, lines: PlainLines) => rows.readBytes(bytes, from, lines),
      settle: () => {
        rows.settle();
      },
    };
  });
  const totals = reader.rows.result();
  if (isSheetError(totals)) throw dataFailure(input.path, totals);
  noteReadings(io, language, input.path, notes);
  noteSkippedLines(io, language, input.path, reader.rows.emptyItemLines, anItemId, reader.rows.emptyItems);
  return { input, totals };
}
