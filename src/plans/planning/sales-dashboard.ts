/**
 * The sales dashboard (seed 001, the "chiffres de base"): per rep and per target class (A, B, C) over a
 * period, the meetings, the opportunities won and lost, the conversion, the time spent, the revenue,
 * the average basket and its change against the previous period, the share of the objective reached
 * and the customer acquisition cost including the sales time; then the same per rep and per class,
 * the team's totals and a chart of revenue against objective per rep.
 *
 * Conversion = won ÷ (won + lost); average basket = revenue ÷ opportunities won; its change = basket ÷
 * previous basket − 1; objective reached = revenue ÷ objective; sales cost = hours × hourly cost (a
 * parameter) + other acquisition costs; CAC = sales cost ÷ new customers. Every division is guarded:
 * a cell whose denominator is 0 or empty stays empty, never #DIV/0!. The owner columns offer the team
 * list of the audit summary when it is in the workbook (another name is accepted).
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, highlightClasses, tableLayout, type RowContext, type TableColumn, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import { PALETTE } from '../theme.js';
import type { NumberFormatName, SheetPlan, StyleName } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, section, startGrid } from '../strategy/common.js';

/** Key of the sales dashboard (the build's key is 'sales-dashboard': plan keys take no hyphen). */
export const SALES_DASHBOARD_PLAN_KEY = 'sales_dashboard';
/** Layout version of the sales dashboard. */
export const SALES_DASHBOARD_PLAN_VERSION = 1;
/** Workbook name of the hourly cost of a rep. */
export const SALES_DASHBOARD_HOURLY_COST_NAME = 'sales_dashboard_hourly_cost';

/** Rows of the activity table (examples and empty rows) and of the per-rep summary. */
export const ACTIVITY_ROWS = 12;
export const REP_ROWS = 6;

/** Columns of the activity table: one row per rep and class. */
export type ActivityColumn =
  | 'owner'
  | 'abcClass'
  | 'meetings'
  | 'won'
  | 'lost'
  | 'conversion'
  | 'hours'
  | 'revenue'
  | 'basket'
  | 'previousBasket'
  | 'basketChange'
  | 'objective'
  | 'reached'
  | 'newCustomers'
  | 'otherCosts'
  | 'salesCost'
  | 'cac';
/** Columns of the summaries per rep and per class. */
export type SummaryColumn = 'label' | 'meetings' | 'won' | 'lost' | 'conversion' | 'hours' | 'revenue' | 'basket' | 'objective' | 'reached' | 'newCustomers' | 'salesCost' | 'cac';

/** Where the dashboard's tables are. */
export interface SalesDashboardLayout {
  readonly parameters: TableLayout<'label' | 'value'>;
  readonly activity: TableLayout<ActivityColumn>;
  readonly reps: TableLayout<SummaryColumn>;
  readonly classes: TableLayout<SummaryColumn>;
}

const TEXT = {
  name: { fr: 'Tableau de bord commercial', en: 'Sales dashboard' },
  title: { fr: 'Tableau de bord commercial : les chiffres de base', en: 'Sales dashboard: the basic figures' },
  subtitle: {
    fr: 'Par commercial et par cible A, B, C : rendez-vous, affaires gagnées et perdues, transformation, temps passé, CA, panier moyen, atteinte de l’objectif et coût d’acquisition client temps commercial compris.',
    en: 'Per rep and per A, B, C target: meetings, deals won and lost, conversion, time spent, revenue, average basket, objective reached and customer acquisition cost including sales time.',
  },
  parameters: { fr: '1. Paramètre', en: '1. Parameter' },
  hourlyCost: { fr: 'Coût horaire chargé d’un commercial', en: 'Loaded hourly cost of a rep' },
  activity: { fr: '2. Chiffres de la période par commercial et par cible', en: '2. Figures of the period per rep and per target' },
  reps: { fr: '3. Synthèse par commercial', en: '3. Summary per rep' },
  classes: { fr: '4. Synthèse par cible', en: '4. Summary per target' },
  owner: { fr: 'Responsable', en: 'Owner' },
  abcClass: { fr: 'Cible', en: 'Target' },
  meetings: { fr: 'Rendez-vous', en: 'Meetings' },
  won: { fr: 'Affaires gagnées', en: 'Deals won' },
  lost: { fr: 'Affaires perdues', en: 'Deals lost' },
  conversion: { fr: 'Taux de transformation', en: 'Conversion rate' },
  hours: { fr: 'Temps passé (heures)', en: 'Time spent (hours)' },
  revenue: { fr: 'CA', en: 'Revenue' },
  basket: { fr: 'Panier moyen', en: 'Average basket' },
  previousBasket: { fr: 'Panier moyen période précédente', en: 'Average basket previous period' },
  basketChange: { fr: 'Évolution du panier', en: 'Basket change' },
  objective: { fr: 'Objectif de CA', en: 'Revenue objective' },
  reached: { fr: 'Objectif atteint', en: 'Objective reached' },
  newCustomers: { fr: 'Nouveaux clients', en: 'New customers' },
  otherCosts: { fr: 'Autres coûts d’acquisition', en: 'Other acquisition costs' },
  salesCost: { fr: 'Coût commercial (temps + autres)', en: 'Sales cost (time + other)' },
  cac: { fr: 'CAC temps compris', en: 'CAC with sales time' },
  team: { fr: 'Total équipe', en: 'Team total' },
  chart: { fr: 'CA et objectif par commercial', en: 'Revenue and objective per rep' },
  classMessage: { fr: 'A, B ou C.', en: 'A, B or C.' },
  numberMessage: { fr: 'Un nombre positif.', en: 'A positive number.' },
} satisfies Record<string, LocalizedText>;

/** One example row: rep (1 or 2), class, meetings, won, lost, hours, revenue, previous basket, objective, new customers, other costs. */
type Example = readonly [number, 'A' | 'B' | 'C', number, number, number, number, number, number, number, number, number];
const EXAMPLES: readonly Example[] = [
  [1, 'A', 12, 4, 2, 60, 48_000, 11_000, 50_000, 1, 1_500],
  [1, 'B', 15, 6, 6, 45, 30_000, 5_500, 25_000, 3, 900],
  [1, 'C', 8, 5, 5, 20, 6_000, 1_400, 8_000, 4, 300],
  [2, 'A', 10, 3, 3, 50, 39_000, 12_000, 45_000, 1, 1_500],
  [2, 'B', 18, 7, 5, 54, 31_500, 4_000, 30_000, 2, 900],
  [2, 'C', 6, 2, 6, 24, 2_400, 1_000, 6_000, 0, 300],
];
const REP_NAME = { fr: 'Commercial ', en: 'Sales rep ' } satisfies LocalizedText;

const ACTIVITY_KEYS: readonly ActivityColumn[] = [
  'owner',
  'abcClass',
  'meetings',
  'won',
  'lost',
  'conversion',
  'hours',
  'revenue',
  'basket',
  'previousBasket',
  'basketChange',
  'objective',
  'reached',
  'newCustomers',
  'otherCosts',
  'salesCost',
  'cac',
];
const SUMMARY_KEYS: readonly SummaryColumn[] = ['label', 'meetings', 'won', 'lost', 'conversion', 'hours', 'revenue', 'basket', 'objective', 'reached', 'newCustomers', 'salesCost', 'cac'];
const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The layout of the dashboard.
 * @returns where the tables are
 * @example salesDashboardLayout().activity.firstRow // 11
 */
export function salesDashboardLayout(): SalesDashboardLayout {
  const parameters = tableLayout({ row: 6, rows: 1, columns: keyed(['label', 'value'] as const) });
  const activity = tableLayout({ row: parameters.lastRow + 3, rows: ACTIVITY_ROWS, totalRow: true, columns: keyed(ACTIVITY_KEYS) });
  const reps = tableLayout({ row: (activity.totalRow ?? 0) + 3, rows: REP_ROWS, totalRow: true, columns: keyed(SUMMARY_KEYS) });
  const classes = tableLayout({ row: (reps.totalRow ?? 0) + 3, rows: 3, totalRow: true, columns: keyed(SUMMARY_KEYS) });
  return { parameters, activity, reps, classes };
}

/** What the parts of the sheet share. */
interface Context {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly t: (text: LocalizedText) => string;
  readonly layout: SalesDashboardLayout;
}

/**
 * Builds the sales dashboard with two example reps over the three classes.
 * @param options - the language
 * @returns the plan and its layout
 */
export function buildSalesDashboard(options: { readonly language: Language }): { plan: SheetPlan; layout: SalesDashboardLayout } {
  const { language } = options;
  const layout = salesDashboardLayout();
  const width = ACTIVITY_KEYS.length;
  const builder = startGrid({ key: SALES_DASHBOARD_PLAN_KEY, version: SALES_DASHBOARD_PLAN_VERSION, name: TEXT.name, title: TEXT.title, subtitle: TEXT.subtitle }, width, language)
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true });
  const context: Context = { builder, language, t: (text) => text[language], layout };
  section(builder, layout.parameters.headerRow - 1, TEXT.parameters, 2, language);
  const hourly = { label: TEXT.hourlyCost, value: 45, format: 'currency' as const, name: SALES_DASHBOARD_HOURLY_COST_NAME, rule: { kind: 'decimal' as const, min: 0, max: 1e6 } };
  addParameters(builder, layout.parameters.headerRow, [hourly], language);
  builder.style(layout.parameters.range('value'), 'example');
  addActivity(context);
  addSummary(context, 'reps');
  addSummary(context, 'classes');
  const { reps } = layout;
  builder.chart({
    kind: 'column',
    title: context.t(TEXT.chart),
    categories: reps.range('label'),
    series: [
      { name: context.t(TEXT.revenue), values: reps.range('revenue') },
      { name: context.t(TEXT.objective), values: reps.range('objective') },
    ],
    anchor: cellRange((layout.classes.totalRow ?? 0) + 2, 1, 18, 8),
    valueFormat: 'currencyRounded',
  });
  builder.widths([36, 8, 11, 11, 11, 14, 11, 13, 12, 13, 12, 13, 11, 11, 13, 14, 13]);
  return { plan: builder.build(), layout };
}

/**
 * Builds the sales dashboard.
 * @example buildSalesDashboardPlan({ language: 'fr' }).name // "Tableau de bord commercial"
 */
export function buildSalesDashboardPlan(options: { readonly language: Language }): SheetPlan {
  return buildSalesDashboard(options).plan;
}

/** A guarded ratio: empty when the denominator is 0 or empty. */
const ratio = (numerator: string, denominator: string): string => `IF(N(${denominator})=0,"",${numerator}/${denominator})`;

/** The derived columns both tables share, over the summed ones of the same row. */
function derived<K extends ActivityColumn | SummaryColumn>(key: K & ('conversion' | 'basket' | 'reached' | 'cac'), header: LocalizedText, format: NumberFormatName): TableColumn<K> {
  const formulas: Record<'conversion' | 'basket' | 'reached' | 'cac', (ref: RowContext<K>['ref']) => string> = {
    conversion: (ref) => `IF(N(${ref('won' as K)})+N(${ref('lost' as K)})=0,"",N(${ref('won' as K)})/(N(${ref('won' as K)})+N(${ref('lost' as K)})))`,
    basket: (ref) => ratio(`N(${ref('revenue' as K)})`, ref('won' as K)),
    reached: (ref) => ratio(`N(${ref('revenue' as K)})`, ref('objective' as K)),
    cac: (ref) => `IF(OR(${ref('salesCost' as K)}="",N(${ref('newCustomers' as K)})=0),"",${ref('salesCost' as K)}/${ref('newCustomers' as K)})`,
  };
  const formula = formulas[key];
  return { key, header, style: 'computed', format, cell: ({ ref }) => formulaCell(formula(ref)), total: ({ ref }) => formulaCell(formula(ref)) };
}

/** 2. One row per rep and class: the figures typed, and what they give. */
function addActivity({ builder, language, t, layout }: Context): void {
  const { activity } = layout;
  section(builder, activity.headerRow - 1, TEXT.activity, ACTIVITY_KEYS.length, language);
  const style = (index: number): StyleName => (index < EXAMPLES.length ? 'example' : 'input');
  const positive = { rule: { kind: 'decimal', min: 0, max: 1e12 }, message: TEXT.numberMessage } as const;
  const input = (key: ActivityColumn, header: LocalizedText, at: number, format: NumberFormatName): TableColumn<ActivityColumn> => ({
    key,
    header,
    style,
    format,
    validation: positive,
    cell: ({ index }) => (EXAMPLES[index]?.[at] as number | undefined) ?? null,
    total: ({ all }) => formulaCell(`SUM(${all(key)})`),
  });
  const sum = (key: ActivityColumn) => ({ all }: RowContext<ActivityColumn>) => formulaCell(`SUM(${all(key)})`);
  const table = addTable<ActivityColumn>(
    builder,
    {
      row: activity.headerRow,
      rows: ACTIVITY_ROWS,
      totalRow: true,
      headerHeight: 45,
      columns: [
        { key: 'owner', header: TEXT.owner, style, cell: ({ index }) => (EXAMPLES[index] === undefined ? null : `${t(REP_NAME)}${EXAMPLES[index][0]}${t(EXAMPLE_SUFFIX)}`), total: () => t(TEXT.team) },
        { key: 'abcClass', header: TEXT.abcClass, style, validation: { rule: { kind: 'list', values: ['A', 'B', 'C'] }, strict: true, message: TEXT.classMessage }, cell: ({ index }) => EXAMPLES[index]?.[1] ?? null },
        input('meetings', TEXT.meetings, 2, 'integer'),
        input('won', TEXT.won, 3, 'integer'),
        input('lost', TEXT.lost, 4, 'integer'),
        derived<ActivityColumn>('conversion', TEXT.conversion, 'percent'),
        input('hours', TEXT.hours, 5, 'decimal'),
        input('revenue', TEXT.revenue, 6, 'currencyRounded'),
        derived<ActivityColumn>('basket', TEXT.basket, 'currencyRounded'),
        { ...input('previousBasket', TEXT.previousBasket, 7, 'currencyRounded'), total: () => null },
        {
          key: 'basketChange',
          header: TEXT.basketChange,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('basket')}="",N(${ref('previousBasket')})=0),"",${ref('basket')}/${ref('previousBasket')}-1)`),
        },
        input('objective', TEXT.objective, 8, 'currencyRounded'),
        derived<ActivityColumn>('reached', TEXT.reached, 'percent'),
        input('newCustomers', TEXT.newCustomers, 9, 'integer'),
        input('otherCosts', TEXT.otherCosts, 10, 'currencyRounded'),
        {
          key: 'salesCost',
          header: TEXT.salesCost,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`IF(COUNT(${ref('hours')},${ref('otherCosts')})=0,"",N(${ref('hours')})*${SALES_DASHBOARD_HOURLY_COST_NAME}+N(${ref('otherCosts')}))`),
          total: sum('salesCost'),
        },
        derived<ActivityColumn>('cac', TEXT.cac, 'currencyRounded'),
      ],
    },
    language,
  );
  validateOwners(builder, [table.range('owner')], language);
  highlightClasses(builder, table.range('abcClass'));
}

/** 3 and 4. The figures summed per rep (names typed, the examples' by default) or per class, and what they give. */
function addSummary({ builder, language, t, layout }: Context, which: 'reps' | 'classes'): void {
  const table = layout[which];
  const { activity } = layout;
  section(builder, table.headerRow - 1, which === 'reps' ? TEXT.reps : TEXT.classes, SUMMARY_KEYS.length, language);
  const labels = which === 'reps' ? [1, 2].map((n) => `${t(REP_NAME)}${n}${t(EXAMPLE_SUFFIX)}`) : ['A', 'B', 'C'];
  const by = which === 'reps' ? activity.all('owner') : activity.all('abcClass');
  const summed = (key: SummaryColumn & ActivityColumn, format: NumberFormatName): TableColumn<SummaryColumn> => ({
    key,
    header: TEXT[key],
    style: 'computed',
    format,
    cell: ({ ref }) => formulaCell(`IF(${ref('label')}="","",SUMIF(${by},${ref('label')},${activity.all(key)}))`),
    total: ({ all }) => formulaCell(`SUM(${all(key)})`),
  });
  const labelStyle = (index: number): StyleName => (which === 'classes' ? 'label' : index < labels.length ? 'example' : 'input');
  const written = addTable<SummaryColumn>(
    builder,
    {
      row: table.headerRow,
      rows: table.rowCount,
      totalRow: true,
      headerHeight: 45,
      columns: [
        { key: 'label', header: which === 'reps' ? TEXT.owner : TEXT.abcClass, style: labelStyle, cell: ({ index }) => labels[index] ?? null, total: () => t(TEXT.team) },
        summed('meetings', 'integer'),
        summed('won', 'integer'),
        summed('lost', 'integer'),
        derived<SummaryColumn>('conversion', TEXT.conversion, 'percent'),
        summed('hours', 'decimal'),
        summed('revenue', 'currencyRounded'),
        derived<SummaryColumn>('basket', TEXT.basket, 'currencyRounded'),
        summed('objective', 'currencyRounded'),
        derived<SummaryColumn>('reached', TEXT.reached, 'percent'),
        summed('newCustomers', 'integer'),
        summed('salesCost', 'currencyRounded'),
        derived<SummaryColumn>('cac', TEXT.cac, 'currencyRounded'),
      ],
    },
    language,
  );
  if (which === 'reps') {
    validateOwners(builder, [written.range('label')], language);
  } else {
    highlightClasses(builder, written.range('label'));
  }
}
