/**
 * The portfolio analysis grid (seed 002, §2.2–2.3 "Analyser un portefeuille client", "Évaluer la
 * valeur client"): from transactions with a customer category (and, optionally, the cost of what was
 * sold), per category and overall: revenue of year N − 1 and year N, taux d’évolution, share of the
 * year's revenue, orders, customers, average basket, margin, taux de marge (margin ÷ cost) and taux de
 * marque (margin ÷ revenue excluding tax), and a chart of the revenue per category and year.
 *
 * Built from the user's transactions (the selection, or `promethee audit --transactions` with
 * `--category`), year N being the year of the latest one; without them, with example transactions the
 * user replaces (pasting their own rows over them). Margins count only the transactions whose cost is
 * given.
 * A customer bought from two categories counts once in each; the total row adds them.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { civilFromDay, dayFromExcelSerial } from '../../cells/dates.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import type { SheetPlan } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, inputStyle, section, startGrid } from './common.js';

/** Key of the portfolio grid. */
export const PORTFOLIO_PLAN_KEY = 'portfolio';
/** Layout version of the portfolio grid. */
export const PORTFOLIO_PLAN_VERSION = 1;
/** Workbook name of the year analysed (year N). */
export const PORTFOLIO_YEAR_NAME = 'portfolio_year';

/** One transaction. */
export interface PortfolioTransaction {
  /** Spreadsheet serial date (1 = 1900-01-01). */
  readonly date: number;
  readonly customer: string;
  readonly category: string;
  /** Amount excluding tax, €. */
  readonly amount: number;
  /** Cost of what was sold, €; null when unknown. */
  readonly cost: number | null;
}

/** The user's transactions, their categories and year N, as {@link portfolioData} makes them. */
export interface PortfolioData {
  /** The customer categories, in order of first appearance. */
  readonly categories: readonly string[];
  readonly transactions: readonly PortfolioTransaction[];
  /** Year N: the year of the latest transaction. */
  readonly year: number;
}

/**
 * The data of the portfolio grid from the user's transactions: the categories in order of first
 * appearance and year N, the year of the latest date (so N − 1 is the year before it).
 * @param transactions - at least one transaction
 * @returns the categories, the transactions and year N
 * @example portfolioData([{ date: 45672, customer: 'A', category: 'Pros', amount: 10, cost: null }]).year // 2025
 */
export function portfolioData(transactions: readonly PortfolioTransaction[]): PortfolioData {
  const categories = [...new Set(transactions.map((transaction) => transaction.category))];
  const latest = transactions.reduce((last, transaction) => Math.max(last, transaction.date), -Infinity);
  const year = Number.isFinite(latest) ? civilFromDay(dayFromExcelSerial(latest)).year : 2025;
  return { categories, transactions, year };
}

/** Options of {@link buildPortfolioPlan}. */
export interface PortfolioPlanOptions {
  readonly language: Language;
  /** The user's categories and transactions; when absent, examples marked as such. */
  readonly categories?: readonly string[];
  readonly transactions?: readonly PortfolioTransaction[];
  /** Year N, default the year of the examples (2025). */
  readonly year?: number;
  /** Empty transaction rows below the data, default 40. */
  readonly emptyRows?: number;
}

type CategoryKey = 'category' | 'previous' | 'current' | 'growth' | 'share' | 'orders' | 'customers' | 'basket' | 'margin' | 'marginRate' | 'markupRate';
type TransactionKey = 'date' | 'customer' | 'category' | 'amount' | 'cost' | 'year' | 'first';

/** Where the portfolio grid's tables are. */
export interface PortfolioLayout {
  readonly parameters: TableLayout<'label' | 'value'>;
  readonly categories: TableLayout<CategoryKey>;
  readonly transactions: TableLayout<TransactionKey>;
}

const TEXT = {
  name: { fr: 'Portefeuille clients', en: 'Customer portfolio' },
  title: { fr: 'Analyse du portefeuille clients', en: 'Customer portfolio analysis' },
  subtitle: {
    fr: 'Collez vos transactions (date, client, catégorie, montant HT, coût) à la place des exemples : CA, évolution, panier et marges par catégorie se calculent seuls.',
    en: 'Paste your transactions (date, customer, category, amount excl. tax, cost) over the examples: revenue, growth, basket and margins per category compute themselves.',
  },
  parameters: { fr: '1. Période', en: '1. Period' },
  year: { fr: 'Année analysée (N)', en: 'Year analysed (N)' },
  categories: { fr: '2. Chiffre d’affaires et valeur par catégorie de clientèle', en: '2. Revenue and value per customer category' },
  transactions: { fr: '3. Transactions', en: '3. Transactions' },
  chart: { fr: 'Chiffre d’affaires par catégorie, N − 1 et N', en: 'Revenue per category, N − 1 and N' },
  total: { fr: 'Ensemble', en: 'All' },
} satisfies Record<string, LocalizedText>;

const EXAMPLE_CATEGORIES: readonly LocalizedText[] = [
  { fr: 'Particuliers', en: 'Consumers' },
  { fr: 'Professionnels', en: 'Businesses' },
  { fr: 'Collectivités', en: 'Public bodies' },
];

/** Example transactions: [serial date, customer, category index, amount, cost]. */
const EXAMPLES: readonly (readonly [number, string, number, number, number])[] = [
  [45332, 'Dupont', 0, 120, 70],
  [45415, 'Martin', 0, 80, 50],
  [45363, 'Alpha SARL', 1, 1500, 900],
  [45555, 'Beta SAS', 1, 2500, 1600],
  [45444, 'Mairie de Lens', 2, 4000, 2800],
  [45672, 'Dupont', 0, 150, 90],
  [45769, 'Dupont', 0, 90, 55],
  [45838, 'Petit', 0, 60, 35],
  [45706, 'Alpha SARL', 1, 1800, 1050],
  [45845, 'Gamma SA', 1, 2800, 1900],
  [45932, 'Alpha SARL', 1, 1200, 700],
  [45730, 'Mairie de Lens', 2, 3600, 2600],
];

/**
 * Builds the portfolio grid and says where its tables are.
 * @param options - language, categories and transactions (or the examples), year N
 * @returns the plan and its layout
 */
export function buildPortfolio(options: PortfolioPlanOptions): { plan: SheetPlan; layout: PortfolioLayout } {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.transactions === undefined;
  const categories = options.categories ?? EXAMPLE_CATEGORIES.map(t);
  const transactions: readonly PortfolioTransaction[] =
    options.transactions ??
    EXAMPLES.map(([date, customer, category, amount, cost]) => ({ date, customer: `${customer}${t(EXAMPLE_SUFFIX)}`, category: categories[category] ?? '', amount, cost }));
  const categoryRows = Math.max(1, categories.length + 3);
  const transactionRows = Math.max(1, transactions.length + Math.max(0, Math.floor(options.emptyRows ?? 40)));
  const width = 11;
  const builder = startGrid({ key: PORTFOLIO_PLAN_KEY, version: PORTFOLIO_PLAN_VERSION, ...TEXT }, width, language);

  section(builder, 5, TEXT.parameters, width, language);
  const parameters = addParameters(builder, 6, [{ label: TEXT.year, value: options.year ?? 2025, format: 'integer', name: PORTFOLIO_YEAR_NAME, rule: { kind: 'wholeNumber', min: 1900, max: 9999 } }], language);
  if (examples && options.year === undefined) builder.style(parameters.range('value'), 'example');

  const categoriesRow = parameters.lastRow + 2;
  const transactionsRow = categoriesRow + 1 + categoryRows + 1 + 2;
  const TRANSACTION_KEYS: readonly TransactionKey[] = ['date', 'customer', 'category', 'amount', 'cost', 'year', 'first'];
  const tx = tableLayout({ row: transactionsRow + 1, rows: transactionRows, columns: TRANSACTION_KEYS.map((key) => ({ key })) });
  const year = PORTFOLIO_YEAR_NAME;
  const inCategory = (category: string, y: string): string => `${tx.all('category')},${category},${tx.all('year')},${y}`;
  const withCost = `${tx.all('cost')},"<>"`;

  section(builder, categoriesRow, TEXT.categories, width, language);
  const categoryStyle = inputStyle(options.categories === undefined ? categories.length : 0);
  const table = addTable<CategoryKey>(
    builder,
    {
      row: categoriesRow + 1,
      rows: categoryRows,
      totalRow: true,
      columns: [
        { key: 'category', header: { fr: 'Catégorie de clientèle', en: 'Customer category' }, width: 28, style: categoryStyle, cell: ({ index }) => categories[index] ?? null, total: () => t(TEXT.total) },
        {
          key: 'previous',
          header: { fr: 'CA N − 1', en: 'Revenue N − 1' },
          width: 13,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`IF(${ref('category')}="","",SUMIFS(${tx.all('amount')},${inCategory(ref('category'), `${year}-1`)}))`),
          total: ({ all }) => formulaCell(`SUM(${all('previous')})`),
        },
        {
          key: 'current',
          header: { fr: 'CA N', en: 'Revenue N' },
          width: 13,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`IF(${ref('category')}="","",SUMIFS(${tx.all('amount')},${inCategory(ref('category'), year)}))`),
          total: ({ all }) => formulaCell(`SUM(${all('current')})`),
        },
        {
          key: 'growth',
          header: { fr: 'Taux d’évolution', en: 'Growth rate' },
          width: 11,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('previous')}="",${ref('previous')}=0),"",${ref('current')}/${ref('previous')}-1)`),
          total: ({ ref }) => formulaCell(`IF(${ref('previous')}=0,"",${ref('current')}/${ref('previous')}-1)`),
        },
        {
          key: 'share',
          header: { fr: 'Part du CA N', en: 'Share of revenue N' },
          width: 11,
          style: 'computed',
          format: 'percent',
          cell: ({ ref, all }) => formulaCell(`IF(OR(${ref('current')}="",SUM(${all('current')})=0),"",${ref('current')}/SUM(${all('current')}))`),
          total: ({ all }) => formulaCell(`IF(SUM(${all('current')})=0,"",1)`),
        },
        {
          key: 'orders',
          header: { fr: 'Commandes N', en: 'Orders N' },
          width: 11,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(${ref('category')}="","",COUNTIFS(${inCategory(ref('category'), year)}))`),
          total: ({ all }) => formulaCell(`SUM(${all('orders')})`),
        },
        {
          key: 'customers',
          header: { fr: 'Clients N', en: 'Customers N' },
          width: 10,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(${ref('category')}="","",SUMIFS(${tx.all('first')},${inCategory(ref('category'), year)}))`),
          total: ({ all }) => formulaCell(`SUM(${all('customers')})`),
        },
        {
          key: 'basket',
          header: { fr: 'Panier moyen N', en: 'Average basket N' },
          width: 12,
          style: 'computed',
          format: 'currency',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('orders')}="",${ref('orders')}=0),"",${ref('current')}/${ref('orders')})`),
          total: ({ ref }) => formulaCell(`IF(${ref('orders')}=0,"",${ref('current')}/${ref('orders')})`),
        },
        {
          key: 'margin',
          header: { fr: 'Marge N', en: 'Margin N' },
          width: 12,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) =>
            formulaCell(`IF(${ref('category')}="","",SUMIFS(${tx.all('amount')},${inCategory(ref('category'), year)},${withCost})-SUMIFS(${tx.all('cost')},${inCategory(ref('category'), year)}))`),
          total: ({ all }) => formulaCell(`SUM(${all('margin')})`),
        },
        {
          key: 'marginRate',
          header: { fr: 'Taux de marge (marge ÷ coût)', en: 'Margin on cost (margin ÷ cost)' },
          width: 13,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => {
            const cost = `SUMIFS(${tx.all('cost')},${inCategory(ref('category'), year)})`;
            return formulaCell(`IF(${ref('category')}="","",IF(${cost}=0,"",${ref('margin')}/${cost}))`);
          },
          total: ({ ref }) => formulaCell(`IF(SUMIFS(${tx.all('cost')},${tx.all('year')},${year})=0,"",${ref('margin')}/SUMIFS(${tx.all('cost')},${tx.all('year')},${year}))`),
        },
        {
          key: 'markupRate',
          header: { fr: 'Taux de marque (marge ÷ CA HT)', en: 'Margin on sales (margin ÷ revenue)' },
          width: 13,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => {
            const sold = `SUMIFS(${tx.all('amount')},${inCategory(ref('category'), year)},${withCost})`;
            return formulaCell(`IF(${ref('category')}="","",IF(${sold}=0,"",${ref('margin')}/${sold}))`);
          },
          total: ({ ref }) => {
            const sold = `SUMIFS(${tx.all('amount')},${tx.all('year')},${year},${withCost})`;
            return formulaCell(`IF(${sold}=0,"",${ref('margin')}/${sold})`);
          },
        },
      ],
    },
    language,
  );

  section(builder, transactionsRow, TEXT.transactions, width, language);
  const style = inputStyle(examples ? transactions.length : 0);
  const transactionsTable = addTable<TransactionKey>(
    builder,
    {
      row: transactionsRow + 1,
      rows: transactionRows,
      columns: [
        { key: 'date', header: { fr: 'Date', en: 'Date' }, style, format: 'date', cell: ({ index }) => transactions[index]?.date ?? null, validation: { rule: { kind: 'date' } } },
        { key: 'customer', header: { fr: 'Client', en: 'Customer' }, width: 24, style, cell: ({ index }) => transactions[index]?.customer ?? null },
        {
          key: 'category',
          header: { fr: 'Catégorie', en: 'Category' },
          style,
          cell: ({ index }) => transactions[index]?.category ?? null,
          validation: { rule: { kind: 'listFromRange', source: table.all('category') } },
        },
        { key: 'amount', header: { fr: 'Montant HT', en: 'Amount excl. tax' }, style, format: 'currency', cell: ({ index }) => transactions[index]?.amount ?? null },
        { key: 'cost', header: { fr: 'Coût (facultatif)', en: 'Cost (optional)' }, style, format: 'currency', cell: ({ index }) => transactions[index]?.cost ?? null },
        { key: 'year', header: { fr: 'Année', en: 'Year' }, style: 'computed', cell: ({ ref }) => formulaCell(`IF(ISNUMBER(${ref('date')}),YEAR(${ref('date')}),"")`) },
        {
          key: 'first',
          header: { fr: '1er achat du client (catégorie, année)', en: 'Customer’s first purchase (category, year)' },
          style: 'computed',
          format: 'integer',
          cell: ({ ref, letter, row }) => {
            const upTo = (key: TransactionKey): string => `$${letter(key)}$${tx.firstRow}:${letter(key)}${row}`;
            return formulaCell(
              `IF(OR(${ref('customer')}="",${ref('year')}=""),"",IF(COUNTIFS(${upTo('customer')},${ref('customer')},${upTo('category')},${ref('category')},${upTo('year')},${ref('year')})=1,1,0))`,
            );
          },
        },
      ],
    },
    language,
  );
  builder.chart({
    kind: 'column',
    title: t(TEXT.chart),
    categories: table.range('category'),
    series: [
      { name: t({ fr: 'CA N − 1', en: 'Revenue N − 1' }), values: table.range('previous') },
      { name: t({ fr: 'CA N', en: 'Revenue N' }), values: table.range('current') },
    ],
    anchor: cellRange(transactionsRow, 9, 18, 3),
    valueFormat: 'currencyRounded',
  });
  builder
    .freeze(0, 1)
    .keep(categoriesRow, table.totalRow ?? categoriesRow)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: transactionsTable.headerRow, last: transactionsTable.headerRow } });
  return { plan: builder.build(), layout: { parameters, categories: table, transactions: transactionsTable } };
}

/**
 * Builds the portfolio grid.
 * @example buildPortfolioPlan({ language: 'fr' }).name // "Portefeuille clients"
 */
export function buildPortfolioPlan(options: PortfolioPlanOptions): SheetPlan {
  return buildPortfolio(options).plan;
}
