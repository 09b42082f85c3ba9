/**
 * `promethee rfm`: one row per customer (recency, frequency, monetary, R, F, M scores, RFM code,
 * segment) from a CSV export of transactions — the same kernels as the RFM_TABLE function.
 */
import { dayFromText } from '../cells/dates.js';
import { isSheetError, type Language } from '../cells/errors.js';
import { formatCsvField, formatCsvText } from '../io/csv.js';
import { aggregateCodedTransactions, type CustomerTable } from '../metrics/rfm/aggregate.js';
import { rfmCode, scoreRfm, type RfmMethod, type RfmScores } from '../metrics/rfm/score.js';
import { SEGMENTS, segmentOfCode, type SegmentId } from '../metrics/rfm/segments.js';
import { parseArgs } from './args.js';
import {
  badOption,
  choiceOption,
  type CliIo,
  dataFailure,
  formatDecimal,
  INPUT_OPTIONS,
  note,
  showHelp,
  writeOutput,
} from './common.js';
import { EXIT_CODES_HELP, EXIT_OK } from './failure.js';
import { readTransactionFile, TRANSACTION_COLUMN_OPTIONS, transactionReferences } from './transactions.js';

const COMMAND = 'rfm';

const OPTIONS = {
  values: [...TRANSACTION_COLUMN_OPTIONS, 'order', 'as-of', 'bins', 'method', 'refunds', ...INPUT_OPTIONS],
  flags: ['help'],
} as const;

/** The header of the output, fixed and in English whatever the language, so that scripts can rely on it. */
export const RFM_OUTPUT_HEADER = 'customer,recency_days,frequency,monetary,r,f,m,rfm,segment';

/** `promethee rfm --help`: French first, English below. */
export const RFM_HELP = `promethee rfm FICHIER.csv --customer COL --date COL (--amount COL | --quantity COL --price COL) [options]

Segmentation RFM : une ligne par client (récence, fréquence, montant, notes R, F, M, code RFM, segment).
COL = nom de la colonne dans la ligne d'en-tête (sans tenir compte de la casse ni des espaces autour)
      ou son numéro à partir de 1.
  --customer COL      identifiant client ; une ligne sans identifiant est ignorée et signalée
  --date COL          date de la transaction : 2024-12-31, 31/12/2024 ou 20241231
  --amount COL        montant : 1234.5 ou 1 234,50 ; négatif = avoir (remboursement)
  --quantity COL --price COL
                      à la place de --amount : montant = quantité × prix unitaire
  --order COL         n° de commande : les lignes d'une même commande comptent pour une commande
  --as-of AAAA-MM-JJ  date d'analyse (défaut : lendemain de la dernière date du fichier)
  --bins N            notes par critère, 2 à 9 (défaut 5) ; le segment n'existe qu'avec 5 notes
  --method rfm|ntile  rfm (défaut) : seuils aux quantiles, comme le package R rfm, ex æquo même note ;
                      ntile : groupes d'effectifs égaux, ex æquo départagés par le rang
  --refunds net|drop  avoirs déduits du montant (net, défaut) ou ignorés (drop) ; jamais des commandes
  --out FICHIER.csv   écrit le résultat dans ce fichier (défaut : sortie standard)
  --delimiter comma|semicolon|tab|whitespace
                      séparateur (défaut : détecté sur la première ligne ; whitespace = espaces alignés)
  --columns a,b,c     noms des colonnes d'un fichier sans ligne d'en-tête
  --language fr|en    langue des segments et des messages (défaut fr)
Entrée : FICHIER.csv, ou « - » pour l'entrée standard ; UTF-8 avec ou sans BOM (sinon lu en
Windows-1252) ; guillemets "…" autour des champs qui contiennent le séparateur.
Sortie : CSV à virgules, décimales avec un point, une ligne par client dans l'ordre de première
apparition, en-tête fixe en anglais :
  ${RFM_OUTPUT_HEADER}
Récence = jours entre le dernier achat et la date d'analyse ; fréquence = nombre de commandes ;
montant = somme des montants, arrondie au centime. Un client dont le montant net est ≤ 0 reste dans
la table et est signalé. Un identifiant qu'un tableur prendrait pour une formule (=, +, -, @ en tête)
est écrit précédé d'une apostrophe, pour rester du texte.
Exemple : promethee rfm commandes.csv --customer client --date date --amount montant --as-of 2024-12-31

RFM segmentation: one row per customer (recency, frequency, monetary, R, F, M scores, RFM code, segment).
COL = the column's name in the header line (case and surrounding spaces ignored) or its 1-based number.
  --customer COL      customer id; a row without one is skipped and reported
  --date COL          transaction date: 2024-12-31, 31/12/2024 or 20241231
  --amount COL        amount: 1234.5 or 1 234,50; negative = refund
  --quantity COL --price COL
                      instead of --amount: amount = quantity × unit price
  --order COL         order id: the rows of one order count as one order
  --as-of YYYY-MM-DD  analysis date (default: the day after the last date in the file)
  --bins N            scores per measure, 2 to 9 (default 5); segments exist only with 5 scores
  --method rfm|ntile  rfm (default): cut points at quantiles, as the R package rfm, ties share a score;
                      ntile: equal-size groups, ties split by rank
  --refunds net|drop  refunds deducted from monetary (net, default) or ignored (drop); never orders
  --out FILE.csv      write the result to this file (default: standard output)
  --delimiter comma|semicolon|tab|whitespace
                      separator (default: detected from the first line; whitespace = aligned columns)
  --columns a,b,c     column names of a file without a header line
  --language fr|en    language of segment names and messages (default fr)
Input: FILE.csv, or "-" for the standard input; UTF-8 with or without BOM (else read as
Windows-1252); fields holding the separator in "…".
Output: comma-separated CSV, '.' decimals, one row per customer in order of first appearance, with the
fixed English header above. Recency = days from the last purchase to the analysis date; frequency =
number of orders; monetary = sum of amounts, rounded to cents. A customer whose net total is ≤ 0 stays
in the table and is reported. An id a spreadsheet would take for a formula (starting with =, +, -, @)
is written with a leading apostrophe, so that it stays text.
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
  const method = choiceOption<RfmMethod>(args, 'method', ['rfm', 'ntile'], 'rfm', COMMAND);
  const refunds = choiceOption(args, 'refunds', ['net', 'drop'] as const, 'net', COMMAND);

  const { input, transactions } = await readTransactionFile(args, io, COMMAND, language, references);
  const table = aggregateCodedTransactions(transactions, { asOf, refunds });
  if (isSheetError(table)) throw dataFailure(input.path, table);
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, { bins, method });
  if (isSheetError(scores)) throw dataFailure(input.path, scores);
  if (table.nonPositiveCustomers > 0) {
    note(io, language, {
      fr: `${table.nonPositiveCustomers} client(s) au montant net ≤ 0 (achats à 0, ou avoirs au moins égaux aux achats), gardé(s) dans la table`,
      en: `${table.nonPositiveCustomers} customer(s) with a net total ≤ 0 (free purchases, or refunds at least equal to purchases), kept in the table`,
    });
  }
  // The 125-code segment map is made for scores 1–5: with other bins a code such as "444" would get a
  // segment meant for another scale, so the column stays empty.
  await writeOutput(args, io, rfmCsv(table, scores, (bins ?? 5) === 5 ? language : null));
  return EXIT_OK;
}

/** The output CSV: the fixed header and one line per customer; segments in `language`, none for null. */
function rfmCsv(table: CustomerTable, scores: RfmScores, language: Language | null): string {
  const lines: string[] = [RFM_OUTPUT_HEADER];
  const segmentNames = new Map<string, string>();
  for (let c = 0; c < table.customers.length; c++) {
    const r = scores.r[c] ?? 0;
    const f = scores.f[c] ?? 0;
    const m = scores.m[c] ?? 0;
    const code = rfmCode(r, f, m);
    let segment = segmentNames.get(code);
    if (segment === undefined) {
      const id = language === null ? null : segmentOfCode(code);
      segment = id === null || isSheetError(id) || language === null ? '' : segmentName(id, language);
      segmentNames.set(code, segment);
    }
    lines.push(
      [
        formatCsvText(table.customers[c] ?? ''),
        String(table.recencyDays[c] ?? 0),
        String(table.frequency[c] ?? 0),
        formatDecimal(table.monetary[c] ?? 0, 2),
        String(r),
        String(f),
        String(m),
        code,
        formatCsvField(segment),
      ].join(','),
    );
  }
  lines.push('');
  return lines.join('\n');
}

function segmentName(id: SegmentId, language: Language): string {
  return SEGMENT_NAMES.get(id)?.[language] ?? id;
}

function asOfOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const day = dayFromText(value);
  if (day === null) {
    throw badOption(COMMAND, `--as-of : date attendue, 2024-12-31 ou 31/12/2024 (reçu « ${value} »)`, `--as-of: a date such as 2024-12-31 or 31/12/2024 is expected (got "${value}")`);
  }
  return day;
}

function binsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const bins = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || bins < 2 || bins > 9) {
    throw badOption(COMMAND, `--bins : nombre entier de 2 à 9 attendu (reçu « ${value} »)`, `--bins: a whole number from 2 to 9 is expected (got "${value}")`);
  }
  return bins;
}
