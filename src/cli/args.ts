/**
 * The command line, read strictly: every option must be known, every value option needs its value,
 * no option twice. Problems come back as a {@link CliFailure} with exit code 2 (usage).
 */
import type { LocalizedText } from '../cells/errors.js';
import { CliFailure, EXIT_USAGE } from './failure.js';
import { optionGivenTwice, optionNeedsValue, optionTakesNoValue, seeUsage, unknownOption } from '../messages/cli.js';

/** The options a command accepts, without their leading `--`. */
export interface OptionSpec {
  /** Options followed by a value: `--customer id` or `--customer=id`. */
  readonly values: readonly string[];
  /** Options without a value: `--help`. */
  readonly flags: readonly string[];
}

/** What was on the command line after the command name. */
export interface ParsedArgs {
  /** Arguments that are not options, in order (after `--`, everything is one). */
  readonly positionals: readonly string[];
  /** Value options, by name without `--`. */
  readonly values: ReadonlyMap<string, string>;
  /** Flags present, by name without `--`. */
  readonly flags: ReadonlySet<string>;
}

/** Short forms, each standing for a long flag. */
const SHORT_FLAGS: Readonly<Record<string, string>> = { '-h': 'help', '-V': 'version' };

/**
 * Reads the arguments of one command.
 * @param argv - the arguments after the command name
 * @param spec - the options the command accepts
 * @param command - the command's name, for messages ("rfm")
 * @returns the positionals, values and flags
 * @throws CliFailure (exit 2) for an unknown option, a missing value, an option given twice
 * @example parseArgs(['data.csv', '--bins=4'], { values: ['bins'], flags: [] }, 'rfm') // positionals ['data.csv'], values bins → '4'
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec, command: string): ParsedArgs {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const see = command === '' ? 'promethee --help' : `promethee ${command} --help`;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--') {
      positionals.push(...argv.slice(k + 1));
      break;
    }
    const short = SHORT_FLAGS[arg];
    if (short !== undefined && spec.flags.includes(short)) {
      flags.add(short);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals < 0 ? undefined : equals) : '';
    if (spec.flags.includes(name)) {
      if (equals >= 0) throw usage(optionTakesNoValue(name), see);
      flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) {
      const shown = equals < 0 ? arg : arg.slice(0, equals);
      throw usage(unknownOption(shown), see);
    }
    let value: string | undefined;
    if (equals >= 0) {
      value = arg.slice(equals + 1);
    } else {
      const next = argv[k + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        k++;
      }
    }
    if (value === undefined || value.trim() === '') {
      throw usage(optionNeedsValue(name), see);
    }
    if (values.has(name)) throw usage(optionGivenTwice(name), see);
    values.set(name, value);
  }
  return { positionals, values, flags };
}

function usage(message: LocalizedText, see: string): CliFailure {
  return new CliFailure(EXIT_USAGE, seeUsage(message, see));
}
