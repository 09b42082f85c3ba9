/**
 * What the RFM summary tells its reader about the segments themselves, so that a name such as
 * "Champions" is read for what it covers in this base:
 * - per segment, the range (lowest – highest) of days since the last purchase, of orders and of the
 *   amount spent, by native formulas over the customer table;
 * - the customers per score (R, F, M × 1…bins);
 * - checks shown in plain words: cut points that coincide (a score then cannot be reached), a score
 *   with no customer (a row or column of the heat map stays empty), and "recent" scores that cover
 *   customers who have not bought for more than a year (quantiles on a base where most customers
 *   bought once, long ago), each with the business thresholds to try in the parameters sheet.
 *
 * The same checks run on the core's scores for the sidebar's note ({@link rfmWarnings}).
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { SEGMENTS, type CutPoints } from '../metrics/rfm/index.js';
import { cellRange, columnLetters } from './a1.js';
import { sheetRef } from './names.js';
import { rowHeightFor } from './row-height.js';
import { formulaCell, type SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { PALETTE } from './theme.js';
import type { NumberFormatName, PlanCell } from './types.js';

/** A customer is inactive when their last purchase is more than this many days old. */
export const INACTIVE_DAYS = 365;

/** Business thresholds suggested when the quantiles mislead: days for recency, orders for frequency. */
export const SUGGESTED_CUTS = Object.freeze({ recency: [30, 90, 180, 365], frequency: [2, 3, 5, 10] });

const TEXT = {
  profileSection: { fr: '2. Ce que recouvre chaque segment (du plus petit au plus grand)', en: '2. What each segment covers (lowest to highest)' },
  daysFrom: { fr: 'Jours depuis le dernier achat, min.', en: 'Days since last purchase, min.' },
  daysTo: { fr: 'Jours depuis le dernier achat, max.', en: 'Days since last purchase, max.' },
  ordersFrom: { fr: 'Commandes, min.', en: 'Orders, min.' },
  ordersTo: { fr: 'Commandes, max.', en: 'Orders, max.' },
  amountFrom: { fr: 'Montant, min.', en: 'Amount, min.' },
  amountTo: { fr: 'Montant, max.', en: 'Amount, max.' },
  scoresTitle: { fr: 'Clients par score', en: 'Customers per score' },
  score: { fr: 'Score', en: 'Score' },
  recency: { fr: 'R (récence)', en: 'R (recency)' },
  frequency: { fr: 'F (fréquence)', en: 'F (frequency)' },
  monetary: { fr: 'M (montant)', en: 'M (monetary)' },
  checksSection: { fr: '4. Points de vigilance', en: '4. Points to watch' },
  tiesLabel: { fr: 'Seuils confondus', en: 'Equal cut points' },
  emptyLabel: { fr: 'Scores vides', en: 'Empty scores' },
  recentLabel: { fr: 'Récents inactifs depuis plus d’un an', en: 'Recent but inactive for over a year' },
} satisfies Record<string, LocalizedText>;

/** The sentences of the checks; `{n}` is the count a formula puts in. */
const CHECKS = {
  ties: {
    warn: {
      fr: 'Attention : {n} seuil(s) se confondent avec le suivant : le score entre les deux ne peut être atteint et des segments restent vides. Fixez des seuils métier dans la feuille Paramètres RFM (par exemple fréquence 2, 3, 5, 10 commandes).',
      en: 'Warning: {n} cut point(s) equal the next one: the score between them cannot be reached and some segments stay empty. Set business thresholds in the RFM parameters sheet (for example frequency 2, 3, 5, 10 orders).',
    },
    fine: { fr: 'Les seuils de chaque score sont tous distincts.', en: 'The cut points of each score are all distinct.' },
  },
  empty: {
    warn: {
      fr: 'Attention : {n} score(s) sans aucun client (tableau ci-dessus) : des lignes ou des colonnes de la carte de chaleur restent vides.',
      en: 'Warning: {n} score(s) with no customer (table above): rows or columns of the heat map stay empty.',
    },
    fine: { fr: 'Chaque score compte au moins un client.', en: 'Every score has at least one customer.' },
  },
  recent: {
    warn: {
      fr: 'Attention : {n} client(s) notés récents (R ≥ {r}) n’ont rien acheté depuis plus d’un an : les scores suivent la répartition de la base, pas le calendrier. Fixez des seuils métier dans la feuille Paramètres RFM (par exemple récence 30, 90, 180, 365 jours).',
      en: 'Warning: {n} customer(s) scored recent (R ≥ {r}) have not bought for more than a year: scores follow how the base is spread, not the calendar. Set business thresholds in the RFM parameters sheet (for example recency 30, 90, 180, 365 days).',
    },
    fine: { fr: 'Tous les clients notés récents (R ≥ {r}) ont acheté dans l’année.', en: 'Every customer scored recent (R ≥ {r}) bought within the year.' },
  },
} as const;

/** Where the reading sections sit on the summary sheet. */
export interface RfmReadingRows {
  readonly firstProfileRow: number;
  /** The customers-per-score table: header row, then R, F, M. */
  readonly scoreHeaderRow: number;
  /** The three check rows (ties, empty scores, recent but inactive): count in B, sentence in C. */
  readonly firstCheckRow: number;
}

/** What the reading sections read. */
export interface RfmReadingContext {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly bins: number;
  readonly monetaryFormat: NumberFormatName;
  /** The customer table's rows on the customers sheet. */
  readonly firstCustomerRow: number;
  readonly lastCustomerRow: number;
  /** The segment table of the summary (names in A, customers in B). */
  readonly firstSummaryRow: number;
  /** The first cut-point row of the parameters sheet (B recency, C frequency, D monetary). */
  readonly firstCutRow: number;
}

/**
 * Writes the per-segment ranges under the segment table.
 * @param context - the summary being built
 * @param firstProfileRow - the first segment row of the ranges table (its heading sits 2 rows above)
 */
export function addSegmentRanges(context: RfmReadingContext, firstProfileRow: number): void {
  const { builder, language } = context;
  const t = (text: LocalizedText): string => text[language];
  const customers = sheetRef('rfm.customers');
  const column = (letter: string): string => `${customers}!$${letter}$${context.firstCustomerRow}:$${letter}$${context.lastCustomerRow}`;
  const segments = column('J');
  builder.block(firstProfileRow - 2, 1, [[valueCell(t(TEXT.profileSection))]]).style(cellRange(firstProfileRow - 2, 1, 1, 7), 'section');
  builder.block(firstProfileRow - 1, 1, [
    valueRow([t({ fr: 'Segment', en: 'Segment' }), t(TEXT.daysFrom), t(TEXT.daysTo), t(TEXT.ordersFrom), t(TEXT.ordersTo), t(TEXT.amountFrom), t(TEXT.amountTo)]),
  ]);
  builder.style(cellRange(firstProfileRow - 1, 1, 1, 7), 'header');
  // Lowest and highest over the customers of a segment without an array formula: SUMPRODUCT makes
  // MAX read arrays. Shifting the values by the column's own extreme + 1 puts every member above the
  // 0 of non-members, and keeps the arithmetic at the scale of the data (no rounding noise).
  const highest = (values: string, r: number): string => `SUMPRODUCT(MAX((${segments}=$A${r})*(${values}-MIN(${values})+1)))+MIN(${values})-1`;
  const lowest = (values: string, r: number): string => `MAX(${values})+1-SUMPRODUCT(MAX((${segments}=$A${r})*(MAX(${values})+1-${values})))`;
  const rows: PlanCell[][] = SEGMENTS.map((segment, i) => {
    const r = firstProfileRow + i;
    const count = `$B$${context.firstSummaryRow + i}`;
    const guarded = (formula: string): PlanCell => formulaCell(`IF(${count}=0,"",${formula})`);
    return [
      valueCell(segment.name[language]),
      guarded(lowest(column('C'), r)),
      guarded(highest(column('C'), r)),
      guarded(lowest(column('D'), r)),
      guarded(highest(column('D'), r)),
      guarded(lowest(column('E'), r)),
      guarded(highest(column('E'), r)),
    ];
  });
  builder.block(firstProfileRow, 1, rows);
  const n = SEGMENTS.length;
  builder
    .style(cellRange(firstProfileRow, 1, n), 'label')
    .style(cellRange(firstProfileRow, 2, n, 6), 'computed')
    .format(cellRange(firstProfileRow, 2, n, 4), 'integer')
    .format(cellRange(firstProfileRow, 6, n, 2), context.monetaryFormat)
    .keep(firstProfileRow - 2, firstProfileRow + n - 1);
}

/**
 * Writes the customers per score and the checks in plain words.
 * @param context - the summary being built
 * @param headingRow - the row of the section heading
 * @returns the rows of the tables written
 */
export function addRfmChecks(context: RfmReadingContext, headingRow: number): { readonly scoreHeaderRow: number; readonly firstCheckRow: number; readonly lastRow: number } {
  const { builder, language, bins } = context;
  const t = (text: LocalizedText): string => text[language];
  const customers = sheetRef('rfm.customers');
  const parameters = sheetRef('rfm.parameters');
  const column = (letter: string): string => `${customers}!$${letter}$${context.firstCustomerRow}:$${letter}$${context.lastCustomerRow}`;
  builder.block(headingRow, 1, [[valueCell(t(TEXT.checksSection))]]).style(cellRange(headingRow, 1, 1, 7), 'section');

  // Customers per score: one row per measure, one column per score.
  const scoreHeaderRow = headingRow + 1;
  const header: PlanCell[] = [valueCell(t(TEXT.scoresTitle))];
  for (let score = 1; score <= bins; score++) header.push(valueCell(score));
  builder.block(scoreHeaderRow, 1, [header]).style(cellRange(scoreHeaderRow, 1, 1, bins + 1), 'header');
  const measures: [LocalizedText, string][] = [
    [TEXT.recency, 'F'],
    [TEXT.frequency, 'G'],
    [TEXT.monetary, 'H'],
  ];
  const perScore: PlanCell[][] = measures.map(([label, letter]) => {
    const row: PlanCell[] = [valueCell(t(label))];
    for (let score = 1; score <= bins; score++) row.push(formulaCell(`COUNTIF(${column(letter)},${score})`));
    return row;
  });
  builder.block(scoreHeaderRow + 1, 1, perScore);
  const counts = cellRange(scoreHeaderRow + 1, 2, 3, bins);
  const countsAddress = `$B$${scoreHeaderRow + 1}:$${columnLetters(bins + 1)}$${scoreHeaderRow + 3}`;
  builder
    .style(cellRange(scoreHeaderRow + 1, 1, 3), 'label')
    .style(counts, 'computed')
    .format(counts, 'integer')
    .conditional({ kind: 'formula', range: counts, formula: `B${scoreHeaderRow + 1}=0`, style: { fill: PALETTE.classC, bold: true } });

  // The checks: a count in B, the sentence in C (merged to G), coloured when the count is not 0.
  const firstCheckRow = scoreHeaderRow + 5;
  const cuts = (letter: string): string => {
    if (bins < 3) return '0';
    const first = context.firstCutRow;
    const last = first + bins - 2;
    return `SUMPRODUCT(--(${parameters}!$${letter}$${first}:$${letter}$${last - 1}=${parameters}!$${letter}$${first + 1}:$${letter}$${last}))`;
  };
  const recentScore = Math.max(1, bins - 1);
  const sentence = (check: { readonly warn: LocalizedText; readonly fine: LocalizedText }, countCell: string): string => {
    const quote = (text: string): string => `"${text.replaceAll('"', '""')}"`;
    const [before, after] = t(check.warn).replace('{r}', String(recentScore)).split('{n}');
    return `IF(${countCell}>0,${quote(before ?? '')}&${countCell}&${quote(after ?? '')},${quote(t(check.fine).replace('{r}', String(recentScore)))})`;
  };
  const checks: [LocalizedText, string, { readonly warn: LocalizedText; readonly fine: LocalizedText }][] = [
    [TEXT.tiesLabel, `${cuts('B')}+${cuts('C')}+${cuts('D')}`, CHECKS.ties],
    [TEXT.emptyLabel, `COUNTIF(${countsAddress},0)`, CHECKS.empty],
    [TEXT.recentLabel, `COUNTIFS(${column('F')},">="&${recentScore},${column('C')},">${INACTIVE_DAYS}")`, CHECKS.recent],
  ];
  const checkRows: PlanCell[][] = checks.map(([label, count, check], i) => {
    const r = firstCheckRow + i;
    return [valueCell(t(label)), formulaCell(count), formulaCell(sentence(check, `B${r}`))];
  });
  builder.block(firstCheckRow, 1, checkRows);
  checks.forEach(([, , check], i) => {
    const r = firstCheckRow + i;
    builder.merge(cellRange(r, 3, 1, 5)).height(r, rowHeightFor([{ text: t(check.warn), width: 100 }], 30));
  });
  const checkCells = cellRange(firstCheckRow, 2, checks.length, 2);
  builder
    .style(cellRange(firstCheckRow, 1, checks.length), 'label')
    .style(checkCells, 'paragraph')
    .format(cellRange(firstCheckRow, 2, checks.length), 'integer')
    .conditional({ kind: 'formula', range: checkCells, formula: `$B${firstCheckRow}>0`, style: { fill: PALETTE.classC, bold: true } })
    .conditional({ kind: 'formula', range: checkCells, formula: `$B${firstCheckRow}=0`, style: { fill: PALETTE.classA } });
  const lastRow = firstCheckRow + checks.length - 1;
  builder.keep(headingRow, lastRow);
  return { scoreHeaderRow, firstCheckRow, lastRow };
}

/** What the core's scores say about a segmentation, for the checks of {@link rfmWarnings}. */
export interface RfmScoresSeen {
  readonly r: ArrayLike<number>;
  readonly f: ArrayLike<number>;
  readonly m: ArrayLike<number>;
  readonly cuts: CutPoints;
  readonly recencyDays: ArrayLike<number>;
  readonly bins: number;
}

/**
 * The same checks as the summary sheet's, on the scores of the build: the sidebar's note.
 * @param scores - the scores, cut points and recencies of the build
 * @returns one sentence per check that fails, in French and English (empty when all pass)
 * @example rfmWarnings({ r: [5], f: [1], m: [1], cuts: { recency: [1, 1, 2, 3], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] }, recencyDays: [1], bins: 5 }).length // 2
 */
export function rfmWarnings(scores: RfmScoresSeen): LocalizedText[] {
  const { bins } = scores;
  const recentScore = Math.max(1, bins - 1);
  const fill = (text: LocalizedText, n: number): LocalizedText => ({
    fr: text.fr.replace('{n}', String(n)).replace('{r}', String(recentScore)),
    en: text.en.replace('{n}', String(n)).replace('{r}', String(recentScore)),
  });
  const warnings: LocalizedText[] = [];
  let ties = 0;
  for (const cuts of [scores.cuts.recency, scores.cuts.frequency, scores.cuts.monetary]) {
    for (let k = 0; k + 1 < cuts.length; k++) if (cuts[k] === cuts[k + 1]) ties++;
  }
  if (ties > 0) warnings.push(fill(CHECKS.ties.warn, ties));
  let empty = 0;
  for (const column of [scores.r, scores.f, scores.m]) {
    const seen = new Set<number>();
    for (let i = 0; i < column.length; i++) seen.add(column[i] ?? 0);
    for (let score = 1; score <= bins; score++) if (!seen.has(score)) empty++;
  }
  if (empty > 0) warnings.push(fill(CHECKS.empty.warn, empty));
  let inactive = 0;
  for (let i = 0; i < scores.r.length; i++) if ((scores.r[i] ?? 0) >= recentScore && (scores.recencyDays[i] ?? 0) > INACTIVE_DAYS) inactive++;
  if (inactive > 0) warnings.push(fill(CHECKS.recent.warn, inactive));
  // The sidebar has no table above: say where the customers per score are.
  return warnings.map((warning) => ({
    fr: warning.fr.replace('(tableau ci-dessus)', '(voir la Synthèse RFM)'),
    en: warning.en.replace('(table above)', '(see the RFM summary)'),
  }));
}
