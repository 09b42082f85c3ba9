/**
 * What the commands share: the outside world they talk to (an injected {@link CliIo}, so
 * tests run in-process), reading the input file into a table, the options common to both, and how
 * numbers are written.
 */
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import { displayText } from '../cells/display.js';
import { parseNumberText, type DecimalMark } from '../cells/numbers.js';
import { resolveColumns, type ColumnRequest, type DataTable, type HeaderChoice, type ValueSource } from '../io/columns.js';
import { DELIMITERS, parseCsv, type CsvTable, type Delimiter } from '../io/csv.js';
import { chooseEncoding, TEXT_ENCODINGS, type EncodingChoice, type TextEncoding } from '../io/encoding.js';
import type { ParsedArgs } from './args.js';
import { CliFailure, EXIT_DATA, EXIT_USAGE } from './failure.js';
import type { OutputBytes } from './output.js';
import { amountOrQuantityPrice, amountRequired, cannotAccess, choiceExpected, columnsExpected, columnsNotWithHeader, dateOrderHint, decimalExpected, decimalHint, delimiterExpected, diskFull, headerHint, headerOrNoHeader, inFile, invalidUtf8Options, isADirectory, languageExpected, missingCsvFile, noSuchFile, numberOptionExpected, oneFileExpected, optionRequired, outIsInput, permissionDenied, priceNeedsQuantity, quantityNeedsPrice, replacedBytes, seeUsage, skippedLines } from '../messages/cli.js';

/** The outside world of the command: text streams and whole files, nothing else. */
export interface CliIo {
  /** Writes to the standard output. */
  readonly stdout: (text: string) => void;
  /** Writes to the standard error. */
  readonly stderr: (text: string) => void;
  /** Reads a whole text file (`-` = the standard input); rejects with a Node-style error (`code`). */
  readonly readFile: (path: string) => Promise<string>;
  /**
   * Reads a whole file as bytes (`-` = the standard input), for the command to choose the encoding
   * (see `chooseEncoding`); when absent, {@link CliIo.readFile} gives the text.
   */
  readonly readBytes?: (path: string) => Promise<Uint8Array>;
  /**
   * Reads a file in pieces, in order, from its start at each call (not `-`): the commands that can
   * (rfm, abc) then read it part after part, keeping what they count but not the file. Optional:
   * without it, and for the standard input, the whole file is read. A piece may be reused for later
   * bytes once two more pieces were asked for: the reader copies what it keeps.
   */
  readonly readPieces?: (path: string) => Iterable<Uint8Array>;
  /**
   * Writes a whole text file, replacing it, all at once: an interrupted write leaves the previous file
   * as it was (Node's writes a temporary file in the same folder and renames it into place).
   */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /**
   * Writes a whole binary file (an .xlsx workbook, the bytes of a CSV output), all at once as
   * {@link CliIo.writeFile} does; without `overwrite`, rejects with code EEXIST when the file exists.
   * Optional: `audit` needs it; the CSV commands write their text with `writeFile` without it.
   */
  readonly writeBytes?: (path: string, data: Uint8Array, options: { readonly overwrite: boolean }) => Promise<void>;
  /** Writes bytes to the standard output (a CSV output; `--out -` for a workbook). Optional, as `writeBytes`. */
  readonly stdoutBytes?: (data: Uint8Array) => void;
  /**
   * True when a file exists at this path, so that a command that would refuse to replace it says so
   * before doing its work. Optional: without it, the refusal comes when the file is written.
   */
  readonly fileExists?: (path: string) => boolean;
  /** True when two paths name the same file (so that `--out` never overwrites the input). */
  readonly sameFile: (a: string, b: string) => boolean;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** The options of both commands that say how to read the file and in which language to talk. */
export const INPUT_OPTIONS = ['out', 'delimiter', 'columns', 'language', 'encoding', 'decimal'] as const;

/** Prints a note (something skipped, something worth knowing) on the standard error. */
export function note(io: CliIo, language: Language, text: LocalizedText): void {
  io.stderr(`promethee: ${displayText(text[language], MESSAGE_LENGTH)}\n`);
}

/**
 * The longest message printed, in characters: a line or two of a terminal. Messages quote the user's
 * file (column names, values): whatever it holds, a message stays short and free of control
 * characters (see `displayText`).
 */
export const MESSAGE_LENGTH = 600;

/**
 * Notes the rows skipped for want of an id: "data.csv: 2 row(s) without a customer id skipped (line(s) 4, 9)".
 * @param what - the missing id, as the sentence names it ("identifiant client" / "a customer id")
 */
export function noteSkippedLines(io: CliIo, language: Language, path: string, lines: readonly number[], what: LocalizedText, count = lines.length): void {
  if (count === 0) return;
  note(io, language, skippedLines(path, count, what, firstFew(lines, 5, count)));
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
export function badOption(command: string, message: LocalizedText): CliFailure;
/** The same, with the message's two texts (a message not yet an entry of src/messages). */
export function badOption(command: string, fr: string, en: string): CliFailure;
export function badOption(command: string, message: LocalizedText | string, en = ''): CliFailure {
  return new CliFailure(EXIT_USAGE, seeUsage(typeof message === 'string' ? { fr: message, en } : message, `promethee ${command} --help`));
}

/** The one input file of a command, or a usage failure when there is none or more than one. */
export function inputPath(args: ParsedArgs, command: string): string {
  const [path, extra] = args.positionals;
  if (path === undefined) throw badOption(command, missingCsvFile);
  if (extra !== undefined) throw badOption(command, oneFileExpected(extra));
  return path;
}

/** A required value option, or a usage failure naming it. */
export function required(args: ParsedArgs, name: string, command: string): string {
  const value = args.values.get(name);
  if (value === undefined) throw badOption(command, optionRequired(name));
  return value;
}

/** The value columns: `--<amountOption>` alone, or `--quantity` with `--price`. */
export function valueReferences(args: ParsedArgs, amountOption: string, command: string): { amount: string } | { quantity: string; price: string } {
  const amount = args.values.get(amountOption);
  const quantity = args.values.get('quantity');
  const price = args.values.get('price');
  if (amount !== undefined) {
    if (quantity !== undefined || price !== undefined) {
      throw badOption(command, amountOrQuantityPrice(amountOption));
    }
    return { amount };
  }
  if (quantity !== undefined && price !== undefined) return { quantity, price };
  if (quantity !== undefined) throw badOption(command, quantityNeedsPrice);
  if (price !== undefined) throw badOption(command, priceNeedsQuantity);
  throw badOption(command, amountRequired(amountOption));
}

/** The language of messages and segment names: `--language`, default French. */
export function languageOption(argv: readonly string[]): Language {
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    const value = arg === '--language' ? argv[k + 1] : arg.startsWith('--language=') ? arg.slice('--language='.length) : undefined;
    if (value !== undefined) {
      const wanted = value.trim().toLowerCase();
      if (wanted === 'fr' || wanted === 'en') return wanted;
      throw new CliFailure(EXIT_USAGE, languageExpected(value));
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
    throw badOption(command, delimiterExpected(DELIMITERS, value));
  }
  return found;
}

/** A number option such as `--a 0.8` (also "0,8" or "80 %"), when given. */
export function numberOption(args: ParsedArgs, name: string, command: string): number | undefined {
  const value = args.values.get(name);
  if (value === undefined) return undefined;
  const parsed = parseNumberText(value);
  if (parsed === null) throw badOption(command, numberOptionExpected(name, value));
  return parsed;
}

/** A choice option such as `--method rfm|ntile`, its default when absent. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T, command: string): T {
  const value = args.values.get(name);
  if (value === undefined) return fallback;
  const wanted = value.trim().toLowerCase();
  const found = choices.find((choice) => choice === wanted);
  if (found === undefined) {
    throw badOption(command, choiceExpected(name, choices, value));
  }
  return found;
}

/** The names `--decimal` accepts for each mark. */
const DECIMAL_MARKS: Readonly<Record<string, DecimalMark>> = { ',': ',', comma: ',', virgule: ',', '.': '.', dot: '.', point: '.' };

/** `--decimal , | .`, when given: the decimal mark of every number column of the file. */
export function decimalOption(args: ParsedArgs, command: string): DecimalMark | undefined {
  const value = args.values.get('decimal');
  if (value === undefined) return undefined;
  const mark = DECIMAL_MARKS[value.trim().toLowerCase()];
  if (mark === undefined) {
    throw badOption(command, decimalExpected(value));
  }
  return mark;
}

/** What the user can do about the reading decisions of the core, appended to their notes and errors. */
export const READING_HINTS = {
  dateOrder: dateOrderHint,
  decimal: decimalHint,
} as const;

/** Prints the notes of the core on how it read ambiguous columns, each prefixed by the file's name. */
export function noteReadings(io: CliIo, language: Language, path: string, notes: readonly { readonly text: LocalizedText }[]): void {
  for (const reading of notes) note(io, language, inFile(path, reading.text));
}

/** A failure about the data of a file: its message prefixed by the file's name. */
export function dataFailure(path: string, error: SheetError): CliFailure {
  return new CliFailure(EXIT_DATA, inFile(path, error.message));
}

/** The input file read and parsed, its header named, the columns asked for found. */
export interface InputTable {
  readonly path: string;
  readonly table: DataTable;
  /** 0-based index of each column asked for, by its option's name ("customer"). */
  readonly columns: ReadonlyMap<string, number>;
}

/** The options and flags that say how to read any input file (the commands add their own). */
export const INPUT_FLAGS = ['header', 'no-header'] as const;

/** The help of the reading options every command shares, French then English (one entry per line). */
export const READING_HELP = {
  fr: `  --header, --no-header
                      la première ligne est (ou n’est pas) la ligne d’en-tête ; défaut : elle l’est, sauf si
                      toutes les colonnes sont données par numéro et que sa date et ses nombres se lisent
                      comme tels (un message dit alors laquelle des deux lectures est faite)
  --encoding utf-8|windows-1252
                      encodage (défaut : UTF-8 s’il est valide, Windows-1252 s’il n’a aucun caractère
                      UTF-8 ; un fichier UTF-8 avec des octets Windows-1252 est refusé, lignes nommées)
  --decimal , | .     séparateur décimal des nombres (défaut : décidé par colonne, pour les nombres
                      comme 1,234 : 1,234.50, 12.50 ou $1,234 → point, 1 234,50 ou 12,5 → virgule ;
                      sans preuve, 1,234 se lit 1,234 et un message le dit)`,
  en: `  --header, --no-header
                      the first line is (or is not) the header line; default: it is, unless every column
                      is given by number and its date and numbers read as such (a message then says
                      which reading was taken)
  --encoding utf-8|windows-1252
                      encoding (default: UTF-8 when valid, Windows-1252 when it holds no UTF-8 character;
                      a UTF-8 file holding Windows-1252 bytes is refused, their lines named)
  --decimal , | .     decimal mark of numbers (default: decided per column, for numbers such as 1,234:
                      1,234.50, 12.50 or $1,234 → point, 1 234,50 or 12,5 → comma; without proof, 1,234
                      reads as 1.234 and a message says so)`,
} as const;

/** The help of `--date-format`, for the commands that read dates. */
export const DATE_FORMAT_HELP = {
  fr: `  --date-format dmy|mdy
                      ordre des dates comme 01/02/2024 (défaut : décidé par colonne : 31/12/2024 → jour
                      d’abord, 12/31/2024 → mois d’abord, les deux → refusé ; sans preuve, jour d’abord,
                      et un message le dit)`,
  en: `  --date-format dmy|mdy
                      order of dates such as 01/02/2024 (default: decided per column: 31/12/2024 → day
                      first, 12/31/2024 → month first, both → refused; without proof, day first, and a
                      message says so)`,
} as const;

/** What the help says of the input file, French then English. */
export const INPUT_FILE_HELP = {
  fr: `Entrée : FICHIER.csv, ou « - » pour l’entrée standard ; fins de ligne CRLF, LF ou CR ;
guillemets "…" autour des champs qui contiennent le séparateur : une ligne qui a plus de champs que
l’en-tête (un montant 12,50 sans guillemets dans un fichier à virgules) est refusée, ligne nommée.`,
  en: `Input: FILE.csv, or "-" for the standard input; CRLF, LF or CR line ends; fields holding the
separator in "…": a line with more fields than the header (an unquoted amount 12,50 in a comma file)
is refused, its line named.`,
} as const;

/** A column a command asks for: `--<option> COL`, and what it holds. */
export interface InputColumn {
  readonly option: string;
  readonly reference: string;
  readonly kind: ColumnRequest['kind'];
}

/** `--header` / `--no-header`, or detection when neither is given. */
function headerOption(args: ParsedArgs, command: string, names: readonly string[] | undefined): HeaderChoice {
  const present = args.flags.has('header');
  const absent = args.flags.has('no-header');
  if (present && absent) throw badOption(command, headerOrNoHeader);
  if (present && names !== undefined) {
    throw badOption(command, columnsNotWithHeader);
  }
  return present ? 'present' : absent ? 'absent' : 'detect';
}

/**
 * Reads the input file of a command and finds its columns: `--delimiter` or the detected one,
 * `--encoding`, `--columns` for a headerless file whose columns the user names, `--header` /
 * `--no-header`, or the header line detected (see `resolveColumns`, whose note is printed).
 * @param wanted - the columns the command needs
 * @throws CliFailure (exit 1) when the file cannot be read, has an unclosed quote, is empty or has no
 *   data line, or lacks a column; (exit 2) for a bad `--delimiter`, `--columns`, `--encoding` or header flags
 */
export async function readInput(args: ParsedArgs, io: CliIo, command: string, language: Language, wanted: readonly InputColumn[]): Promise<InputTable> {
  const { path, delimiter, names, header, encoding } = inputSettings(args, io, command);
  let text = '';
  let bytes: Uint8Array | undefined;
  try {
    if (io.readBytes) bytes = await io.readBytes(path);
    else text = await io.readFile(path);
  } catch (error) {
    throw new CliFailure(EXIT_DATA, fileProblem(path, error, 'lire', 'read'));
  }
  if (bytes !== undefined) text = decodeInput(bytes, encoding, path, io, language);
  const csv = parseCsv(text, { delimiter });
  if (isSheetError(csv)) throw dataFailure(path, csv);
  return resolveInput(csv, path, wanted, { names, header }, io, language);
}

/** How the options say to read the input file, checked before it is read. */
export interface InputSettings {
  readonly path: string;
  readonly delimiter: Delimiter | undefined;
  /** `--columns`: the names of a headerless file's columns. */
  readonly names: string[] | undefined;
  readonly header: HeaderChoice;
  /** `--encoding`, undefined for the rule of `chooseEncoding`. */
  readonly encoding: TextEncoding | undefined;
}

/**
 * The reading options of {@link readInput}, checked.
 * @throws CliFailure (exit 2) for a bad `--delimiter`, `--columns`, `--encoding` or header flags, or
 *   `--out` naming the input file
 */
export function inputSettings(args: ParsedArgs, io: CliIo, command: string): InputSettings {
  const path = inputPath(args, command);
  const delimiter = delimiterOption(args, command);
  const columnsValue = args.values.get('columns');
  const names = columnsValue?.split(',').map((name) => name.trim());
  if (names?.some((name) => name === '')) {
    throw badOption(command, columnsExpected(columnsValue ?? ''));
  }
  const header = headerOption(args, command, names);
  const out = args.values.get('out');
  if (out !== undefined && io.sameFile(out, path)) {
    throw badOption(command, outIsInput(out));
  }
  const encoding = choiceOption<TextEncoding | 'auto'>(args, 'encoding', [...TEXT_ENCODINGS, 'auto'], 'auto', command);
  return { path, delimiter, names, header, encoding: encoding === 'auto' ? undefined : encoding };
}

/**
 * Names the columns of the parsed file (or of its first part) and finds those asked for, printing the
 * note on a detected header line.
 * @throws CliFailure (exit 1) for an empty file, a file without data line, a column not found
 */
export function resolveInput(
  csv: CsvTable,
  path: string,
  wanted: readonly InputColumn[],
  settings: { readonly names: string[] | undefined; readonly header: HeaderChoice },
  io: CliIo,
  language: Language,
): InputTable {
  const requests = wanted.map((column) => ({ what: `--${column.option}`, reference: column.reference, kind: column.kind }));
  const resolved = resolveColumns(csv, requests, { columnNames: settings.names, header: settings.header });
  if (isSheetError(resolved)) throw dataFailure(path, resolved);
  if (resolved.note) {
    note(io, language, inFile(path, { fr: `${resolved.note.text.fr}${headerHint.fr}`, en: `${resolved.note.text.en}${headerHint.en}` }));
  }
  const columns = new Map<string, number>();
  wanted.forEach((column, k) => columns.set(column.option, resolved.columns[k] ?? 0));
  return { path, table: resolved.table, columns };
}

/**
 * The text of a file's bytes in the encoding `chooseEncoding` gives (a BOM is left for the CSV reader
 * to drop); a note lists the lines of the bytes a forced UTF-8 reading replaced.
 * @throws CliFailure (exit 1) for a UTF-8 file holding bytes invalid in UTF-8, saying which options read it anyway
 */
function decodeInput(bytes: Uint8Array, forced: TextEncoding | undefined, path: string, io: CliIo, language: Language): string {
  const choice = chooseEncoding(bytes, forced);
  return new TextDecoder(checkedEncoding(choice, path, io, language), { ignoreBOM: true }).decode(bytes);
}

/**
 * The encoding chosen for the input file; a note lists the lines of the bytes a forced UTF-8 reading
 * replaced.
 * @throws CliFailure (exit 1) for a UTF-8 file holding bytes invalid in UTF-8, saying which options read it anyway
 */
export function checkedEncoding(choice: EncodingChoice | SheetError, path: string, io: CliIo, language: Language): TextEncoding {
  if (isSheetError(choice)) {
    throw new CliFailure(EXIT_DATA, invalidUtf8Options(path, choice.message));
  }
  if (choice.replacedLines.length > 0) {
    note(io, language, replacedBytes(path, firstFew(choice.replacedLines)));
  }
  return choice.encoding;
}

/** The 0-based index of the column of `--<option>`, found by {@link readInput}. */
export function column(input: InputTable, option: string): number {
  const index = input.columns.get(option);
  if (index === undefined) throw new Error(`column --${option} was not asked of readInput`);
  return index;
}

/** The columns of a value: `--<amountOption>`, or `--quantity` and `--price`. */
export function valueColumns(references: { amount: string } | { quantity: string; price: string }, amountOption: string): InputColumn[] {
  if ('amount' in references) return [{ option: amountOption, reference: references.amount, kind: 'number' }];
  return [
    { option: 'quantity', reference: references.quantity, kind: 'number' },
    { option: 'price', reference: references.price, kind: 'number' },
  ];
}

/** The value source from `--<amountOption>` or `--quantity` × `--price`. */
export function valueSource(input: InputTable, references: { amount: string } | { quantity: string; price: string }, amountOption: string): ValueSource {
  if ('amount' in references) return { kind: 'amount', column: column(input, amountOption) };
  return { kind: 'quantityTimesPrice', quantity: column(input, 'quantity'), price: column(input, 'price') };
}

/**
 * Writes the result to `--out`, else (or for `--out -`) to the standard output. The file is written
 * all at once (see {@link CliIo.writeFile}): an interrupted command leaves the previous file intact.
 * The bytes go as they are where the outside world takes bytes, else as their text.
 */
export async function writeOutput(args: ParsedArgs, io: CliIo, output: OutputBytes): Promise<void> {
  const out = args.values.get('out');
  if (out === undefined || out === '-') {
    if (io.stdoutBytes === undefined) io.stdout(output.toString());
    else io.stdoutBytes(output.bytes());
    return;
  }
  try {
    if (io.writeBytes === undefined) await io.writeFile(out, output.toString());
    else await io.writeBytes(out, output.bytes(), { overwrite: true });
  } catch (error) {
    throw new CliFailure(EXIT_DATA, fileProblem(out, error, 'écrire', 'write'));
  }
}

/** "cannot read data.csv: no such file", from a Node file-system error. */
export function fileProblem(path: string, error: unknown, verbFr: string, verbEn: string): LocalizedText {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, LocalizedText> = {
    ENOENT: noSuchFile,
    EISDIR: isADirectory,
    EACCES: permissionDenied,
    ENOSPC: diskFull,
  };
  const reason = reasons[code] ?? { fr: String(error instanceof Error ? error.message : error), en: String(error instanceof Error ? error.message : error) };
  // "d'écrire", "de lire": French elides "de" before a vowel.
  const of = /^[aeiouyéèêh]/i.test(verbFr) ? 'd’' : 'de ';
  return cannotAccess(of, verbFr, verbEn, path, reason);
}

/**
 * A number as CSV output writes it: '.' decimals, no thousands separator, rounded to `decimals`
 * places, trailing zeros dropped, never "-0". From 10²¹ on, `toFixed` writes the number with an
 * exponent ("1e+30"), kept as it is: a spreadsheet reads it as the same number.
 * @param value - a finite number
 * @param decimals - places to keep
 * @returns the text
 * @example formatDecimal(1234.5, 2) // "1234.5"
 * @example formatDecimal(0.30000000000000004, 2) // "0.3"
 * @example formatDecimal(1e30, 2) // "1e+30"
 */
export function formatDecimal(value: number, decimals: number): string {
  let text = value.toFixed(decimals);
  // Only the zeros after a decimal dot are dropped: those of an exponent ("1e+30") are digits.
  if (decimals > 0 && !text.includes('e')) {
    let end = text.length;
    while (text.charCodeAt(end - 1) === 0x30) end--; // trailing zeros
    if (text.charCodeAt(end - 1) === 0x2e) end--; // and the dot they leave
    text = text.slice(0, end);
  }
  return text === '-0' ? '0' : text;
}

/** "5, 9, 12, 20, 31, …": the first few of a list, for a one-line note. */
export function firstFew(list: readonly (string | number)[], count = 5, total = list.length): string {
  const shown = list.slice(0, count).map(String).join(', ');
  return total > count ? `${shown}, …` : shown;
}
