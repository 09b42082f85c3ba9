/**
 * What the commands share: the outside world they talk to (an injected {@link CliIo}, so
 * tests run in-process), reading the input file into a table, the options common to both, and how
 * numbers are written.
 */
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import { dayFromText } from '../cells/dates.js';
import { parseNumberText } from '../cells/numbers.js';
import { dataTable, resolveColumn, type DataTable, type ValueSource } from '../io/columns.js';
import { DELIMITERS, parseCsv, type Delimiter } from '../io/csv.js';
import { numberFromField } from '../io/fields.js';
import type { ParsedArgs } from './args.js';
import { CliFailure, EXIT_DATA, EXIT_USAGE } from './failure.js';

/** The outside world of the command: text streams and whole files, nothing else. */
export interface CliIo {
  /** Writes to the standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to the standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a whole text file (`-` = the standard input); rejects with a Node-style error (`code`). */
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a whole text file. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /**
   * Writes a whole binary file (an .xlsx workbook); without `overwrite`, rejects with code EEXIST when
   * the file exists. Optional: only the commands that write workbooks need it.
   */
  readonly writeBytes?: (path: string, data: Uint8Array, options: { readonly overwrite: boolean }) => Promise<void>;
  /** True when two paths name the same file (so that `--out` never overwrites the input). */
  readonly sameFile: (a: string, b: string) => boolean;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** The options of both commands that say how to read the file and in which language to talk. */
export const INPUT_OPTIONS = ['out', 'delimiter', 'columns', 'language'] as const;

/** Prints a note (something skipped, something worth knowing) on the standard error. */
export function note(io: CliIo, language: Language, text: LocalizedText): void {
  io.stderr(`promethee: ${text[language]}\n`);
}

/**
 * Notes the rows skipped for want of an id: "data.csv: 2 row(s) without a customer id skipped (line(s) 4, 9)".
 * @param what - the missing id, as the sentence names it ("identifiant client" / "a customer id")
 */
export function noteSkippedLines(io: CliIo, language: Language, path: string, lines: readonly number[], what: LocalizedText): void {
  if (lines.length === 0) return;
  note(io, language, {
    fr: `${path} : ${lines.length} ligne(s) sans ${what.fr} ignorée(s) (ligne(s) ${firstFew(lines)})`,
    en: `${path}: ${lines.length} row(s) without ${what.en} skipped (line(s) ${firstFew(lines)})`,
  });
}

/**
 * Prints the command's help when `--help` is given.
 * @returns true when it did: the command then stops, with exit code 0
 */
export function showHelp(args: ParsedArgs, io: CliIo, help: string): boolean {
  if (!args.flags.has('help')) return false;
  io.stdout(help);
  return true;
}

/** The usage failure for a wrong option value, with the command's help to see. */
export function badOption(command: string, fr: string, en: string): CliFailure {
  return new CliFailure(EXIT_USAGE, { fr: `${fr} (voir promethee ${command} --help)`, en: `${en} (see promethee ${command} --help)` });
}

/** The one input file of a command, or a usage failure when there is none or more than one. */
export function inputPath(args: ParsedArgs, command: string): string {
  const [path, extra] = args.positionals;
  if (path === undefined) throw badOption(command, 'fichier CSV manquant', 'missing CSV file');
  if (extra !== undefined) throw badOption(command, `un seul fichier attendu (reçu aussi « ${extra} »)`, `one file expected (also got "${extra}")`);
  return path;
}

/** A required value option, or a usage failure naming it. */
export function required(args: ParsedArgs, name: string, command: string): string {
  const value = args.values.get(name);
  if (value === undefined) throw badOption(command, `option --${name} obligatoire`, `option --${name} is required`);
  return value;
}

/** The value columns: `--<amountOption>` alone, or `--quantity` with `--price`. */
export function valueReferences(args: ParsedArgs, amountOption: string, command: string): { amount: string } | { quantity: string; price: string } {
  const amount = args.values.get(amountOption);
  const quantity = args.values.get('quantity');
  const price = args.values.get('price');
  if (amount !== undefined) {
    if (quantity !== undefined || price !== undefined) {
      throw badOption(command, `--${amountOption} ou bien --quantity et --price, pas les deux`, `--${amountOption} or else --quantity and --price, not both`);
    }
    return { amount };
  }
  if (quantity !== undefined && price !== undefined) return { quantity, price };
  if (quantity !== undefined) throw badOption(command, '--quantity va avec --price', '--quantity goes with --price');
  if (price !== undefined) throw badOption(command, '--price va avec --quantity', '--price goes with --quantity');
  throw badOption(command, `option --${amountOption} (ou --quantity et --price) obligatoire`, `option --${amountOption} (or --quantity and --price) is required`);
}

/** The language of messages and segment names: `--language`, default French. */
export function languageOption(argv: readonly string[]): Language {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    const value = arg === '--language' ? argv[k + 1] : arg.startsWith('--language=') ? arg.slice('--language='.length) : undefined;
    if (value !== undefined) {
      const wanted = value.trim().toLowerCase();
      if (wanted === 'fr' || wanted === 'en') return wanted;
      throw new CliFailure(EXIT_USAGE, { fr: `--language : fr ou en attendu (reçu « ${value} »)`, en: `--language: fr or en expected (got "${value}")` });
    }
  }
  return 'fr';
}

/** `--delimiter`, when given. */
function delimiterOption(args: ParsedArgs, command: string): Delimiter | undefined {
  const value = args.values.get('delimiter');
  if (value === undefined) return undefined;
  const wanted = value.trim().toLowerCase();
  const found = DELIMITERS.find((name) => name === wanted);
  if (found === undefined) {
    throw badOption(command, `--delimiter : ${DELIMITERS.join(', ')} attendu (reçu « ${value} »)`, `--delimiter: ${DELIMITERS.join(', ')} expected (got "${value}")`);
  }
  return found;
}

/** A number option such as `--a 0.8` (also "0,8" or "80 %"), when given. */
export function numberOption(args: ParsedArgs, name: string, command: string): number | undefined {
  const value = args.values.get(name);
  if (value === undefined) return undefined;
  const parsed = parseNumberText(value);
  if (parsed === null) throw badOption(command, `--${name} : nombre attendu (reçu « ${value} »)`, `--${name}: a number is expected (got "${value}")`);
  return parsed;
}

/** A choice option such as `--method rfm|ntile`, its default when absent. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T, command: string): T {
  const value = args.values.get(name);
  if (value === undefined) return fallback;
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted);
  if (found === undefined) {
    throw badOption(command, `--${name} : ${choices.join(' ou ')} attendu (reçu « ${value} »)`, `--${name}: ${choices.join(' or ')} expected (got "${value}")`);
  }
  return found;
}

/** A failure about the data of a file: its message prefixed by the file's name. */
export function dataFailure(path: string, error: SheetError): CliFailure {
  return new CliFailure(EXIT_DATA, { fr: `${path} : ${error.message.fr}`, en: `${path}: ${error.message.en}` });
}

/** The input file read and parsed, its header named. */
export interface InputTable {
  readonly path: string;
  readonly table: DataTable;
}

/**
 * Reads the input file of a command: `--delimiter` or the detected one, `--columns` for a headerless
 * file.
 * @throws CliFailure (exit 1) when the file cannot be read, has an unclosed quote, is empty or has no
 *   data line; (exit 2) for a bad `--delimiter` or `--columns`
 */
export async function readInput(args: ParsedArgs, io: CliIo, command: string): Promise<InputTable> {
  const path = inputPath(args, command);
  const delimiter = delimiterOption(args, command);
  const columnsValue = args.values.get('columns');
  const names = columnsValue?.split(',').map((name) => name.trim());
  if (names?.some((name) => name === '')) {
    throw badOption(command, `--columns : noms séparés par des virgules, sans nom vide (reçu « ${columnsValue ?? ''} »)`, `--columns: comma-separated names, none empty (got "${columnsValue ?? ''}")`);
  }
  const out = args.values.get('out');
  if (out !== undefined && io.sameFile(out, path)) {
    throw badOption(command, `--out : ${out} est le fichier d’entrée, il serait écrasé`, `--out: ${out} is the input file, it would be overwritten`);
  }
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new CliFailure(EXIT_DATA, fileProblem(path, error, 'lire', 'read'));
  }
  const csv = parseCsv(text, { delimiter });
  if (isSheetError(csv)) throw dataFailure(path, csv);
  const table = dataTable(csv, names);
  if (isSheetError(table)) throw dataFailure(path, table);
  // A "header line" made only of numbers and dates is the first transaction of a headerless file:
  // reading on would take its values for column names (and "--customer 2" for a column named "2").
  if (names === undefined && table.header.every((name) => name !== '' && (numberFromField(name) !== null || dayFromText(name) !== null))) {
    const line = table.header.join(' ');
    throw new CliFailure(EXIT_DATA, {
      fr: `${path} : la première ligne (${line}) ressemble à des données, pas à des noms de colonnes : pour un fichier sans ligne d’en-tête, nommez les colonnes avec --columns a,b,c`,
      en: `${path}: the first line (${line}) looks like data, not column names: for a file without a header line, name the columns with --columns a,b,c`,
    });
  }
  return { path, table };
}

/** The 0-based index of the column a `--<option>` names, or a data failure listing the columns. */
export function column(input: InputTable, reference: string, option: string): number {
  const index = resolveColumn(input.table.header, reference, `--${option}`);
  if (isSheetError(index)) throw dataFailure(input.path, index);
  return index;
}

/** The value source from `--<amountOption>` or `--quantity` × `--price`. */
export function valueSource(input: InputTable, references: { amount: string } | { quantity: string; price: string }, amountOption: string): ValueSource {
  if ('amount' in references) return { kind: 'amount', column: column(input, references.amount, amountOption) };
  return { kind: 'quantityTimesPrice', quantity: column(input, references.quantity, 'quantity'), price: column(input, references.price, 'price') };
}

/** Writes the result to `--out`, else to the standard output. */
export async function writeOutput(args: ParsedArgs, io: CliIo, text: string): Promise<void> {
  const out = args.values.get('out');
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw new CliFailure(EXIT_DATA, fileProblem(out, error, 'écrire', 'write'));
  }
}

/** "cannot read data.csv: no such file", from a Node file-system error. */
export function fileProblem(path: string, error: unknown, verbFr: string, verbEn: string): LocalizedText {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, LocalizedText> = {
    ENOENT: { fr: 'fichier ou dossier introuvable', en: 'no such file or directory' },
    EISDIR: { fr: "c’est un dossier", en: 'it is a directory' },
    EACCES: { fr: 'permission refusée', en: 'permission denied' },
  };
  const reason = reasons[code] ?? { fr: String(error instanceof Error ? error.message : error), en: String(error instanceof Error ? error.message : error) };
  // "d'écrire", "de lire": French elides "de" before a vowel.
  const of = /^[aeiouyéèêh]/i.test(verbFr) ? 'd’' : 'de ';
  return { fr: `impossible ${of}${verbFr} ${path} : ${reason.fr}`, en: `cannot ${verbEn} ${path}: ${reason.en}` };
}

/**
 * A number as CSV output writes it: '.' decimals, no thousands separator, rounded to `decimals`
 * places, trailing zeros dropped, never "-0".
 * @param value - a finite number
 * @param decimals - places to keep
 * @returns the text
 * @example formatDecimal(1234.5, 2) // "1234.5"
 * @example formatDecimal(0.30000000000000004, 2) // "0.3"
 */
export function formatDecimal(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  if (decimals > 0) {
    let end = text.length;
    while (text.charCodeAt(end - 1) === 0x30) end--; // trailing zeros
    if (text.charCodeAt(end - 1) === 0x2e) end--; // and the dot they leave
    text = text.slice(0, end);
  }
  return text === '-0' ? '0' : text;
}

/** "5, 9, 12, 20, 31, …": the first few of a list, for a one-line note. */
export function firstFew(list: readonly (string | number)[], count = 5): string {
  const shown = list.slice(0, count).map(String).join(', ');
  return list.length > count ? `${shown}, …` : shown;
}
