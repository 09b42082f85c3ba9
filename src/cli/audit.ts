/**
 * `promethee audit`: writes the audit workbook as an .xlsx file — summary, checklist, interview
 * guides and KPI sheet; with `--transactions`, the ABC segmentation of the customers' revenue and
 * the RFM sheets too — the same plans the sidebar applies in Excel and Google Sheets.
 */
import { isSheetError, type Language } from '../cells/errors.js';
import { aggregateCodedTransactions, type CustomerTable } from '../metrics/rfm/aggregate.js';
import { buildCustomerAbcPlan } from '../plans/audit.js';
import { buildClvPlan } from '../plans/clv.js';
import { buildRfmPlans } from '../plans/rfm.js';
import { DEFAULT_PROTECTION } from '../plans/protection.js';
import type { SheetPlan } from '../plans/types.js';
import { BUILD_GROUP_LABELS, BUILDS, describedBuild, isBuildKey, type BuildKey } from '../workbook/build-list.js';
import { PLANNERS } from '../workbook/builds.js';
import { assertValidPlan } from '../plans/validate.js';
import { writeXlsxStreamed } from './xlsx-file.js';
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
import { PORTFOLIO_COLUMN_OPTIONS, readPortfolioFile } from './portfolio.js';
import { buildPortfolioPlan } from '../plans/strategy/portfolio.js';
import { goesWithTransactions, nonPositiveInAudit, onlyNeedsTransactions, outputExists, transactionsUnused, unexpectedAuditArgument, unknownBuildKeys, withoutPurchaseInAudit, xlsxExpected } from '../messages/cli.js';

const COMMAND = 'audit';

const OPTIONS = {
  values: ['transactions', 'only', ...TRANSACTION_COLUMN_OPTIONS, 'order', ...PORTFOLIO_COLUMN_OPTIONS, ...INPUT_OPTIONS],
  flags: ['help', 'force', 'list', 'no-protect', ...INPUT_FLAGS],
} as const;

/** The options that only make sense with `--transactions`. */
const TRANSACTION_OPTIONS = [...TRANSACTION_COLUMN_OPTIONS, 'order', ...PORTFOLIO_COLUMN_OPTIONS, 'delimiter', 'columns', 'encoding', 'decimal'] as const;

/** `promethee audit --help`: French first, English below. */
export const AUDIT_HELP = `promethee audit --out AUDIT.xlsx [--language fr|en] [--only CLÉ[,CLÉ…]] [--transactions FICHIER.csv --customer COL --date COL (--amount COL | --quantity COL --price COL) [--order COL]]
promethee audit --list

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
  --list              liste les feuilles que le classeur peut contenir : clé, groupe, données lues, place
                      dans le classeur d’audit
  --only CLÉ[,CLÉ…]   écrit ces constructions-là seulement, dans l’ordre de la liste (« audit » : les
                      quatre feuilles ci-dessus ; abc, rfm et clv demandent --transactions)
  --no-protect        ne protège pas les feuilles (par défaut, chaque feuille est protégée sans mot
                      de passe : formules verrouillées, cellules de saisie jaunes modifiables)
  --language fr|en    langue des feuilles et des messages (défaut fr)
  --transactions FICHIER.csv
                      export de transactions (une ligne par achat) ; options de lecture :
    --customer COL, --date COL, --amount COL | --quantity COL --price COL, --order COL,
    --delimiter comma|semicolon|tab|whitespace, --columns a,b,c, --header, --no-header,
    --encoding utf-8|windows-1252, --decimal , | ., --date-format dmy|mdy   (comme pour promethee rfm)
    --category COL [--cost COL | --margin COL]
                      pour --only portfolio : la catégorie de clientèle de chaque transaction, et son
                      coût ou sa marge (facultatif) ; sans --transactions, portfolio a des exemples
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
  --list              list the sheets the workbook can hold: key, group, data read, place in the
                      audit workbook
  --only KEY[,KEY…]   write these builds only, in the order of the list ("audit": the four sheets
                      above; abc, rfm and clv need --transactions)
  --no-protect        leave the sheets unprotected (by default each sheet is protected without a
                      password: formulas locked, the yellow input cells editable)
  --language fr|en    language of the sheets and messages (default fr)
  --transactions FILE.csv
                      a transaction export (one row per purchase); reading options:
    --customer COL, --date COL, --amount COL | --quantity COL --price COL, --order COL,
    --delimiter comma|semicolon|tab|whitespace, --columns a,b,c, --header, --no-header,
    --encoding utf-8|windows-1252, --decimal , | ., --date-format dmy|mdy   (as for promethee rfm)
    --category COL [--cost COL | --margin COL]
                      for --only portfolio: the customer category of each transaction, and its cost
                      or its margin (optional); without --transactions, portfolio has examples
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
  if (args.flags.has('list')) {
    io.stdout(buildList(language));
    return EXIT_OK;
  }
  if (args.positionals.length > 0) {
    throw badOption(COMMAND, unexpectedAuditArgument(args.positionals[0] ?? ''));
  }
  const out = required(args, 'out', COMMAND);
  const toStdout = out === '-';
  if (!toStdout && !/\.xlsx$/i.test(out)) throw badOption(COMMAND, xlsxExpected(out));
  const force = args.flags.has('force');
  // Refused before the work, not after it: reading a large export and building the sheets takes time.
  if (!toStdout && !force && io.fileExists?.(out) === true) throw alreadyExists(out);
  const transactions = args.values.get('transactions');
  const keys = onlyOption(args) ?? (transactions === undefined ? ['audit'] : ['audit', 'abc', 'rfm']);
  const readingData = keys.filter((key) => describedBuild(key).selection !== 'none');
  // The portfolio analysis reads the file when given one, its examples otherwise.
  const needingData = readingData.filter((key) => describedBuild(key).audit !== 'optional');
  if (transactions === undefined) {
    const stray = TRANSACTION_OPTIONS.find((name) => args.values.has(name)) ?? INPUT_FLAGS.find((name) => args.flags.has(name));
    if (stray !== undefined) throw badOption(COMMAND, goesWithTransactions(stray));
    if (needingData.length > 0) {
      throw badOption(COMMAND, onlyNeedsTransactions(needingData));
    }
  } else if (readingData.length === 0) {
    throw badOption(COMMAND, transactionsUnused);
  }
  const withFile = { ...args, positionals: [transactions ?? ''] };
  const portfolio = transactions !== undefined && keys.includes('portfolio') ? await readPortfolioFile(withFile, io, COMMAND, language) : undefined;
  const data = transactions === undefined || needingData.length === 0 ? undefined : await transactionData(args, transactions, io, language);
  const plans: SheetPlan[] = [];
  for (const key of keys) plans.push(...(key === 'portfolio' && portfolio !== undefined ? [buildPortfolioPlan({ language, ...portfolio })] : plansOf(key, language, data)));
  const written = await writeXlsxStreamed(plans.map(assertValidPlan), { protection: args.flags.has('no-protect') ? 'none' : DEFAULT_PROTECTION });
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
  return new CliFailure(EXIT_DATA, outputExists(out));
}

/** The transactions of `--transactions`, read once for every sheet that needs them. */
interface TransactionData {
  readonly path: string;
  readonly table: CustomerTable;
  /** Customer, day and amount per row, for the customer value sheet. */
  readonly columns: () => { readonly customer: readonly string[]; readonly day: ArrayLike<number>; readonly amount: ArrayLike<number> };
}

/** The transactions file, read with the rfm command's options, and its table per customer. */
async function transactionData(args: ParsedArgs, path: string, io: CliIo, language: Language): Promise<TransactionData> {
  const references = transactionReferences(args, COMMAND);
  // The transactions file is the input the shared reader expects as the command's one positional.
  const { input, transactions } = await readTransactionFile({ ...args, positionals: [path] }, io, COMMAND, language, references);
  checkWorkbookLimits(input.path, transactions.customers);
  const table = aggregateCodedTransactions(transactions);
  if (isSheetError(table)) throw dataFailure(input.path, table);
  if (table.nonPositiveCustomers > 0) {
    note(io, language, nonPositiveInAudit(table.nonPositiveCustomers));
  }
  if (table.customersWithoutPurchase > 0) {
    note(io, language, withoutPurchaseInAudit(table.customersWithoutPurchase));
  }
  const columns = () => ({
    customer: Array.from(transactions.customerCode, (code) => transactions.customers[code] ?? ''),
    day: transactions.day,
    amount: transactions.amount,
  });
  return { path: input.path, table, columns };
}

/** The plans of one build: from the registry for the templates, from the transactions for the others. */
function plansOf(key: BuildKey, language: Language, data: TransactionData | undefined): SheetPlan[] {
  if (data === undefined || describedBuild(key).selection === 'none') return [...PLANNERS[key]({ language }).plans];
  const { table, path } = data;
  switch (key) {
    case 'abc': {
      const plan = buildCustomerAbcPlan({ language, table });
      if (isSheetError(plan)) throw dataFailure(path, plan);
      return [plan];
    }
    case 'rfm': {
      const rfm = buildRfmPlans({ language, table });
      if (isSheetError(rfm)) throw dataFailure(path, rfm);
      return [rfm.summary, rfm.customers, rfm.parameters];
    }
    case 'clv': {
      const built = buildClvPlan({ language, transactions: data.columns() });
      if (isSheetError(built)) throw dataFailure(path, built);
      return [built.plan];
    }
    default:
      throw new Error(`no transaction reading for the build ${key}`);
  }
}

/** The keys of `--only`, in the registry's order; undefined without the option. */
function onlyOption(args: ParsedArgs): BuildKey[] | undefined {
  const value = args.values.get('only');
  if (value === undefined) return undefined;
  const asked = value.split(',').map((key) => key.trim()).filter((key) => key !== '');
  const unknown = asked.filter((key) => !isBuildKey(key));
  if (asked.length === 0 || unknown.length > 0) {
    throw badOption(COMMAND, unknownBuildKeys(unknown, BUILDS.map((build) => build.key)));
  }
  return BUILDS.map((build) => build.key).filter((key) => asked.includes(key));
}

const SELECTION_WORDS = {
  fr: { none: 'aucune', itemValues: 'élément, valeur', transactions: 'transactions', categoryTransactions: 'transactions par catégorie (ou exemples)' },
  en: { none: 'none', itemValues: 'item, value', transactions: 'transactions', categoryTransactions: 'transactions per category (or examples)' },
} as const;

const AUDIT_WORDS = {
  fr: { core: 'toujours', optional: 'au choix', apart: 'avec --transactions' },
  en: { core: 'always', optional: 'on request', apart: 'with --transactions' },
} as const;

/** `promethee audit --list`: one line per build of the registry, aligned columns, its group named as the sidebar names it. */
function buildList(language: Language): string {
  const header = language === 'fr' ? ['clé', 'groupe', 'données', 'classeur d’audit', 'nom'] : ['key', 'group', 'data', 'audit workbook', 'name'];
  const rows = BUILDS.map((build) => [build.key, BUILD_GROUP_LABELS[build.group][language], SELECTION_WORDS[language][build.selection], AUDIT_WORDS[language][build.audit], build.texts.label[language]]);
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join('  ')).join('\n') + '\n';
}
