/**
 * Probabilistic customer lifetime value in a cell: CLV_FIT (the fitted BG/NBD and Gamma-Gamma
 * parameters, or the fallback and why) and CLV_PREDICT (per customer: expected purchases, P(alive),
 * expected spend, discounted value, status), both from raw transactions; and three row-by-row
 * functions for an analyst who already has x, t_x, T and the parameters.
 */
import { isSheetError, numberError, type Language, type LocalizedText, type SheetError } from '../../cells/errors.js';
import type { DayNumber } from '../../cells/dates.js';
import type { OutCell, OutMatrix, RawArg } from '../../cells/values.js';
import {
  bgnbdConditionalExpected,
  bgnbdProbabilityAlive,
  fitClv,
  gammaGammaExpectedSpend,
  predictClv,
  predictOptionsProblem,
  summarizeTransactions,
  type ClvFit,
  type ClvSummary,
  type TimeUnit,
} from '../../metrics/clv/index.js';
import * as M from '../../messages/catalogue.js';
import { choiceParam, defineFunction, languageParam, optionalParam, rangeParam, rowByRow, t } from '../define.js';
import { TRANSACTION_DATES_HELP, transactionsFromArgs } from '../transactions.js';
import type { FunctionSpec } from '../types.js';

const TIME_UNITS = [
  { value: 'day', names: ['day', 'days', 'jour', 'jours', 'j', 'd'] },
  { value: 'week', names: ['week', 'weeks', 'semaine', 'semaines', 'sem', 'w'] },
  { value: 'month', names: ['month', 'months', 'mois', 'm'] },
] as const satisfies readonly { value: TimeUnit; names: readonly string[] }[];

/** The default horizon: one year in the time unit. */
export const ONE_YEAR: Readonly<Record<TimeUnit, number>> = Object.freeze({ day: 365, week: 52, month: 12 });

/** The transactions of three aligned lists, trailing empty rows dropped, then the model summary. */
function summaryFromArgs(customersArg: RawArg, datesArg: RawArg, amountsArg: RawArg, calibrationEnd: DayNumber | undefined, timeUnit: TimeUnit): ClvSummary | SheetError {
  const transactions = transactionsFromArgs(customersArg, datesArg, amountsArg);
  if (isSheetError(transactions)) return transactions;
  return summarizeTransactions(transactions, { calibrationEnd, timeUnit });
}

const transactionParams = [
  rangeParam('customers', 'text', 'Identifiant client de chaque transaction (une colonne)', 'Customer id of each transaction (a column)'),
  rangeParam('dates', 'date', TRANSACTION_DATES_HELP.fr, TRANSACTION_DATES_HELP.en),
  rangeParam('amounts', 'number', 'Montant de chaque transaction (négatif = avoir, ignoré)', 'Amount of each transaction (negative = refund, left out)'),
] as const;
const calibrationParam = optionalParam(
  'calibration_end',
  'date',
  undefined,
  'Dernier jour de la période de calibration, inclus (défaut : la dernière date des données) ; les achats postérieurs sont ignorés',
  'Last day of the calibration period, included (default: the last date in the data); later purchases are left out',
);
const unitParam = choiceParam('time_unit', 'text', TIME_UNITS, 'week', 'week', 'Unité de temps de t_x, T et de l’horizon : "day"/"jour", "week"/"semaine" (défaut), "month"/"mois" (30,4375 jours)', 'Time unit of t_x, T and the horizon: "day", "week" (default), "month" (30.4375 days)');
const languageOfTables = languageParam('Langue des en-têtes et statuts : "fr" ou "en" (défaut : la langue du classeur)', 'Language of headers and statuses: "fr" or "en" (default: the workbook’s language)');

const MODEL = t(
  "Modèles : BG/NBD (Fader, Hardie & Lee 2005) pour les achats — tant qu’il est actif, un client achète au hasard à son propre rythme, et après chaque achat il peut partir définitivement ; Gamma-Gamma (Fader & Hardie 2013) pour le montant — chaque client a son panier moyen, estimé en combinant le sien et celui de la population. Résumé : achats d’un même client le même jour fusionnés ; x = nombre de réachats (jours d’achat − 1), t_x = temps du premier au dernier achat, T = temps du premier achat à la fin de calibration, montant moyen des réachats (sans le premier achat) ; avoirs (montants négatifs) ignorés. Ajustement au maximum de vraisemblance : BFGS avec gradient analytique sur les logarithmes des paramètres (Nelder-Mead s’il ne converge pas), au plus 5 000 itérations, sans limite de temps. Repli : avec moins de 30 clients ou moins de 10 réacheteurs, sans convergence, avec un paramètre qui part à 0 ou l’infini, ou (Gamma-Gamma) q ≤ 1, la formule simple est utilisée — achats = x ÷ T × horizon, panier = montant moyen des réachats du client (celui de la population si x = 0), pas de P(actif) — et le statut le dit, avec la raison. Un client observé depuis moins d’un trimestre (T < 91,3 jours) reçoit alors le taux d’achat de la population, Σx ÷ Σ max(T, 91,3 jours), au lieu d’un taux extrapolé d’une durée trop courte (deux achats à un jour d’intervalle ne font pas 365 achats par an) ; son statut le dit.",
  'Models: BG/NBD (Fader, Hardie & Lee 2005) for purchases — while active, a customer buys at random at their own pace, and after each purchase may leave for good; Gamma-Gamma (Fader & Hardie 2013) for spend — each customer has their own average order value, estimated by combining theirs and the population\'s. Summary: purchases of one customer on one day merged; x = number of repeat purchases (purchase days − 1), t_x = time from the first to the last purchase, T = time from the first purchase to the calibration end, mean value of the repeat purchases (first purchase left out); refunds (negative amounts) left out. Maximum-likelihood fit: BFGS with the analytic gradient on the logarithms of the parameters (Nelder-Mead where it does not converge), at most 5,000 iterations, no time limit. Fallback: with fewer than 30 customers or 10 repeat buyers, no convergence, a parameter running to 0 or infinity, or (Gamma-Gamma) q ≤ 1, the simple formula is used — purchases = x ÷ T × horizon, spend = the customer\'s mean repeat value (the population\'s when x = 0), no P(alive) — and the status says so, with the reason. A customer observed for less than a quarter (T < 91.3 days) then gets the population\'s purchase rate, Σx ÷ Σ max(T, 91.3 days), instead of a rate extrapolated from too short a span (two purchases a day apart are not 365 purchases a year); the status says so.',
);

const FIT_HEADERS: Record<Language, [string, string]> = { fr: ['Paramètre', 'Valeur'], en: ['Parameter', 'Value'] };

function statusText(fit: ClvFit, which: 'frequency' | 'spend', language: Language): string {
  const part = fit[which];
  if (part.model === 'simple') return M.clvSimpleFormula(part.reason)[language];
  return part.model === 'bgnbd' ? 'BG/NBD' : 'Gamma-Gamma';
}

export const CLV_FIT = defineFunction({
  id: 'CLV_FIT',
  category: 'value',
  summary: t('Paramètres BG/NBD et Gamma-Gamma ajustés sur les transactions (ou le repli utilisé).', 'BG/NBD and Gamma-Gamma parameters fitted on the transactions (or the fallback used).'),
  help: t(
    `Depuis les transactions brutes (client, date, montant), un tableau de deux colonnes : r, alpha (en unités de temps), a, b, la log-vraisemblance BG/NBD, p, q, gamma (en devise), la log-vraisemblance Gamma-Gamma, le nombre de clients et de réacheteurs, et le modèle utilisé pour les achats et pour le panier. Un paramètre d’un modèle remplacé par la formule simple reste vide. ${MODEL.fr}`,
    `From raw transactions (customer, date, amount), a two-column table: r, alpha (in time units), a, b, the BG/NBD log-likelihood, p, q, gamma (in currency), the Gamma-Gamma log-likelihood, the numbers of customers and repeat buyers, and the model used for purchases and for spend. The parameters of a model replaced by the simple formula stay empty. ${MODEL.en}`,
  ),
  example: { formula: '=CLV_FIT(A2:A7000, B2:B7000, C2:C7000, "1997-09-30")', result: t('r 0,2426 | alpha 4,4135 | a 0,7929 | b 2,4258 | …', 'r 0.2426 | alpha 4.4135 | a 0.7929 | b 2.4258 | …') },
  params: [...transactionParams, calibrationParam, unitParam, languageOfTables],
  result: 'table',
  implementation: ([customersArg, datesArg, amountsArg, calibrationEnd, timeUnit, language]) => {
    const summary = summaryFromArgs(customersArg, datesArg, amountsArg, calibrationEnd, timeUnit);
    if (isSheetError(summary)) return summary;
    const fit = fitClv(summary);
    const bg = fit.frequency.model === 'bgnbd' ? fit.frequency.fit : null;
    const gg = fit.spend.model === 'gamma-gamma' ? fit.spend.fit : null;
    const labels: Record<Language, string[]> = {
      fr: ['log-vraisemblance BG/NBD', 'log-vraisemblance Gamma-Gamma', 'clients', 'réacheteurs', 'modèle des achats', 'modèle du panier'],
      en: ['BG/NBD log-likelihood', 'Gamma-Gamma log-likelihood', 'customers', 'repeat buyers', 'purchase model', 'spend model'],
    };
    const [llBg = '', llGg = '', customers = '', repeat = '', purchaseModel = '', spendModel = ''] = labels[language];
    const value = (v: number | undefined): OutCell => (v === undefined ? '' : v);
    return [
      [...FIT_HEADERS[language]],
      ['r', value(bg?.params.r)],
      ['alpha', value(bg?.params.alpha)],
      ['a', value(bg?.params.a)],
      ['b', value(bg?.params.b)],
      [llBg, value(bg?.logLikelihood)],
      ['p', value(gg?.params.p)],
      ['q', value(gg?.params.q)],
      ['gamma', value(gg?.params.gamma)],
      [llGg, value(gg?.logLikelihood)],
      [customers, fit.customers],
      [repeat, fit.repeatBuyers],
      [purchaseModel, statusText(fit, 'frequency', language)],
      [spendModel, statusText(fit, 'spend', language)],
    ];
  },
});

const PREDICT_HEADERS: Record<Language, readonly string[]> = {
  fr: ['Client', 'x', 't_x', 'T', 'Achats attendus', 'P(actif)', 'Panier attendu', 'CLV', 'Statut'],
  en: ['Customer', 'x', 't_x', 'T', 'Expected purchases', 'P(alive)', 'Expected spend', 'CLV', 'Status'],
};

/** A prediction cell: the number, or "" where there is none (the status column says why). */
const figure = (value: number | undefined): OutCell => (value === undefined || !Number.isFinite(value) ? '' : value);

export const CLV_PREDICT = defineFunction({
  id: 'CLV_PREDICT',
  category: 'value',
  summary: t('Par client : achats attendus, P(actif), panier attendu et CLV actualisée (BG/NBD + Gamma-Gamma).', 'Per customer: expected purchases, P(alive), expected spend and discounted CLV (BG/NBD + Gamma-Gamma).'),
  help: t(
    `Depuis les transactions brutes (client, date, montant), une ligne par client avec en-têtes : x, t_x, T, achats attendus sur l’horizon, probabilité d’être encore actif à la fin de calibration, panier attendu d’un prochain achat, CLV et statut (le modèle qui a donné les chiffres, ou le repli et sa raison). CLV = panier attendu × achats attendus, chaque tranche d’une unité de temps de l’horizon (au plus 60 tranches égales) actualisée depuis sa fin au taux annuel donné ; c’est un chiffre d’affaires : multipliez par votre taux de marque (marge ÷ prix de vente) pour une valeur en marge. Horizon : en unités de temps, de 0 à 5 000 (défaut : un an, 52 semaines, 365 jours ou 12 mois) ; au-delà de 100 × (alpha + T) pour un client, ses chiffres passent à la formule simple. ${MODEL.fr}`,
    `From raw transactions (customer, date, amount), one row per customer with headers: x, t_x, T, purchases expected over the horizon, probability of still being active at the calibration end, expected spend of a next purchase, CLV and status (the model that gave the figures, or the fallback and its reason). CLV = expected spend × expected purchases, each one-time-unit slice of the horizon (at most 60 equal slices) discounted from its end at the given annual rate; it is revenue: multiply by your gross margin rate (margin ÷ selling price) for a margin value. Horizon: in time units, 0 to 5,000 (default: one year, 52 weeks, 365 days or 12 months); beyond 100 × (alpha + T) for a customer, their figures fall back to the simple formula. ${MODEL.en}`,
  ),
  example: { formula: '=CLV_PREDICT(A2:A7000, B2:B7000, C2:C7000, 39, 10%, "1997-09-30")', result: t('Client | x | t_x | T | Achats attendus | … | Statut', 'Customer | x | t_x | T | Expected purchases | … | Status') },
  params: [
    ...transactionParams,
    optionalParam('horizon', 'number', undefined, "Horizon de prévision en unités de temps (défaut : un an)", 'Forecast horizon in time units (default: one year)'),
    optionalParam('discount_rate', 'number', 0, "Taux d’actualisation annuel, ex. 10 % (défaut 0)", 'Annual discount rate, e.g. 10% (default 0)'),
    calibrationParam,
    unitParam,
    languageOfTables,
  ],
  result: 'table',
  implementation: ([customersArg, datesArg, amountsArg, horizon, discountRate, calibrationEnd, timeUnit, language]) => {
    const summary = summaryFromArgs(customersArg, datesArg, amountsArg, calibrationEnd, timeUnit);
    if (isSheetError(summary)) return summary;
    // Arguments are checked before the fit, so that a wrong horizon never costs a fit.
    const options = { horizon: horizon ?? ONE_YEAR[summary.timeUnit], discountRate };
    const problem = predictOptionsProblem(options);
    if (problem) return problem;
    const fit = fitClv(summary);
    const predictions = predictClv(summary, fit, options);
    if (isSheetError(predictions)) return predictions;
    const out: OutMatrix = [[...PREDICT_HEADERS[language]]];
    for (let i = 0; i < summary.customers.length; i++) {
      const status = predictions.statuses[predictions.status[i] ?? 0];
      out.push([
        summary.customers[i] ?? '',
        summary.x[i] ?? 0,
        summary.tx[i] ?? 0,
        summary.T[i] ?? 0,
        figure(predictions.expectedPurchases[i]),
        figure(predictions.probabilityAlive[i]),
        figure(predictions.expectedSpend[i]),
        figure(predictions.clv[i]),
        status?.[language] ?? '',
      ]);
    }
    return out;
  },
});

// Row-by-row functions on a customer's (x, t_x, T) and fitted parameters, e.g. those of CLV_FIT.

/** #NUM! unless every model parameter is > 0 and the history is consistent (0 ≤ t_x ≤ T, x ≥ 0, t_x = 0 when x = 0). */
function checkHistory(x: number, tx: number, T: number, params: readonly number[]): SheetError | null {
  if (params.some((p) => !(p > 0))) return numError(M.clvParametersPositive);
  if (!(x >= 0) || !Number.isInteger(x)) return numError(M.clvRepeatPurchasesWhole(x));
  if (!(tx >= 0 && tx <= T)) return numError(M.clvHistoryOrder(tx, T));
  return null;
}

const numError = (message: LocalizedText): SheetError => numberError(message);

const historyParams = [
  rangeParam('x', 'number', 'Nombre de réachats du client', "The customer's number of repeat purchases"),
  rangeParam('t_x', 'number', 'Temps du premier au dernier achat', 'Time from the first to the last purchase'),
  rangeParam('t_cal', 'number', 'T : temps du premier achat à la fin de calibration', 'T: time from the first purchase to the calibration end'),
];
const bgParams = [
  rangeParam('r', 'number', 'Paramètre r de BG/NBD', 'BG/NBD parameter r'),
  rangeParam('alpha', 'number', 'Paramètre alpha de BG/NBD (en unités de temps)', 'BG/NBD parameter alpha (in time units)'),
  rangeParam('a', 'number', 'Paramètre a de BG/NBD', 'BG/NBD parameter a'),
  rangeParam('b', 'number', 'Paramètre b de BG/NBD', 'BG/NBD parameter b'),
];

const pAliveParams = [...historyParams, ...bgParams];
export const CLV_P_ALIVE = defineFunction({
  id: 'CLV_P_ALIVE',
  category: 'value',
  summary: t("Probabilité BG/NBD qu’un client soit encore actif.", 'BG/NBD probability that a customer is still active.'),
  help: t(
    "P(actif) = 1 ÷ (1 + a ÷ (b + x − 1) × ((alpha + T) ÷ (alpha + t_x))^(r + x)) pour x > 0, et 1 pour x = 0 (Fader, Hardie & Lee 2008). t_x, T et alpha dans la même unité de temps ; les paramètres sont ceux de CLV_FIT.",
    'P(alive) = 1 ÷ (1 + a ÷ (b + x − 1) × ((alpha + T) ÷ (alpha + t_x))^(r + x)) for x > 0, and 1 for x = 0 (Fader, Hardie & Lee 2008). t_x, T and alpha in the same time unit; the parameters are those of CLV_FIT.',
  ),
  example: { formula: '=CLV_P_ALIVE(2, 30.43, 38.86, 0.242593, 4.413532, 0.792886, 2.425752)', result: t('0,7266', '0.7266') },
  params: pAliveParams,
  result: 'column',
  implementation: rowByRow(pAliveParams, ([x = 0, tx = 0, T = 0, r = 0, alpha = 0, a = 0, b = 0]) => {
    return checkHistory(x, tx, T, [r, alpha, a, b]) ?? bgnbdProbabilityAlive({ r, alpha, a, b }, x, tx, T);
  }),
});

const purchasesParams = [...historyParams, rangeParam('horizon', 'number', 'Horizon, dans la même unité de temps', 'Horizon, in the same time unit'), ...bgParams];
export const CLV_EXPECTED_PURCHASES = defineFunction({
  id: 'CLV_EXPECTED_PURCHASES',
  category: 'value',
  summary: t('Achats BG/NBD attendus d’un client sur un horizon.', 'BG/NBD purchases expected from a customer over a horizon.'),
  help: t(
    "E[Y(horizon) | x, t_x, T] de BG/NBD (Fader, Hardie & Lee 2005, éq. 10), non actualisé. t_x, T, horizon et alpha dans la même unité de temps ; x = T = t_x = 0 donne E[X(horizon)] d’un client tout juste acquis. #NUM ! au-delà d’un horizon de 100 × (alpha + T).",
    'E[Y(horizon) | x, t_x, T] of BG/NBD (Fader, Hardie & Lee 2005, eq. 10), not discounted. t_x, T, horizon and alpha in the same time unit; x = T = t_x = 0 gives E[X(horizon)] of a customer just acquired. #NUM! beyond a horizon of 100 × (alpha + T).',
  ),
  example: { formula: '=CLV_EXPECTED_PURCHASES(2, 30.43, 38.86, 39, 0.242593, 4.413532, 0.792886, 2.425752)', result: t('1,2259', '1.2259') },
  params: purchasesParams,
  result: 'column',
  implementation: rowByRow(purchasesParams, ([x = 0, tx = 0, T = 0, horizon = 0, r = 0, alpha = 0, a = 0, b = 0]) => {
    const problem = checkHistory(x, tx, T, [r, alpha, a, b]);
    if (problem) return problem;
    if (!(horizon >= 0)) return numError(M.clvHorizonNegative(horizon));
    const value = bgnbdConditionalExpected({ r, alpha, a, b }, x, tx, T, horizon);
    return Number.isFinite(value) ? value : numError(M.clvHorizonTooLong);
  }),
});

const spendParams = [
  rangeParam('x', 'number', 'Nombre de réachats du client', "The customer's number of repeat purchases"),
  rangeParam('mean_repeat_value', 'number', 'Montant moyen de ses réachats', 'Mean value of their repeat purchases'),
  rangeParam('p', 'number', 'Paramètre p de Gamma-Gamma', 'Gamma-Gamma parameter p'),
  rangeParam('q', 'number', 'Paramètre q de Gamma-Gamma (> 1)', 'Gamma-Gamma parameter q (> 1)'),
  rangeParam('gamma', 'number', 'Paramètre gamma de Gamma-Gamma (en devise)', 'Gamma-Gamma parameter gamma (in currency)'),
];
export const CLV_EXPECTED_SPEND = defineFunction({
  id: 'CLV_EXPECTED_SPEND',
  category: 'value',
  summary: t('Panier Gamma-Gamma attendu d’un client.', 'Gamma-Gamma expected spend of a customer.'),
  help: t(
    'E[Z | x, m] = p × (gamma + x × m) ÷ (p × x + q − 1) (Fader & Hardie 2013) : une moyenne pondérée du panier moyen de la population, p × gamma ÷ (q − 1), et de celui du client. x = 0 donne celui de la population. #NUM ! si q ≤ 1 (moyenne infinie).',
    'E[Z | x, m] = p × (gamma + x × m) ÷ (p × x + q − 1) (Fader & Hardie 2013): a weighted mean of the population mean spend, p × gamma ÷ (q − 1), and the customer\'s own. x = 0 gives the population\'s. #NUM! when q ≤ 1 (infinite mean).',
  ),
  example: { formula: '=CLV_EXPECTED_SPEND(2, 22.35, 6.25, 3.74, 15.44)', result: t('24,66', '24.66') },
  params: spendParams,
  result: 'column',
  implementation: rowByRow(spendParams, ([x = 0, m = 0, p = 0, q = 0, gamma = 0]) => {
    if (!(p > 0) || !(gamma > 0)) return numError(M.clvSpendScalePositive);
    if (!(q > 1)) return numError(M.clvSpendShapeAboveOne(q));
    if (!(x >= 0) || !(m >= 0)) return numError(M.clvSpendInputsNonNegative);
    return gammaGammaExpectedSpend({ p, q, gamma }, x, m);
  }),
});

export const CLV_FUNCTIONS: readonly FunctionSpec[] = [CLV_FIT, CLV_PREDICT, CLV_P_ALIVE, CLV_EXPECTED_PURCHASES, CLV_EXPECTED_SPEND];
