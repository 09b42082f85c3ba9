/**
 * The "Valeur client" sheet: the probabilistic customer lifetime value of every customer (BG/NBD for
 * purchases, Gamma-Gamma for spend, or the simple formula and why), written as values from the core;
 * the fitted model; and a summary per RFM segment — customers, mean P(alive), expected purchases and
 * CLV — by COUNTIF / AVERAGEIFS / SUMIF over the customer table, so that the summary follows any
 * edit or filter of the table.
 *
 * The predictions are values, not formulas: the model is fitted by maximum likelihood over the whole
 * population, which no native formula can do, and a custom-function call would refit at every
 * recalculation. The segments are those of the RFM kernels at the calibration end (default method,
 * 5 scores, the product's map).
 */
import { excelSerialFromDay } from '../cells/dates.js';
import { isSheetError, type Language, type LocalizedText, type SheetError } from '../cells/errors.js';
import {
  fitClv,
  predictClv,
  summarizeTransactions,
  type ClvFit,
  type ClvPredictions,
  type ClvSummary,
  type FitClvOptions,
  type TimeUnit,
} from '../metrics/clv/index.js';
import { aggregateTransactions, rfmCode, scoreRfm, segmentInfo, segmentOfCode, SEGMENTS, type TransactionColumns } from '../metrics/rfm/index.js';
import { cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { PALETTE } from './theme.js';
import type { NumberFormatName, PlanCell, PlanValue, SheetPlan } from './types.js';

/** Key of the customer value sheet. */
export const CLV_PLAN_KEY = 'clv';
/** Layout version of the customer value sheet. */
export const CLV_PLAN_VERSION = 1;

/** Options of {@link buildClvPlan}. */
export interface ClvPlanOptions {
  readonly language: Language;
  /** The transactions (customer, day, amount). */
  readonly transactions: TransactionColumns;
  /** Last day of the calibration period; default the last date of the data. */
  readonly calibrationEnd?: number | undefined;
  /** Default week. */
  readonly timeUnit?: TimeUnit | undefined;
  /** Horizon in time units; default one year (52 weeks, 365 days, 12 months). */
  readonly horizon?: number | undefined;
  /** Annual discount rate, default 0. */
  readonly discountRate?: number | undefined;
  /** How amounts show, default `currency`. */
  readonly monetaryFormat?: NumberFormatName;
  /** Clock and caps of the fits (tests). */
  readonly fit?: FitClvOptions;
}

/** The plan and what it was built from, for the caller's report and the tests. */
export interface ClvPlan {
  readonly plan: SheetPlan;
  readonly summary: ClvSummary;
  readonly fit: ClvFit;
  readonly predictions: ClvPredictions;
  /** RFM segment name of each customer of the summary ("" when none). */
  readonly segments: readonly string[];
}

/** Where the sheet puts its tables (1-based rows; customer table columns A–J). */
export interface ClvLayout {
  readonly firstModelRow: number;
  readonly firstSegmentRow: number;
  readonly totalRow: number;
  readonly customerHeaderRow: number;
  readonly firstCustomerRow: number;
  readonly lastCustomerRow: number;
}

const MODEL_ROWS = 15;

/**
 * The layout for a number of customers.
 * @example clvLayout(10).firstCustomerRow // 39
 */
export function clvLayout(customerCount: number): ClvLayout {
  const firstModelRow = 5;
  const firstSegmentRow = firstModelRow + MODEL_ROWS + 3;
  const totalRow = firstSegmentRow + SEGMENTS.length;
  const customerHeaderRow = totalRow + 3;
  return { firstModelRow, firstSegmentRow, totalRow, customerHeaderRow, firstCustomerRow: customerHeaderRow + 1, lastCustomerRow: customerHeaderRow + customerCount };
}

const ONE_YEAR: Readonly<Record<TimeUnit, number>> = { day: 365, week: 52, month: 12 };

const TEXT = {
  name: { fr: 'Valeur client', en: 'Customer value' },
  title: { fr: 'Valeur client : modèle de réachat (BG/NBD) et de panier (Gamma-Gamma)', en: 'Customer value: repeat-purchase (BG/NBD) and spend (Gamma-Gamma) models' },
  subtitle: {
    fr: 'Achats attendus sur {horizon} {unit}, probabilité d’être encore actif, panier attendu et valeur actualisée de chaque client · {count} clients.',
    en: 'Purchases expected over {horizon} {unit}, probability of still being active, expected spend and discounted value of each customer · {count} customers.',
  },
  modelSection: { fr: '1. Modèle', en: '1. Model' },
  calibrationEnd: { fr: 'Fin de calibration', en: 'Calibration end' },
  timeUnit: { fr: 'Unité de temps', en: 'Time unit' },
  horizon: { fr: 'Horizon (unités de temps)', en: 'Horizon (time units)' },
  discount: { fr: "Taux d’actualisation annuel", en: 'Annual discount rate' },
  purchaseModel: { fr: 'Modèle de réachat', en: 'Repeat-purchase model' },
  spendModel: { fr: 'Modèle du panier', en: 'Spend model' },
  llBg: { fr: 'Qualité de l’ajustement du réachat (détail technique)', en: 'Fit of the repeat-purchase model (technical detail)' },
  llGg: { fr: 'Qualité de l’ajustement du panier (détail technique)', en: 'Fit of the spend model (technical detail)' },
  modelNote: {
    fr: 'Modèle de réachat (BG/NBD, Fader, Hardie & Lee 2005) : tant qu’il est actif, un client achète à son propre rythme et peut partir après chaque achat. Modèle de panier (Gamma-Gamma, Fader & Hardie 2013) : chaque client a son panier moyen. Ajustés sur les achats jusqu’à la fin de calibration ; avec trop peu de données, la formule simple (x ÷ T × horizon — le taux de la population pour un client vu depuis moins d’un trimestre —, montant moyen des réachats) les remplace et le statut le dit.',
    en: 'BG/NBD (Fader, Hardie & Lee 2005): while active, a customer buys at their own pace and may leave after each purchase. Gamma-Gamma (Fader & Hardie 2013): each customer has their own average spend. Fitted by maximum likelihood on the purchases up to the calibration end; with too little data the simple formula (x ÷ T × horizon — the population’s rate for a customer seen for less than a quarter —, mean repeat value) replaces them and the status says so.',
  },
  segmentSection: { fr: '2. Par segment RFM', en: '2. Per RFM segment' },
  segment: { fr: 'Segment RFM', en: 'RFM segment' },
  customers: { fr: 'Clients', en: 'Customers' },
  meanAlive: { fr: 'P(actif) moyenne', en: 'Mean P(alive)' },
  purchases: { fr: 'Achats attendus', en: 'Expected purchases' },
  clvTotal: { fr: 'CLV totale', en: 'Total CLV' },
  clvShare: { fr: '% de la CLV', en: '% of CLV' },
  clvMean: { fr: 'CLV par client', en: 'CLV per customer' },
  total: { fr: 'Total', en: 'Total' },
  customersSection: { fr: '3. Clients', en: '3. Customers' },
  customer: { fr: 'Client', en: 'Customer' },
  alive: { fr: 'P(actif)', en: 'P(alive)' },
  spend: { fr: 'Panier attendu', en: 'Expected spend' },
  clv: { fr: 'CLV', en: 'CLV' },
  status: { fr: 'Statut', en: 'Status' },
  chart: { fr: 'CLV totale par segment', en: 'Total CLV per segment' },
} satisfies Record<string, LocalizedText>;

const UNIT_NAMES: Readonly<Record<TimeUnit, LocalizedText>> = {
  day: { fr: 'jours', en: 'days' },
  week: { fr: 'semaines', en: 'weeks' },
  month: { fr: 'mois (30,4375 jours)', en: 'months (30.4375 days)' },
};

/**
 * Builds the customer value sheet from transactions: summary, fits, predictions (see
 * src/metrics/clv), and the RFM segment of each customer at the calibration end.
 * @returns the plan and its inputs, or the #VALUE! / #NUM! of the summary or of the prediction options
 */
export function buildClvPlan(options: ClvPlanOptions): ClvPlan | SheetError {
  const { language } = options;
  const timeUnit = options.timeUnit ?? 'week';
  const summary = summarizeTransactions(options.transactions, { calibrationEnd: options.calibrationEnd, timeUnit });
  if (isSheetError(summary)) return summary;
  const horizon = options.horizon ?? ONE_YEAR[timeUnit];
  const discountRate = options.discountRate ?? 0;
  const fit = fitClv(summary, options.fit);
  const predictions = predictClv(summary, fit, { horizon, discountRate });
  if (isSheetError(predictions)) return predictions;
  const segments = rfmSegments(options.transactions, summary, language);
  if (isSheetError(segments)) return segments;

  const t = (text: LocalizedText): string => text[language];
  const n = summary.customers.length;
  const layout = clvLayout(n);
  const money = options.monetaryFormat ?? 'currency';
  const subtitle = t(TEXT.subtitle)
    .replace('{horizon}', horizon.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB'))
    .replace('{unit}', t(UNIT_NAMES[timeUnit]))
    .replace('{count}', n.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB'));
  const builder = new SheetPlanBuilder({ key: CLV_PLAN_KEY, version: CLV_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), 10, subtitle)
    .tabColor(PALETTE.navy)
    .widths([30, 16, 13, 14, 14, 14, 11, 14, 14, 60])
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: layout.customerHeaderRow, last: layout.customerHeaderRow } });

  // 1. The model: what was fitted, or which fallback and why.
  const { firstModelRow } = layout;
  builder.block(firstModelRow - 1, 1, [[valueCell(t(TEXT.modelSection))]]).style(cellRange(firstModelRow - 1, 1, 1, 10), 'section');
  const bg = fit.frequency.model === 'bgnbd' ? fit.frequency.fit : null;
  const gg = fit.spend.model === 'gamma-gamma' ? fit.spend.fit : null;
  const modelText = (part: ClvFit['frequency'] | ClvFit['spend'], name: string): string =>
    part.model === 'simple' ? `${language === 'fr' ? 'formule simple' : 'simple formula'} — ${part.reason[language]}` : name;
  const model: [string, PlanValue, NumberFormatName | null][] = [
    [t(TEXT.calibrationEnd), excelSerialFromDay(summary.calibrationEnd), 'date'],
    [t(TEXT.timeUnit), t(UNIT_NAMES[timeUnit]), null],
    [t(TEXT.horizon), horizon, 'decimal'],
    [t(TEXT.discount), discountRate, 'percent'],
    [t(TEXT.purchaseModel), modelText(fit.frequency, 'BG/NBD'), null],
    ['r', bg?.params.r ?? null, null],
    ['alpha', bg?.params.alpha ?? null, null],
    ['a', bg?.params.a ?? null, null],
    ['b', bg?.params.b ?? null, null],
    [t(TEXT.llBg), bg?.logLikelihood ?? null, 'decimal'],
    [t(TEXT.spendModel), modelText(fit.spend, 'Gamma-Gamma'), null],
    ['p', gg?.params.p ?? null, null],
    ['q', gg?.params.q ?? null, null],
    ['gamma', gg?.params.gamma ?? null, null],
    [t(TEXT.llGg), gg?.logLikelihood ?? null, 'decimal'],
  ];
  builder.block(firstModelRow, 1, model.map(([label, value]) => [valueCell(label), valueCell(value)]));
  builder.style(cellRange(firstModelRow, 1, MODEL_ROWS), 'label').style(cellRange(firstModelRow, 2, MODEL_ROWS), 'data');
  model.forEach(([, , format], i) => {
    if (format !== null) builder.format(cellRange(firstModelRow + i, 2), format);
  });
  builder.block(firstModelRow, 4, [[valueCell(t(TEXT.modelNote))]]).style(cellRange(firstModelRow, 4), 'paragraph').merge(cellRange(firstModelRow, 4, 5, 7));

  // 2. Per RFM segment, by formulas over the customer table below.
  const { firstSegmentRow, totalRow, customerHeaderRow, firstCustomerRow, lastCustomerRow } = layout;
  const column = (letter: string): string => `$${letter}$${firstCustomerRow}:$${letter}$${lastCustomerRow}`;
  const seg = column('B');
  const alive = column('G');
  const purchases = column('F');
  const clv = column('I');
  builder.block(firstSegmentRow - 2, 1, [[valueCell(t(TEXT.segmentSection))]]).style(cellRange(firstSegmentRow - 2, 1, 1, 10), 'section');
  builder
    .block(firstSegmentRow - 1, 1, [valueRow([t(TEXT.segment), t(TEXT.customers), t(TEXT.meanAlive), t(TEXT.purchases), t(TEXT.clvTotal), t(TEXT.clvShare), t(TEXT.clvMean)])])
    .style(cellRange(firstSegmentRow - 1, 1, 1, 7), 'header')
    .height(firstSegmentRow - 1, 30);
  const segmentRows: PlanCell[][] = SEGMENTS.map((segment, i) => {
    const r = firstSegmentRow + i;
    return [
      valueCell(segment.name[language]),
      formulaCell(`COUNTIF(${seg},A${r})`),
      formulaCell(`IF(COUNTIFS(${seg},A${r},${alive},">=0")=0,"",AVERAGEIFS(${alive},${seg},A${r}))`),
      formulaCell(`SUMIF(${seg},A${r},${purchases})`),
      formulaCell(`SUMIF(${seg},A${r},${clv})`),
      formulaCell(`IF($E$${totalRow}=0,"",E${r}/$E$${totalRow})`),
      formulaCell(`IF(B${r}=0,"",E${r}/B${r})`),
    ];
  });
  const span = (letter: string): string => `${letter}${firstSegmentRow}:${letter}${totalRow - 1}`;
  segmentRows.push([
    valueCell(t(TEXT.total)),
    formulaCell(`SUM(${span('B')})`),
    formulaCell(`IF(COUNT(${alive})=0,"",AVERAGE(${alive}))`),
    formulaCell(`SUM(${span('D')})`),
    formulaCell(`SUM(${span('E')})`),
    formulaCell(`IF($E$${totalRow}=0,"",SUM(${span('F')}))`),
    formulaCell(`IF(B${totalRow}=0,"",E${totalRow}/B${totalRow})`),
  ]);
  builder.block(firstSegmentRow, 1, segmentRows);
  builder
    .style(cellRange(firstSegmentRow, 1, SEGMENTS.length), 'label')
    .style(cellRange(firstSegmentRow, 2, SEGMENTS.length, 6), 'computed')
    .style(cellRange(totalRow, 1, 1, 7), 'total')
    .format(cellRange(firstSegmentRow, 2, SEGMENTS.length + 1), 'integer')
    .format(cellRange(firstSegmentRow, 3, SEGMENTS.length + 1), 'percent')
    .format(cellRange(firstSegmentRow, 4, SEGMENTS.length + 1), 'decimal')
    .format(cellRange(firstSegmentRow, 5, SEGMENTS.length + 1), money)
    .format(cellRange(firstSegmentRow, 6, SEGMENTS.length + 1), 'percent')
    .format(cellRange(firstSegmentRow, 7, SEGMENTS.length + 1), money)
    .conditional({ kind: 'colorScale', range: cellRange(firstSegmentRow, 6, SEGMENTS.length), minColor: PALETTE.white, maxColor: PALETTE.good });
  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: cellRange(firstSegmentRow, 1, SEGMENTS.length),
    series: [{ name: t(TEXT.clvTotal), values: cellRange(firstSegmentRow, 5, SEGMENTS.length) }],
    anchor: cellRange(firstSegmentRow - 2, 9, SEGMENTS.length + 3, 2),
    valueFormat: 'currencyRounded',
  });

  // 3. The customers, as values (see the module comment).
  builder.block(customerHeaderRow - 1, 1, [[valueCell(t(TEXT.customersSection))]]).style(cellRange(customerHeaderRow - 1, 1, 1, 10), 'section');
  builder
    .block(customerHeaderRow, 1, [valueRow([t(TEXT.customer), t(TEXT.segment), 'x', 't_x', 'T', t(TEXT.purchases), t(TEXT.alive), t(TEXT.spend), t(TEXT.clv), t(TEXT.status)])])
    .style(cellRange(customerHeaderRow, 1, 1, 10), 'header')
    .height(customerHeaderRow, 30);
  const figure = (value: number | undefined): PlanValue => (value === undefined || !Number.isFinite(value) ? null : value);
  const rows: PlanCell[][] = new Array<PlanCell[]>(n);
  for (let i = 0; i < n; i++) {
    rows[i] = [
      valueCell(summary.customers[i] ?? ''),
      valueCell(segments[i] ?? ''),
      valueCell(summary.x[i] ?? 0),
      valueCell(summary.tx[i] ?? 0),
      valueCell(summary.T[i] ?? 0),
      valueCell(figure(predictions.expectedPurchases[i])),
      valueCell(figure(predictions.probabilityAlive[i])),
      valueCell(figure(predictions.expectedSpend[i])),
      valueCell(figure(predictions.clv[i])),
      valueCell(predictions.statuses[predictions.status[i] ?? 0]?.[language] ?? ''),
    ];
  }
  builder.block(firstCustomerRow, 1, rows);
  // On paper the customer table starts a page of its own, under its repeated header.
  builder.keep(firstSegmentRow - 2, totalRow).newPage(customerHeaderRow - 1);
  builder
    .style(cellRange(firstCustomerRow, 1, n, 10), 'data')
    .format(cellRange(firstCustomerRow, 3, n), 'integer')
    .format(cellRange(firstCustomerRow, 4, n, 3), 'decimal')
    .format(cellRange(firstCustomerRow, 7, n), 'percent')
    .format(cellRange(firstCustomerRow, 8, n, 2), money)
    .freeze(customerHeaderRow, 1);
  return { plan: builder.build(), summary, fit, predictions, segments };
}

/** The RFM segment name of each customer of the summary, scored on the purchases up to the calibration end. */
function rfmSegments(tx: TransactionColumns, summary: ClvSummary, language: Language): string[] | SheetError {
  const keep: number[] = [];
  for (let i = 0; i < tx.customer.length; i++) if ((tx.day[i] ?? 0) <= summary.calibrationEnd) keep.push(i);
  const table = aggregateTransactions(
    { customer: keep.map((i) => tx.customer[i] ?? ''), day: keep.map((i) => tx.day[i] ?? 0), amount: keep.map((i) => tx.amount[i] ?? 0) },
    { asOf: summary.calibrationEnd + 1 },
  );
  if (isSheetError(table)) return table;
  const scores = scoreRfm(table.recencyDays, table.frequency, table.monetary);
  if (isSheetError(scores)) return scores;
  const byCustomer = new Map<string, string>();
  table.customers.forEach((id, i) => {
    const segment = segmentOfCode(rfmCode(scores.r[i] ?? 0, scores.f[i] ?? 0, scores.m[i] ?? 0));
    byCustomer.set(id, isSheetError(segment) ? '' : segmentInfo(segment).name[language]);
  });
  return summary.customers.map((id) => byCustomer.get(id) ?? '');
}
