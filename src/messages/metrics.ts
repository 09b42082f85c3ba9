/**
 * The messages of the kernels (src/metrics): each error and note they return, by name. A fixed text is
 * a {@link LocalizedText}; a text with values is a function returning one.
 */
import { text, type LocalizedText } from './text.js';

// ---- Checks shared by the kernels (src/metrics/checks.ts) ----------------------------------------------

/** `what` below 0: #NUM!. */
export const cannotBeNegative = (what: LocalizedText, value: number): LocalizedText => text(`${what.fr} ne peut pas être négatif (${value})`, `${what.en} cannot be negative (${value})`);

/** A rate outside 0…1, with `hint` for a rate typed in percent points. */
export const rateOutOfRange = (what: LocalizedText, value: number, hint: LocalizedText): LocalizedText =>
  text(`${what.fr} doit être entre 0 et 100 % (reçu ${value})${hint.fr}`, `${what.en} must be between 0 and 100% (got ${value})${hint.en}`);

/** The hint of {@link rateOutOfRange} for a value that reads as percent points (40 for 40 %). */
export const percentPointsHint = (value: number): LocalizedText => text(` — ${value} % ? saisissez ${value} % ou ${value / 100}`, ` — ${value}%? type ${value}% or ${value / 100}`);

/** A denominator of 0: #DIV/0!. */
export const cannotDivideByZero = (what: LocalizedText): LocalizedText => text(`${what.fr} vaut 0 : division impossible`, `${what.en} is 0: cannot divide`);

/** A result that is not a finite number. */
export const resultOutsideLimits = text('Résultat hors des limites du tableur (valeurs trop grandes ou trop petites)', 'Result outside spreadsheet limits (values too large or too small)');

// ---- The quantities the checks name (several kernels share them) ---------------------------------------

export const theCustomersAtStart = text('Le nombre de clients en début de période', 'The number of customers at start');
export const theCustomersAtEnd = text('Le nombre de clients en fin de période', 'The number of customers at end');
export const theCustomersLost = text('Le nombre de clients perdus', 'The number of customers lost');
export const theNewCustomers = text('Le nombre de nouveaux clients', 'The number of new customers');
export const theConversionsCount = text('Le nombre de conversions', 'The number of conversions');
export const theFunnelTotal = text('Le total', 'The total');
export const theSellingPrice = text('Le prix de vente', 'The selling price');
export const theCost = text('Le coût', 'The cost');
export const theOrdersCount = text('Le nombre de commandes', 'The number of orders');
export const theAverageOrderValue = text('Le panier moyen', 'The average order value');
export const theOrdersPerPeriod = text('Le nombre de commandes par période', 'The orders per period');
export const theGrossMarginRate = text('Le taux de marge brute', 'The gross margin rate');
export const theChurnRate = text("Le taux d’attrition", 'The churn rate');
export const theRetentionRate = text('Le taux de rétention', 'The retention rate');
export const theDiscountRate = text("Le taux d’actualisation", 'The discount rate');
export const theAnnualDiscountRate = text("Le taux d’actualisation annuel", 'The annual discount rate');
export const theAcquisitionCost = text('Le CAC', 'The CAC');
export const theLeadsCount = text('Le nombre de leads', 'The number of leads');
export const theOpportunitiesCount = text('Le nombre d’opportunités', 'The number of opportunities');
export const theMonthlyRevenuePerCustomer = text('Le revenu mensuel par client', 'The monthly revenue per customer');
export const theMonthlyMarginPerCustomer = text('La marge mensuelle par client', 'The monthly margin per customer');
export const theStartingValue = text('La valeur de départ', 'The starting value');
/** A stage of a funnel, numbered from 1. */
export const funnelStage = (stage: number): LocalizedText => text(`L’étape ${stage}`, `Stage ${stage}`);

// ---- Retention, conversion, pricing, value -------------------------------------------------------------

export const moreLostThanAtStart = (lost: number, atStart: number): LocalizedText =>
  text(
    `Plus de clients perdus (${lost}) que de clients en début de période (${atStart}) : le taux dépasserait 100 %`,
    `More customers lost (${lost}) than customers at start (${atStart}): the rate would exceed 100%`,
  );
export const keptOutOfRange = (kept: number, atStart: number): LocalizedText =>
  text(
    `Clients conservés = fin − nouveaux = ${kept}, hors de 0…${atStart} (clients en début de période) : vérifiez les trois nombres`,
    `Customers kept = end − new = ${kept}, outside 0…${atStart} (customers at start): check the three numbers`,
  );
export const npsScoreInvalid = (score: number): LocalizedText => text(`Une note NPS doit être un entier de 0 à 10 (reçu ${score})`, `An NPS answer must be a whole number from 0 to 10 (got ${score})`);
export const npsNoAnswers = text('Aucune note : le NPS ne peut pas être calculé', 'No answers: the NPS cannot be computed');
export const moreConversionsThanEntries = (conversions: number, total: number): LocalizedText =>
  text(`Plus de conversions (${conversions}) que d’entrées (${total}) : le taux dépasserait 100 %`, `More conversions (${conversions}) than entries (${total}): the rate would exceed 100%`);
export const funnelEmpty = text('Le tunnel doit avoir au moins une étape', 'The funnel needs at least one stage');
export const funnelWidens = (stage: number, count: number, previous: number): LocalizedText =>
  text(
    `L’étape ${stage} (${count}) dépasse l’étape précédente (${previous}) : un tunnel ne peut que se rétrécir`,
    `Stage ${stage} (${count}) exceeds the previous stage (${previous}): a funnel can only narrow`,
  );
export const negativeStartingValue = (previous: number): LocalizedText =>
  text(
    `La valeur de départ est négative (${previous}) : le taux d’évolution n’a pas de sens, comparez les valeurs`,
    `The starting value is negative (${previous}): a growth rate has no meaning, compare the values`,
  );
export const infiniteRetentionValue = text(
  'Rétention de 100 % sans actualisation : la valeur serait infinie (donnez un taux d’actualisation > 0)',
  'Retention of 100% with no discounting: the value would be infinite (give a discount rate > 0)',
);

// ---- ABC -----------------------------------------------------------------------------------------------

export const abcThresholds = (a: number, b: number): LocalizedText => text(`Seuils ABC : il faut 0 < a < b ≤ 100 % (reçu a = ${a}, b = ${b})`, `ABC thresholds: 0 < a < b ≤ 100% is required (got a = ${a}, b = ${b})`);
export const abcLengthMismatch = (items: number, values: number): LocalizedText =>
  text(`items et values doivent avoir le même nombre de lignes : ${items} contre ${values}`, `items and values must have the same number of rows: ${items} vs ${values}`);
export const abcNoItem = text('Aucun élément à classer', 'No item to classify');
export const abcValueNotNumber = (row: number): LocalizedText => text(`values, ligne ${row} : nombre attendu`, `values, row ${row}: a number is expected`);
export const abcNoPositiveValue = text('Aucune valeur positive : le total est nul, les parts ne peuvent pas être calculées', 'No positive value: the total is 0, shares cannot be computed');
export const abcTotalOutsideLimits = text('Total des valeurs hors des limites du tableur', 'Total of the values outside spreadsheet limits');

// ---- Transactions, for RFM and CLV (src/metrics/rfm/aggregate.ts, src/metrics/clv/summary.ts) ----------

export const noTransaction = text('Aucune transaction à analyser', 'No transaction to analyse');
/** Columns of transactions of different lengths. */
export const customersLengthMismatch = (name: string, expected: number, actual: number): LocalizedText =>
  text(`customers et ${name} doivent avoir le même nombre de lignes : ${expected} contre ${actual}`, `customers and ${name} must have the same number of rows: ${expected} vs ${actual}`);
export const transactionLengthsMismatch = (rows: number, days: number, amounts: number): LocalizedText =>
  text(`customers, dates et amounts doivent avoir le même nombre de lignes : ${rows}, ${days}, ${amounts}`, `customers, dates and amounts must have the same number of rows: ${rows}, ${days}, ${amounts}`);
/** A problem of one transaction row, numbered from 1. */
export const rowProblem = (row: number, problem: LocalizedText): LocalizedText => text(`Ligne ${row} : ${problem.fr}`, `Row ${row}: ${problem.en}`);
export const emptyCustomer = text('client vide', 'empty customer');
export const invalidDateForCustomer = (id: string): LocalizedText => text(`date invalide pour le client ${id}`, `invalid date for customer ${id}`);
export const invalidAmountForCustomer = (id: string): LocalizedText => text(`montant invalide pour le client ${id}`, `invalid amount for customer ${id}`);
export const customerCodeOutside = (code: number, count: number): LocalizedText =>
  text(`code client ${code} hors de la liste des ${count} clients`, `customer code ${code} outside the list of ${count} customers`);
export const orderCodeOutside = (code: number, last: number): LocalizedText => text(`code de commande ${code} hors de 0 à ${last}`, `order code ${code} outside 0 to ${last}`);
export const refundsPolicy = (got: string): LocalizedText => text(`refunds : "net" ou "drop" attendu (reçu "${got}")`, `refunds: "net" or "drop" expected (got "${got}")`);
export const customerWithoutRow = (id: string, code: number): LocalizedText => text(`Le client ${id} (code ${code}) n’a aucune ligne`, `Customer ${id} (code ${code}) has no row`);
export const noPurchaseToAnalyse = text('Aucun achat à analyser : tous les montants sont négatifs (avoirs)', 'No purchase to analyse: every amount is negative (refunds)');
export const invalidAnalysisDate = text("as_of : date d’analyse invalide", 'as_of: invalid analysis date');
export const analysisDateBeforeLastPurchase = (analysis: string, latest: string): LocalizedText =>
  text(
    `La date d’analyse (${analysis}) précède le dernier achat des données (${latest}) : filtrez les transactions postérieures ou choisissez une date plus tardive`,
    `The analysis date (${analysis}) is before the last purchase in the data (${latest}): filter out the later transactions or choose a later date`,
  );
export const customerTotalOutsideLimits = (id: string): LocalizedText =>
  text(`Montant total du client ${id} hors des limites du tableur`, `Total amount of customer ${id} outside spreadsheet limits`);

// ---- RFM scores and segments ---------------------------------------------------------------------------

export const measureRecency = text('récence', 'recency');
export const measureFrequency = text('fréquence', 'frequency');
export const measureMonetary = text('montant', 'monetary');
export const measureLengthMismatch = (measure: LocalizedText, n: number, length: number): LocalizedText =>
  text(`récence et ${measure.fr} doivent avoir le même nombre de lignes : ${n} contre ${length}`, `recency and ${measure.en} must have the same number of rows: ${n} vs ${length}`);
export const noCustomerToScore = text('Aucun client à noter', 'No customer to score');
export const measureNotNumber = (measure: LocalizedText, row: number): LocalizedText => text(`${measure.fr}, ligne ${row} : nombre attendu`, `${measure.en}, row ${row}: a number is expected`);
export const rfmMethod = (got: string): LocalizedText =>
  text(`method : « quantile », « rfm » ou « ntile » attendu (reçu « ${got} »)`, `method: "quantile", "rfm" or "ntile" expected (got "${got}")`);
export const noCustomerWithPurchase = text('Aucun client avec un achat à noter (tous ont une fréquence de 0)', 'No customer with a purchase to score (every frequency is 0)');
export const binsNotWhole = (min: number, max: number, bins: number): LocalizedText =>
  text(`bins : nombre entier attendu, de ${min} à ${max} (reçu ${bins})`, `bins: a whole number from ${min} to ${max} is expected (got ${bins})`);
export const binsOutOfRange = (min: number, max: number, bins: number): LocalizedText => text(`bins doit être entre ${min} et ${max} (reçu ${bins})`, `bins must be between ${min} and ${max} (got ${bins})`);
export const cutsCount = (measure: LocalizedText, bins: number, got: number): LocalizedText =>
  text(`Seuils de ${measure.fr} : ${bins - 1} nombres attendus pour ${bins} notes (reçu ${got})`, `${measure.en} cut points: ${bins - 1} numbers expected for ${bins} scores (got ${got})`);
export const cutNotNumber = (measure: LocalizedText, cut: number): LocalizedText =>
  text(`Seuils de ${measure.fr} : le seuil n° ${cut} n’est pas un nombre`, `${measure.en} cut points: cut point ${cut} is not a number`);
export const cutsNotAscending = (measure: LocalizedText, previous: number, current: number): LocalizedText =>
  text(`Seuils de ${measure.fr} : ils doivent être croissants (${previous} puis ${current})`, `${measure.en} cut points: they must be ascending (${previous} then ${current})`);
export const unknownRfmCode = (code: string): LocalizedText =>
  text(
    `Code RFM inconnu : "${code}" (attendu : trois chiffres, par ex. "545", présent dans la table des segments)`,
    `Unknown RFM code: "${code}" (expected three digits, e.g. "545", present in the segment map)`,
  );

// ---- CLV -----------------------------------------------------------------------------------------------

export const timeUnitExpected = (got: string): LocalizedText => text(`time_unit : "day", "week" ou "month" attendu (reçu "${got}")`, `time_unit: "day", "week" or "month" expected (got "${got}")`);
export const noPurchaseAllRefunds = text('Aucun achat : tous les montants sont négatifs (avoirs)', 'No purchase: every amount is negative (refunds)');
export const invalidCalibrationEnd = text('calibration_end : date invalide', 'calibration_end: invalid date');
export const noPurchaseBeforeCalibrationEnd = (end: string): LocalizedText =>
  text(`Aucun achat jusqu’à la fin de calibration (${end}) : choisissez une date plus tardive`, `No purchase up to the calibration end (${end}): choose a later date`);
export const horizonOutOfRange = (max: number, horizon: number): LocalizedText =>
  text(`horizon : nombre de périodes de 0 à ${max} attendu (reçu ${horizon})`, `horizon: a number of periods from 0 to ${max} is expected (got ${horizon})`);

// ---- CLV fit and prediction notes (src/metrics/clv/model.ts): why a simple formula replaced a model ----

export const fitConverged = text('ajusté', 'fitted');
export const fitIterationCap = text("l’ajustement n’a pas convergé dans la limite d’itérations", 'the fit did not converge within the iteration cap');
export const fitNotFinite = text('la vraisemblance est infinie ou indéfinie sur ces données', 'the likelihood is infinite or undefined on these data');
export const fitBoundary = text('un paramètre part vers 0 ou l’infini : les données ne suffisent pas à le déterminer', 'a parameter runs to 0 or infinity: the data do not pin it down');
/** A reason prefixed by the model it is about ("BG/NBD", "Gamma-Gamma"). */
export const modelReason = (model: string, reason: LocalizedText): LocalizedText => text(`${model} : ${reason.fr}`, `${model}: ${reason.en}`);
export const tooFewForBgNbd = (customers: number, repeatBuyers: number, minCustomers: number, minRepeatBuyers: number): LocalizedText =>
  text(
    `${customers} client(s) dont ${repeatBuyers} réachat(s) : il en faut au moins ${minCustomers} dont ${minRepeatBuyers} pour le modèle BG/NBD`,
    `${customers} customer(s), ${repeatBuyers} of them repeat buyers: the BG/NBD model needs at least ${minCustomers} with ${minRepeatBuyers} repeat buyers`,
  );
export const tooFewForGammaGamma = (spenders: number, minRepeatBuyers: number): LocalizedText =>
  text(
    `${spenders} réachat(s) de montant positif : il en faut au moins ${minRepeatBuyers} pour le modèle Gamma-Gamma`,
    `${spenders} repeat buyer(s) with a positive spend: the Gamma-Gamma model needs at least ${minRepeatBuyers}`,
  );
export const gammaGammaInfiniteMean = text('Gamma-Gamma : q ≤ 1, la dépense moyenne serait infinie', 'Gamma-Gamma: q ≤ 1, the mean spend would be infinite');
