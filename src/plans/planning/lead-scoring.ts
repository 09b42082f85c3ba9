/**
 * The lead-scoring sheet (seeds 001 and 004): criteria of profile and behaviour with their points, the
 * threshold above which a lead goes to a sales rep, leads scored by formula (each criterion met, 1,
 * earns its points), the split to sales / to nurturing, and a check of the threshold against past
 * conversions the user gives: the conversion rate of the leads at or above the threshold against the
 * rate of those below. Every computed cell is a live formula over the yellow inputs.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';

/** Key of the lead-scoring sheet (the build's key is 'lead-scoring': plan keys take no hyphen). */
export const LEAD_SCORING_PLAN_KEY = 'lead_scoring';
/** Layout version of the lead-scoring sheet. */
export const LEAD_SCORING_PLAN_VERSION = 1;
/** Name of the threshold cell. */
export const LEAD_SCORING_THRESHOLD_NAME = 'lead_scoring_threshold';

/** Number of criterion rows (examples and empty ones). */
export const CRITERION_ROWS = 8;
/** Number of lead rows (examples and empty ones). */
export const LEAD_ROWS = 20;

export type CriterionColumn = 'kind' | 'criterion' | 'points';
export type LeadColumn = 'lead' | `c${number}` | 'score' | 'route' | 'converted';

/** Where the sheet's parts are. */
export interface LeadScoringLayout {
  readonly criteria: TableLayout<CriterionColumn>;
  /** The threshold cell (B). */
  readonly thresholdRow: number;
  /** Rows of the split: to sales, to nurturing, then the verdict; columns B (leads), C (converted), D (rate). */
  readonly salesRow: number;
  readonly nurturingRow: number;
  readonly verdictRow: number;
  /** Header row of the leads and the points row under it. */
  readonly leadHeaderRow: number;
  readonly pointsRow: number;
  readonly leads: TableLayout<LeadColumn>;
}

const TEXT = {
  name: { fr: 'Lead scoring', en: 'Lead scoring' },
  title: { fr: 'Lead scoring : quels leads passer aux commerciaux', en: 'Lead scoring: which leads go to the sales reps' },
  subtitle: {
    fr: 'Chaque critère rempli (1) rapporte ses points ; au-dessus du seuil, le lead va aux ventes, en dessous il reste en nurturing.',
    en: 'Each criterion met (1) earns its points; at or above the threshold the lead goes to sales, below it stays in nurturing.',
  },
  note: {
    fr: 'Cellules jaunes : à saisir · orange : exemples à remplacer · grises : calculées. « Converti » : 1 si le lead est devenu client, 0 sinon, vide si inconnu.',
    en: 'Yellow cells: to fill in · orange: examples to replace · grey: computed. “Converted”: 1 if the lead became a customer, 0 if not, empty if unknown.',
  },
  criteria: { fr: '1. Critères et points', en: '1. Criteria and points' },
  kind: { fr: 'Type', en: 'Kind' },
  criterion: { fr: 'Critère', en: 'Criterion' },
  points: { fr: 'Points', en: 'Points' },
  profile: { fr: 'Profil', en: 'Profile' },
  behaviour: { fr: 'Comportement', en: 'Behaviour' },
  maximum: { fr: 'Score maximal', en: 'Highest score' },
  threshold: { fr: 'Seuil : score à partir duquel le lead va aux ventes', en: 'Threshold: score from which a lead goes to sales' },
  split: { fr: '2. Répartition et contrôle du seuil sur les conversions passées', en: '2. Split and check of the threshold on past conversions' },
  route: { fr: 'Orientation', en: 'Route' },
  leadsCount: { fr: 'Leads', en: 'Leads' },
  convertedCount: { fr: 'Convertis', en: 'Converted' },
  rate: { fr: 'Taux de conversion', en: 'Conversion rate' },
  toSales: { fr: 'Aux ventes', en: 'To sales' },
  nurturing: { fr: 'Nurturing', en: 'Nurturing' },
  verdict: { fr: 'Le seuil', en: 'The threshold' },
  separates: { fr: 'sépare bien : les leads au-dessus convertissent mieux', en: 'separates well: the leads above it convert better' },
  revise: { fr: 'à revoir : les leads au-dessus ne convertissent pas mieux', en: 'needs revising: the leads above it do not convert better' },
  unknown: { fr: 'conversions à renseigner des deux côtés', en: 'conversions to fill in on both sides' },
  leads: { fr: '3. Leads notés', en: '3. Scored leads' },
  lead: { fr: 'Lead', en: 'Lead' },
  score: { fr: 'Score', en: 'Score' },
  converted: { fr: 'Converti (1/0)', en: 'Converted (1/0)' },
  example: { fr: ' (exemple)', en: ' (example)' },
  flagMessage: { fr: '1 si le critère est rempli, 0 ou vide sinon.', en: '1 if the criterion is met, 0 or empty if not.' },
} satisfies Record<string, LocalizedText>;

/** The example criteria: three of profile, three of behaviour (105 points at most). */
const EXAMPLE_CRITERIA: readonly { readonly kind: 'profile' | 'behaviour'; readonly name: LocalizedText; readonly points: number }[] = [
  { kind: 'profile', name: { fr: 'Secteur cible', en: 'Target sector' }, points: 20 },
  { kind: 'profile', name: { fr: 'Taille ≥ 10 salariés', en: 'Size ≥ 10 employees' }, points: 15 },
  { kind: 'profile', name: { fr: 'Décideur identifié', en: 'Decision maker identified' }, points: 20 },
  { kind: 'behaviour', name: { fr: 'Demande de devis ou de démo', en: 'Asked for a quote or a demo' }, points: 30 },
  { kind: 'behaviour', name: { fr: 'Livre blanc téléchargé', en: 'White paper downloaded' }, points: 10 },
  { kind: 'behaviour', name: { fr: '3 visites du site en 30 jours', en: '3 site visits in 30 days' }, points: 10 },
];

/** Example leads: criteria met (1) in the order above, and whether they converted. */
const EXAMPLE_LEADS: readonly { readonly name: string; readonly met: readonly number[]; readonly converted: number }[] = [
  { name: 'Lead 1', met: [1, 1, 1, 1, 0, 0], converted: 1 }, // 85
  { name: 'Lead 2', met: [1, 0, 0, 0, 1, 1], converted: 0 }, // 40
  { name: 'Lead 3', met: [0, 1, 1, 1, 0, 0], converted: 1 }, // 65
  { name: 'Lead 4', met: [0, 0, 0, 0, 1, 0], converted: 0 }, // 10
  { name: 'Lead 5', met: [1, 1, 0, 0, 1, 1], converted: 0 }, // 55
  { name: 'Lead 6', met: [0, 1, 0, 1, 0, 0], converted: 1 }, // 45
  { name: 'Lead 7', met: [1, 1, 1, 0, 1, 1], converted: 1 }, // 75
  { name: 'Lead 8', met: [0, 0, 1, 0, 0, 1], converted: 0 }, // 30
];

const CRITERIA_ROW = 6;
const criterionKeys = Array.from({ length: CRITERION_ROWS }, (_, j) => `c${j}` as const);

/**
 * The layout of the lead-scoring sheet.
 * @returns where the parts are
 * @example leadScoringLayout().leads.firstRow // 29
 */
export function leadScoringLayout(): LeadScoringLayout {
  const criteria = tableLayout<CriterionColumn>({ row: CRITERIA_ROW, rows: CRITERION_ROWS, totalRow: true, columns: [{ key: 'kind' }, { key: 'criterion' }, { key: 'points' }] });
  const thresholdRow = (criteria.totalRow ?? 0) + 2;
  const salesRow = thresholdRow + 4;
  const leadHeaderRow = salesRow + 5;
  const leads = tableLayout<LeadColumn>({
    row: leadHeaderRow + 2,
    rows: LEAD_ROWS,
    noHeader: true,
    columns: [{ key: 'lead' }, ...criterionKeys.map((key) => ({ key })), { key: 'score' }, { key: 'route' }, { key: 'converted' }],
  });
  return { criteria, thresholdRow, salesRow, nurturingRow: salesRow + 1, verdictRow: salesRow + 2, leadHeaderRow, pointsRow: leadHeaderRow + 1, leads };
}

/**
 * Builds the lead-scoring sheet with its example criteria and leads.
 * @param options - the language
 * @returns the sheet plan (key 'lead_scoring')
 * @example buildLeadScoringPlan({ language: 'en' }).name // "Lead scoring"
 */
export function buildLeadScoringPlan(options: { readonly language: Language; readonly threshold?: number }): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const layout = leadScoringLayout();
  const width = 3 + CRITERION_ROWS + 1;
  const builder = new SheetPlanBuilder({ key: LEAD_SCORING_PLAN_KEY, version: LEAD_SCORING_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), width, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true });
  builder.block(3, 1, [[valueCell(t(TEXT.note))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, width));

  // 1. Criteria
  builder.block(CRITERIA_ROW - 1, 1, [[valueCell(t(TEXT.criteria))]]).style(cellRange(CRITERIA_ROW - 1, 1, 1, 3), 'section');
  const example = (index: number): 'example' | 'input' => (index < EXAMPLE_CRITERIA.length ? 'example' : 'input');
  const criteria = addTable<CriterionColumn>(
    builder,
    {
      row: CRITERIA_ROW,
      rows: CRITERION_ROWS,
      totalRow: true,
      columns: [
        {
          key: 'kind',
          header: TEXT.kind,
          width: 24,
          style: example,
          validation: { rule: { kind: 'list', values: [t(TEXT.profile), t(TEXT.behaviour)] } },
          cell: ({ index }) => {
            const kind = EXAMPLE_CRITERIA[index]?.kind;
            return kind === undefined ? null : t(TEXT[kind]);
          },
          total: () => t(TEXT.maximum),
        },
        { key: 'criterion', header: TEXT.criterion, width: 30, style: example, cell: ({ index }) => (EXAMPLE_CRITERIA[index] === undefined ? null : t(EXAMPLE_CRITERIA[index].name)) },
        {
          key: 'points',
          header: TEXT.points,
          width: 12,
          style: example,
          format: 'integer',
          validation: { rule: { kind: 'decimal', min: -1000, max: 1000 } },
          cell: ({ index }) => EXAMPLE_CRITERIA[index]?.points ?? null,
          total: ({ all }) => formulaCell(`SUMIF(${all('points')},">0")`),
        },
      ],
    },
    language,
  );

  // Threshold
  const { thresholdRow, salesRow, nurturingRow, verdictRow, leadHeaderRow, pointsRow, leads } = layout;
  builder.block(thresholdRow, 1, [[valueCell(t(TEXT.threshold)), valueCell(null), valueCell(options.threshold ?? 50)]]);
  builder
    .merge(cellRange(thresholdRow, 1, 1, 2))
    .style(cellRange(thresholdRow, 1, 1, 2), 'label')
    .style(cellRange(thresholdRow, 3), 'input')
    .format(cellRange(thresholdRow, 3), 'integer')
    .name(LEAD_SCORING_THRESHOLD_NAME, cellRange(thresholdRow, 3));

  // 2. Split and check
  const route = leads.all('route');
  const converted = leads.all('converted');
  builder.block(salesRow - 2, 1, [[valueCell(t(TEXT.split))]]).style(cellRange(salesRow - 2, 1, 1, 4), 'section');
  builder.block(salesRow - 1, 1, [valueRow([t(TEXT.route), t(TEXT.leadsCount), t(TEXT.convertedCount), t(TEXT.rate)])]).style(cellRange(salesRow - 1, 1, 1, 4), 'header');
  const splitRow = (label: string, row: number) => [
    valueCell(label),
    formulaCell(`COUNTIF(${route},A${row})`),
    formulaCell(`COUNTIFS(${route},A${row},${converted},1)`),
    formulaCell(`IF(COUNTIFS(${route},A${row},${converted},"<>")=0,"",C${row}/COUNTIFS(${route},A${row},${converted},"<>"))`),
  ];
  builder.block(salesRow, 1, [
    splitRow(t(TEXT.toSales), salesRow),
    splitRow(t(TEXT.nurturing), nurturingRow),
    [
      valueCell(t(TEXT.verdict)),
      formulaCell(
        `IF(OR(D${salesRow}="",D${nurturingRow}=""),"${t(TEXT.unknown)}",IF(D${salesRow}>D${nurturingRow},"${t(TEXT.separates)}","${t(TEXT.revise)}"))`,
      ),
      valueCell(null),
      valueCell(null),
    ],
  ]);
  builder
    .style(cellRange(salesRow, 1, 2), 'label')
    .style(cellRange(salesRow, 2, 2, 3), 'computed')
    .format(cellRange(salesRow, 2, 2, 2), 'integer')
    .format(cellRange(salesRow, 4, 2), 'percent')
    .style(cellRange(verdictRow, 1), 'label')
    .style(cellRange(verdictRow, 2), 'computed')
    .merge(cellRange(verdictRow, 2, 1, 6));

  // 3. Leads: the header names the criteria and the row under it their points, by formula.
  builder.block(leadHeaderRow - 1, 1, [[valueCell(t(TEXT.leads))]]).style(cellRange(leadHeaderRow - 1, 1, 1, width), 'section');
  const criterionCell = (key: CriterionColumn, j: number): string => criteria.address(key, j, true);
  builder.block(leadHeaderRow, 1, [
    [
      valueCell(t(TEXT.lead)),
      ...criterionKeys.map((_key, j) => formulaCell(`IF(${criterionCell('criterion', j)}="","",${criterionCell('criterion', j)})`)),
      ...valueRow([t(TEXT.score), t(TEXT.route), t(TEXT.converted)]),
    ],
    [valueCell(t(TEXT.points)), ...criterionKeys.map((_key, j) => formulaCell(`N(${criterionCell('points', j)})`)), ...valueRow([null, null, null])],
  ]);
  builder.style(cellRange(leadHeaderRow, 1, 1, width), 'header').height(leadHeaderRow, 45).style(cellRange(pointsRow, 1, 1, width), 'label');
  const first = leads.letter('c0');
  const last = leads.letter(`c${CRITERION_ROWS - 1}`);
  const pointsRange = `$${first}$${pointsRow}:$${last}$${pointsRow}`;
  const leadStyle = (index: number): 'example' | 'input' => (index < EXAMPLE_LEADS.length ? 'example' : 'input');
  addTable<LeadColumn>(
    builder,
    {
      row: leads.firstRow,
      rows: LEAD_ROWS,
      noHeader: true,
      columns: [
        { key: 'lead', header: TEXT.lead, style: leadStyle, cell: ({ index }) => (EXAMPLE_LEADS[index] === undefined ? null : `${EXAMPLE_LEADS[index].name}${t(TEXT.example)}`) },
        ...criterionKeys.map((key, j) => ({
          key,
          header: '',
          width: 13,
          style: leadStyle,
          format: 'integer' as const,
          validation: { rule: { kind: 'wholeNumber' as const, min: 0, max: 1 }, message: TEXT.flagMessage },
          cell: ({ index }: { index: number }) => EXAMPLE_LEADS[index]?.met[j] ?? null,
        })),
        {
          key: 'score',
          header: TEXT.score,
          width: 10,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(${ref('lead')}="","",SUMPRODUCT(${ref('c0')}:${ref(`c${CRITERION_ROWS - 1}`)},${pointsRange}))`),
        },
        {
          key: 'route',
          header: TEXT.route,
          width: 13,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('score')}="","",IF(${ref('score')}>=${LEAD_SCORING_THRESHOLD_NAME},"${t(TEXT.toSales)}","${t(TEXT.nurturing)}"))`),
        },
        {
          key: 'converted',
          header: TEXT.converted,
          width: 13,
          style: leadStyle,
          format: 'integer',
          validation: { rule: { kind: 'wholeNumber', min: 0, max: 1 } },
          cell: ({ index }) => EXAMPLE_LEADS[index]?.converted ?? null,
        },
      ],
    },
    language,
  );
  builder.widths([24], 1);
  return builder.build();
}
