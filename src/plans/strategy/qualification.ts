/**
 * The opportunity-qualification grid (seed 003, "Le process de qualification des leads (BANT, MEDDIC,
 * GPCT ou autre)"): the three frameworks side by side as column groups — BANT (4 criteria), MEDDIC (6),
 * GPCT (4) — each criterion scored 0 (no or unknown), 1 (partly) or 2 (confirmed). Each opportunity
 * gets a score per framework (points ÷ the framework's maximum, empty while none of its criteria is
 * scored). A parameter cell chooses the framework that decides (BANT, MEDDIC, GPCT or the average of
 * the three scores given); the decision is Go when that score reaches the threshold parameter (60 %
 * by default), No-go below it, "to qualify" while the framework has no score. Showing the three
 * frameworks lets a team compare them on its own deals before choosing one; the choice changes the
 * decision without hiding any score. A summary counts the opportunities and their amount per
 * decision; a reference table gives the question behind each criterion.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, valueCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, type TableColumn, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the qualification grid. */
export const QUALIFICATION_PLAN_KEY = 'qualification';
/** Layout version of the qualification grid. */
export const QUALIFICATION_PLAN_VERSION = 1;
/** Workbook names of the parameters. */
export const QUALIFICATION_NAMES = Object.freeze({ threshold: 'qualification_threshold', framework: 'qualification_framework' });
/** Default threshold of a Go: 60 % of the framework's points. */
export const QUALIFICATION_THRESHOLD = 0.6;

/** The three frameworks. */
export type Framework = 'bant' | 'meddic' | 'gpct';
const FRAMEWORKS: readonly Framework[] = ['bant', 'meddic', 'gpct'];
const FRAMEWORK_NAMES: Readonly<Record<Framework, string>> = { bant: 'BANT', meddic: 'MEDDIC', gpct: 'GPCT' };
const AVERAGE: LocalizedText = { fr: 'Moyenne des trois', en: 'Average of the three' };

/** One criterion of a framework: its column header and the question behind it. */
interface Criterion {
  readonly framework: Framework;
  readonly name: LocalizedText;
  readonly question: LocalizedText;
}

/** The criteria, framework after framework (the columns' order). */
export const QUALIFICATION_CRITERIA: readonly Criterion[] = [
  { framework: 'bant', name: { fr: 'Budget', en: 'Budget' }, question: { fr: 'Un budget est-il identifié et validé ?', en: 'Is a budget identified and approved?' } },
  { framework: 'bant', name: { fr: 'Autorité (décideur)', en: 'Authority (decision maker)' }, question: { fr: 'Parle-t-on au décideur, ou y a-t-on accès ?', en: 'Are we talking to the decision maker, or do we have access?' } },
  { framework: 'bant', name: { fr: 'Besoin', en: 'Need' }, question: { fr: 'Le besoin est-il explicite et prioritaire pour le client ?', en: 'Is the need explicit and a priority for the customer?' } },
  { framework: 'bant', name: { fr: 'Calendrier', en: 'Timing' }, question: { fr: 'Une date de décision ou de mise en œuvre est-elle fixée ?', en: 'Is a date of decision or implementation set?' } },
  { framework: 'meddic', name: { fr: 'Métriques (gains chiffrés)', en: 'Metrics (quantified gains)' }, question: { fr: 'Les gains attendus sont-ils chiffrés (€, délais, volumes) ?', en: 'Are the expected gains quantified (€, time, volumes)?' } },
  { framework: 'meddic', name: { fr: 'Acheteur économique', en: 'Economic buyer' }, question: { fr: 'Qui signe et tient le budget ? L’a-t-on rencontré ?', en: 'Who signs and holds the budget? Have we met them?' } },
  { framework: 'meddic', name: { fr: 'Critères de décision', en: 'Decision criteria' }, question: { fr: 'Sur quels critères le client choisira-t-il ?', en: 'On which criteria will the customer choose?' } },
  { framework: 'meddic', name: { fr: 'Processus de décision', en: 'Decision process' }, question: { fr: 'Les étapes, les acteurs et les délais de la décision sont-ils connus ?', en: 'Are the steps, people and dates of the decision known?' } },
  { framework: 'meddic', name: { fr: 'Douleur identifiée', en: 'Identified pain' }, question: { fr: 'Que coûte au client le statu quo ?', en: 'What does doing nothing cost the customer?' } },
  { framework: 'meddic', name: { fr: 'Champion', en: 'Champion' }, question: { fr: 'Un interlocuteur interne défend-il notre offre ?', en: 'Does someone inside defend our offer?' } },
  { framework: 'gpct', name: { fr: 'Objectifs (Goals)', en: 'Goals' }, question: { fr: 'Quels objectifs chiffrés le client poursuit-il ?', en: 'Which quantified goals does the customer pursue?' } },
  { framework: 'gpct', name: { fr: 'Plans', en: 'Plans' }, question: { fr: 'Quels plans a-t-il pour les atteindre ?', en: 'Which plans does the customer have to reach them?' } },
  { framework: 'gpct', name: { fr: 'Défis (Challenges)', en: 'Challenges' }, question: { fr: 'Quels obstacles l’en empêchent aujourd’hui ?', en: 'Which obstacles stand in the way today?' } },
  { framework: 'gpct', name: { fr: 'Échéance (Timeline)', en: 'Timeline' }, question: { fr: 'Dans quel délai doit-il réussir ?', en: 'By when must the customer succeed?' } },
];

type CriterionKey = `k${number}`;
const CRITERION_KEYS: readonly CriterionKey[] = QUALIFICATION_CRITERIA.map((_c, i) => `k${i}` as const);
type OpportunityKey = 'opportunity' | 'amount' | 'owner' | CriterionKey | Framework | 'retained' | 'decision';
type SummaryKey = 'decision' | 'count' | 'amount' | 'share';
type ReferenceKey = 'criterion' | 'question';

/** One opportunity: its criteria scores (0, 1, 2 or null) in the order of {@link QUALIFICATION_CRITERIA}. */
export interface QualificationOpportunity {
  readonly opportunity: string;
  readonly amount: number | null;
  readonly owner?: string | null;
  readonly scores: readonly (number | null)[];
}

/** Options of {@link buildQualificationPlan}. */
export interface QualificationPlanOptions {
  readonly language: Language;
  readonly opportunities?: readonly QualificationOpportunity[];
  /** Empty rows left for more opportunities, default 15. */
  readonly emptyRows?: number;
}

/** Where the qualification grid's tables are. */
export interface QualificationLayout {
  /** Rows: threshold, framework. */
  readonly parameters: TableLayout<'label' | 'value'>;
  /** The row above the opportunities' header naming the frameworks over their columns. */
  readonly groupRow: number;
  readonly opportunities: TableLayout<OpportunityKey>;
  /** Rows: Go, No-go, to qualify. */
  readonly summary: TableLayout<SummaryKey>;
  readonly reference: TableLayout<ReferenceKey>;
}

const DECISIONS = {
  go: { fr: 'Go', en: 'Go' },
  noGo: { fr: 'No-go', en: 'No-go' },
  open: { fr: 'À qualifier', en: 'To qualify' },
} satisfies Record<string, LocalizedText>;

const TEXT = {
  name: { fr: 'Qualification', en: 'Qualification' },
  title: { fr: 'Qualification des opportunités : BANT, MEDDIC, GPCT', en: 'Opportunity qualification: BANT, MEDDIC, GPCT' },
  subtitle: {
    fr: 'Notez chaque critère 0 (non ou inconnu), 1 (en partie) ou 2 (confirmé) : le score de chaque méthode et le go / no-go se calculent seuls.',
    en: 'Score each criterion 0 (no or unknown), 1 (partly) or 2 (confirmed): each framework’s score and the go / no-go compute themselves.',
  },
  parameters: { fr: '1. Paramètres : méthode qui décide et seuil du go', en: '1. Parameters: the deciding framework and the go threshold' },
  threshold: { fr: 'Go dès un score de', en: 'Go from a score of' },
  framework: { fr: 'Méthode qui décide', en: 'Deciding framework' },
  opportunities: { fr: '2. Opportunités notées (les trois méthodes côte à côte)', en: '2. Scored opportunities (the three frameworks side by side)' },
  summary: { fr: '3. Synthèse par décision', en: '3. Summary per decision' },
  reference: { fr: '4. Les critères et la question à poser', en: '4. The criteria and the question to ask' },
  total: { fr: 'Total', en: 'Total' },
  score: { fr: 'Une note de 0 (non ou inconnu), 1 (en partie) ou 2 (confirmé).', en: 'A score of 0 (no or unknown), 1 (partly) or 2 (confirmed).' },
  chart: { fr: 'Montant par décision', en: 'Amount per decision' },
} satisfies Record<string, LocalizedText>;

const EXAMPLES: readonly [LocalizedText, number, string, readonly (number | null)[]][] = [
  [{ fr: 'Cabinet Martin, renouvellement du parc', en: 'Martin firm, fleet renewal' }, 45_000, 'Claire', [2, 2, 2, 1, 1, 2, 1, 1, 2, 1, 2, 1, 2, 1]],
  [{ fr: 'Transports Leroy, logiciel de flotte', en: 'Leroy transport, fleet software' }, 80_000, 'Hugo', [1, 1, 2, 0, 2, 1, 2, 1, 2, 2, 1, 1, 2, 1]],
  [{ fr: 'Boulangeries Roux, caisses', en: 'Roux bakeries, tills' }, 12_000, 'Claire', [0, 2, 1, 1, 0, 2, 0, 1, 1, 0, 1, 0, 1, 1]],
  [{ fr: 'Clinique du Parc, maintenance', en: 'Parc clinic, maintenance' }, 30_000, 'Hugo', [2, 1, 2, 2, 1, 1, 1, 0, 2, 0, 2, 2, 1, 2]],
  [{ fr: 'Lycée Jean-Moulin, formation', en: 'Jean-Moulin school, training' }, 8_000, 'Claire', []],
];

/**
 * Builds the qualification grid and says where its tables are.
 * @param options - language, opportunities (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildQualification(options: QualificationPlanOptions): { plan: SheetPlan; layout: QualificationLayout } {
  const { language } = options;
  const examples = options.opportunities === undefined;
  const opportunities: readonly QualificationOpportunity[] =
    options.opportunities ?? EXAMPLES.map(([name, amount, owner, scores]) => ({ opportunity: `${name[language]}${EXAMPLE_SUFFIX[language]}`, amount, owner, scores }));
  const rows = Math.max(1, opportunities.length + Math.max(0, Math.floor(options.emptyRows ?? 15)));
  const width = 3 + CRITERION_KEYS.length + FRAMEWORKS.length + 2;
  const builder = startGrid({ key: QUALIFICATION_PLAN_KEY, version: QUALIFICATION_PLAN_VERSION, ...TEXT }, width, language);
  section(builder, 5, TEXT.parameters, 6, language);
  const parameters = addParameters(
    builder,
    6,
    [
      { label: TEXT.threshold, value: QUALIFICATION_THRESHOLD, format: 'percent', name: QUALIFICATION_NAMES.threshold, rule: { kind: 'decimal', min: 0, max: 1 } },
      { label: TEXT.framework, value: 'BANT', format: 'text', name: QUALIFICATION_NAMES.framework, rule: { kind: 'list', values: [...FRAMEWORKS.map((f) => FRAMEWORK_NAMES[f]), AVERAGE[language]] } },
    ],
    language,
  );
  const groupRow = parameters.lastRow + 3;
  section(builder, groupRow - 1, TEXT.opportunities, width, language);
  const table = addOpportunities(builder, groupRow + 1, opportunities, rows, examples, language);
  validateOwners(builder, [table.range('owner')], language);
  addGroups(builder, groupRow, table);
  const summaryRow = table.lastRow + 2;
  section(builder, summaryRow, TEXT.summary, 4, language);
  const summary = addSummary(builder, summaryRow + 1, table, language);
  builder.chart({
    kind: 'column',
    title: TEXT.chart[language],
    categories: summary.range('decision'),
    series: [{ name: TEXT.chart[language], values: summary.range('amount') }],
    anchor: cellRange(summaryRow, 6, 10, 8),
    valueFormat: 'currencyRounded',
  });
  const referenceRow = Math.max(summary.totalRow ?? summaryRow, summaryRow + 10) + 2;
  section(builder, referenceRow, TEXT.reference, width, language);
  const reference = addReference(builder, referenceRow + 1, language);
  builder
    .freeze(0, 1)
    .keep(summaryRow, summaryRow + 10)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: groupRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { parameters, groupRow, opportunities: table, summary, reference } };
}

/** The framework names over their column groups. */
function addGroups(builder: SheetPlanBuilder, row: number, table: TableLayout<OpportunityKey>): void {
  for (const framework of FRAMEWORKS) {
    const keys = CRITERION_KEYS.filter((_key, i) => QUALIFICATION_CRITERIA[i]?.framework === framework);
    const first = table.column(keys[0] ?? 'k0');
    builder.block(row, first, [[valueCell(FRAMEWORK_NAMES[framework])]]).merge(cellRange(row, first, 1, keys.length)).style(cellRange(row, first, 1, keys.length), 'header');
  }
}

/** The score of one framework: its points ÷ its maximum (2 a criterion), empty while none is scored. */
function scoreColumn(framework: Framework): TableColumn<OpportunityKey> {
  const keys = CRITERION_KEYS.filter((_key, i) => QUALIFICATION_CRITERIA[i]?.framework === framework);
  const first = keys[0] ?? 'k0';
  const last = keys[keys.length - 1] ?? first;
  return {
    key: framework,
    header: { fr: `Score ${FRAMEWORK_NAMES[framework]}`, en: `${FRAMEWORK_NAMES[framework]} score` },
    width: 10,
    style: 'computed',
    format: 'percent',
    cell: ({ ref }) => formulaCell(`IF(COUNT(${ref(first)}:${ref(last)})=0,"",SUM(${ref(first)}:${ref(last)})/${2 * keys.length})`),
  };
}

/** 2. The opportunities: criteria scores, a score per framework, the retained score and the decision. */
function addOpportunities(builder: SheetPlanBuilder, row: number, opportunities: readonly QualificationOpportunity[], rows: number, examples: boolean, language: Language): TableLayout<OpportunityKey> {
  const style = inputStyle(examples ? opportunities.length : 0);
  const { framework, threshold } = QUALIFICATION_NAMES;
  const table = addTable<OpportunityKey>(
    builder,
    {
      row,
      rows,
      headerHeight: 48,
      columns: [
        { key: 'opportunity', header: { fr: 'Opportunité (client, objet)', en: 'Opportunity (customer, subject)' }, width: 36, style, cell: ({ index }) => opportunities[index]?.opportunity ?? null },
        { key: 'amount', header: { fr: 'Montant (€)', en: 'Amount (€)' }, width: 12, style, format: 'currencyRounded', cell: ({ index }) => opportunities[index]?.amount ?? null, validation: { rule: { kind: 'decimal', min: 0, max: 1e12 } } },
        { key: 'owner', header: { fr: 'Commercial', en: 'Sales rep' }, width: 13, style, cell: ({ index }) => opportunities[index]?.owner ?? null },
        ...CRITERION_KEYS.map(
          (key, j): TableColumn<OpportunityKey> => ({
            key,
            header: QUALIFICATION_CRITERIA[j]?.name ?? '',
            width: 11,
            style,
            format: 'integer',
            cell: ({ index }) => opportunities[index]?.scores[j] ?? null,
            validation: { rule: { kind: 'wholeNumber', min: 0, max: 2 }, strict: true, message: TEXT.score },
          }),
        ),
        ...FRAMEWORKS.map(scoreColumn),
        {
          key: 'retained',
          header: { fr: 'Score retenu', en: 'Retained score' },
          width: 10,
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) =>
            formulaCell(
              `IF(${ref('opportunity')}="","",IF(${framework}="BANT",${ref('bant')},IF(${framework}="MEDDIC",${ref('meddic')},IF(${framework}="GPCT",${ref('gpct')},IF(COUNT(${ref('bant')}:${ref('gpct')})=0,"",AVERAGE(${ref('bant')}:${ref('gpct')}))))))`,
            ),
        },
        {
          key: 'decision',
          header: { fr: 'Décision', en: 'Decision' },
          width: 12,
          style: 'computed',
          cell: ({ ref }) =>
            formulaCell(`IF(${ref('opportunity')}="","",IF(${ref('retained')}="",${quoted(DECISIONS.open, language)},IF(${ref('retained')}>=${threshold},${quoted(DECISIONS.go, language)},${quoted(DECISIONS.noGo, language)})))`),
        },
      ],
    },
    language,
  );
  const fills = { go: PALETTE.good, noGo: PALETTE.bad, open: PALETTE.middle } as const;
  for (const decision of ['go', 'noGo', 'open'] as const) {
    builder.conditional({ kind: 'formula', range: table.range('decision'), formula: `$${table.letter('decision')}${table.firstRow}=${quoted(DECISIONS[decision], language)}`, style: { fill: fills[decision], bold: true } });
  }
  return table;
}

/** 3. Opportunities and amount per decision. */
function addSummary(builder: SheetPlanBuilder, row: number, table: TableLayout<OpportunityKey>, language: Language): TableLayout<SummaryKey> {
  const decisions = [DECISIONS.go, DECISIONS.noGo, DECISIONS.open];
  return addTable<SummaryKey>(
    builder,
    {
      row,
      rows: decisions.length,
      totalRow: true,
      columns: [
        { key: 'decision', header: { fr: 'Décision', en: 'Decision' }, style: 'label', cell: ({ index }) => decisions[index]?.[language] ?? null, total: () => TEXT.total[language] },
        { key: 'count', header: { fr: 'Opportunités', en: 'Opportunities' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${table.all('decision')},${ref('decision')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        {
          key: 'amount',
          header: { fr: 'Montant (€)', en: 'Amount (€)' },
          style: 'computed',
          format: 'currencyRounded',
          cell: ({ ref }) => formulaCell(`SUMIF(${table.all('decision')},${ref('decision')},${table.all('amount')})`),
          total: ({ all }) => formulaCell(`SUM(${all('amount')})`),
        },
        {
          key: 'share',
          header: { fr: 'Part du montant', en: 'Share of the amount' },
          style: 'computed',
          format: 'percent',
          cell: ({ ref, all }) => formulaCell(`IF(SUM(${all('amount')})=0,"",${ref('amount')}/SUM(${all('amount')}))`),
          total: ({ all }) => formulaCell(`IF(SUM(${all('amount')})=0,"",1)`),
        },
      ],
    },
    language,
  );
}

/** 4. The question behind each criterion. */
function addReference(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<ReferenceKey> {
  const table = addTable<ReferenceKey>(
    builder,
    {
      row,
      rows: QUALIFICATION_CRITERIA.length,
      columns: [
        {
          key: 'criterion',
          header: { fr: 'Méthode · critère', en: 'Framework · criterion' },
          style: 'label',
          cell: ({ index }) => {
            const criterion = QUALIFICATION_CRITERIA[index];
            return criterion === undefined ? null : `${FRAMEWORK_NAMES[criterion.framework]} · ${criterion.name[language]}`;
          },
        },
        { key: 'question', header: { fr: 'Question à poser', en: 'Question to ask' }, style: 'data', cell: ({ index }) => QUALIFICATION_CRITERIA[index]?.question[language] ?? null },
      ],
    },
    language,
  );
  for (let r = table.headerRow; r <= table.lastRow; r++) builder.merge(cellRange(r, table.column('question'), 1, 10));
  return table;
}

/**
 * Builds the qualification grid.
 * @example buildQualificationPlan({ language: 'en' }).name // "Qualification"
 */
export function buildQualificationPlan(options: QualificationPlanOptions): SheetPlan {
  return buildQualification(options).plan;
}
