/**
 * The BCG matrix grid: products or business units with their revenue, the growth rate of their market
 * and their market share against the largest competitor's; the relative share, the quadrant (Vedette,
 * Vache à lait, Dilemme, Poids mort) and the usual strategy by formula, against thresholds the user
 * edits (growth 10 %, relative share 1 by default); a summary per quadrant and the matrix as a bubble
 * chart: x the relative share, y the market growth, the bubble's area the revenue (Excel, Sheets, the
 * .xlsx file and the playground all draw bubbles).
 *
 * The quadrant formula is the one of BCG_QUADRANT (src/metrics/bcg.ts): a value equal to a threshold
 * is high.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { BCG_GROWTH_THRESHOLD, BCG_QUADRANT_NAMES, BCG_SHARE_THRESHOLD, type BcgQuadrant } from '../../metrics/bcg.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the BCG grid. */
export const BCG_PLAN_KEY = 'bcg';
/** Layout version of the BCG grid. */
export const BCG_PLAN_VERSION = 2;
/** Workbook names of the two thresholds. */
export const BCG_NAMES = Object.freeze({ growth: 'bcg_growth_threshold', share: 'bcg_share_threshold' });

/** One product or business unit. */
export interface BcgProduct {
  readonly name: string;
  /** Its revenue, €. */
  readonly revenue: number | null;
  /** Growth rate of its market, as a fraction. */
  readonly growth: number | null;
  /** Its market share, as a fraction. */
  readonly share: number | null;
  /** The market share of the largest competitor (the second one when the product leads). */
  readonly leaderShare: number | null;
}

/** Options of {@link buildBcgPlan}. */
export interface BcgPlanOptions {
  readonly language: Language;
  /** The user's products; when absent, example products marked as such. */
  readonly products?: readonly BcgProduct[];
  /** Empty rows left for more products, default 6. */
  readonly emptyRows?: number;
}

type ProductKey = 'product' | 'revenue' | 'growth' | 'share' | 'leaderShare' | 'relative' | 'quadrant' | 'revenueShare' | 'strategy';
type SummaryKey = 'quadrant' | 'strategy' | 'count' | 'revenue' | 'revenueShare';

/** Where the BCG grid's tables are. */
export interface BcgLayout {
  readonly parameters: TableLayout<'label' | 'value'>;
  readonly products: TableLayout<ProductKey>;
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'Matrice BCG', en: 'BCG matrix' },
  title: { fr: 'Matrice BCG : portefeuille d’activités', en: 'BCG matrix: business portfolio' },
  subtitle: {
    fr: 'Croissance du marché et part de marché relative de chaque produit : le quadrant et la stratégie type se calculent seuls.',
    en: 'Market growth and relative market share of each product: the quadrant and the usual strategy compute themselves.',
  },
  thresholds: { fr: '1. Seuils (une valeur égale au seuil compte comme forte)', en: '1. Thresholds (a value equal to a threshold counts as high)' },
  growthThreshold: { fr: 'Croissance forte dès', en: 'High growth from' },
  shareThreshold: { fr: 'Part relative forte dès', en: 'High relative share from' },
  portfolio: { fr: '2. Produits ou domaines d’activité', en: '2. Products or business units' },
  summary: { fr: '3. Synthèse par quadrant', en: '3. Summary per quadrant' },
  chart: { fr: 'Matrice BCG : part de marché relative (x), croissance du marché (y), CA (taille)', en: 'BCG matrix: relative market share (x), market growth (y), revenue (size)' },
  chartSeries: { fr: 'Produits', en: 'Products' },
} satisfies Record<string, LocalizedText>;

const STRATEGIES: Readonly<Record<BcgQuadrant, LocalizedText>> = {
  star: { fr: 'Investir pour tenir la position et suivre la croissance', en: 'Invest to hold the position and keep up with growth' },
  cashCow: { fr: 'Rentabiliser, investir peu, financer les autres activités', en: 'Harvest, invest little, fund the other businesses' },
  questionMark: { fr: 'Investir pour gagner des parts ou abandonner', en: 'Invest to gain share, or drop it' },
  dog: { fr: 'Maintenir sans investir, recentrer ou désinvestir', en: 'Keep without investing, refocus or divest' },
};

const QUADRANTS: readonly BcgQuadrant[] = ['star', 'cashCow', 'questionMark', 'dog'];
const QUADRANT_FILLS: Readonly<Record<BcgQuadrant, string>> = { star: PALETTE.good, cashCow: PALETTE.paleBlue, questionMark: PALETTE.middle, dog: PALETTE.bad };

const EXAMPLES: readonly (Omit<BcgProduct, 'name'> & { readonly name: LocalizedText })[] = [
  { name: { fr: 'Logiciel de gestion (SaaS)', en: 'Management software (SaaS)' }, revenue: 420_000, growth: 0.18, share: 0.12, leaderShare: 0.09 },
  { name: { fr: 'Maintenance sur site', en: 'On-site maintenance' }, revenue: 650_000, growth: 0.03, share: 0.25, leaderShare: 0.1 },
  { name: { fr: 'Formation en ligne', en: 'Online training' }, revenue: 90_000, growth: 0.22, share: 0.03, leaderShare: 0.15 },
  { name: { fr: 'Matériel d’impression', en: 'Printing equipment' }, revenue: 120_000, growth: -0.04, share: 0.02, leaderShare: 0.2 },
  { name: { fr: 'Conseil en organisation', en: 'Organisation consulting' }, revenue: 210_000, growth: 0.06, share: 0.08, leaderShare: 0.06 },
  { name: { fr: 'Application mobile', en: 'Mobile app' }, revenue: 45_000, growth: 0.3, share: 0.01, leaderShare: 0.12 },
];

/**
 * Builds the BCG grid and says where its tables are.
 * @param options - language, products (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildBcg(options: BcgPlanOptions): { plan: SheetPlan; layout: BcgLayout } {
  const { language } = options;
  const examples = options.products === undefined;
  const products: readonly BcgProduct[] = options.products ?? EXAMPLES.map((example) => ({ ...example, name: `${example.name[language]}${EXAMPLE_SUFFIX[language]}` }));
  const rows = Math.max(1, products.length + Math.max(0, Math.floor(options.emptyRows ?? 6)));
  const width = 9;
  const builder = startGrid({ key: BCG_PLAN_KEY, version: BCG_PLAN_VERSION, ...TEXT }, width, language);

  section(builder, 5, TEXT.thresholds, width, language);
  const parameters = addParameters(
    builder,
    6,
    [
      { label: TEXT.growthThreshold, value: BCG_GROWTH_THRESHOLD, format: 'percent', name: BCG_NAMES.growth, rule: { kind: 'decimal', min: -1, max: 100 } },
      { label: TEXT.shareThreshold, value: BCG_SHARE_THRESHOLD, format: 'ratio', name: BCG_NAMES.share, rule: { kind: 'decimal', min: 0.000001, max: 1000 } },
    ],
    language,
  );

  const productsRow = parameters.lastRow + 2;
  section(builder, productsRow, TEXT.portfolio, width, language);
  const summaryHeader = productsRow + 1 + rows + 1 + 2;
  const SUMMARY_KEYS: readonly { readonly key: SummaryKey }[] = ['quadrant', 'count', 'revenue', 'revenueShare', 'strategy'].map((key) => ({ key: key as SummaryKey }));
  // Where the summary will be: the strategy column looks its quadrant up there.
  const summaryAt = tableLayout({ row: summaryHeader, rows: QUADRANTS.length, totalRow: true, columns: SUMMARY_KEYS });
  const style = inputStyle(examples ? products.length : 0);
  const name = (q: BcgQuadrant): string => quoted(BCG_QUADRANT_NAMES[q][language], language);
  const table = addTable<ProductKey>(
    builder,
    {
      row: productsRow + 1,
      rows,
      totalRow: true,
      columns: [
        { key: 'product', header: { fr: 'Produit ou domaine d’activité', en: 'Product or business unit' }, width: 32, style, cell: ({ index }) => products[index]?.name ?? null, total: () => ({ fr: 'Total', en: 'Total' })[language] },
        {
          key: 'revenue',
          header: { fr: 'Chiffre d’affaires', en: 'Revenue' },
          width: 14,
          style,
          format: 'currencyRounded',
          cell: ({ index }) => products[index]?.revenue ?? null,
          total: ({ all }) => formulaCell(`SUM(${all('revenue')})`),
          validation: { rule: { kind: 'decimal', min: 0, max: 1e12 } },
        },
        { key: 'growth', header: { fr: 'Croissance du marché', en: 'Market growth' }, width: 12, style, format: 'percent', cell: ({ index }) => products[index]?.growth ?? null, validation: { rule: { kind: 'decimal', min: -1, max: 100 } } },
        { key: 'share', header: { fr: 'Part de marché', en: 'Market share' }, width: 11, style, format: 'percent', cell: ({ index }) => products[index]?.share ?? null, validation: { rule: { kind: 'decimal', min: 0, max: 1 } } },
        {
          key: 'leaderShare',
          header: { fr: 'Part du 1er concurrent', en: 'Largest competitor’s share' },
          width: 13,
          style,
          format: 'percent',
          cell: ({ index }) => products[index]?.leaderShare ?? null,
          validation: { rule: { kind: 'decimal', min: 0, max: 1 } },
        },
        {
          key: 'relative',
          header: { fr: 'Part de marché relative', en: 'Relative market share' },
          width: 12,
          style: 'computed',
          format: 'ratio',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('share')}="",${ref('leaderShare')}="",${ref('leaderShare')}=0),"",${ref('share')}/${ref('leaderShare')})`),
        },
        {
          key: 'quadrant',
          header: { fr: 'Quadrant', en: 'Quadrant' },
          width: 14,
          style: 'computed',
          cell: ({ ref }) =>
            formulaCell(
              `IF(OR(${ref('growth')}="",${ref('relative')}=""),"",IF(${ref('growth')}>=${BCG_NAMES.growth},IF(${ref('relative')}>=${BCG_NAMES.share},${name('star')},${name('questionMark')}),IF(${ref('relative')}>=${BCG_NAMES.share},${name('cashCow')},${name('dog')})))`,
            ),
        },
        {
          key: 'revenueShare',
          header: { fr: 'Part du CA', en: 'Share of revenue' },
          width: 10,
          style: 'computed',
          format: 'percent',
          cell: ({ ref, all }) => formulaCell(`IF(OR(${ref('revenue')}="",SUM(${all('revenue')})=0),"",${ref('revenue')}/SUM(${all('revenue')}))`),
          total: ({ all }) => formulaCell(`IF(SUM(${all('revenue')})=0,"",1)`),
        },
        {
          key: 'strategy',
          header: { fr: 'Stratégie type', en: 'Usual strategy' },
          width: 44,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('quadrant')}="","",IFERROR(INDEX(${summaryAt.all('strategy')},MATCH(${ref('quadrant')},${summaryAt.all('quadrant')},0)),""))`),
        },
      ],
    },
    language,
  );
  for (const quadrant of QUADRANTS) {
    builder.conditional({
      kind: 'formula',
      range: table.range('quadrant'),
      formula: `$${table.letter('quadrant')}${table.firstRow}=${name(quadrant)}`,
      style: { fill: QUADRANT_FILLS[quadrant], bold: true },
    });
  }

  section(builder, summaryHeader - 1, TEXT.summary, width, language);
  const summary = addTable<SummaryKey>(
    builder,
    {
      row: summaryHeader,
      rows: QUADRANTS.length,
      totalRow: true,
      columns: [
        { key: 'quadrant', header: { fr: 'Quadrant', en: 'Quadrant' }, style: 'label', cell: ({ index }) => BCG_QUADRANT_NAMES[QUADRANTS[index] ?? 'dog'][language], total: () => ({ fr: 'Total', en: 'Total' })[language] },
        { key: 'count', header: { fr: 'Produits', en: 'Products' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${table.all('quadrant')},${ref('quadrant')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        {
          key: 'revenue',
          header: { fr: 'Chiffre d’affaires', en: 'Revenue' },
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`SUMIF(${table.all('quadrant')},${ref('quadrant')},${table.all('revenue')})`),
          total: ({ all }) => formulaCell(`SUM(${all('revenue')})`),
        },
        {
          key: 'revenueShare',
          header: { fr: 'Part du CA', en: 'Share of revenue' },
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(SUM(${table.all('revenue')})=0,"",${ref('revenue')}/SUM(${table.all('revenue')}))`),
          total: ({ ref }) => formulaCell(`IF(SUM(${table.all('revenue')})=0,"",${ref('revenue')}/SUM(${table.all('revenue')}))`),
        },
        { key: 'strategy', header: { fr: 'Stratégie type', en: 'Usual strategy' }, style: 'data', cell: ({ index }) => STRATEGIES[QUADRANTS[index] ?? 'dog'][language] },
      ],
    },
    language,
  );
  for (const quadrant of QUADRANTS) {
    builder.conditional({ kind: 'formula', range: summary.range('quadrant'), formula: `$${summary.letter('quadrant')}${summary.firstRow}=${name(quadrant)}`, style: { fill: QUADRANT_FILLS[quadrant], bold: true } });
  }
  builder.chart({
    kind: 'bubble',
    title: TEXT.chart[language],
    categories: table.range('product'),
    series: [{ name: TEXT.chartSeries[language], values: table.range('growth'), x: table.range('relative'), sizes: table.range('revenue') }],
    anchor: cellRange(5, width + 2, 20, 7),
    valueFormat: 'percent',
    xFormat: 'ratio',
  });
  builder
    .freeze(0, 1)
    .keep(summaryHeader - 1, summary.totalRow ?? summaryHeader)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { parameters, products: table, summary } };
}

/**
 * Builds the BCG grid.
 * @example buildBcgPlan({ language: 'fr' }).name // "Matrice BCG"
 */
export function buildBcgPlan(options: BcgPlanOptions): SheetPlan {
  return buildBcg(options).plan;
}
