/**
 * The acquisition & conversion KPI sheet: an input table per channel (spend, leads, opportunities,
 * new customers, revenue, optional lifetime value) and, per channel and in total, cost per lead, cost
 * per opportunity, CAC, lead → customer conversion, average basket and LTV:CAC — all native formulas
 * that show an empty cell instead of a division by zero.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { cellRange } from './a1.js';
import { formulaCell, SheetPlanBuilder } from './sheet-builder.js';
import { addNote, addSection, addTable, tableLayout, type RowContext, type TableColumn, type TableLayout } from './table.js';
import { PALETTE } from './theme.js';
import type { NumberFormatName, PlanCell, SheetPlan, StyleName } from './types.js';

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

const INPUT_KEYS = ['channel', 'spend', 'leads', 'opportunities', 'newCustomers', 'revenue', 'lifetimeValue'] as const;
const INDICATOR_KEYS = ['channel', 'costPerLead', 'costPerOpportunity', 'cac', 'conversion', 'revenuePerCustomer', 'ltvToCac'] as const;
type InputKey = (typeof INPUT_KEYS)[number];
type IndicatorKey = (typeof INDICATOR_KEYS)[number];

/** The tables of a KPI sheet, by column key. */
export interface KpiTables {
  /** The figures per channel, then a total row. */
  readonly inputs: TableLayout<InputKey>;
  /** The indicators of each input row, then those of the total row. */
  readonly indicators: TableLayout<IndicatorKey>;
}

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The tables of a KPI sheet with a given number of channels.
 * @param channelCount - number of channel rows written (the user's, or the examples)
 * @param emptyRows - empty input rows left below them
 * @example kpiTables(4, 5).indicators.address('cac', 0) // "D21"
 */
export function kpiTables(channelCount: number, emptyRows: number): KpiTables {
  const rows = channelCount + emptyRows;
  const inputs = tableLayout({ row: FIRST_INPUT_ROW - 1, rows, totalRow: true, columns: keyed(INPUT_KEYS) });
  return { inputs, indicators: tableLayout({ row: (inputs.totalRow ?? 0) + 3, rows, totalRow: true, columns: keyed(INDICATOR_KEYS) }) };
}

/**
 * The layout of a KPI sheet with a given number of channels.
 * @param channelCount - number of channel rows written (the user's, or the examples)
 * @param emptyRows - empty input rows left below them
 * @returns the rows of each table
 * @example kpiLayout(4, 5).inputTotalRow // 16
 */
export function kpiLayout(channelCount: number, emptyRows: number): KpiLayout {
  const { inputs, indicators } = kpiTables(channelCount, emptyRows);
  return {
    firstInputRow: inputs.firstRow,
    inputRows: inputs.rowCount,
    inputTotalRow: inputs.totalRow ?? 0,
    firstIndicatorRow: indicators.firstRow,
    indicatorTotalRow: indicators.totalRow ?? 0,
  };
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
  const channels = options.channels ?? EXAMPLES;
  const tables = kpiTables(channels.length, Math.max(0, Math.floor(options.emptyRows ?? 5)));
  const builder = new SheetPlanBuilder({ key: KPI_PLAN_KEY, version: KPI_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), COLUMNS, t(TEXT.subtitle))
    .tabColor(PALETTE.blue)
    .print({ orientation: 'landscape', fitToWidth: true });
  addNote(builder, 3, t(TEXT.legend), COLUMNS);
  const inputs = addInputs(builder, language, channels, options.channels === undefined, tables.inputs);
  const indicators = addIndicators(builder, language, inputs);
  const definitionsRow = (indicators.totalRow ?? 0) + 2;
  addSection(builder, definitionsRow, 1, COLUMNS, t(TEXT.definitions));
  DEFINITIONS.forEach((definition, i) => { addNote(builder, definitionsRow + 1 + i, t(definition), COLUMNS); });
  // On paper each table stays whole with its heading (both fit a page up to about 25 channels).
  builder
    .keep(inputs.headerRow - 1, inputs.totalRow ?? 0)
    .keep(indicators.headerRow - 1, indicators.totalRow ?? 0)
    .keep(definitionsRow, definitionsRow + DEFINITIONS.length);
  builder.chart({
    kind: 'column',
    title: t(TEXT.chart),
    categories: indicators.range('channel'),
    series: [{ name: t(INDICATOR_HEADERS[3] ?? TEXT.chart), values: indicators.range('cac') }],
    anchor: cellRange(inputs.headerRow - 1, COLUMNS + 2, 18, 7),
    valueFormat: 'currencyRounded',
  });
  return builder.freeze(0, 1).build();
}

/** 1. The figures per channel (the examples styled as such), then their totals. */
function addInputs(builder: SheetPlanBuilder, language: Language, channels: readonly KpiChannelInput[], examples: boolean, layout: TableLayout<InputKey>): TableLayout<InputKey> {
  const t = (text: LocalizedText): string => text[language];
  addSection(builder, layout.headerRow - 1, 1, COLUMNS, t(TEXT.inputs));
  const suffix = examples ? t(TEXT.example) : '';
  const style = (i: number): StyleName => (examples && i < channels.length ? 'example' : 'input');
  const widths: Record<InputKey, number> = { channel: 30, spend: 16, leads: 14, opportunities: 16, newCustomers: 18, revenue: 20, lifetimeValue: 18 };
  const formats: Record<InputKey, NumberFormatName | undefined> = {
    channel: undefined,
    spend: 'currency',
    leads: 'integer',
    opportunities: 'integer',
    newCustomers: 'integer',
    revenue: 'currency',
    lifetimeValue: 'currency',
  };
  const value = (index: number, key: Exclude<InputKey, 'channel'>): number | null => channels[index]?.[key] ?? null;
  const inputs = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: layout.rowCount,
      headerHeight: 32,
      totalRow: true,
      columns: INPUT_KEYS.map((key, j): TableColumn<InputKey> => ({
        key,
        header: INPUT_HEADERS[j] ?? '',
        width: widths[key],
        style,
        ...(formats[key] === undefined ? {} : { format: formats[key] }),
        cell: ({ index }) => (key === 'channel' ? (index < channels.length ? `${channels[index]?.channel ?? ''}${suffix}` : null) : value(index, key)),
        total: ({ range }) => (key === 'channel' ? t(TEXT.total) : key === 'lifetimeValue' ? weightedLtv(range) : formulaCell(`SUM(${range(key)})`)),
      })),
    },
    language,
  );
  const figures = cellRange(inputs.firstRow, inputs.column('spend'), inputs.rowCount, COLUMNS - 1);
  builder.validate(figures, { kind: 'decimal', min: 0, max: 1e12 }, { message: t(TEXT.nonNegative) });
  return inputs;
}

/** The LTV of the total: the average of the channels that give one, weighted by their new customers. */
function weightedLtv(range: (key: InputKey) => string): PlanCell {
  const ltv = range('lifetimeValue');
  const customers = range('newCustomers');
  return formulaCell(`IF(SUMIF(${ltv},">0",${customers})=0,"",SUMPRODUCT(${ltv},${customers})/SUMIF(${ltv},">0",${customers}))`);
}

/** 2. The indicators, one row per input row and one for the total: each reads its input row. */
function addIndicators(builder: SheetPlanBuilder, language: Language, inputs: TableLayout<InputKey>): TableLayout<IndicatorKey> {
  const headerRow = (inputs.totalRow ?? 0) + 3;
  addSection(builder, headerRow - 1, 1, COLUMNS, TEXT.indicators[language]);
  // The indicator row `index` reads input row `index`; the total row (index = rows) the input totals.
  const at = (key: InputKey, index: number): string => inputs.address(key, index);
  // IF(x=0,"",…) rather than IFERROR: a typo (text in a number cell) still shows #VALUE!.
  const ratio = (numerator: InputKey, denominator: InputKey) => ({ index }: RowContext<IndicatorKey>): PlanCell =>
    formulaCell(`IF(${at(denominator, index)}=0,"",${at(numerator, index)}/${at(denominator, index)})`);
  const ltvToCac = ({ index }: RowContext<IndicatorKey>): PlanCell => {
    const [ltv, customers, spend] = [at('lifetimeValue', index), at('newCustomers', index), at('spend', index)];
    return formulaCell(`IF(OR(${ltv}="",${ltv}=0,${customers}=0,${spend}=0),"",${ltv}*${customers}/${spend})`);
  };
  const column = (key: IndicatorKey, format: NumberFormatName | undefined, cell: (row: RowContext<IndicatorKey>) => PlanCell): TableColumn<IndicatorKey> => ({
    key,
    header: INDICATOR_HEADERS[INDICATOR_KEYS.indexOf(key)] ?? '',
    style: 'computed',
    ...(format === undefined ? {} : { format }),
    cell,
    total: cell,
  });
  return addTable(
    builder,
    {
      row: headerRow,
      rows: inputs.rowCount,
      headerHeight: 32,
      totalRow: true,
      columns: [
        { ...column('channel', undefined, ({ index }) => formulaCell(`IF(${at('channel', index)}="","",${at('channel', index)})`)), total: ({ index }) => formulaCell(at('channel', index)) },
        column('costPerLead', 'currency', ratio('spend', 'leads')),
        column('costPerOpportunity', 'currency', ratio('spend', 'opportunities')),
        column('cac', 'currency', ratio('spend', 'newCustomers')),
        column('conversion', 'percent', ratio('newCustomers', 'leads')),
        column('revenuePerCustomer', 'currency', ratio('revenue', 'newCustomers')),
        column('ltvToCac', 'ratio', ltvToCac),
      ],
    },
    language,
  );
}
