/**
 * The acquisition & conversion KPI sheet: an input table per channel (spend, leads, opportunities,
 * new customers, revenue, optional lifetime value) and, per channel and in total, cost per lead, cost
 * per opportunity, CAC, lead → customer conversion, average basket and LTV:CAC — all native formulas
 * that show an empty cell instead of a division by zero.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { cellAddress, cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { PALETTE } from './theme.js';
import type { PlanCell, SheetPlan } from './types.js';

/** Key of the KPI sheet. */
export const KPI_PLAN_KEY = 'kpi';
/** Layout version of the KPI sheet. */
export const KPI_PLAN_VERSION = 1;

/** The figures of one acquisition channel over the analysed period; null when unknown. */
export interface KpiChannelInput {
  readonly channel: string;
  /** Marketing and sales spend, €. */
  readonly spend: number | null;
  readonly leads: number | null;
  readonly opportunities: number | null;
  readonly newCustomers: number | null;
  /** Revenue from the new customers, €. */
  readonly revenue: number | null;
  /** Lifetime value of one customer of the channel, €; null when not known. */
  readonly lifetimeValue?: number | null;
}

/** Options of {@link buildKpiPlan}. */
export interface KpiPlanOptions {
  readonly language: Language;
  /** The user's channels; when absent, example channels clearly marked as examples fill the table. */
  readonly channels?: readonly KpiChannelInput[];
  /** Empty input rows left below the channels for more channels, default 5. */
  readonly emptyRows?: number;
}

/** Where the KPI sheet puts its tables (1-based rows): tests and other sheets read them. */
export interface KpiLayout {
  /** First input row; inputs fill columns A–G (channel, spend, leads, opportunities, new customers, revenue, LTV). */
  readonly firstInputRow: number;
  /** Number of input rows (channels + empty rows). */
  readonly inputRows: number;
  /** The input totals row. */
  readonly inputTotalRow: number;
  /** First row of the indicators (columns A–G: channel, cost per lead, cost per opportunity, CAC, conversion, average basket, LTV:CAC). */
  readonly firstIndicatorRow: number;
  /** The indicators total row. */
  readonly indicatorTotalRow: number;
}

const TEXT = {
  name: { fr: 'KPI acquisition', en: 'Acquisition KPIs' },
  title: { fr: 'KPI acquisition & conversion', en: 'Acquisition & conversion KPIs' },
  subtitle: {
    fr: 'Saisissez vos chiffres par canal pour la période analysée : les indicateurs se calculent seuls.',
    en: 'Enter your figures per channel for the period analysed: the indicators compute themselves.',
  },
  legend: {
    fr: 'Cellules jaunes : à saisir · orange : exemples à remplacer par vos chiffres · grises : calculées (ne pas saisir).',
    en: 'Yellow cells: to fill in · orange: examples to replace with your figures · grey: computed (do not type).',
  },
  inputs: { fr: '1. Vos chiffres par canal', en: '1. Your figures per channel' },
  indicators: { fr: '2. Indicateurs par canal', en: '2. Indicators per channel' },
  definitions: { fr: '3. Définitions', en: '3. Definitions' },
  total: { fr: 'Total', en: 'Total' },
  example: { fr: ' (exemple)', en: ' (example)' },
  chart: { fr: "Coût d’acquisition client (CAC) par canal", en: 'Customer acquisition cost (CAC) per channel' },
  nonNegative: { fr: 'Saisissez un nombre positif ou nul.', en: 'Enter a number of zero or more.' },
} satisfies Record<string, LocalizedText>;

const INPUT_HEADERS: readonly LocalizedText[] = [
  { fr: 'Canal', en: 'Channel' },
  { fr: 'Dépenses (€)', en: 'Spend (€)' },
  { fr: 'Leads', en: 'Leads' },
  { fr: 'Opportunités', en: 'Opportunities' },
  { fr: 'Nouveaux clients', en: 'New customers' },
  { fr: "Chiffre d’affaires (€)", en: 'Revenue (€)' },
  { fr: 'LTV par client (€, facultatif)', en: 'LTV per customer (€, optional)' },
];

const INDICATOR_HEADERS: readonly LocalizedText[] = [
  { fr: 'Canal', en: 'Channel' },
  { fr: 'Coût par lead', en: 'Cost per lead' },
  { fr: 'Coût par opportunité', en: 'Cost per opportunity' },
  { fr: "CAC (coût d’acquisition client)", en: 'CAC (customer acquisition cost)' },
  { fr: 'Conversion lead → client', en: 'Lead → customer conversion' },
  { fr: 'CA par nouveau client', en: 'Revenue per new customer' },
  { fr: 'LTV:CAC', en: 'LTV:CAC' },
];

const DEFINITIONS: readonly LocalizedText[] = [
  { fr: 'Coût par lead = dépenses ÷ leads.', en: 'Cost per lead = spend ÷ leads.' },
  { fr: 'Coût par opportunité = dépenses ÷ opportunités.', en: 'Cost per opportunity = spend ÷ opportunities.' },
  { fr: 'CAC = dépenses ÷ nouveaux clients.', en: 'CAC = spend ÷ new customers.' },
  { fr: 'Conversion lead → client = nouveaux clients ÷ leads.', en: 'Lead → customer conversion = new customers ÷ leads.' },
  {
    fr: "CA par nouveau client = chiffre d’affaires ÷ nouveaux clients (le panier moyen, lui, divise le chiffre d’affaires par le nombre de commandes : fonction AVERAGE_BASKET).",
    en: 'Revenue per new customer = revenue ÷ new customers (the average basket divides revenue by the number of orders: function AVERAGE_BASKET).',
  },
  {
    fr: 'LTV:CAC = valeur vie client ÷ CAC ; 3 ou plus est la cible habituelle. Total : LTV moyenne pondérée par les nouveaux clients des canaux renseignés.',
    en: 'LTV:CAC = customer lifetime value ÷ CAC; 3 or more is the usual target. Total: LTV averaged over the channels that give one, weighted by their new customers.',
  },
  {
    fr: 'Une cellule vide signale un indicateur non calculable (division par zéro, donnée manquante).',
    en: 'An empty cell marks an indicator that cannot be computed (division by zero, missing figure).',
  },
];

/** Example channels, shown when the user gives none: round figures a reader can check by hand. */
const EXAMPLES: readonly KpiChannelInput[] = [
  { channel: 'Google Ads', spend: 12000, leads: 400, opportunities: 80, newCustomers: 20, revenue: 36000, lifetimeValue: 2400 },
  { channel: 'Salons', spend: 15000, leads: 150, opportunities: 45, newCustomers: 15, revenue: 45000, lifetimeValue: 4500 },
  { channel: 'E-mailing', spend: 2000, leads: 250, opportunities: 25, newCustomers: 5, revenue: 7500, lifetimeValue: null },
  { channel: 'LinkedIn', spend: 5000, leads: 100, opportunities: 20, newCustomers: 0, revenue: 0, lifetimeValue: null },
];

const FIRST_INPUT_ROW = 7;
const COLUMNS = 7;

/**
 * The layout of a KPI sheet with a given number of channels.
 * @param channelCount - number of channel rows written (the user's, or the examples)
 * @param emptyRows - empty input rows left below them
 * @returns the rows of each table
 * @example kpiLayout(4, 5).inputTotalRow // 16
 */
export function kpiLayout(channelCount: number, emptyRows: number): KpiLayout {
  const inputRows = channelCount + emptyRows;
  const inputTotalRow = FIRST_INPUT_ROW + inputRows;
  const firstIndicatorRow = inputTotalRow + 4;
  return { firstInputRow: FIRST_INPUT_ROW, inputRows, inputTotalRow, firstIndicatorRow, indicatorTotalRow: firstIndicatorRow + inputRows };
}

/**
 * Builds the KPI acquisition & conversion sheet.
 * @param options - language, the user's channels (or none for examples), empty rows
 * @returns the sheet plan (key 'kpi')
 * @example buildKpiPlan({ language: 'fr' }).name // "KPI acquisition"
 */
export function buildKpiPlan(options: KpiPlanOptions): SheetPlan {
  const language = options.language;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.channels === undefined;
  const channels = options.channels ?? EXAMPLES;
  const emptyRows = Math.max(0, Math.floor(options.emptyRows ?? 5));
  const layout = kpiLayout(channels.length, emptyRows);
  const { firstInputRow, inputRows, inputTotalRow, firstIndicatorRow, indicatorTotalRow } = layout;
  const lastInputRow = inputTotalRow - 1;

  const builder = new SheetPlanBuilder({ key: KPI_PLAN_KEY, version: KPI_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), COLUMNS, t(TEXT.subtitle))
    .tabColor(PALETTE.blue)
    .widths([30, 16, 14, 16, 18, 20, 18])
    .print({ orientation: 'landscape', fitToWidth: true });
  builder.block(3, 1, [[valueCell(t(TEXT.legend))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, COLUMNS));

  // 1. Inputs
  builder.block(5, 1, [[valueCell(t(TEXT.inputs))]]).style(cellRange(5, 1, 1, COLUMNS), 'section');
  builder.block(6, 1, [valueRow(INPUT_HEADERS.map(t))]).style(cellRange(6, 1, 1, COLUMNS), 'header').height(6, 32);
  const suffix = examples ? t(TEXT.example) : '';
  const inputCells: PlanCell[][] = channels.map((c) =>
    valueRow([`${c.channel}${suffix}`, c.spend, c.leads, c.opportunities, c.newCustomers, c.revenue, c.lifetimeValue ?? null]),
  );
  for (let i = 0; i < emptyRows; i++) inputCells.push(valueRow(new Array<null>(COLUMNS).fill(null)));
  builder.block(firstInputRow, 1, inputCells);
  builder.style(cellRange(firstInputRow, 1, inputRows, COLUMNS), 'input');
  if (examples && channels.length > 0) builder.style(cellRange(firstInputRow, 1, channels.length, COLUMNS), 'example');
  builder
    .format(cellRange(firstInputRow, 2, inputRows + 1), 'currency')
    .format(cellRange(firstInputRow, 3, inputRows + 1, 3), 'integer')
    .format(cellRange(firstInputRow, 6, inputRows + 1, 2), 'currency')
    .validate(cellRange(firstInputRow, 2, inputRows, COLUMNS - 1), { kind: 'decimal', min: 0, max: 1e12 }, { message: t(TEXT.nonNegative) });
  const column = (c: number): string => `${cellAddress(firstInputRow, c)}:${cellAddress(lastInputRow, c)}`;
  const ltv = column(7);
  const newCustomers = column(5);
  builder.block(inputTotalRow, 1, [
    [
      valueCell(t(TEXT.total)),
      ...[2, 3, 4, 5, 6].map((c) => formulaCell(`SUM(${column(c)})`)),
      // The LTV of the total: the average of the channels that give one, weighted by their new customers.
      formulaCell(`IF(SUMIF(${ltv},">0",${newCustomers})=0,"",SUMPRODUCT(${ltv},${newCustomers})/SUMIF(${ltv},">0",${newCustomers}))`),
    ],
  ]);
  builder.style(cellRange(inputTotalRow, 1, 1, COLUMNS), 'total');

  // 2. Indicators, one row per input row and the total
  builder.block(firstIndicatorRow - 2, 1, [[valueCell(t(TEXT.indicators))]]).style(cellRange(firstIndicatorRow - 2, 1, 1, COLUMNS), 'section');
  builder.block(firstIndicatorRow - 1, 1, [valueRow(INDICATOR_HEADERS.map(t))]).style(cellRange(firstIndicatorRow - 1, 1, 1, COLUMNS), 'header');
  builder.height(firstIndicatorRow - 1, 32);
  const indicatorCells: PlanCell[][] = [];
  for (let i = 0; i <= inputRows; i++) indicatorCells.push(indicatorRow(firstInputRow + i, i === inputRows));
  builder.block(firstIndicatorRow, 1, indicatorCells);
  builder
    .style(cellRange(firstIndicatorRow, 1, inputRows, COLUMNS), 'computed')
    .style(cellRange(indicatorTotalRow, 1, 1, COLUMNS), 'total')
    .format(cellRange(firstIndicatorRow, 2, inputRows + 1, 3), 'currency')
    .format(cellRange(firstIndicatorRow, 5, inputRows + 1), 'percent')
    .format(cellRange(firstIndicatorRow, 6, inputRows + 1), 'currency')
    .format(cellRange(firstIndicatorRow, 7, inputRows + 1), 'ratio');

  // 3. Definitions
  const definitionsRow = indicatorTotalRow + 2;
  builder.block(definitionsRow, 1, [[valueCell(t(TEXT.definitions))]]).style(cellRange(definitionsRow, 1, 1, COLUMNS), 'section');
  builder.block(definitionsRow + 1, 1, DEFINITIONS.map((d) => [valueCell(t(d))]));
  builder.style(cellRange(definitionsRow + 1, 1, DEFINITIONS.length), 'note');
  for (let i = 0; i < DEFINITIONS.length; i++) builder.merge(cellRange(definitionsRow + 1 + i, 1, 1, COLUMNS));

  // On paper each table stays whole with its heading (both fit a page up to about 25 channels).
  builder
    .keep(5, inputTotalRow)
    .keep(firstIndicatorRow - 2, indicatorTotalRow)
    .keep(definitionsRow, definitionsRow + DEFINITIONS.length);

  builder.chart({
    kind: 'column',
    title: t(TEXT.chart),
    categories: cellRange(firstIndicatorRow, 1, inputRows),
    series: [{ name: t(INDICATOR_HEADERS[3] ?? TEXT.chart), values: cellRange(firstIndicatorRow, 4, inputRows) }],
    anchor: cellRange(5, COLUMNS + 2, 18, 7),
    valueFormat: 'currencyRounded',
  });
  return builder.freeze(0, 1).build();
}

/** The indicator formulas of one input row (or of the totals row). */
function indicatorRow(row: number, isTotal: boolean): PlanCell[] {
  const at = (column: number): string => cellAddress(row, column);
  const [channel, spend, leads, opportunities, customers, revenue, ltv] = [1, 2, 3, 4, 5, 6, 7].map(at) as [string, string, string, string, string, string, string];
  // IF(x=0,"",…) rather than IFERROR: a typo (text in a number cell) still shows #VALUE!.
  const ratio = (numerator: string, denominator: string): PlanCell => formulaCell(`IF(${denominator}=0,"",${numerator}/${denominator})`);
  return [
    isTotal ? formulaCell(channel) : formulaCell(`IF(${channel}="","",${channel})`),
    ratio(spend, leads),
    ratio(spend, opportunities),
    ratio(spend, customers),
    ratio(customers, leads),
    ratio(revenue, customers),
    formulaCell(`IF(OR(${ltv}="",${ltv}=0,${customers}=0,${spend}=0),"",${ltv}*${customers}/${spend})`),
  ];
}
