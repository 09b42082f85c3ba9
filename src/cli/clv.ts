/**
 * `promethee clv`: probabilistic customer lifetime value (BG/NBD + Gamma-Gamma) per customer from a
 * CSV export of transactions — the same kernels as the CLV_FIT and CLV_PREDICT functions.
 */
import { dayFromText, isoFromDay } from '../cells/dates.js';
import { isSheetError, type Language } from '../cells/errors.js';
import { formatCsvField, formatCsvText } from '../io/csv.js';
import { fitClv, predictClv, summarizeCodedTransactions, type ClvFit, type ClvPredictions, type ClvSummary, type TimeUnit } from '../metrics/clv/index.js';
import { parseArgs, type ParsedArgs } from './args.js';
import {
  badOption,
  choiceOption,
  type CliIo,
  dataFailure,
  DATE_FORMAT_HELP,
  INPUT_FILE_HELP,
  INPUT_FLAGS,
  INPUT_OPTIONS,
  READING_HELP,
  note,
  numberOption,
  showHelp,
  writeOutput,
} from './common.js';
import { EXIT_CODES_HELP, EXIT_OK } from './failure.js';
import { ATOMIC_OUTPUT_HELP, OUT_OPTION_HELP, OutputBytes, TEXT_MARK_HELP } from './output.js';
import { readTransactionFile, TRANSACTION_COLUMN_OPTIONS, transactionReferences } from './transactions.js';
import { dateOptionExpected, discountOptionExpected, horizonOptionExpected, refundRowsLeftOut, simplePurchasesFormula, simpleSpendFormula, withoutPurchaseBeforeCalibrationEnd } from '../messages/cli.js';

const COMMAND = 'clv';

const OPTIONS = {
  values: [...TRANSACTION_COLUMN_OPTIONS, 'calibration-end', 'time-unit', 'horizon', 'discount', ...INPUT_OPTIONS],
  flags: ['help', ...INPUT_FLAGS],
} as const;

/** The header of the output, fixed and in English whatever the language, so that scripts can rely on it. */
export const CLV_OUTPUT_HEADER = 'customer,x,t_x,T,expected_purchases,p_alive,expected_spend,clv,status';

/** The default horizon: one year in the time unit. */
const ONE_YEAR: Readonly<Record<TimeUnit, number>> = { day: 365, week: 52, month: 12 };

/** `promethee clv --help`: French first, English below. */
export const CLV_HELP = `promethee clv FICHIER.csv --customer COL --date COL (--amount COL | --quantity COL --price COL) [options]

Valeur client probabiliste : une ligne par client (x, t_x, T, achats attendus sur l’horizon,
probabilité d’être encore actif, panier attendu, CLV, statut), avec les modèles BG/NBD (achats,
Fader, Hardie & Lee 2005) et Gamma-Gamma (panier, Fader & Hardie 2013) ajustés sur le fichier.
COL = nom de la colonne dans la ligne d’en-tête ou son numéro à partir de 1.
  --customer COL      identifiant client ; une ligne sans identifiant est ignorée et signalée
  --date COL          date de la transaction : 2024-12-31, 31/12/2024 ou 20241231
  --amount COL        montant ; négatif = avoir, ignoré (pas un achat)
  --quantity COL --price COL
                      à la place de --amount : montant = quantité × prix unitaire
  --calibration-end AAAA-MM-JJ
                      dernier jour (inclus) de la période d’ajustement ; les achats postérieurs sont
                      ignorés (défaut : la dernière date du fichier)
  --time-unit day|week|month
                      unité de t_x, T et de l’horizon (défaut week ; month = 30,4375 jours)
  --horizon N         horizon de prévision en unités de temps, 0 à 5000 (défaut : un an)
  --discount R        taux d’actualisation annuel, 0 à 1, ex. 0.1 ou 10 % (défaut 0)
${OUT_OPTION_HELP.fr}
  --delimiter comma|semicolon|tab|whitespace
                      séparateur (défaut : détecté sur la première ligne)
  --columns a,b,c     noms des colonnes d’un fichier sans ligne d’en-tête
${READING_HELP.fr}
${DATE_FORMAT_HELP.fr}
  --language fr|en    langue des statuts et des messages (défaut fr)
${INPUT_FILE_HELP.fr}
Sortie : CSV à virgules, décimales avec un point, une ligne par client dans l’ordre de première
apparition, en-tête fixe en anglais :
  ${CLV_OUTPUT_HEADER}
Les achats d’un même client le même jour sont fusionnés ; x = réachats, t_x et T dans l’unité de
temps. CLV = panier attendu × achats attendus, chaque tranche de l’horizon actualisée (chiffre
d’affaires : multipliez par votre taux de marge). Les paramètres ajustés vont sur la sortie d’erreur,
une ligne nom=valeur chacun (r, alpha, a, b, bgnbd_log_likelihood, p, q, gamma,
gamma_gamma_log_likelihood). Avec moins de 30 clients ou 10 réacheteurs, ou sans convergence (au plus
5000 itérations, sans limite de temps), la formule simple remplace le modèle (achats = x ÷ T × horizon, panier =
montant moyen des réachats, p_alive vide) : un message le dit, et la colonne status aussi. Pour un client
observé depuis moins d’un trimestre (T < 91,3 jours), la formule simple prend le taux d’achat de la
population (Σx ÷ Σ max(T, 91,3 jours)) au lieu d’extrapoler le sien, et son statut le dit.
${TEXT_MARK_HELP.fr}
${ATOMIC_OUTPUT_HELP.fr}
Exemple : promethee clv CDNOW_sample.txt --delimiter whitespace --columns orig_id,customer,date,cds,amount
           --customer customer --date date --amount amount --calibration-end 1997-09-30 --horizon 39

Probabilistic customer value: one row per customer (x, t_x, T, purchases expected over the horizon,
probability of still being active, expected spend, CLV, status), with the BG/NBD (purchases, Fader,
Hardie & Lee 2005) and Gamma-Gamma (spend, Fader & Hardie 2013) models fitted on the file.
COL = the column's name in the header line or its 1-based number.
  --customer COL      customer id; a row without one is skipped and reported
  --date COL          transaction date: 2024-12-31, 31/12/2024 or 20241231
  --amount COL        amount; negative = refund, left out (not a purchase)
  --quantity COL --price COL
                      instead of --amount: amount = quantity × unit price
  --calibration-end YYYY-MM-DD
                      last day (included) of the fitting period; later purchases are left out
                      (default: the last date in the file)
  --time-unit day|week|month
                      unit of t_x, T and the horizon (default week; month = 30.4375 days)
  --horizon N         forecast horizon in time units, 0 to 5000 (default: one year)
  --discount R        annual discount rate, 0 to 1, e.g. 0.1 or 10% (default 0)
${OUT_OPTION_HELP.en}
  --delimiter comma|semicolon|tab|whitespace
                      separator (default: detected from the first line)
  --columns a,b,c     column names of a file without a header line
${READING_HELP.en}
${DATE_FORMAT_HELP.en}
  --language fr|en    language of statuses and messages (default fr)
${INPUT_FILE_HELP.en}
Output: comma-separated CSV, '.' decimals, one row per customer in order of first appearance, with the
fixed English header above. Same-day purchases of a customer are merged; x = repeat purchases, t_x
and T in the time unit. CLV = expected spend × expected purchases, each slice of the horizon
discounted (revenue: multiply by your margin rate). The fitted parameters go to the standard error,
one name=value line each (r, alpha, a, b, bgnbd_log_likelihood, p, q, gamma,
gamma_gamma_log_likelihood). With fewer than 30 customers or 10 repeat buyers, or no convergence (at
most 5000 iterations, no time limit), the simple formula replaces the model (purchases = x ÷ T × horizon,
spend = mean repeat value, p_alive empty): a message says so, and so does the status column. For a
customer observed for less than a quarter (T < 91.3 days), the simple formula takes the population's
purchase rate (Σx ÷ Σ max(T, 91.3 days)) instead of extrapolating the customer's own, and the status
says so.
${TEXT_MARK_HELP.en}
${ATOMIC_OUTPUT_HELP.en}

${EXIT_CODES_HELP}`;

/**
 * Runs `promethee clv`.
 * @param argv - the arguments after "clv"
 * @param io - the outside world
 * @param language - messages and statuses
 * @returns the exit code (0); failures are thrown as CliFailure
 */
export async function runClv(argv: readonly string[], io: CliIo, language: Language): Promise<number> {
  const args = parseArgs(argv, OPTIONS, COMMAND);
  if (showHelp(args, io, CLV_HELP)) return EXIT_OK;
  const references = transactionReferences(args, COMMAND);
  const calibrationEnd = calibrationOption(args);
  const timeUnit = choiceOption<TimeUnit>(args, 'time-unit', ['day', 'week', 'month'], 'week', COMMAND);
  const horizon = numberOption(args, 'horizon', COMMAND) ?? ONE_YEAR[timeUnit];
  const discountRate = numberOption(args, 'discount', COMMAND) ?? 0;
  if (!(horizon > 0 && horizon <= 5000)) {
    throw badOption(COMMAND, horizonOptionExpected(horizon));
  }
  if (!(discountRate >= 0 && discountRate <= 1)) {
    throw badOption(COMMAND, discountOptionExpected(discountRate));
  }

  const { input, transactions } = await readTransactionFile(args, io, COMMAND, language, references);
  const summary = summarizeCodedTransactions(transactions, { calibrationEnd, timeUnit });
  if (isSheetError(summary)) throw dataFailure(input.path, summary);
  if (summary.refundRows > 0) {
    note(io, language, refundRowsLeftOut(summary.refundRows));
  }
  if (summary.customersWithoutPurchase > 0) {
    note(io, language, withoutPurchaseBeforeCalibrationEnd(summary.customersWithoutPurchase, isoFromDay(summary.calibrationEnd)));
  }
  const fit = fitClv(summary);
  reportFit(io, language, fit);
  const predictions = predictClv(summary, fit, { horizon, discountRate });
  if (isSheetError(predictions)) throw dataFailure(input.path, predictions);
  await writeOutput(args, io, clvCsv(summary, predictions, language));
  return EXIT_OK;
}

/** The fitted parameters as name=value lines, or the fallback and why, on the standard error. */
function reportFit(io: CliIo, language: Language, fit: ClvFit): void {
  const lines: string[] = [];
  if (fit.frequency.model === 'bgnbd') {
    const { params, logLikelihood } = fit.frequency.fit;
    lines.push(`r=${params.r}`, `alpha=${params.alpha}`, `a=${params.a}`, `b=${params.b}`, `bgnbd_log_likelihood=${logLikelihood}`);
  } else {
    note(io, language, simplePurchasesFormula(fit.frequency.reason));
  }
  if (fit.spend.model === 'gamma-gamma') {
    const { params, logLikelihood } = fit.spend.fit;
    lines.push(`p=${params.p}`, `q=${params.q}`, `gamma=${params.gamma}`, `gamma_gamma_log_likelihood=${logLikelihood}`);
  } else {
    note(io, language, simpleSpendFormula(fit.spend.reason));
  }
  if (lines.length > 0) io.stderr(`${lines.join('\n')}\n`);
}

function calibrationOption(args: ParsedArgs): number | undefined {
  const value = args.values.get('calibration-end');
  if (value === undefined) return undefined;
  const day = dayFromText(value);
  if (day === null) {
    throw badOption(COMMAND, dateOptionExpected('--calibration-end', value));
  }
  return day;
}

/** Bytes set aside per output line: some 70 for an id of 7 characters. */
const LINE_BYTES = 128;

/** The output CSV: the fixed header and one line per customer. */
function clvCsv(summary: ClvSummary, predictions: ClvPredictions, language: Language): OutputBytes {
  const out = new OutputBytes(LINE_BYTES * (summary.customers.length + 1));
  out.text(CLV_OUTPUT_HEADER);
  out.lineEnd();
  const statuses = predictions.statuses.map((status) => formatCsvField(status[language]));
  // The figures after x, each with its places: 4 for times and purchases, 2 for money.
  const figures: readonly (readonly [ArrayLike<number>, number])[] = [
    [summary.tx, 4],
    [summary.T, 4],
    [predictions.expectedPurchases, 4],
    [predictions.probabilityAlive, 4],
    [predictions.expectedSpend, 2],
    [predictions.clv, 2],
  ];
  for (let c = 0; c < summary.customers.length; c++) {
    out.text(formatCsvText(summary.customers[c] ?? ''));
    out.comma();
    // The repeat purchases, a whole number: its digits, as String writes them.
    out.decimal(summary.x[c] ?? 0, 0);
    out.comma();
    for (const [values, places] of figures) {
      // An empty field where there is no figure (the status says why).
      const value = values[c];
      if (value !== undefined && Number.isFinite(value)) out.decimal(value, places);
      out.comma();
    }
    out.text(statuses[predictions.status[c] ?? 0] ?? '');
    out.lineEnd();
  }
  return out;
}
