/**
 * The PESTEL grid: the factors of the environment in six dimensions (political, economic,
 * socio-cultural, technological, environmental, legal), each with its horizon (short or long term),
 * whether it is an opportunity or a threat, an impact and a probability scored 1 to 5; the priority is
 * impact × probability (1–25), high from 15, medium from 8. A summary per dimension counts the
 * factors, opportunities and threats and averages the priorities; a radar chart shows the averages.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell } from '../sheet-builder.js';
import { addTable, type TableLayout } from '../table.js';
import { COLOR_SCALE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the PESTEL grid. */
export const PESTEL_PLAN_KEY = 'pestel';
/** Layout version of the PESTEL grid. */
export const PESTEL_PLAN_VERSION = 1;

/** The six dimensions. */
export const PESTEL_DIMENSIONS: readonly LocalizedText[] = [
  { fr: 'Politique', en: 'Political' },
  { fr: 'Économique', en: 'Economic' },
  { fr: 'Socioculturel', en: 'Socio-cultural' },
  { fr: 'Technologique', en: 'Technological' },
  { fr: 'Écologique', en: 'Environmental' },
  { fr: 'Légal', en: 'Legal' },
];
const HORIZONS: readonly LocalizedText[] = [
  { fr: 'Court terme', en: 'Short term' },
  { fr: 'Long terme', en: 'Long term' },
];
const OPPORTUNITY: LocalizedText = { fr: 'Opportunité', en: 'Opportunity' };
const THREAT: LocalizedText = { fr: 'Menace', en: 'Threat' };
const LEVELS = { high: { fr: 'Élevée', en: 'High' }, medium: { fr: 'Moyenne', en: 'Medium' }, low: { fr: 'Faible', en: 'Low' } } as const;

/** One factor. */
export interface PestelFactor {
  readonly dimension: string;
  readonly factor: string;
  readonly horizon: string | null;
  readonly effect: string | null;
  readonly impact: number | null;
  readonly probability: number | null;
}

/** Options of {@link buildPestelPlan}. */
export interface PestelPlanOptions {
  readonly language: Language;
  readonly factors?: readonly PestelFactor[];
  readonly emptyRows?: number;
}

type FactorKey = 'dimension' | 'factor' | 'horizon' | 'effect' | 'impact' | 'probability' | 'priority' | 'level';
type SummaryKey = 'dimension' | 'count' | 'opportunities' | 'threats' | 'average';

/** Where the PESTEL grid's tables are. */
export interface PestelLayout {
  readonly factors: TableLayout<FactorKey>;
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'PESTEL', en: 'PESTEL' },
  title: { fr: 'PESTEL : facteurs de l’environnement', en: 'PESTEL: factors of the environment' },
  subtitle: {
    fr: 'Un facteur par ligne, noté de 1 à 5 en impact et en probabilité : la priorité (impact × probabilité) se calcule seule.',
    en: 'One factor per row, scored 1 to 5 for impact and probability: the priority (impact × probability) computes itself.',
  },
  factors: { fr: '1. Facteurs (priorité élevée dès 15, moyenne dès 8)', en: '1. Factors (priority high from 15, medium from 8)' },
  summary: { fr: '2. Synthèse par dimension', en: '2. Summary per dimension' },
  chart: { fr: 'Priorité moyenne par dimension', en: 'Average priority per dimension' },
  score: { fr: 'Une note entière de 1 à 5.', en: 'A whole score from 1 to 5.' },
} satisfies Record<string, LocalizedText>;

const EXAMPLES: readonly [number, LocalizedText, number, boolean, number, number][] = [
  [0, { fr: 'Commande publique favorisant les PME locales', en: 'Public procurement favouring local SMEs' }, 1, true, 3, 3],
  [1, { fr: 'Hausse des taux d’intérêt, investissements clients reportés', en: 'Rising interest rates, customers postpone investment' }, 0, false, 4, 4],
  [2, { fr: 'Attente d’achats responsables et locaux', en: 'Demand for responsible, local purchases' }, 1, true, 3, 4],
  [3, { fr: 'IA générative dans les outils de vente', en: 'Generative AI in sales tools' }, 1, true, 4, 5],
  [4, { fr: 'Réglementation sur les emballages', en: 'Packaging regulation' }, 1, false, 3, 3],
  [5, { fr: 'Règles de la CNIL sur la prospection', en: 'Data-protection rules on prospecting' }, 0, false, 2, 5],
];

/**
 * Builds the PESTEL grid and says where its tables are.
 * @returns the plan and its layout
 */
export function buildPestel(options: PestelPlanOptions): { plan: SheetPlan; layout: PestelLayout } {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const examples = options.factors === undefined;
  const factors: readonly PestelFactor[] =
    options.factors ??
    EXAMPLES.map(([dimension, factor, horizon, opportunity, impact, probability]) => ({
      dimension: t(PESTEL_DIMENSIONS[dimension] ?? OPPORTUNITY),
      factor: `${t(factor)}${t(EXAMPLE_SUFFIX)}`,
      horizon: t(HORIZONS[horizon] ?? OPPORTUNITY),
      effect: t(opportunity ? OPPORTUNITY : THREAT),
      impact,
      probability,
    }));
  const rows = Math.max(1, factors.length + Math.max(0, Math.floor(options.emptyRows ?? 12)));
  const width = 8;
  const builder = startGrid({ key: PESTEL_PLAN_KEY, version: PESTEL_PLAN_VERSION, ...TEXT }, width, language);
  const style = inputStyle(examples ? factors.length : 0);
  const score = { rule: { kind: 'wholeNumber' as const, min: 1, max: 5 }, strict: true, message: TEXT.score };
  section(builder, 5, TEXT.factors, width, language);
  const table = addTable<FactorKey>(
    builder,
    {
      row: 6,
      rows,
      columns: [
        { key: 'dimension', header: { fr: 'Dimension', en: 'Dimension' }, width: 16, style, cell: ({ index }) => factors[index]?.dimension ?? null, validation: { rule: { kind: 'list', values: PESTEL_DIMENSIONS.map(t) }, strict: true } },
        { key: 'factor', header: { fr: 'Facteur', en: 'Factor' }, width: 46, style, cell: ({ index }) => factors[index]?.factor ?? null },
        { key: 'horizon', header: { fr: 'Horizon', en: 'Horizon' }, width: 13, style, cell: ({ index }) => factors[index]?.horizon ?? null, validation: { rule: { kind: 'list', values: HORIZONS.map(t) } } },
        { key: 'effect', header: { fr: 'Opportunité ou menace', en: 'Opportunity or threat' }, width: 14, style, cell: ({ index }) => factors[index]?.effect ?? null, validation: { rule: { kind: 'list', values: [t(OPPORTUNITY), t(THREAT)] } } },
        { key: 'impact', header: { fr: 'Impact (1–5)', en: 'Impact (1–5)' }, width: 9, style, format: 'integer', cell: ({ index }) => factors[index]?.impact ?? null, validation: score },
        { key: 'probability', header: { fr: 'Probabilité (1–5)', en: 'Probability (1–5)' }, width: 11, style, format: 'integer', cell: ({ index }) => factors[index]?.probability ?? null, validation: score },
        {
          key: 'priority',
          header: { fr: 'Priorité (impact × probabilité)', en: 'Priority (impact × probability)' },
          width: 13,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(OR(${ref('impact')}="",${ref('probability')}=""),"",${ref('impact')}*${ref('probability')})`),
        },
        {
          key: 'level',
          header: { fr: 'Niveau', en: 'Level' },
          width: 10,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('priority')}="","",IF(${ref('priority')}>=15,${quoted(LEVELS.high, language)},IF(${ref('priority')}>=8,${quoted(LEVELS.medium, language)},${quoted(LEVELS.low, language)})))`),
        },
      ],
    },
    language,
  );
  builder.conditional({ kind: 'colorScale', range: table.range('priority'), minColor: COLOR_SCALE.high, midColor: COLOR_SCALE.middle, maxColor: COLOR_SCALE.low });

  const summaryRow = table.lastRow + 2;
  section(builder, summaryRow, TEXT.summary, width, language);
  const summary = addTable<SummaryKey>(
    builder,
    {
      row: summaryRow + 1,
      rows: PESTEL_DIMENSIONS.length,
      totalRow: true,
      columns: [
        { key: 'dimension', header: { fr: 'Dimension', en: 'Dimension' }, style: 'label', cell: ({ index }) => t(PESTEL_DIMENSIONS[index] ?? OPPORTUNITY), total: () => t({ fr: 'Total', en: 'Total' }) },
        { key: 'count', header: { fr: 'Facteurs', en: 'Factors' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${table.all('dimension')},${ref('dimension')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        {
          key: 'opportunities',
          header: { fr: 'Opportunités', en: 'Opportunities' },
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`COUNTIFS(${table.all('dimension')},${ref('dimension')},${table.all('effect')},${quoted(OPPORTUNITY, language)})`),
          total: ({ all }) => formulaCell(`SUM(${all('opportunities')})`),
        },
        {
          key: 'threats',
          header: { fr: 'Menaces', en: 'Threats' },
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`COUNTIFS(${table.all('dimension')},${ref('dimension')},${table.all('effect')},${quoted(THREAT, language)})`),
          total: ({ all }) => formulaCell(`SUM(${all('threats')})`),
        },
        {
          key: 'average',
          header: { fr: 'Priorité moyenne', en: 'Average priority' },
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(COUNTIFS(${table.all('dimension')},${ref('dimension')},${table.all('priority')},">0")=0,0,AVERAGEIF(${table.all('dimension')},${ref('dimension')},${table.all('priority')}))`),
          total: () => formulaCell(`IF(COUNT(${table.all('priority')})=0,0,AVERAGE(${table.all('priority')}))`),
        },
      ],
    },
    language,
  );
  builder.chart({
    kind: 'radar',
    title: t(TEXT.chart),
    categories: summary.range('dimension'),
    series: [{ name: t(TEXT.chart), values: summary.range('average') }],
    anchor: cellRange(summaryRow, 7, 16, 4),
    valueFormat: 'decimal',
    valueMax: 25,
  });
  builder
    .freeze(0, 2)
    .keep(summaryRow, summaryRow + 16)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { factors: table, summary } };
}

/** Builds the PESTEL grid. */
export function buildPestelPlan(options: PestelPlanOptions): SheetPlan {
  return buildPestel(options).plan;
}
