import { isSheetError, valueError, type Language, type SheetError } from '../../cells/errors.js';
import { isEmptyCell, listFromArg, numberFromCell, shapeOf, toRows } from '../../cells/coerce.js';
import type { OutCell, OutMatrix, RawArg, RawCell } from '../../cells/values.js';
import * as CATALOGUE_MESSAGES from '../../messages/catalogue.js';
import {
  aggregateTransactions,
  rfmCode,
  rfmCodesOfCustomerTable,
  scoreRfm,
  segmentOfCode,
  SEGMENT_NAMES,
  type CutPoints,
  type ScoreOptions,
  type SegmentId,
} from '../../metrics/rfm/index.js';
import { mapNumbers } from '../broadcast.js';
import { defineFunction, languageParam, optionalNumber, optionalParam, optionalRangeParam, rangeParam, t } from '../define.js';
import { alignedLists, choiceFromCell } from '../lists.js';
import { TRANSACTION_DATES_HELP, transactionsFromArgs } from '../transactions.js';
import type { FunctionSpec } from '../types.js';

function segmentName(id: SegmentId, language: Language): string {
  return SEGMENT_NAMES[id][language];
}

/** The scoring options of the [bins] and [method] arguments shared by RFM_TABLE and RFM_SCORE. */
function scoringOptions(bins: number | undefined, methodArg: RawArg): ScoreOptions | SheetError {
  const method = methodOption(methodArg, bins ?? 5);
  return isSheetError(method) ? method : { bins, ...method };
}

/** "quantile" (default), "rfm", "ntile", or a block of cut points: 3 rows (R, F, M) of bins − 1 ascending numbers. */
function methodOption(arg: RawArg, bins: number): Pick<ScoreOptions, 'method' | 'cuts'> | SheetError {
  const rows = toRows(arg);
  const { rows: height, columns: width } = shapeOf(rows);
  if (height <= 1 && width <= 1) {
    const cell = rows[0]?.[0];
    const method = choiceFromCell(cell, 'method', [
      { value: 'quantile', names: ['quantile', 'quantiles'] },
      { value: 'rfm', names: ['rfm', 'r'] },
      { value: 'ntile', names: ['ntile', 'effectifs'] },
    ], 'quantile');
    return isSheetError(method) ? method : { method };
  }
  if (height !== 3) {
    return valueError(CATALOGUE_MESSAGES.rfmCutPointRows(bins - 1, height));
  }
  const lines: number[][] = [];
  for (const [index, row] of rows.entries()) {
    const numbers: number[] = [];
    for (const cell of row) {
      if (isEmptyCell(cell)) continue;
      const value = numberFromCell(cell, `method (${index + 1})`);
      if (isSheetError(value)) return value;
      if (value !== null) numbers.push(value);
    }
    lines.push(numbers);
  }
  const [recency = [], frequency = [], monetary = []] = lines;
  const cuts: CutPoints = { recency, frequency, monetary };
  return { cuts };
}

const TABLE_HEADERS: Record<Language, readonly string[]> = {
  fr: ['Client', 'Récence (jours)', 'Fréquence', 'Montant', 'R', 'F', 'M', 'Code RFM', 'Segment'],
  en: ['Customer', 'Recency (days)', 'Frequency', 'Monetary', 'R', 'F', 'M', 'RFM code', 'Segment'],
};

const tableParams = [
  rangeParam('customers', 'text', 'Identifiant client de chaque transaction (une colonne)', 'Customer id of each transaction (a column)'),
  rangeParam('dates', 'date', TRANSACTION_DATES_HELP.fr, TRANSACTION_DATES_HELP.en),
  rangeParam('amounts', 'number', 'Montant de chaque transaction (négatif = avoir, déduit)', 'Amount of each transaction (negative = refund, netted)'),
  optionalParam('as_of', 'date', undefined, 'Date d’analyse (défaut : lendemain du dernier achat)', 'Analysis date (default: the day after the last purchase)'),
  optionalNumber('bins', undefined, 5, 'Nombre de notes par critère, 2 à 9 (défaut 5)', 'Number of scores per measure, 2 to 9 (default 5)'),
  // A range of cut points is accepted: `range` tells Excel (metadata `matrix`), or it never passes one.
  optionalRangeParam(
    'method',
    'any',
    'quantile',
      '« quantile » (quantiles, défaut, indépendant de l’unité), « rfm » (méthode exacte du package R rfm, dépend de l’unité), « ntile » (effectifs égaux) ou une plage de seuils 3 × (bins − 1)',
    '"quantile" (quantiles, default, unit-independent), "rfm" (the R package rfm\'s exact method, unit-dependent), "ntile" (equal groups) or a 3 × (bins − 1) range of cut points',
  ),
  languageParam('Langue des en-têtes et segments : "fr" ou "en" (défaut : la langue du classeur)', 'Language of headers and segments: "fr" or "en" (default: the workbook’s language)'),
] as const;

const RFM_CONVENTIONS = t(
  "Récence = jours entre le dernier achat et la date d’analyse (défaut : lendemain du dernier achat des données) ; les avoirs ne fixent ni la récence ni la date d’analyse. Fréquence = nombre de transactions (les avoirs, montants négatifs, ne comptent pas comme commandes). Montant = somme des montants, avoirs déduits ; un client à montant ≤ 0 reste dans la table. Un client sans aucun achat (que des avoirs) est listé avec une fréquence de 0, sans récence, sans notes ni segment, et n’entre pas dans le calcul des seuils. Méthode « quantile » (défaut) : seuils aux quantiles (type 7) de chaque critère, une valeur ne passe un seuil que si elle lui est strictement supérieure ; les ex æquo ont la même note, la récence est inversée (le plus récent = 5), et les notes ne dépendent ni de l’unité monétaire (euros ou milliers d’euros) ni de l’ordre des lignes. « rfm » : la méthode exacte du package R rfm, qui ajoute 1 à chaque seuil et dépend donc de l’unité (des montants en k€ ont presque tous M = 1). « ntile » : groupes d’effectifs égaux, ex æquo départagés par le rang. Seuils personnalisés : une valeur reçoit la note 1 + le nombre de seuils ≤ à elle (pour la récence, la note est ensuite inversée). Segments : les 11 segments nommés, chaque code des 125 dans exactement un segment ; ils n’existent qu’avec 5 notes (avec un autre nombre de notes, la colonne segment reste vide : un code « 222 » sur 2 notes serait le meilleur, pas un client « à surveiller »).",
  'Recency = days from the last purchase to the analysis date (default: the day after the last purchase in the data); refunds set neither the recency nor the analysis date. Frequency = number of transactions (refunds, negative amounts, are not orders). Monetary = sum of amounts, refunds netted; a customer with a total ≤ 0 stays in the table. A customer without any purchase (refunds only) is listed with frequency 0, no recency, no scores and no segment, and never enters the cut points. Method "quantile" (default): cut points at the (type-7) quantiles of each measure, a value passing a cut point only when strictly above it; ties share a score, recency reversed (most recent = 5), and the scores depend neither on the currency unit (euros or thousands of euros) nor on the order of the rows. "rfm": the R package rfm\'s exact method, which adds 1 to each cut point and so depends on the unit (amounts in k€ nearly all score M = 1). "ntile": equal-size groups, ties split by rank. Custom cut points: a value scores 1 + the number of cut points ≤ it (then reversed for recency). Segments: the 11 named segments, each of the 125 codes in exactly one; they exist with 5 scores only (with other bins the segment column stays empty: a "222" on 2 scores is the best, not a customer who needs attention).',
);

export const RFM_TABLE = defineFunction({
  id: 'RFM_TABLE',
  category: 'rfm',
  summary: t('Table RFM par client à partir des transactions (avec en-têtes).', 'Per-customer RFM table from transactions (with headers).'),
  help: t(
    `Depuis les transactions brutes (client, date, montant), une ligne par client : récence, fréquence, montant, notes R, F, M, code RFM et segment, avec une ligne d’en-têtes. ${RFM_CONVENTIONS.fr}`,
    `From raw transactions (customer, date, amount), one row per customer: recency, frequency, monetary, R, F, M scores, RFM code and segment, with a header row. ${RFM_CONVENTIONS.en}`,
  ),
  example: { formula: '=RFM_TABLE(A2:A5000, B2:B5000, C2:C5000)', result: t('Client | Récence (jours) | … | Segment', 'Customer | Recency (days) | … | Segment') },
  params: tableParams,
  result: 'table',
  implementation: ([customersArg, datesArg, amountsArg, asOf, bins, methodArg, language]) => {
    const scoring = scoringOptions(bins, methodArg);
    if (isSheetError(scoring)) return scoring;
    const transactions = transactionsFromArgs(customersArg, datesArg, amountsArg);
    if (isSheetError(transactions)) return transactions;
    const table = aggregateTransactions(transactions, { asOf });
    if (isSheetError(table)) return table;
    const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary, scoring);
    if (isSheetError(scores)) return scores;
    const out: OutMatrix = [[...TABLE_HEADERS[language]]];
    // The 125-code segment map is made for scores 1–5: on another scale a code would get a segment
    // meant for a different customer, so the column stays empty (as in the command's output).
    const withSegments = scores.cuts.recency.length + 1 === 5;
    for (let i = 0; i < table.customers.length; i++) {
      const r = scores.r[i] ?? 0;
      const f = scores.f[i] ?? 0;
      const m = scores.m[i] ?? 0;
      if (r === 0) {
        // No purchase, only refunds: no recency, no scores, no segment.
        out.push([table.customers[i] ?? '', '', 0, roundToCents(table.monetary[i] ?? 0), '', '', '', '', '']);
        continue;
      }
      const code = rfmCode(r, f, m);
      const segment = withSegments ? segmentOfCode(code) : null;
      out.push([
        table.customers[i] ?? '',
        table.recencyDays[i] ?? 0,
        table.frequency[i] ?? 0,
        roundToCents(table.monetary[i] ?? 0),
        r,
        f,
        m,
        code,
        segment === null ? '' : isSheetError(segment) ? segment : segmentName(segment, language),
      ]);
    }
    return out;
  },
});

const scoreParams = [
  rangeParam('recency_or_last_date', 'any', "Date du dernier achat, ou jours depuis le dernier achat, de chaque client", 'Last purchase date, or days since the last purchase, of each customer'),
  rangeParam('frequency', 'number', "Nombre de commandes de chaque client", 'Number of orders of each customer'),
  rangeParam('monetary', 'number', 'Montant total de chaque client', 'Total spent by each customer'),
  tableParams[3],
  tableParams[4],
  tableParams[5],
] as const;

export const RFM_SCORE = defineFunction({
  id: 'RFM_SCORE',
  category: 'rfm',
  summary: t('Code RFM ("545") de chaque client d’une table clients.', 'RFM code ("545") of every customer of a customer table.'),
  help: t(
    `Sur les colonnes d’une table clients (export CRM : date du dernier achat ou jours depuis, nombre de commandes, total dépensé), renvoie le code RFM de chaque ligne, aligné ; chaque client est noté par rapport à toute la colonne. La première colonne est lue comme des dates quand ce sont des dates (ou des nombres de série à partir de 1950), sinon comme des jours. Les lignes vides restent vides, comme celles d’une fréquence de 0 (client sans achat : pas de note, et hors du calcul des seuils). ${RFM_CONVENTIONS.fr}`,
    `Over the columns of a customer table (CRM export: last order date or days since, number of orders, total spent), returns the RFM code of every row, aligned; each customer is scored against the whole column. The first column is read as dates when it holds dates (or serial numbers from 1950 on), otherwise as days. Empty rows stay empty, as do rows with a frequency of 0 (a customer without purchase: no score, and out of the cut points). ${RFM_CONVENTIONS.en}`,
  ),
  example: { formula: '=RFM_SCORE(B2:B5000, C2:C5000, D2:D5000)', result: t('"545", "111", …', '"545", "111", …') },
  params: scoreParams,
  result: 'column',
  implementation: ([lastArg, frequencyArg, monetaryArg, asOf, bins, methodArg]) => {
    const score = scoringOptions(bins, methodArg);
    if (isSheetError(score)) return score;
    const lists = alignedLists([lastArg, frequencyArg, monetaryArg], ['recency_or_last_date', 'frequency', 'monetary']);
    if (isSheetError(lists)) return lists;
    const [recencyOrLastDate = [], frequency = [], monetary = []] = lists;
    const codes = rfmCodesOfCustomerTable({ recencyOrLastDate, frequency, monetary }, { asOf, score });
    if (isSheetError(codes)) return codes;
    // Whole-column references end with blank rows: the result keeps them, blank.
    const given = listFromArg(lastArg, '');
    const trailing = isSheetError(given) ? 0 : given.length - recencyOrLastDate.length;
    return [...codes.map((code) => [code]), ...Array.from({ length: trailing }, () => [''])];
  },
});

export const RFM_SEGMENT = defineFunction({
  id: 'RFM_SEGMENT',
  category: 'rfm',
  summary: t("Nom du segment d’un code RFM.", 'Segment name of an RFM code.'),
  help: t(
    'Donne le segment (Champions, Clients fidèles, …, Perdus) d’un code RFM ("545") ou des notes R, F et M en trois colonnes. Chacun des 125 codes appartient à exactement un des 11 segments ; la table complète est dans la feuille de paramètres RFM que construit la barre latérale. #N/A pour un code inconnu.',
    'Gives the segment (Champions, Loyal, …, Lost) of an RFM code ("545") or of R, F and M scores in three columns. Each of the 125 codes belongs to exactly one of the 11 segments; the full map is in the RFM parameters sheet the sidebar builds. #N/A for an unknown code.',
  ),
  example: { formula: '=RFM_SEGMENT("545")', result: t('Champions', 'Champions') },
  params: [
    rangeParam('score_or_r', 'any', 'Code RFM ("545") ou note R', 'RFM code ("545") or R score'),
    optionalRangeParam('f', 'number', undefined, 'Note F (si le premier argument est la note R)', 'F score (when the first argument is the R score)'),
    optionalRangeParam('m', 'number', undefined, 'Note M (si le premier argument est la note R)', 'M score (when the first argument is the R score)'),
    languageParam('Langue : "fr" ou "en" (défaut : la langue du classeur)', 'Language: "fr" or "en" (default: the workbook’s language)'),
  ],
  result: 'column',
  implementation: ([scoreArg, fArg, mArg, language]) => {
    const toName = (code: string): OutCell => {
      const segment = segmentOfCode(code);
      return isSheetError(segment) ? segment : segmentName(segment, language);
    };
    if (isEmptyArg(fArg) && isEmptyArg(mArg)) {
      return toRows(scoreArg).map((row) =>
        row.map((cell): OutCell => (isEmptyCell(cell) ? '' : toName(String(typeof cell === 'string' ? cell.trim() : cell)))),
      );
    }
    const names: string[] = [];
    const result = mapNumbers([scoreArg, fArg, mArg], ['score_or_r', 'f', 'm'], ([r = 0, f = 0, m = 0]) => {
      names.push(rfmCode(r, f, m));
      return names.length - 1;
    });
    if (isSheetError(result)) return result;
    return result.map((row) => row.map((cell) => (typeof cell === 'number' ? toName(names[cell] ?? '') : cell)));
  },
});

/** Rounds to the cent; amounts too large for cents to matter (×100 would overflow) stay as they are. */
function roundToCents(amount: number): number {
  return Math.abs(amount) < 1e15 ? Math.round(amount * 100) / 100 : amount;
}

function isEmptyArg(arg: RawArg): boolean {
  return arg === undefined || arg === null || (!Array.isArray(arg) && isEmptyCell(arg as RawCell));
}

export const RFM_FUNCTIONS: readonly FunctionSpec[] = [RFM_TABLE, RFM_SCORE, RFM_SEGMENT];
