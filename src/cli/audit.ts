/**
 * `promethee audit`: writes the audit workbook as an .xlsx file — summary, checklist, interview
 * guides and KPI sheet; with `--transactions`, the ABC segmentation of the customers' revenue and
 * the RFM sheets too — the same plans the sidebar applies in Excel and Google Sheets.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import { aggregateCodedTransactions } from '../metrics/rfm/aggregate.js';
import { buildAuditPlans, buildSegmentationPlans } from '../plans/audit.js';
import { DEFAULT_PROTECTION } from '../plans/protection.js';
import type { SheetPlan } from '../plans/types.js';
import { assertValidPlan } from '../plans/validate.js';
import { writeXlsx } from '../xlsx/writer.js';
import { parseArgs, type ParsedArgs } from './args.js';
import {
  badOption,
  type CliIo,
  dataFailure,
  fileProblem,
  INPUT_FLAGS,
  INPUT_OPTIONS,
  note,
  required,
  showHelp,
} from './common.js';
import { CliFailure, EXIT_CODES_HELP, EXIT_DATA, EXIT_OK } from './failure.js';
import { checkWorkbookLimits } from './limits.js';
import { ATOMIC_OUTPUT_HELP } from './output.js';
import { readTransactionFile, TRANSACTION_COLUMN_OPTIONS, transactionReferences } from './transactions.js';

const COMMAND = 'audit';

const OPTIONS = {
  values: ['transactions', ...TRANSACTION_COLUMN_OPTIONS, 'order', ...INPUT_OPTIONS],
  flags: ['help', 'force', 'no-protect', ...INPUT_FLAGS],
} as const;

/** The options that only make sense with `--transactions`. */
const TRANSACTION_OPTIONS = [...TRANSACTION_COLUMN_OPTIONS, 'order', 'delimiter', 'columns', 'encoding', 'decimal'] as const;

/** `promethee audit --help`: French first, English below. */
export const AUDIT_HELP = `promethee audit --out AUDIT.xlsx [--language fr|en] [--transactions FICHIER.csv --customer COL --date COL (--amount COL | --quantity COL --price COL) [--order COL]]

Écrit le classeur d’audit commercial et marketing, prêt à remplir en entretien :
  Synthèse         complétion et maturité moyenne par section, score global, graphique, priorités
                   (formules natives sur la grille : se met à jour à mesure qu’on la remplit)
  Grille d’audit   les 59 questions des 8 sections : réponse, maturité 0–3, statut, preuve, responsable, échéance
  Entretiens       les guides commerciaux (13 questions) et marketing (9 questions), 3 colonnes de réponses
  KPI acquisition  coûts par lead, par opportunité, CAC, conversion, panier moyen, LTV:CAC par canal
Avec --transactions, en plus : Segmentation ABC (clients par chiffre d’affaires) et les feuilles RFM
(synthèse par segment, clients, paramètres modifiables).
  --out FICHIER.xlsx  le classeur à écrire (obligatoire ; « - » : sortie standard) ; un fichier existant
                      n’est jamais remplacé sans --force (il contient peut-être un audit déjà rempli),
                      et le refus vient avant le travail
  --force             remplace FICHIER.xlsx s’il existe
  --no-protect        ne protège pas les feuilles (par défaut, chaque feuille est protégée sans mot
                      de passe : formules verrouillées, cellules de saisie jaunes modifiables)
  --language fr|en    langue des feuilles et des messages (défaut fr)
  --transactions FICHIER.csv
                      export de transactions (une ligne par achat) ; options de lecture :
    --customer COL, --date COL, --amount COL | --quantity COL --price COL, --order COL,
    --delimiter comma|semicolon|tab|whitespace, --columns a,b,c, --header, --no-header,
    --encoding utf-8|windows-1252, --decimal , | ., --date-format dmy|mdy   (comme pour promethee rfm)
${ATOMIC_OUTPUT_HELP.fr}
Exemple : promethee audit --out audit.xlsx --transactions ventes.csv --customer client --date date --amount montant

Writes the sales and marketing audit workbook, ready to fill in during interviews:
  Summary          completion and average maturity per section, overall score, chart, priorities
                   (native formulas over the checklist: it updates as the checklist is filled in)
  Audit checklist  the 59 questions of the 8 sections: answer, maturity 0–3, status, evidence, owner, due date
  Interviews       the sales (13 questions) and marketing (9 questions) guides, 3 answer columns each
  Acquisition KPIs cost per lead, per opportunity, CAC, conversion, average basket, LTV:CAC per channel
With --transactions, also: ABC segmentation (customers by revenue) and the RFM sheets (summary per
segment, customers, editable parameters).
  --out FILE.xlsx     the workbook to write (required; "-": standard output); an existing file is never
                      replaced without --force (it may hold an audit already filled in), and the
                      refusal comes before the work
  --force             replace FILE.xlsx if it exists
  --no-protect        leave the sheets unprotected (by default each sheet is protected without a
                      password: formulas locked, the yellow input cells editable)
  --language fr|en    language of the sheets and messages (default fr)
  --transactions FILE.csv
                      a transaction export (one row per purchase); reading options:
    --customer COL, --date COL, --amount COL | --quantity COL --price COL, --order COL,
    --delimiter comma|semicolon|tab|whitespace, --columns a,b,c, --header, --no-header,
    --encoding utf-8|windows-1252, --decimal , | ., --date-format dmy|mdy   (as for promethee rfm)
${ATOMIC_OUTPUT_HELP.en}
Example: promethee audit --out audit.xlsx --transactions CDNOW_master.txt --customer customer_id --date date --amount dollar_value

${EXIT_CODES_HELP}`;

/**
 * Runs `promethee audit`.
 * @param argv - the arguments after "audit"
 * @param io - the outside world (it must be able to write bytes)
 * @param language - the language of the sheets and of the messages
 * @returns the exit code (0); failures are thrown as CliFailure
 */
export async function runAudit(argv: readonly string[], io: CliIo, language: Language): Promise<number> {
  const args = parseArgs(argv, OPTIONS, COMMAND);
  if (showHelp(args, io, AUDIT_HELP)) return EXIT_OK;
  if (args.positionals.length > 0) {
    throw badOption(COMMAND, `argument inattendu « ${args.positionals[0] ?? ''} » : le fichier de transactions se donne avec --transactions`, `unexpected argument "${args.positionals[0] ?? ''}": give the transactions file with --transactions`);
  }
  const out = required(args, 'out', COMMAND);
  const toStdout = out === '-';
  if (!toStdout && !/\.xlsx$/i.test(out)) throw badOption(COMMAND, `--out : un fichier .xlsx est attendu (reçu « ${out} »)`, `--out: an .xlsx file is expected (got "${out}")`);
  const force = args.flags.has('force');
  // Refused before the work, not after it: reading a large export and building the sheets takes time.
  if (!toStdout && !force && io.fileExists?.(out) === true) throw alreadyExists(out);
  const plans: SheetPlan[] = buildAuditPlans({ language });
  const transactions = args.values.get('transactions');
  if (transactions === undefined) {
    const stray = TRANSACTION_OPTIONS.find((name) => args.values.has(name)) ?? INPUT_FLAGS.find((name) => args.flags.has(name));
    if (stray !== undefined) throw badOption(COMMAND, `--${stray} va avec --transactions`, `--${stray} goes with --transactions`);
  } else {
    plans.push(...(await segmentationPlans(args, transactions, io, language)));
  }
  const written = await writeXlsx(plans.map(assertValidPlan), { protection: args.flags.has('no-protect') ? 'none' : DEFAULT_PROTECTION });
  if (toStdout) {
    if (io.stdoutBytes === undefined) throw new Error('this command needs an io that writes bytes to the standard output (stdoutBytes)');
    io.stdoutBytes(written.data);
  } else {
    if (io.writeBytes === undefined) throw new Error('this command needs an io that writes bytes (writeBytes)');
    try {
      await io.writeBytes(out, written.data, { overwrite: force });
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'EEXIST') throw alreadyExists(out);
      throw new CliFailure(EXIT_DATA, fileProblem(out, error, 'écrire', 'write'));
    }
  }
  // With the workbook on the standard output, what was written is said on the standard error.
  const report = toStdout ? io.stderr : io.stdout;
  const shown = toStdout ? (language === 'fr' ? 'sortie standard' : 'standard output') : out;
  report(
    language === 'fr'
      ? `${shown} : ${written.sheetNames.length} feuilles (${written.sheetNames.join(', ')})\n`
      : `${shown}: ${written.sheetNames.length} sheets (${written.sheetNames.join(', ')})\n`,
  );
  return EXIT_OK;
}

function alreadyExists(out: string): CliFailure {
  return new CliFailure(EXIT_DATA, {
    fr: `${out} existe déjà : il contient peut-être un audit rempli ; choisissez un autre nom, ou ajoutez --force pour le remplacer`,
    en: `${out} already exists: it may hold an audit filled in; choose another name, or add --force to replace it`,
  });
}

/** The ABC and RFM plans of the transactions file, read with the rfm command's options. */
async function segmentationPlans(args: ParsedArgs, path: string, io: CliIo, language: Language): Promise<SheetPlan[]> {
  const references = transactionReferences(args, COMMAND);
  // The transactions file is the input the shared reader expects as the command's one positional.
  const { input, transactions } = await readTransactionFile({ ...args, positionals: [path] }, io, COMMAND, language, references);
  checkWorkbookLimits(input.path, transactions.customers);
  const table = aggregateCodedTransactions(transactions);
  if (isSheetError(table)) throw dataFailure(input.path, table);
  if (table.nonPositiveCustomers > 0) {
    note(io, language, {
      fr: `${table.nonPositiveCustomers} client(s) au montant net ≤ 0 : gardé(s) dans les feuilles RFM, hors du classement ABC`,
      en: `${table.nonPositiveCustomers} customer(s) with a net total ≤ 0: kept in the RFM sheets, left out of the ABC classification`,
    });
  }
  if (table.customersWithoutPurchase > 0) {
    note(io, language, {
      fr: `${table.customersWithoutPurchase} client(s) sans aucun achat (que des avoirs) : listé(s) dans les feuilles RFM sans score ni segment, hors des seuils et du classement ABC`,
      en: `${table.customersWithoutPurchase} customer(s) without any purchase (refunds only): listed in the RFM sheets with no score or segment, left out of the cut points and of the ABC classification`,
    });
  }
  const plans = buildSegmentationPlans({ language, table });
  if (isSheetError(plans)) throw dataFailure(input.path, plans);
  return plans;
}
