/**
 * `promethee rfm`: one row per customer (recency, frequency, monetary, R, F, M scores, RFM code,
 * segment) from a CSV export of transactions — the same kernels as the RFM_TABLE function.
 */
import { dayFromText } from '../cells/dates.js';
import { isSheetError, type Language } from '../cells/errors.js';
import { formatCsvField, formatCsvText } from '../io/csv.js';
import type { CustomerTable } from '../metrics/rfm/aggregate.js';
import { RFM_METHODS, rfmCode, scoreRfm, type RfmMethod, type RfmScores } from '../metrics/rfm/score.js';
import { SEGMENTS, segmentOfCode, type SegmentId } from '../metrics/rfm/segments.js';
import { parseArgs } from './args.js';
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
  showHelp,
  writeOutput,
} from './common.js';
import { EXIT_CODES_HELP, EXIT_OK } from './failure.js';
import { ATOMIC_OUTPUT_HELP, OUT_OPTION_HELP, OutputBytes, TEXT_MARK_HELP } from './output.js';
import { readCustomerTable, TRANSACTION_COLUMN_OPTIONS, transactionReferences } from './transactions.js';
import { binsOptionExpected, dateOptionExpected, nonPositiveInRfm, withoutPurchaseInRfm } from '../messages/cli.js';

const COMMAND = 'rfm';

const OPTIONS = {
  values: [...TRANSACTION_COLUMN_OPTIONS, 'order', 'as-of', 'bins', 'method', 'refunds', ...INPUT_OPTIONS],
  flags: ['help', ...INPUT_FLAGS],
} as const;

/** The header of the output, fixed and in English whatever the language, so that scripts can rely on it. */
export const RFM_OUTPUT_HEADER = 'customer,recency_days,frequency,monetary,r,f,m,rfm,segment';

/** `promethee rfm --help`: French first, English below. */
export const RFM_HELP = `promethee rfm FICHIER.csv --customer COL --date COL (--amount COL | --quantity COL --price COL) [options]

Segmentation RFM : une ligne par client (récence, fréquence, montant, notes R, F, M, code RFM, segment).
COL = nom de la colonne dans la ligne d’en-tête (sans tenir compte de la casse ni des espaces autour)
      ou son numéro à partir de 1.
  --customer COL      identifiant client ; une ligne sans identifiant est ignorée et signalée
  --date COL          date de la transaction : 2024-12-31, 31/12/2024 ou 20241231
  --amount COL        montant : 1234.5 ou 1 234,50 ; négatif = avoir (remboursement)
  --quantity COL --price COL
                      à la place de --amount : montant = quantité × prix unitaire
  --order COL         n° de commande : les lignes d’une même commande comptent pour une commande
  --as-of AAAA-MM-JJ  date d’analyse (défaut : lendemain du dernier achat du fichier)
  --bins N            notes par critère, 2 à 9 (défaut 5) ; le segment n’existe qu’avec 5 notes
  --method quantile|rfm|ntile
                      quantile (défaut) : seuils aux quantiles, une valeur ne passe un seuil que si
                      elle le dépasse, ex æquo même note, indépendant de l’unité monétaire et de
                      l’ordre des lignes ; rfm : méthode exacte du package R rfm (quantiles + 1),
                      qui dépend de l’unité (en k€, presque tout le monde a M = 1) ; ntile : groupes
                      d’effectifs égaux, ex æquo départagés par le rang
  --refunds net|drop  avoirs déduits du montant (net, défaut) ou lignes d’avoir supprimées avant
                      l’analyse (drop) ; jamais des commandes, jamais la récence ni la date d’analyse
${OUT_OPTION_HELP.fr}
  --delimiter comma|semicolon|tab|whitespace
                      séparateur (défaut : détecté sur la première ligne ; whitespace = espaces alignés)
  --columns a,b,c     noms des colonnes d’un fichier sans ligne d’en-tête
${READING_HELP.fr}
${DATE_FORMAT_HELP.fr}
  --language fr|en    langue des segments et des messages (défaut fr)
${INPUT_FILE_HELP.fr}
Sortie : CSV à virgules, décimales avec un point, une ligne par client dans l’ordre de première
apparition, en-tête fixe en anglais :
  ${RFM_OUTPUT_HEADER}
Récence = jours entre le dernier achat et la date d’analyse ; fréquence = nombre de commandes ;
montant = somme des montants, arrondie au centime. Un client dont le montant net est ≤ 0 reste dans
la table et est signalé. Un client sans aucun achat (que des avoirs) est listé avec une fréquence de 0,
sans récence, notes ni segment, n’entre pas dans les seuils et est signalé ; avec --refunds drop il
n’apparaît pas (le résultat est celui du fichier sans ses lignes d’avoir).
${TEXT_MARK_HELP.fr}
${ATOMIC_OUTPUT_HELP.fr}
Exemple : promethee rfm commandes.csv --customer client --date date --amount montant --as-of 2024-12-31

RFM segmentation: one row per customer (recency, frequency, monetary, R, F, M scores, RFM code, segment).
COL = the column's name in the header line (case and surrounding spaces ignored) or its 1-based number.
  --customer COL      customer id; a row without one is skipped and reported
  --date COL          transaction date: 2024-12-31, 31/12/2024 or 20241231
  --amount COL        amount: 1234.5 or 1 234,50; negative = refund
  --quantity COL --price COL
                      instead of --amount: amount = quantity × unit price
  --order COL         order id: the rows of one order count as one order
  --as-of YYYY-MM-DD  analysis date (default: the day after the last purchase in the file)
  --bins N            scores per measure, 2 to 9 (default 5); segments exist only with 5 scores
  --method quantile|rfm|ntile
                      quantile (default): cut points at quantiles, a value passing one only when above
                      it, ties share a score, independent of the currency unit and of the row order;
                      rfm: the R package rfm's exact method (quantiles + 1), which depends on the unit
                      (in k€ nearly everyone scores M = 1); ntile: equal-size groups, ties split by rank
  --refunds net|drop  refunds deducted from monetary (net, default) or refund rows deleted before the
                      analysis (drop); never orders, never the recency or the analysis date
${OUT_OPTION_HELP.en}
  --delimiter comma|semicolon|tab|whitespace
                      separator (default: detected from the first line; whitespace = aligned columns)
  --columns a,b,c     column names of a file without a header line
${READING_HELP.en}
${DATE_FORMAT_HELP.en}
  --language fr|en    language of segment names and messages (default fr)
${INPUT_FILE_HELP.en}
Output: comma-separated CSV, '.' decimals, one row per customer in order of first appearance, with the
fixed English header above. Recency = days from the last purchase to the analysis date; frequency =
number of orders; monetary = sum of amounts, rounded to cents. A customer whose net total is ≤ 0 stays
in the table and is reported. A customer without any purchase (refunds only) is listed with frequency
0, no recency, scores or segment, stays out of the cut points and is reported; with --refunds drop it is
not listed (the result is that of the file without its refund rows).
${TEXT_MARK_HELP.en}
${ATOMIC_OUTPUT_HELP.en}
Example: promethee rfm CDNOW_sample.txt --delimiter whitespace --columns orig_id,customer,date,cds,amount
           --customer customer --date date --amount amount

${EXIT_CODES_HELP}`;

const SEGMENT_NAMES = new Map(SEGMENTS.map((segment) => [segment.id, segment.name]));

/**
 * Runs `promethee rfm`.
 * @param argv - the arguments after "rfm"
 * @param io - the outside world
 * @param language - messages and segment names
 * @returns the exit code (0); failures are thrown as CliFailure
 */
export async function runRfm(argv: readonly string[], io: CliIo, language: Language): Promise<number> {
  const args = parseArgs(argv, OPTIONS, COMMAND);
  if (showHelp(args, io, RFM_HELP)) return EXIT_OK;
  const references = transactionReferences(args, COMMAND);
  const asOf = asOfOption(args.values.get('as-of'));
  const bins = binsOption(args.values.get('bins'));
  const method = choiceOption<RfmMethod>(args, 'method', RFM_METHODS, 'quantile', COMMAND);
  const refunds = choiceOption(args, 'refunds', ['net', 'drop'] as const, 'net', COMMAND);

  const { input, table } = await readCustomerTable(args, io, COMMAND, language, references, { asOf, refunds });
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, { bins, method });
  if (isSheetError(scores)) throw dataFailure(input.path, scores);
  if (table.nonPositiveCustomers > 0) {
    note(io, language, nonPositiveInRfm(table.nonPositiveCustomers));
  }
  if (table.customersWithoutPurchase > 0) {
    note(io, language, withoutPurchaseInRfm(table.customersWithoutPurchase));
  }
  // The 125-code segment map is made for scores 1–5: with other bins a code such as "444" would get a
  // segment meant for another scale, so the column stays empty.
  await writeOutput(args, io, rfmCsv(table, scores, (bins ?? 5) === 5 ? language : null));
  return EXIT_OK;
}

/** The output CSV: the fixed header and one line per customer; segments in `language`, none for null. */
function rfmCsv(table: CustomerTable, scores: RfmScores, language: Language | null): OutputBytes {
  const out = new OutputBytes(LINE_BYTES * (table.customers.length + 1));
  out.text(RFM_OUTPUT_HEADER);
  out.lineEnd();
  const segmentNames = new Map<string, string>();
  for (let c = 0; c < table.customers.length; c++) {
    const r = scores.r[c] ?? 0;
    const f = scores.f[c] ?? 0;
    const m = scores.m[c] ?? 0;
    out.text(formatCsvText(table.customers[c] ?? ''));
    out.comma();
    if (r === 0) {
      // No purchase, only refunds: frequency 0 and the net refunds; no recency, scores or segment.
      out.comma();
      out.text('0');
      out.comma();
      out.decimal(table.monetary[c] ?? 0, 2);
      out.text(',,,,,');
      out.lineEnd();
      continue;
    }
    const code = rfmCode(r, f, m);
    // The segment's CSV field, made once per code.
    let segment = segmentNames.get(code);
    if (segment === undefined) {
      const id = language === null ? null : segmentOfCode(code);
      segment = id === null || isSheetError(id) || language === null ? '' : formatCsvField(segmentName(id, language));
      segmentNames.set(code, segment);
    }
    // Whole numbers (days, purchases, scores) with no place: their digits, as String writes them.
    out.decimal(table.recencyDays[c] ?? 0, 0);
    out.comma();
    out.decimal(table.frequency[c] ?? 0, 0);
    out.comma();
    out.decimal(table.monetary[c] ?? 0, 2);
    out.comma();
    out.decimal(r, 0);
    out.comma();
    out.decimal(f, 0);
    out.comma();
    out.decimal(m, 0);
    out.comma();
    out.text(code);
    out.comma();
    out.text(segment);
    out.lineEnd();
  }
  return out;
}

/** Bytes set aside per output line: some 60 for an id of 7 characters and a segment name. */
const LINE_BYTES = 128;

function segmentName(id: SegmentId, language: Language): string {
  return SEGMENT_NAMES.get(id)?.[language] ?? id;
}

function asOfOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = dayFromText(value);
  if (day === null) {
    throw badOption(COMMAND, dateOptionExpected('--as-of', value));
  }
  return day;
}

function binsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bins = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || bins < 2 || bins > 9) {
    throw badOption(COMMAND, binsOptionExpected(value));
  }
  return bins;
}
