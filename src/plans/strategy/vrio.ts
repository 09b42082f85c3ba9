/**
 * The VRIO grid (seed 003, "Audit des ressources et capacités internes"): each commercial resource
 * (sales team, tools, finance, intangible assets, processes) answered Yes or No on Value, Rarity,
 * hard to Imitate and Organisation, and its competitive implication by formula, read in the method's
 * order: not valuable → competitive disadvantage; valuable, not rare → parity; valuable, rare, easy to
 * imitate → temporary advantage; valuable, rare, hard to imitate → sustained advantage when the firm is
 * organised to exploit it, unused advantage when it is not. An answer not given yet leaves the
 * implication empty as long as it is needed. A summary counts the resources per implication.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the VRIO grid. */
export const VRIO_PLAN_KEY = 'vrio';
/** Layout version of the VRIO grid. */
export const VRIO_PLAN_VERSION = 1;

/** The implications, in the method's order. */
export type VrioImplication = 'disadvantage' | 'parity' | 'temporary' | 'sustained' | 'unused';

/** The implications' names. */
export const VRIO_IMPLICATIONS: Readonly<Record<VrioImplication, LocalizedText>> = {
  disadvantage: { fr: 'Désavantage concurrentiel', en: 'Competitive disadvantage' },
  parity: { fr: 'Parité concurrentielle', en: 'Competitive parity' },
  temporary: { fr: 'Avantage temporaire', en: 'Temporary advantage' },
  sustained: { fr: 'Avantage durable', en: 'Sustained advantage' },
  unused: { fr: 'Avantage inexploité', en: 'Unused advantage' },
};

const ORDER: readonly VrioImplication[] = ['disadvantage', 'parity', 'temporary', 'unused', 'sustained'];

const ACTIONS: Readonly<Record<VrioImplication, LocalizedText>> = {
  disadvantage: { fr: 'Combler le retard ou externaliser', en: 'Catch up or outsource' },
  parity: { fr: 'Maintenir au niveau du marché, sans surinvestir', en: 'Keep at the market’s level, without over-investing' },
  temporary: { fr: 'Exploiter vite, préparer la suite', en: 'Exploit fast, prepare what comes next' },
  unused: { fr: 'Organiser l’entreprise pour l’exploiter', en: 'Organise the firm to exploit it' },
  sustained: { fr: 'Protéger et capitaliser dessus', en: 'Protect it and build on it' },
};

/** Yes / No, as the sheet's lists offer them. */
const YES: LocalizedText = { fr: 'Oui', en: 'Yes' };
const NO: LocalizedText = { fr: 'Non', en: 'No' };

/** The resource families of the seed. */
export const VRIO_CATEGORIES: readonly LocalizedText[] = [
  { fr: 'Équipe de vente', en: 'Sales team' },
  { fr: 'Outils technologiques', en: 'Technology tools' },
  { fr: 'Ressources financières', en: 'Financial resources' },
  { fr: 'Actifs immatériels', en: 'Intangible assets' },
  { fr: 'Processus commerciaux', en: 'Sales processes' },
];

type Answer = boolean | null;
/** One resource and its four answers (null: not answered yet). */
export interface VrioResource {
  readonly category: string;
  readonly resource: string;
  readonly evidence?: string;
  readonly value: Answer;
  readonly rarity: Answer;
  readonly imitability: Answer;
  readonly organisation: Answer;
}

/** Options of {@link buildVrioPlan}. */
export interface VrioPlanOptions {
  readonly language: Language;
  /** The user's resources; when absent, examples marked as such. */
  readonly resources?: readonly VrioResource[];
  /** Empty rows left for more resources, default 8. */
  readonly emptyRows?: number;
}

type ResourceKey = 'category' | 'resource' | 'evidence' | 'value' | 'rarity' | 'imitability' | 'organisation' | 'implication' | 'action';
type SummaryKey = 'implication' | 'action' | 'count' | 'share';

/** Where the VRIO grid's tables are. */
export interface VrioLayout {
  readonly resources: TableLayout<ResourceKey>;
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'VRIO', en: 'VRIO' },
  title: { fr: 'VRIO : ressources et avantage concurrentiel', en: 'VRIO: resources and competitive advantage' },
  subtitle: {
    fr: 'Répondez Oui ou Non pour chaque ressource : Valeur, Rareté, difficile à Imiter, Organisation. L’implication se calcule seule.',
    en: 'Answer Yes or No for each resource: Value, Rarity, hard to Imitate, Organisation. The implication computes itself.',
  },
  resources: { fr: '1. Ressources et capacités', en: '1. Resources and capabilities' },
  summary: { fr: '2. Synthèse', en: '2. Summary' },
  chart: { fr: 'Ressources par implication', en: 'Resources per implication' },
  answer: { fr: 'Répondez Oui ou Non.', en: 'Answer Yes or No.' },
} satisfies Record<string, LocalizedText>;

const EXAMPLES: readonly { readonly category: number; readonly resource: LocalizedText; readonly evidence: LocalizedText; readonly answers: readonly Answer[] }[] = [
  { category: 0, resource: { fr: 'Commerciaux expérimentés du secteur', en: 'Salespeople experienced in the trade' }, evidence: { fr: '12 ans d’ancienneté moyenne', en: '12 years’ average tenure' }, answers: [true, true, true, true] },
  { category: 1, resource: { fr: 'CRM standard (abonnement)', en: 'Standard CRM (subscription)' }, evidence: { fr: 'Même outil que les concurrents', en: 'Same tool as the competitors' }, answers: [true, false, null, null] },
  { category: 1, resource: { fr: 'Site marchand', en: 'Online shop' }, evidence: { fr: 'Taux de conversion 0,4 %', en: 'Conversion rate 0.4%' }, answers: [false, null, null, null] },
  { category: 2, resource: { fr: 'Budget commercial', en: 'Sales budget' }, evidence: { fr: '3 % du CA, comme le marché', en: '3% of revenue, as the market' }, answers: [true, false, null, null] },
  { category: 3, resource: { fr: 'Marque régionale reconnue', en: 'Well-known regional brand' }, evidence: { fr: 'Notoriété assistée 62 %', en: 'Prompted awareness 62%' }, answers: [true, true, true, false] },
  { category: 3, resource: { fr: 'Base de 12 000 contacts qualifiés', en: 'Base of 12,000 qualified contacts' }, evidence: { fr: 'Achetable en partie', en: 'Partly for sale' }, answers: [true, true, false, true] },
  { category: 4, resource: { fr: 'Méthode de vente formalisée', en: 'Written sales method' }, evidence: { fr: 'Guide et formation interne', en: 'Guide and in-house training' }, answers: [true, true, true, true] },
];

/**
 * Builds the VRIO grid and says where its tables are.
 * @param options - language, resources (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildVrio(options: VrioPlanOptions): { plan: SheetPlan; layout: VrioLayout } {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.resources === undefined;
  const resources: readonly VrioResource[] =
    options.resources ??
    EXAMPLES.map((example) => {
      const [value = null, rarity = null, imitability = null, organisation = null] = example.answers;
      return {
        category: t(VRIO_CATEGORIES[example.category] ?? VRIO_CATEGORIES[0] ?? YES),
        resource: `${t(example.resource)}${t(EXAMPLE_SUFFIX)}`,
        evidence: t(example.evidence),
        value,
        rarity,
        imitability,
        organisation,
      };
    });
  const rows = Math.max(1, resources.length + Math.max(0, Math.floor(options.emptyRows ?? 8)));
  const width = 9;
  const builder = startGrid({ key: VRIO_PLAN_KEY, version: VRIO_PLAN_VERSION, ...TEXT }, width, language);
  const yes = quoted(YES, language);
  const no = quoted(NO, language);
  const answer = (a: Answer | undefined): string | null => (a === true ? t(YES) : a === false ? t(NO) : null);
  const style = inputStyle(examples ? resources.length : 0);
  const summaryHeader = 5 + 1 + rows + 3;
  const summaryAt = tableLayout({ row: summaryHeader, rows: ORDER.length, totalRow: true, columns: [{ key: 'implication' }, { key: 'action' }, { key: 'count' }, { key: 'share' }] });
  const implication = (key: VrioImplication): string => quoted(VRIO_IMPLICATIONS[key], language);
  const answerColumn = (key: 'value' | 'rarity' | 'imitability' | 'organisation', header: LocalizedText) => ({
    key,
    header,
    width: 11,
    style,
    cell: ({ index }: { index: number }) => answer(resources[index]?.[key]),
    validation: { rule: { kind: 'list' as const, values: [t(YES), t(NO)] }, strict: true, message: TEXT.answer },
  });

  section(builder, 5, TEXT.resources, width, language);
  const table = addTable<ResourceKey>(
    builder,
    {
      row: 6,
      rows,
      columns: [
        {
          key: 'category',
          header: { fr: 'Famille', en: 'Family' },
          width: 26,
          style,
          cell: ({ index }) => resources[index]?.category ?? null,
          validation: { rule: { kind: 'list', values: VRIO_CATEGORIES.map(t) } },
        },
        { key: 'resource', header: { fr: 'Ressource ou capacité', en: 'Resource or capability' }, width: 32, style, cell: ({ index }) => resources[index]?.resource ?? null },
        { key: 'evidence', header: { fr: 'Preuves, indicateurs', en: 'Evidence, indicators' }, width: 26, style, cell: ({ index }) => resources[index]?.evidence ?? null },
        answerColumn('value', { fr: 'Valeur ?', en: 'Valuable?' }),
        answerColumn('rarity', { fr: 'Rare ?', en: 'Rare?' }),
        answerColumn('imitability', { fr: 'Difficile à imiter ?', en: 'Hard to imitate?' }),
        answerColumn('organisation', { fr: 'Organisée pour l’exploiter ?', en: 'Organised to exploit it?' }),
        {
          key: 'implication',
          header: { fr: 'Implication concurrentielle', en: 'Competitive implication' },
          width: 24,
          style: 'computed',
          cell: ({ ref }) =>
            formulaCell(
              `IF(${ref('value')}="","",IF(${ref('value')}=${no},${implication('disadvantage')},IF(${ref('rarity')}="","",IF(${ref('rarity')}=${no},${implication('parity')},IF(${ref('imitability')}="","",IF(${ref('imitability')}=${no},${implication('temporary')},IF(${ref('organisation')}="","",IF(${ref('organisation')}=${yes},${implication('sustained')},${implication('unused')}))))))))`,
            ),
        },
        {
          key: 'action',
          header: { fr: 'Orientation', en: 'Direction' },
          width: 34,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('implication')}="","",IFERROR(INDEX(${summaryAt.all('action')},MATCH(${ref('implication')},${summaryAt.all('implication')},0)),""))`),
        },
      ],
    },
    language,
  );
  const fills: Readonly<Record<VrioImplication, string>> = { disadvantage: PALETTE.bad, parity: PALETTE.computedGrey, temporary: PALETTE.middle, unused: PALETTE.paleBlue, sustained: PALETTE.good };
  for (const key of ORDER) {
    builder.conditional({ kind: 'formula', range: table.range('implication'), formula: `$${table.letter('implication')}${table.firstRow}=${implication(key)}`, style: { fill: fills[key], bold: true } });
  }

  section(builder, summaryHeader - 1, TEXT.summary, width, language);
  const summary = addTable<SummaryKey>(
    builder,
    {
      row: summaryHeader,
      rows: ORDER.length,
      totalRow: true,
      columns: [
        { key: 'implication', header: { fr: 'Implication', en: 'Implication' }, style: 'label', cell: ({ index }) => t(VRIO_IMPLICATIONS[ORDER[index] ?? 'parity']), total: () => t({ fr: 'Total', en: 'Total' }) },
        { key: 'action', header: { fr: 'Orientation', en: 'Direction' }, style: 'paragraph', cell: ({ index }) => t(ACTIONS[ORDER[index] ?? 'parity']) },
        { key: 'count', header: { fr: 'Ressources', en: 'Resources' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${table.all('implication')},${ref('implication')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        {
          key: 'share',
          header: { fr: 'Part', en: 'Share' },
          style: 'computed',
          format: 'percent',
          cell: ({ ref, all }) => formulaCell(`IF(SUM(${all('count')})=0,"",${ref('count')}/SUM(${all('count')}))`),
          total: ({ all }) => formulaCell(`IF(SUM(${all('count')})=0,"",1)`),
        },
      ],
    },
    language,
  );
  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: summary.range('implication'),
    series: [{ name: t({ fr: 'Ressources', en: 'Resources' }), values: summary.range('count') }],
    anchor: cellRange(summaryHeader - 1, 5, 12, 5),
    valueFormat: 'integer',
  });
  builder
    .freeze(0, 2)
    .keep(summaryHeader - 1, summaryHeader + 12)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { resources: table, summary } };
}

/**
 * Builds the VRIO grid.
 * @example buildVrioPlan({ language: 'en' }).name // "VRIO"
 */
export function buildVrioPlan(options: VrioPlanOptions): SheetPlan {
  return buildVrio(options).plan;
}
