/**
 * How the command fails: a one-line message in the user's language and an exit code. Thrown inside
 * the CLI and caught once, at the top of `main`, which prints the message.
 */
import type { LocalizedText } from '../cells/errors.js';

/** Exit code of a run that did its job. */
export const EXIT_OK = 0;
/** Exit code for a problem in the data: a missing column, an unreadable date or amount, an empty file. */
export const EXIT_DATA = 1;
/** Exit code for a wrong command line: an unknown option, a missing required option, a bad value. */
export const EXIT_USAGE = 2;
/** Exit code for an unexpected internal error (sysexits' EX_SOFTWARE). */
export const EXIT_INTERNAL = 70;

/** Exit code after Ctrl-C (SIGINT, 128 + 2): the output being written was abandoned, the previous file kept. */
export const EXIT_SIGINT = 130;
/** Exit code after a stop request (SIGTERM, 128 + 15): as for {@link EXIT_SIGINT}. */
export const EXIT_SIGTERM = 143;

/** A failure the user can act on: its message is printed as it is, with no stack trace. */
export class CliFailure extends Error {
  override readonly name = 'CliFailure';

  /**
   * @param exitCode - {@link EXIT_DATA} or {@link EXIT_USAGE}
   * @param text - the message in French and English, one line each
   */
  constructor(
    readonly exitCode: number,
    readonly text: LocalizedText,
  ) {
    super(text.en);
  }
}

/** The last line of every command's help: what the exit codes mean. */
export const EXIT_CODES_HELP = `Codes de sortie / exit codes: ${EXIT_OK} ok, ${EXIT_DATA} données / data, ${EXIT_USAGE} ligne de commande / usage, ${EXIT_INTERNAL} erreur interne / internal error, ${EXIT_SIGINT} / ${EXIT_SIGTERM} interrompu / interrupted (Ctrl-C / SIGTERM).
`;
