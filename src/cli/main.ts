#!/usr/bin/env node
/**
 * The `promethee` command: RFM and ABC over CSV exports, with the same core as the spreadsheet
 * functions. `main` takes its outside world as an argument (tests run it in-process); the lines at the
 * bottom wire it to Node when this file is the program being run.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { displayText } from '../cells/display.js';
import type { Language } from '../cells/errors.js';
import { writeFileAtomically } from './atomic.js';
import { parseArgs } from './args.js';
import { languageOption, MESSAGE_LENGTH, type CliIo } from './common.js';
import { CliFailure, EXIT_CODES_HELP, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE } from './failure.js';
import { unknownCommand } from '../messages/cli.js';

/** `promethee --help`: French first, English below. */
export const MAIN_HELP = `promethee — audit commercial et marketing : segmentations RFM et ABC, valeur client et classeur d’audit à partir d’exports CSV

Usage :
  promethee rfm FICHIER.csv --customer COL --date COL --amount COL [options]   une ligne par client, notes et segment RFM
  promethee abc FICHIER.csv --item COL --value COL [options]                   classement ABC (Pareto) des articles
  promethee clv FICHIER.csv --customer COL --date COL --amount COL [options]   valeur client probabiliste (BG/NBD + Gamma-Gamma)
  promethee audit --out AUDIT.xlsx [--transactions FICHIER.csv …]              le classeur d’audit (.xlsx)
  promethee COMMANDE --help      aide d’une commande (toutes ses options)
  promethee --version            version
Le résultat est un CSV (virgules, décimales avec un point) sur la sortie standard ou dans --out FICHIER ;
--out est écrit d’un coup (fichier temporaire du même dossier renommé une fois complet : interrompue,
la commande laisse l’ancien fichier intact), jamais par-dessus le fichier d’entrée ; --out - = sortie standard.
Les aides sont en français puis en anglais ; --language fr|en choisit la langue des messages et des
segments (défaut fr).

promethee — commercial and marketing audit: RFM and ABC segmentations, customer value and the audit workbook from CSV exports

Usage:
  promethee rfm FILE.csv --customer COL --date COL --amount COL [options]   one row per customer, RFM scores and segment
  promethee abc FILE.csv --item COL --value COL [options]                   ABC (Pareto) classification of items
  promethee clv FILE.csv --customer COL --date COL --amount COL [options]   probabilistic customer value (BG/NBD + Gamma-Gamma)
  promethee audit --out AUDIT.xlsx [--transactions FILE.csv …]              the audit workbook (.xlsx)
  promethee COMMAND --help       help of a command (all its options)
  promethee --version            version
The result is a CSV (commas, '.' decimals) on standard output or in --out FILE; --out is written all
at once (a temporary file in the same folder, renamed when complete: interrupted, the command leaves
the previous file intact), never over the input file; --out - = standard output.
Help is in French, then English; --language fr|en chooses the language of messages and segment names
(default fr).

${EXIT_CODES_HELP}`;

/**
 * Runs the command line and returns the exit code. Never throws: a failure the user can act on prints
 * its one-line message (exit 1 or 2); anything unexpected prints a one-line internal error (exit 70).
 *
 * @param argv - the arguments after the program name
 * @param io - the outside world (streams and files)
 * @returns the exit code
 * @example await main(['--version'], io) // 0, after writing "0.1.0\n" to io.stdout
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let language: Language = 'fr';
  try {
    language = languageOption(argv);
    const [command, ...rest] = argv;
    // Each command is loaded when it runs: `rfm` never loads the workbook writer and its libraries.
    if (command === 'rfm') return await (await import('./rfm.js')).runRfm(rest, io, language);
    if (command === 'abc') return await (await import('./abc.js')).runAbc(rest, io, language);
    if (command === 'audit') return await (await import('./audit.js')).runAudit(rest, io, language);
    if (command === 'clv') return await (await import('./clv.js')).runClv(rest, io, language);
    if (command === 'help') {
      io.stdout(MAIN_HELP);
      return EXIT_OK;
    }
    if (command === undefined || command.startsWith('-')) {
      const args = parseArgs(argv, { values: ['language'], flags: ['help', 'version'] }, '');
      if (args.flags.has('version')) {
        io.stdout(`${io.version}\n`);
        return EXIT_OK;
      }
      if (args.flags.has('help')) {
        io.stdout(MAIN_HELP);
        return EXIT_OK;
      }
      // No command: the help goes where errors go, and the exit code says the line was incomplete.
      io.stderr(MAIN_HELP);
      return EXIT_USAGE;
    }
    throw new CliFailure(EXIT_USAGE, unknownCommand(command));
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr(`promethee: ${displayText(error.text[language], MESSAGE_LENGTH)}\n`);
      return error.exitCode;
    }
    // Not the user's fault: say so on one line, with what went wrong, and never hide it.
    const what = displayText(error instanceof Error ? `${error.name}: ${error.message}` : String(error), MESSAGE_LENGTH);
    io.stderr(
      language === 'fr'
        ? `promethee : erreur interne, merci de la signaler : ${what}\n`
        : `promethee: internal error, please report it: ${what}\n`,
    );
    return EXIT_INTERNAL;
  }
}

/**
 * Reads a file as text: UTF-8 (a BOM is left for the CSV reader to drop), or Windows-1252 when the
 * bytes are not valid UTF-8 — what Excel's French "CSV (séparateur : point-virgule)" writes.
 */
async function readText(path: string): Promise<string> {
  const bytes = path === '-' ? await readStdin() : await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return Buffer.concat(chunks);
}

/** Bytes handed on at a time by {@link readPieces}: small enough for their text to be an ordinary string. */
const PIECE_BYTES = 1 << 16;
/** Bytes read from the file at a time, into one of two buffers used in turn. */
const READ_BYTES = 1 << 20;

/**
 * A file's bytes, PIECE_BYTES at a time, from its start; opened at the first piece asked for. The
 * pieces are views of two buffers refilled in turn: a piece stays as it is until two more pieces were
 * asked for (the reader in parts.ts looks one piece ahead and copies what it keeps).
 */
function* readPieces(path: string): Generator<Uint8Array> {
  const file = openSync(path, 'r');
  const buffers = [new Uint8Array(READ_BYTES), new Uint8Array(READ_BYTES)] as const;
  try {
    for (let turn = 0; ; turn ^= 1) {
      const buffer = turn === 0 ? buffers[0] : buffers[1];
      let length = 0;
      while (length < READ_BYTES) {
        const read = readSync(file, buffer, length, READ_BYTES - length, null);
        if (read === 0) break;
        length += read;
      }
      for (let at = 0; at < length; at += PIECE_BYTES) yield buffer.subarray(at, Math.min(length, at + PIECE_BYTES));
      if (length < READ_BYTES) return;
    }
  } finally {
    closeSync(file);
  }
}

/** The version in the package.json of the installed package (searched upward from this file). */
function packageVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'promethee' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No package.json here (or not ours): look one directory up.
    }
    const parent = dirname(directory);
    if (parent === directory) return 'unknown';
    directory = parent;
  }
}

/** The real outside world: Node's streams and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: readText,
    readBytes: (path) => (path === '-' ? readStdin() : readFile(path)),
    readPieces,
    // Every output is written to a temporary file renamed into place when complete (see atomic.ts).
    writeFile: (path, text) => writeFileAtomically(path, text, { overwrite: true }),
    // Without overwrite, an existing file fails with EEXIST: a workbook filled in is never replaced by accident.
    writeBytes: (path, data, options) => writeFileAtomically(path, data, options),
    stdoutBytes: (data) => process.stdout.write(data),
    fileExists: (path) => existsSync(path),
    sameFile,
    get version() {
      return packageVersion();
    },
  };
}

/**
 * True when two paths name the same file: the same device and inode once symbolic links are followed
 * (a link to the input, a hard link, `./data.csv` and `data.csv`); `-` (a standard stream) is no file.
 */
function sameFile(a: string, b: string): boolean {
  if (a === '-' || b === '-') return false;
  try {
    const first = statSync(a);
    const second = statSync(b);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    // One of them does not exist (yet): the same file only if they are the same path.
    return resolve(a) === resolve(b);
  }
}

/** True when Node runs this file as the program (directly or through the npm `bin` link). */
function isProgram(): boolean {
  const program = process.argv[1];
  if (program === undefined) return false;
  try {
    return realpathSync(program) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isProgram()) {
  // `promethee rfm … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`promethee: ${error.message}\n`);
    process.exit(EXIT_INTERNAL);
  });
  // Ctrl-C or a stop request while --out is being written: atomic.ts removes the temporary file and
  // exits with 130 / 143, the previous file untouched.
  void main(process.argv.slice(2), nodeIo()).then((code) => {
    process.exitCode = code;
  });
}
