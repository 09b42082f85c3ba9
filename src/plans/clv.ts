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
import { formulaCell, SheetPlanBuilder, valueCell } from './sheet-builder.js';
import { addSection, addTable, tableLayout, type RowContext, type TableLayout } from './table.js';
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
const SEGMENT_KEYS = ['segment', 'customers', 'meanAlive', 'purchases', 'clvTotal', 'clvShare', 'clvMean'] as const;
const CUSTOMER_KEYS = ['customer', 'segment', 'x', 'tx', 'T', 'purchases', 'alive', 'spend', 'clv', 'status'] as const;
type SegmentKey = (typeof SEGMENT_KEYS)[number];
type CustomerKey = (typeof CUSTOMER_KEYS)[number];

/** The tables of the sheet, by column key. */
export interface ClvTables {
  /** The model's figures: label, value (no header). */
  readonly model: TableLayout<'label' | 'value'>;
  /** One row per RFM segment and a total row. */
  readonly segments: TableLayout<SegmentKey>;
  /** One row per customer. */
  readonly customers: TableLayout<CustomerKey>;
}

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The tables for a number of customers.
 * @example clvTables(10).customers.address('clv', 0) // "I39"
 */
export function clvTables(customerCount: number): ClvTables {
  const model = tableLayout({ row: 5, rows: MODEL_ROWS, noHeader: true, columns: keyed(['label', 'value'] as const) });
  const segments = tableLayout({ row: model.lastRow + 3, rows: SEGMENTS.length, totalRow: true, columns: keyed(SEGMENT_KEYS) });
  return { model, segments, customers: tableLayout({ row: (segments.totalRow ?? 0) + 3, rows: customerCount, columns: keyed(CUSTOMER_KEYS) }) };
}

/**
 * The layout for a number of customers.
 * @example clvLayout(10).firstCustomerRow // 39
 */
export function clvLayout(customerCount: number): ClvLayout {
  const { model, segments, customers } = clvTables(customerCount);
  return {
    firstModelRow: model.firstRow,
    firstSegmentRow: segments.firstRow,
    totalRow: segments.totalRow ?? 0,
    customerHeaderRow: customers.headerRow,
    firstCustomerRow: customers.firstRow,
    lastCustomerRow: customers.lastRow,
  };
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
  const tables = clvTables(n);
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const subtitle = t(TEXT.subtitle)
    .replace('{horizon}', horizon.toLocaleString(locale))
    .replace('{unit}', t(UNIT_NAMES[timeUnit]))
    .replace('{count}', n.toLocaleString(locale));
  const { headerRow } = tables.customers;
  const builder = new SheetPlanBuilder({ key: CLV_PLAN_KEY, version: CLV_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), 10, subtitle)
    .tabColor(PALETTE.navy)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } });
  const context: ClvContext = { builder, language, t, tables, money: options.monetaryFormat ?? 'currency' };
  addModel(context, { summary, fit, timeUnit, horizon, discountRate });
  addSegments(context);
  addCustomers(context, { summary, predictions, segments });
  // On paper the customer table starts a page of its own, under its repeated header.
  builder
    .keep(tables.segments.headerRow - 1, tables.segments.totalRow ?? 0)
    .newPage(headerRow - 1)
    .freeze(headerRow, 1);
  return { plan: builder.build(), summary, fit, predictions, segments };
}

/** What the parts of the sheet share. */
interface ClvContext {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly t: (text: LocalizedText) => string;
  readonly tables: ClvTables;
  /** How amounts show. */
  readonly money: NumberFormatName;
}

/** What the model part shows. */
interface ModelInput {
  readonly summary: ClvSummary;
  readonly fit: ClvFit;
  readonly timeUnit: TimeUnit;
  readonly horizon: number;
  readonly discountRate: number;
}

/** 1. The model: what was fitted, or which fallback and why. */
function addModel({ builder, language, t, tables }: ClvContext, { summary, fit, timeUnit, horizon, discountRate }: ModelInput): void {
  addSection(builder, tables.model.firstRow - 1, 1, 10, t(TEXT.modelSection));
  const bg = fit.frequency.model === 'bgnbd' ? fit.frequency.fit : null;
  const gg = fit.spend.model === 'gamma-gamma' ? fit.spend.fit : null;
  const modelText = (part: ClvFit['frequency'] | ClvFit['spend'], name: string): string =>
    part.model === 'simple' ? `${language === 'fr' ? 'formule simple' : 'simple formula'} — ${part.reason[language]}` : name;
  const model: [string, PlanValue, NumberFormatName | undefined][] = [
    [t(TEXT.calibrationEnd), excelSerialFromDay(summary.calibrationEnd), 'date'],
    [t(TEXT.timeUnit), t(UNIT_NAMES[timeUnit]), undefined],
    [t(TEXT.horizon), horizon, 'decimal'],
    [t(TEXT.discount), discountRate, 'percent'],
    [t(TEXT.purchaseModel), modelText(fit.frequency, 'BG/NBD'), undefined],
    ['r', bg?.params.r ?? null, undefined],
    ['alpha', bg?.params.alpha ?? null, undefined],
    ['a', bg?.params.a ?? null, undefined],
    ['b', bg?.params.b ?? null, undefined],
    [t(TEXT.llBg), bg?.logLikelihood ?? null, 'decimal'],
    [t(TEXT.spendModel), modelText(fit.spend, 'Gamma-Gamma'), undefined],
    ['p', gg?.params.p ?? null, undefined],
    ['q', gg?.params.q ?? null, undefined],
    ['gamma', gg?.params.gamma ?? null, undefined],
    [t(TEXT.llGg), gg?.logLikelihood ?? null, 'decimal'],
  ];
  const table = addTable(
    builder,
    {
      row: tables.model.firstRow,
      rows: MODEL_ROWS,
      noHeader: true,
      columns: [
        { key: 'label', header: null, style: 'label', cell: ({ index }) => model[index]?.[0] ?? null },
        { key: 'value', header: null, format: (index) => model[index]?.[2], cell: ({ index }) => model[index]?.[1] ?? null },
      ],
    },
    language,
  );
  const note = cellRange(table.firstRow, table.column('value') + 2);
  builder.block(note.row, note.column, [[valueCell(t(TEXT.modelNote))]]).style(note, 'paragraph').merge({ ...note, rowCount: 5, columnCount: 7 });
}

/** 2. Per RFM segment, by formulas over the customer table below. */
function addSegments({ builder, language, t, tables, money }: ClvContext): void {
  const { segments: layout, customers } = tables;
  addSection(builder, layout.headerRow - 1, 1, 10, t(TEXT.segmentSection));
  const [seg, alive, purchases, clv] = (['segment', 'alive', 'purchases', 'clv'] as const).map(customers.all) as [string, string, string, string];
  const sum = (key: SegmentKey) => ({ range }: RowContext<SegmentKey>): PlanCell => formulaCell(`SUM(${range(key)})`);
  const share = (formula: (row: RowContext<SegmentKey>) => string) => (row: RowContext<SegmentKey>): PlanCell => formulaCell(`IF(${row.totalRef('clvTotal')}=0,"",${formula(row)})`);
  const perCustomer = ({ ref }: RowContext<SegmentKey>): PlanCell => formulaCell(`IF(${ref('customers')}=0,"",${ref('clvTotal')}/${ref('customers')})`);
  const table = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: SEGMENTS.length,
      headerHeight: 30,
      totalRow: true,
      columns: [
        { key: 'segment', header: TEXT.segment, style: 'label', cell: ({ index }) => SEGMENTS[index]?.name[language] ?? null, total: () => t(TEXT.total) },
        { key: 'customers', header: TEXT.customers, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${seg},${ref('segment')})`), total: sum('customers') },
        {
          key: 'meanAlive',
          header: TEXT.meanAlive,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(COUNTIFS(${seg},${ref('segment')},${alive},">=0")=0,"",AVERAGEIFS(${alive},${seg},${ref('segment')}))`),
          total: () => formulaCell(`IF(COUNT(${alive})=0,"",AVERAGE(${alive}))`),
        },
        { key: 'purchases', header: TEXT.purchases, style: 'computed', format: 'decimal', cell: ({ ref }) => formulaCell(`SUMIF(${seg},${ref('segment')},${purchases})`), total: sum('purchases') },
        { key: 'clvTotal', header: TEXT.clvTotal, style: 'computed', format: money, cell: ({ ref }) => formulaCell(`SUMIF(${seg},${ref('segment')},${clv})`), total: sum('clvTotal') },
        { key: 'clvShare', header: TEXT.clvShare, style: 'computed', format: 'percent', cell: share(({ ref, totalRef }) => `${ref('clvTotal')}/${totalRef('clvTotal')}`), total: share(({ range }) => `SUM(${range('clvShare')})`) },
        { key: 'clvMean', header: TEXT.clvMean, style: 'computed', format: money, cell: perCustomer, total: perCustomer },
      ],
    },
    language,
  );
  builder.conditional({ kind: 'colorScale', range: table.range('clvShare'), minColor: PALETTE.white, maxColor: PALETTE.good });
  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: table.range('segment'),
    series: [{ name: t(TEXT.clvTotal), values: table.range('clvTotal') }],
    anchor: cellRange(table.headerRow - 1, customers.column('spend') + 1, SEGMENTS.length + 3, 2),
    valueFormat: 'currencyRounded',
  });
}

/** What the customer table shows. */
interface CustomerInput {
  readonly summary: ClvSummary;
  readonly predictions: ClvPredictions;
  readonly segments: readonly string[];
}

/** 3. The customers, as values (see the module comment). */
function addCustomers({ builder, language, t, tables, money }: ClvContext, { summary, predictions, segments }: CustomerInput): void {
  const { customers } = tables;
  addSection(builder, customers.headerRow - 1, 1, 10, t(TEXT.customersSection));
  const figure = (value: number | undefined): PlanValue => (value === undefined || !Number.isFinite(value) ? null : value);
  addTable(
    builder,
    {
      row: customers.headerRow,
      rows: customers.rowCount,
      headerHeight: 30,
      columns: [
        { key: 'customer', header: TEXT.customer, width: 30, cell: ({ index }) => summary.customers[index] ?? '' },
        { key: 'segment', header: TEXT.segment, width: 16, cell: ({ index }) => segments[index] ?? '' },
        { key: 'x', header: 'x', width: 13, format: 'integer', cell: ({ index }) => summary.x[index] ?? 0 },
        { key: 'tx', header: 't_x', width: 14, format: 'decimal', cell: ({ index }) => summary.tx[index] ?? 0 },
        { key: 'T', header: 'T', width: 14, format: 'decimal', cell: ({ index }) => summary.T[index] ?? 0 },
        { key: 'purchases', header: TEXT.purchases, width: 14, format: 'decimal', cell: ({ index }) => figure(predictions.expectedPurchases[index]) },
        { key: 'alive', header: TEXT.alive, width: 11, format: 'percent', cell: ({ index }) => figure(predictions.probabilityAlive[index]) },
        { key: 'spend', header: TEXT.spend, width: 14, format: money, cell: ({ index }) => figure(predictions.expectedSpend[index]) },
        { key: 'clv', header: TEXT.clv, width: 14, format: money, cell: ({ index }) => figure(predictions.clv[index]) },
        { key: 'status', header: TEXT.status, width: 60, cell: ({ index }) => predictions.statuses[predictions.status[index] ?? 0]?.[language] ?? '' },
      ],
    },
    language,
  );
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
