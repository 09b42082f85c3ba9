/**
 * The zero-based budget grid (seed 003, "Budgétisation par la méthode du Zero-Based budgeting"): the
 * commercial activities as decision packages, each with its cost, its expected benefit and a strategic
 * priority (1 indispensable, 2 important, 3 useful); the packages are ranked by formula — priority
 * first, then benefit ÷ cost from the highest, then the order of the rows — and funded in rank order
 * while the cumulative cost stays within the budget: the first package that does not fit and every
 * package after it are cut.
 *
 * The ratio is rounded to 6 decimals so that the COUNTIFS of the rank compare it exactly in every
 * engine. A row without a cost > 0, a benefit or a priority is not ranked.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the zero-based budget grid. */
export const BUDGET_PLAN_KEY = 'budget';
/** Layout version of the zero-based budget grid. */
export const BUDGET_PLAN_VERSION = 1;
/** Workbook name of the budget available. */
export const BUDGET_NAME = 'zbb_budget';

/** One decision package. */
export interface DecisionPackage {
  readonly name: string;
  readonly owner?: string;
  readonly cost: number | null;
  readonly benefit: number | null;
  /** 1 indispensable, 2 important, 3 useful. */
  readonly priority: number | null;
}

/** Options of {@link buildBudgetPlan}. */
export interface BudgetPlanOptions {
  readonly language: Language;
  /** Budget available, €; default 100 000 with the examples. */
  readonly budget?: number;
  /** The user's packages; when absent, examples marked as such. */
  readonly packages?: readonly DecisionPackage[];
  /** Empty rows left for more packages, default 8. */
  readonly emptyRows?: number;
}

type PackageKey = 'name' | 'owner' | 'cost' | 'benefit' | 'priority' | 'ratio' | 'rank' | 'cumulative' | 'decision' | 'funded';
type SummaryKey = 'label' | 'value';

/** Where the budget grid's tables are. */
export interface BudgetLayout {
  readonly parameters: TableLayout<'label' | 'value'>;
  readonly packages: TableLayout<PackageKey>;
  readonly summary: TableLayout<SummaryKey>;
}

/** The decisions, as the sheet writes them. */
export const BUDGET_DECISIONS = Object.freeze({ funded: { fr: 'Financé', en: 'Funded' }, cut: { fr: 'Coupé', en: 'Cut' } });

const TEXT = {
  name: { fr: 'Budget base zéro', en: 'Zero-based budget' },
  title: { fr: 'Budget base zéro : paquets de décision', en: 'Zero-based budget: decision packages' },
  subtitle: {
    fr: 'Chaque action justifie son coût : les paquets sont classés par priorité puis rendement, et financés dans cet ordre jusqu’à épuisement du budget.',
    en: 'Every action justifies its cost: the packages are ranked by priority then return, and funded in that order until the budget is used up.',
  },
  parameters: { fr: '1. Enveloppe', en: '1. Envelope' },
  budget: { fr: 'Budget disponible', en: 'Budget available' },
  packages: { fr: '2. Paquets de décision (priorité : 1 indispensable, 2 important, 3 utile)', en: '2. Decision packages (priority: 1 indispensable, 2 important, 3 useful)' },
  summary: { fr: '3. Synthèse', en: '3. Summary' },
  chart: { fr: 'Coût cumulé dans l’ordre du rang', en: 'Cumulative cost in rank order' },
  priority: { fr: 'Une priorité de 1 (indispensable) à 3 (utile).', en: 'A priority from 1 (indispensable) to 3 (useful).' },
} satisfies Record<string, LocalizedText>;

const EXAMPLES: readonly { readonly name: LocalizedText; readonly owner: LocalizedText; readonly cost: number; readonly benefit: number; readonly priority: number }[] = [
  { name: { fr: 'Salon professionnel régional', en: 'Regional trade show' }, owner: { fr: 'Marketing', en: 'Marketing' }, cost: 25_000, benefit: 60_000, priority: 2 },
  { name: { fr: 'Refonte du site et référencement', en: 'Website redesign and SEO' }, owner: { fr: 'Marketing', en: 'Marketing' }, cost: 30_000, benefit: 90_000, priority: 1 },
  { name: { fr: 'Campagne LinkedIn Ads', en: 'LinkedIn Ads campaign' }, owner: { fr: 'Marketing', en: 'Marketing' }, cost: 12_000, benefit: 30_000, priority: 2 },
  { name: { fr: 'Recrutement d’un commercial junior', en: 'Hiring a junior salesperson' }, owner: { fr: 'Direction commerciale', en: 'Sales management' }, cost: 45_000, benefit: 120_000, priority: 1 },
  { name: { fr: 'Programme de fidélité', en: 'Loyalty programme' }, owner: { fr: 'Relation client', en: 'Customer care' }, cost: 15_000, benefit: 27_000, priority: 3 },
  { name: { fr: 'E-mailing de relance', en: 'Follow-up e-mailing' }, owner: { fr: 'Marketing', en: 'Marketing' }, cost: 5_000, benefit: 20_000, priority: 2 },
  { name: { fr: 'Catalogue papier', en: 'Printed catalogue' }, owner: { fr: 'Marketing', en: 'Marketing' }, cost: 10_000, benefit: 8_000, priority: 3 },
];

/**
 * Builds the zero-based budget grid and says where its tables are.
 * @param options - language, budget, packages (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildBudget(options: BudgetPlanOptions): { plan: SheetPlan; layout: BudgetLayout } {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.packages === undefined;
  const packages: readonly DecisionPackage[] =
    options.packages ?? EXAMPLES.map((example) => ({ ...example, name: `${t(example.name)}${t(EXAMPLE_SUFFIX)}`, owner: t(example.owner) }));
  const rows = Math.max(1, packages.length + Math.max(0, Math.floor(options.emptyRows ?? 8)));
  const width = 10;
  const builder = startGrid({ key: BUDGET_PLAN_KEY, version: BUDGET_PLAN_VERSION, ...TEXT }, width, language);
  const style = inputStyle(examples ? packages.length : 0);
  const funded = quoted(BUDGET_DECISIONS.funded, language);
  const cut = quoted(BUDGET_DECISIONS.cut, language);

  section(builder, 5, TEXT.parameters, width, language);
  const parameters = addParameters(builder, 6, [{ label: TEXT.budget, value: options.budget ?? 100_000, format: 'currencyRounded', name: BUDGET_NAME, rule: { kind: 'decimal', min: 0, max: 1e12 } }], language);
  if (examples) builder.style(parameters.range('value'), 'example');

  const packagesRow = parameters.lastRow + 2;
  section(builder, packagesRow, TEXT.packages, width, language);
  const firstRow = packagesRow + 2;
  const table = addTable<PackageKey>(
    builder,
    {
      row: packagesRow + 1,
      rows,
      totalRow: true,
      columns: [
        { key: 'name', header: { fr: 'Paquet de décision', en: 'Decision package' }, width: 40, style, cell: ({ index }) => packages[index]?.name ?? null, total: () => t({ fr: 'Total', en: 'Total' }) },
        { key: 'owner', header: { fr: 'Responsable', en: 'Owner' }, width: 18, style, cell: ({ index }) => packages[index]?.owner ?? null },
        {
          key: 'cost',
          header: { fr: 'Coût', en: 'Cost' },
          width: 12,
          style,
          format: 'currencyRounded',
          cell: ({ index }) => packages[index]?.cost ?? null,
          total: ({ all }) => formulaCell(`SUM(${all('cost')})`),
          validation: { rule: { kind: 'decimal', min: 0, max: 1e12 } },
        },
        {
          key: 'benefit',
          header: { fr: 'Bénéfice attendu', en: 'Expected benefit' },
          width: 12,
          style,
          format: 'currencyRounded',
          cell: ({ index }) => packages[index]?.benefit ?? null,
          total: ({ all }) => formulaCell(`SUM(${all('benefit')})`),
          validation: { rule: { kind: 'decimal', min: -1e12, max: 1e12 } },
        },
        {
          key: 'priority',
          header: { fr: 'Priorité (1 à 3)', en: 'Priority (1 to 3)' },
          width: 10,
          style,
          format: 'integer',
          cell: ({ index }) => packages[index]?.priority ?? null,
          validation: { rule: { kind: 'wholeNumber', min: 1, max: 3 }, strict: true, message: TEXT.priority },
        },
        {
          key: 'ratio',
          header: { fr: 'Bénéfice ÷ coût', en: 'Benefit ÷ cost' },
          width: 10,
          style: 'computed',
          format: 'ratio',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('cost')}="",${ref('benefit')}="",${ref('priority')}=""),"",IF(${ref('cost')}<=0,"",ROUND(${ref('benefit')}/${ref('cost')},6)))`),
        },
        {
          key: 'rank',
          header: { fr: 'Rang', en: 'Rank' },
          width: 7,
          style: 'computed',
          format: 'integer',
          cell: ({ ref, all, letter, row }) => {
            const p = ref('priority');
            const r = ref('ratio');
            // The rows above this one and this one: ties of priority and ratio keep the order of the rows.
            const above = (key: 'priority' | 'ratio'): string => `$${letter(key)}$${firstRow}:${letter(key)}${row}`;
            return formulaCell(
              `IF(${r}="","",SUMPRODUCT((${all('priority')}<${p})*(${all('ratio')}<>""))+COUNTIFS(${all('priority')},${p},${all('ratio')},">"&${r})+COUNTIFS(${above('priority')},${p},${above('ratio')},${r}))`,
            );
          },
        },
        {
          key: 'cumulative',
          header: { fr: 'Coût cumulé', en: 'Cumulative cost' },
          width: 12,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref, all }) => formulaCell(`IF(${ref('rank')}="","",SUMIF(${all('rank')},"<="&${ref('rank')},${all('cost')}))`),
        },
        {
          key: 'decision',
          header: { fr: 'Décision', en: 'Decision' },
          width: 10,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('rank')}="","",IF(${ref('cumulative')}<=${BUDGET_NAME},${funded},${cut}))`),
        },
        {
          key: 'funded',
          header: { fr: 'Montant financé', en: 'Amount funded' },
          width: 12,
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`IF(${ref('decision')}="","",IF(${ref('decision')}=${funded},${ref('cost')},0))`),
          total: ({ all }) => formulaCell(`SUM(${all('funded')})`),
        },
      ],
    },
    language,
  );
  builder.conditional({ kind: 'formula', range: table.range('decision'), formula: `$${table.letter('decision')}${table.firstRow}=${funded}`, style: { fill: PALETTE.good, bold: true } });
  builder.conditional({ kind: 'formula', range: table.range('decision'), formula: `$${table.letter('decision')}${table.firstRow}=${cut}`, style: { fill: PALETTE.bad, bold: true } });

  const summaryRow = (table.totalRow ?? table.lastRow) + 2;
  section(builder, summaryRow, TEXT.summary, width, language);
  const decisions = table.all('decision');
  const items: readonly [LocalizedText, string, 'currencyRounded' | 'integer' | 'percent'][] = [
    [TEXT.budget, BUDGET_NAME, 'currencyRounded'],
    [{ fr: 'Coût de tous les paquets', en: 'Cost of every package' }, `SUM(${table.all('cost')})`, 'currencyRounded'],
    [{ fr: 'Montant financé', en: 'Amount funded' }, `SUMIF(${decisions},${funded},${table.all('cost')})`, 'currencyRounded'],
    [{ fr: 'Reste du budget', en: 'Budget left' }, `${BUDGET_NAME}-SUMIF(${decisions},${funded},${table.all('cost')})`, 'currencyRounded'],
    [{ fr: 'Montant coupé', en: 'Amount cut' }, `SUMIF(${decisions},${cut},${table.all('cost')})`, 'currencyRounded'],
    [{ fr: 'Paquets financés', en: 'Packages funded' }, `COUNTIF(${decisions},${funded})`, 'integer'],
    [{ fr: 'Paquets coupés', en: 'Packages cut' }, `COUNTIF(${decisions},${cut})`, 'integer'],
    [{ fr: 'Bénéfice attendu des paquets financés', en: 'Expected benefit of the packages funded' }, `SUMIF(${decisions},${funded},${table.all('benefit')})`, 'currencyRounded'],
  ];
  const summary = addTable<SummaryKey>(
    builder,
    {
      row: summaryRow + 1,
      rows: items.length,
      columns: [
        { key: 'label', header: { fr: 'Indicateur', en: 'Indicator' }, style: 'label', cell: ({ index }) => t(items[index]?.[0] ?? TEXT.budget) },
        { key: 'value', header: { fr: 'Valeur', en: 'Value' }, style: 'computed', format: (index) => items[index]?.[2], cell: ({ index }) => formulaCell(items[index]?.[1] ?? '0') },
      ],
    },
    language,
  );
  builder.chart({
    kind: 'column',
    title: t(TEXT.chart),
    categories: table.range('name'),
    series: [
      { name: t({ fr: 'Coût', en: 'Cost' }), values: table.range('cost') },
      { name: t({ fr: 'Coût cumulé', en: 'Cumulative cost' }), values: table.range('cumulative') },
    ],
    anchor: cellRange(summaryRow, 4, 16, 7),
    valueFormat: 'currencyRounded',
  });
  builder
    .freeze(0, 1)
    .keep(summaryRow, summaryRow + 16)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { parameters, packages: table, summary } };
}

/**
 * Builds the zero-based budget grid.
 * @example buildBudgetPlan({ language: 'fr' }).name // "Budget base zéro"
 */
export function buildBudgetPlan(options: BudgetPlanOptions): SheetPlan {
  return buildBudget(options).plan;
}
