/**
 * The messages of the command line (src/cli): its usage errors, its failures about files and data, and
 * the notes it prints on the standard error. The help texts stay with their commands.
 */
import { text, type LocalizedText } from './text.js';

// ---- Usage ---------------------------------------------------------------------------------------------

/** A usage error, with where to read the usage ("promethee rfm --help"). */
export const seeUsage = (message: LocalizedText, see: string): LocalizedText => text(`${message.fr} (voir ${see})`, `${message.en} (see ${see})`);
export const optionTakesNoValue = (name: string): LocalizedText => text(`l’option --${name} ne prend pas de valeur`, `option --${name} takes no value`);
export const unknownOption = (shown: string): LocalizedText => text(`option inconnue ${shown}`, `unknown option ${shown}`);
export const optionNeedsValue = (name: string): LocalizedText => text(`l’option --${name} attend une valeur`, `option --${name} needs a value`);
export const optionGivenTwice = (name: string): LocalizedText => text(`l’option --${name} est donnée deux fois`, `option --${name} is given twice`);
export const unknownCommand = (command: string): LocalizedText =>
  text(`commande inconnue « ${command} » : rfm, abc, audit ou clv (voir promethee --help)`, `unknown command "${command}": rfm, abc, audit or clv (see promethee --help)`);
export const missingCsvFile = text('fichier CSV manquant', 'missing CSV file');
export const oneFileExpected = (extra: string): LocalizedText => text(`un seul fichier attendu (reçu aussi « ${extra} »)`, `one file expected (also got "${extra}")`);
export const optionRequired = (name: string): LocalizedText => text(`option --${name} obligatoire`, `option --${name} is required`);
export const amountOrQuantityPrice = (amountOption: string): LocalizedText =>
  text(`--${amountOption} ou bien --quantity et --price, pas les deux`, `--${amountOption} or else --quantity and --price, not both`);
export const quantityNeedsPrice = text('--quantity va avec --price', '--quantity goes with --price');
export const priceNeedsQuantity = text('--price va avec --quantity', '--price goes with --quantity');
export const amountRequired = (amountOption: string): LocalizedText =>
  text(`option --${amountOption} (ou --quantity et --price) obligatoire`, `option --${amountOption} (or --quantity and --price) is required`);
export const languageExpected = (value: string): LocalizedText => text(`--language : fr ou en attendu (reçu « ${value} »)`, `--language: fr or en expected (got "${value}")`);
export const delimiterExpected = (choices: readonly string[], value: string): LocalizedText =>
  text(`--delimiter : ${choices.join(', ')} attendu (reçu « ${value} »)`, `--delimiter: ${choices.join(', ')} expected (got "${value}")`);
export const numberOptionExpected = (name: string, value: string): LocalizedText => text(`--${name} : nombre attendu (reçu « ${value} »)`, `--${name}: a number is expected (got "${value}")`);
export const choiceExpected = (name: string, choices: readonly string[], value: string): LocalizedText =>
  text(`--${name} : ${choices.join(' ou ')} attendu (reçu « ${value} »)`, `--${name}: ${choices.join(' or ')} expected (got "${value}")`);
export const decimalExpected = (value: string): LocalizedText => text(`--decimal : « , » ou « . » attendu (reçu « ${value} »)`, `--decimal: "," or "." expected (got "${value}")`);
export const headerOrNoHeader = text('--header ou bien --no-header, pas les deux', '--header or else --no-header, not both');
export const columnsNotWithHeader = text(
  '--columns nomme les colonnes d’un fichier sans ligne d’en-tête : pas avec --header',
  '--columns names the columns of a file without a header line: not with --header',
);
export const columnsExpected = (value: string): LocalizedText =>
  text(`--columns : noms séparés par des virgules, sans nom vide (reçu « ${value} »)`, `--columns: comma-separated names, none empty (got "${value}")`);
export const outIsInput = (out: string): LocalizedText => text(`--out : ${out} est le fichier d’entrée, il serait écrasé`, `--out: ${out} is the input file, it would be overwritten`);
export const dateFormatExpected = (value: string): LocalizedText =>
  text(`--date-format : dmy (31/12/2024) ou mdy (12/31/2024) attendu (reçu « ${value} »)`, `--date-format: dmy (31/12/2024) or mdy (12/31/2024) expected (got "${value}")`);
/** A date option (--as-of, --calibration-end) that is not a date. */
export const dateOptionExpected = (option: string, value: string): LocalizedText =>
  text(`${option} : date attendue, 2024-12-31 ou 31/12/2024 (reçu « ${value} »)`, `${option}: a date such as 2024-12-31 or 31/12/2024 is expected (got "${value}")`);
export const binsOptionExpected = (value: string): LocalizedText => text(`--bins : nombre entier de 2 à 9 attendu (reçu « ${value} »)`, `--bins: a whole number from 2 to 9 is expected (got "${value}")`);
export const abcThresholdsOption = (a: number, b: number): LocalizedText => text(`seuils : il faut 0 < a < b ≤ 1 (reçu a = ${a}, b = ${b})`, `thresholds: 0 < a < b ≤ 1 is required (got a = ${a}, b = ${b})`);
export const horizonOptionExpected = (horizon: number): LocalizedText => text(`--horizon : nombre de 0 à 5000 attendu (reçu ${horizon})`, `--horizon: a number from 0 to 5000 is expected (got ${horizon})`);
export const discountOptionExpected = (rate: number): LocalizedText =>
  text(`--discount : taux annuel de 0 à 1 attendu, ex. 0.1 (reçu ${rate})`, `--discount: an annual rate from 0 to 1 is expected, e.g. 0.1 (got ${rate})`);
export const unexpectedAuditArgument = (argument: string): LocalizedText =>
  text(`argument inattendu « ${argument} » : le fichier de transactions se donne avec --transactions`, `unexpected argument "${argument}": give the transactions file with --transactions`);
export const xlsxExpected = (out: string): LocalizedText => text(`--out : un fichier .xlsx est attendu (reçu « ${out} »)`, `--out: an .xlsx file is expected (got "${out}")`);
export const goesWithTransactions = (option: string): LocalizedText => text(`--${option} va avec --transactions`, `--${option} goes with --transactions`);
export const onlyNeedsTransactions = (keys: readonly string[]): LocalizedText =>
  text(`--only ${keys.join(',')} : ces feuilles se calculent sur --transactions`, `--only ${keys.join(',')}: these sheets are computed from --transactions`);
export const transactionsUnused = text('--transactions ne sert à aucune des feuilles de --only', '--transactions is used by none of the sheets of --only');
export const unknownBuildKeys = (unknown: readonly string[], known: readonly string[]): LocalizedText =>
  text(
    `--only : clé inconnue « ${unknown.join(', ')} » ; les clés sont ${known.join(', ')} (promethee audit --list)`,
    `--only: unknown key "${unknown.join(', ')}"; the keys are ${known.join(', ')} (promethee audit --list)`,
  );

// ---- Files ---------------------------------------------------------------------------------------------

/** A message about a file, prefixed by its path. */
export const inFile = (path: string, message: LocalizedText): LocalizedText => text(`${path} : ${message.fr}`, `${path}: ${message.en}`);
export const noSuchFile = text('fichier ou dossier introuvable', 'no such file or directory');
export const isADirectory = text("c’est un dossier", 'it is a directory');
export const permissionDenied = text('permission refusée', 'permission denied');
export const diskFull = text('disque plein (le fichier précédent, s’il y en avait un, est intact)', 'no space left on the disk (the previous file, if any, is intact)');
/** A file the command cannot read or write, and why; `of` is "de " or "d’" before a vowel. */
export const cannotAccess = (of: string, verbFr: string, verbEn: string, path: string, reason: LocalizedText): LocalizedText =>
  text(`impossible ${of}${verbFr} ${path} : ${reason.fr}`, `cannot ${verbEn} ${path}: ${reason.en}`);
export const outputExists = (out: string): LocalizedText =>
  text(
    `${out} existe déjà : il contient peut-être un audit rempli ; choisissez un autre nom, ou ajoutez --force pour le remplacer`,
    `${out} already exists: it may hold an audit filled in; choose another name, or add --force to replace it`,
  );
export const invalidUtf8Options = (path: string, message: LocalizedText): LocalizedText =>
  text(
    `${path} : ${message.fr}, ou choisissez --encoding utf-8 (ces octets deviennent « \ufffd ») ou --encoding windows-1252 (tout le fichier lu ainsi)`,
    `${path}: ${message.en}, or choose --encoding utf-8 (those bytes become "\ufffd") or --encoding windows-1252 (the whole file read so)`,
  );
export const replacedBytes = (path: string, lines: string): LocalizedText =>
  text(`${path} : octets invalides en UTF-8 remplacés par « \ufffd » (ligne(s) ${lines})`, `${path}: bytes invalid in UTF-8 replaced by "\ufffd" (line(s) ${lines})`);
export const tooManyCustomersForWorkbook = (path: string, count: LocalizedText, max: LocalizedText, rows: LocalizedText): LocalizedText =>
  text(
    `${path}\u00A0: ${count.fr} clients, plus que les ${max.fr} lignes qu’une feuille de classeur peut lister (${rows.fr} lignes, en-tête compris)\u00A0; réduisez le fichier (une période, une région) ou utilisez promethee rfm, qui écrit un CSV sans cette limite`,
    `${path}: ${count.en} customers, more than the ${max.en} rows a workbook sheet can list (${rows.en} rows, header included); narrow the file (a period, a region) or use promethee rfm, which writes CSV without this limit`,
  );
export const customerIdTooLong = (path: string, start: string, length: LocalizedText, max: LocalizedText): LocalizedText =>
  text(
    `${path}\u00A0: l’identifiant client «\u00A0${start}…\u00A0» a ${length.fr} caractères, plus que les ${max.fr} qu’une cellule de classeur peut contenir\u00A0; vérifiez la colonne --customer (un guillemet mal placé peut avaler les lignes suivantes) ou utilisez promethee rfm, qui écrit un CSV sans cette limite`,
    `${path}: the customer id "${start}…" is ${length.en} characters long, more than the ${max.en} a workbook cell can hold; check the --customer column (a misplaced quote can swallow the lines after it) or use promethee rfm, which writes CSV without this limit`,
  );

// ---- Notes ---------------------------------------------------------------------------------------------

export const skippedLines = (path: string, count: number, what: LocalizedText, lines: string): LocalizedText =>
  text(`${path} : ${count} ligne(s) sans ${what.fr} ignorée(s) (ligne(s) ${lines})`, `${path}: ${count} row(s) without ${what.en} skipped (line(s) ${lines})`);
/** What a skipped line lacks, in {@link skippedLines}. */
export const aCustomerId = text('identifiant client', 'a customer id');
export const anItemId = text("identifiant d’article", 'an item id');
export const dateOrderHint = text(' ; --date-format dmy ou mdy impose l’ordre', '; --date-format dmy or mdy sets the order');
export const decimalHint = text(' ; --decimal , ou --decimal . impose le séparateur', '; --decimal , or --decimal . sets the mark');
export const headerHint = text(' ; --header ou --no-header l’impose', '; --header or --no-header sets it');
export const itemsExcluded = (count: number, names: string): LocalizedText =>
  text(`${count} article(s) de valeur ≤ 0 exclu(s) du classement : ${names}`, `${count} item(s) with a value ≤ 0 left out of the classification: ${names}`);
export const nonPositiveInAudit = (count: number): LocalizedText =>
  text(`${count} client(s) au montant net ≤ 0 : gardé(s) dans les feuilles RFM, hors du classement ABC`, `${count} customer(s) with a net total ≤ 0: kept in the RFM sheets, left out of the ABC classification`);
export const withoutPurchaseInAudit = (count: number): LocalizedText =>
  text(
    `${count} client(s) sans aucun achat (que des avoirs) : listé(s) dans les feuilles RFM sans score ni segment, hors des seuils et du classement ABC`,
    `${count} customer(s) without any purchase (refunds only): listed in the RFM sheets with no score or segment, left out of the cut points and of the ABC classification`,
  );
export const nonPositiveInRfm = (count: number): LocalizedText =>
  text(
    `${count} client(s) au montant net ≤ 0 (achats à 0, ou avoirs au moins égaux aux achats), gardé(s) dans la table`,
    `${count} customer(s) with a net total ≤ 0 (free purchases, or refunds at least equal to purchases), kept in the table`,
  );
export const withoutPurchaseInRfm = (count: number): LocalizedText =>
  text(
    `${count} client(s) sans aucun achat (que des avoirs) : listé(s) avec une fréquence de 0, sans récence, notes ni segment, et hors du calcul des seuils ; --refunds drop les retire`,
    `${count} customer(s) without any purchase (refunds only): listed with frequency 0, no recency, scores or segment, and left out of the cut points; --refunds drop leaves them out`,
  );
export const refundRowsLeftOut = (count: number): LocalizedText =>
  text(`${count} ligne(s) au montant négatif (avoirs) ignorée(s) : ce ne sont pas des achats`, `${count} row(s) with a negative amount (refunds) left out: they are not purchases`);
export const withoutPurchaseBeforeCalibrationEnd = (count: number, end: string): LocalizedText =>
  text(`${count} client(s) sans achat jusqu’au ${end} (fin de calibration) laissé(s) de côté`, `${count} customer(s) without a purchase up to ${end} (calibration end) left out`);
export const simplePurchasesFormula = (reason: LocalizedText): LocalizedText =>
  text(
    `achats : formule simple (x ÷ T × horizon, taux de la population si T < 91,3 jours) à la place de BG/NBD — ${reason.fr}`,
    `purchases: simple formula (x ÷ T × horizon, the population's rate when T < 91.3 days) instead of BG/NBD — ${reason.en}`,
  );
export const simpleSpendFormula = (reason: LocalizedText): LocalizedText =>
  text(`panier : formule simple (montant moyen des réachats) à la place de Gamma-Gamma — ${reason.fr}`, `spend: simple formula (mean repeat value) instead of Gamma-Gamma — ${reason.en}`);
export const costOrMargin = text('--cost ou bien --margin, pas les deux', '--cost or else --margin, not both');
export const categoryForPortfolio = text(
  'l’analyse du portefeuille lit la catégorie de clientèle de chaque transaction : donnez --category COL',
  'the portfolio analysis reads the customer category of each transaction: give --category COL',
);
export const aCategory = text('catégorie de clientèle', 'a customer category');
export const tooManyTransactionsForPortfolio = (path: string, count: LocalizedText, max: LocalizedText): LocalizedText =>
  text(
    `${path} : ${count.fr} transactions, l’analyse du portefeuille en prend ${max.fr} au plus (ses formules relisent chaque ligne) ; gardez les deux dernières années, ou une ligne par commande`,
    `${path}: ${count.en} transactions, the portfolio analysis takes at most ${max.en} (its formulas read every row again); keep the last two years, or one row per order`,
  );
