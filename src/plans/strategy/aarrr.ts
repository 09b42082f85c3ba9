/**
 * The AARRR grid (seed 003, "Établissement de KPIs pertinents avec le framework AARRR"): per stage —
 * Acquisition, Activation, Retention, Referral, Revenue — the KPIs with their wished direction, their
 * frequency of measure, baseline, target and current value; the gap to the target (current − target),
 * the progress from the baseline ((current − baseline) ÷ (target − baseline)) and the status by
 * formula: reached when the current value is at or beyond the target in the wished direction, on
 * track when the progress reaches the parameter (50 % by default), behind otherwise, "to fill in"
 * while the current value or the target is missing. A summary counts the statuses per stage.
 *
 * Current values are typed, or read from the KPI sheet (src/plans/kpi.ts) when a row names one of its
 * figures in the column "KPI sheet figure" and that sheet is in the workbook: the sheet is found by
 * the name in the parameter cell (the KPI sheet's own name by default, editable when it was renamed),
 * through `IF(ISREF(INDIRECT("'name'!A1")), …, "")` with an IFERROR around the reading, so that no
 * #REF! shows when it is absent (the typed value is then used). The figures are read on the KPI
 * sheet's first row whose column A says "Total" (its totals of the inputs), and the ratios are
 * computed from those totals exactly as the KPI sheet computes its total row. Section 4 lists the
 * figures read, with the stage each matches.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { kpiTables } from '../kpi.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import { PALETTE } from '../theme.js';
import type { NumberFormatName, SheetPlan } from '../types.js';
import { addParameters, EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the AARRR grid. */
export const AARRR_PLAN_KEY = 'aarrr';
/** Layout version of the AARRR grid. */
export const AARRR_PLAN_VERSION = 1;
/** Workbook names of the parameters. */
export const AARRR_NAMES = Object.freeze({ kpiSheet: 'aarrr_kpi_sheet', onTrack: 'aarrr_on_track' });
/** The name the KPI sheet is given (its plan's name), read by default. */
export const AARRR_KPI_SHEET: LocalizedText = { fr: 'KPI acquisition', en: 'Acquisition KPIs' };

/** The five stages. */
export const AARRR_STAGES: readonly LocalizedText[] = [
  { fr: 'Acquisition', en: 'Acquisition' },
  { fr: 'Activation', en: 'Activation' },
  { fr: 'Rétention', en: 'Retention' },
  { fr: 'Recommandation', en: 'Referral' },
  { fr: 'Revenu', en: 'Revenue' },
];
const UP: LocalizedText = { fr: 'Hausse', en: 'Up' };
const DOWN: LocalizedText = { fr: 'Baisse', en: 'Down' };
const FREQUENCIES: readonly LocalizedText[] = [
  { fr: 'Hebdomadaire', en: 'Weekly' },
  { fr: 'Mensuelle', en: 'Monthly' },
  { fr: 'Trimestrielle', en: 'Quarterly' },
  { fr: 'Annuelle', en: 'Yearly' },
];
const STATUSES = {
  reached: { fr: 'Atteint', en: 'Reached' },
  onTrack: { fr: 'En bonne voie', en: 'On track' },
  behind: { fr: 'En retard', en: 'Behind' },
  missing: { fr: 'À renseigner', en: 'To fill in' },
} satisfies Record<string, LocalizedText>;
const SOURCES = { kpi: { fr: 'Feuille KPI', en: 'KPI sheet' }, typed: { fr: 'Saisie', en: 'Typed' } } satisfies Record<string, LocalizedText>;

type InputKey = 'spend' | 'leads' | 'opportunities' | 'newCustomers' | 'revenue' | 'lifetimeValue';
/** A figure of the KPI sheet: its name, the stage it matches, how it is computed from the totals. */
interface KpiFigure {
  readonly name: LocalizedText;
  readonly stage: number;
  readonly format: NumberFormatName;
  /** The formula from the totals, given a function that reads one total. */
  readonly formula: (total: (key: InputKey) => string) => string;
}
const ratio = (numerator: InputKey, denominator: InputKey) => (total: (key: InputKey) => string) => `IF(${total(denominator)}=0,"",${total(numerator)}/${total(denominator)})`;

/** The KPI sheet's figures an AARRR row can read. */
export const AARRR_KPI_FIGURES: readonly KpiFigure[] = [
  { name: { fr: 'Leads', en: 'Leads' }, stage: 0, format: 'integer', formula: (total) => total('leads') },
  { name: { fr: 'Coût par lead', en: 'Cost per lead' }, stage: 0, format: 'currency', formula: ratio('spend', 'leads') },
  { name: { fr: 'CAC', en: 'CAC' }, stage: 0, format: 'currency', formula: ratio('spend', 'newCustomers') },
  { name: { fr: 'Conversion lead → opportunité', en: 'Lead → opportunity conversion' }, stage: 1, format: 'percent', formula: ratio('opportunities', 'leads') },
  { name: { fr: 'Conversion lead → client', en: 'Lead → customer conversion' }, stage: 1, format: 'percent', formula: ratio('newCustomers', 'leads') },
  { name: { fr: 'Nouveaux clients', en: 'New customers' }, stage: 1, format: 'integer', formula: (total) => total('newCustomers') },
  { name: { fr: 'CA des nouveaux clients', en: 'Revenue from new customers' }, stage: 4, format: 'currencyRounded', formula: (total) => total('revenue') },
  { name: { fr: 'CA par nouveau client', en: 'Revenue per new customer' }, stage: 4, format: 'currency', formula: ratio('revenue', 'newCustomers') },
  {
    name: { fr: 'LTV:CAC', en: 'LTV:CAC' },
    stage: 4,
    format: 'ratio',
    formula: (total) => `IF(OR(${total('lifetimeValue')}=0,${total('newCustomers')}=0,${total('spend')}=0),"",${total('lifetimeValue')}*${total('newCustomers')}/${total('spend')})`,
  },
];

/** One KPI row. */
export interface AarrrKpi {
  readonly stage: string;
  readonly kpi: string;
  readonly direction: string | null;
  readonly frequency?: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  /** Name of the KPI sheet's figure to read, when any. */
  readonly link?: string | null;
  readonly format?: NumberFormatName;
}

/** Options of {@link buildAarrrPlan}. */
export interface AarrrPlanOptions {
  readonly language: Language;
  readonly kpis?: readonly AarrrKpi[];
  /** Empty rows left for more KPIs, default 10. */
  readonly emptyRows?: number;
}

type LinkKey = 'label' | 'value';
type KpiKey = 'kpi' | 'stage' | 'direction' | 'frequency' | 'baseline' | 'target' | 'entered' | 'link' | 'source' | 'current' | 'gap' | 'progress' | 'status' | 'owner';
type SummaryKey = 'stage' | 'count' | 'reached' | 'onTrack' | 'behind' | 'missing' | 'progress';
type FigureKey = 'figure' | 'stage' | 'value';

/** Where the AARRR grid's tables are. */
export interface AarrrLayout {
  /** Rows: KPI sheet's name, on-track threshold. */
  readonly parameters: TableLayout<'label' | 'value'>;
  /** Rows: whether the KPI sheet is found, the row of its totals. */
  readonly link: TableLayout<LinkKey>;
  readonly kpis: TableLayout<KpiKey>;
  readonly summary: TableLayout<SummaryKey>;
  readonly figures: TableLayout<FigureKey>;
}

const TEXT = {
  name: { fr: 'AARRR', en: 'AARRR' },
  title: { fr: 'AARRR : les KPI de chaque étape du tunnel', en: 'AARRR: the KPIs of each stage of the funnel' },
  subtitle: {
    fr: 'Par étape, chaque KPI avec sa référence, sa cible et sa valeur actuelle (saisie, ou lue dans la feuille KPI) : écart, progression et statut se calculent seuls.',
    en: 'Per stage, each KPI with its baseline, target and current value (typed, or read from the KPI sheet): gap, progress and status compute themselves.',
  },
  parameters: { fr: '1. Paramètres et lien avec la feuille KPI', en: '1. Parameters and link with the KPI sheet' },
  kpiSheet: { fr: 'Feuille KPI lue (son nom)', en: 'KPI sheet read (its name)' },
  onTrack: { fr: 'En bonne voie dès une progression de', en: 'On track from a progress of' },
  found: { fr: 'Feuille KPI trouvée', en: 'KPI sheet found' },
  yes: { fr: 'Oui : les lignes liées lisent ses totaux', en: 'Yes: the linked rows read its totals' },
  no: { fr: 'Non : les valeurs saisies comptent', en: 'No: the typed values count' },
  totalRow: { fr: 'Ligne de ses totaux', en: 'Row of its totals' },
  kpis: { fr: '2. KPI par étape (écart = actuel − cible ; progression = chemin parcouru depuis la référence)', en: '2. KPIs per stage (gap = current − target; progress = way covered from the baseline)' },
  summary: { fr: '3. Synthèse par étape', en: '3. Summary per stage' },
  figures: { fr: '4. Chiffres lus dans la feuille KPI (vides quand elle est absente)', en: '4. Figures read from the KPI sheet (empty when it is absent)' },
  total: { fr: 'Total', en: 'Total' },
  chart: { fr: 'Progression moyenne par étape', en: 'Average progress per stage' },
  link: { fr: 'Un chiffre de la feuille KPI (section 4), ou vide pour la valeur saisie.', en: 'A figure of the KPI sheet (section 4), or empty for the typed value.' },
} satisfies Record<string, LocalizedText>;

const EXAMPLES: readonly [number, LocalizedText, boolean, number, number, number, number, number | null, NumberFormatName][] = [
  [0, { fr: 'Leads générés par trimestre', en: 'Leads generated per quarter' }, true, 2, 600, 1_000, 820, 0, 'integer'],
  [0, { fr: 'Coût d’acquisition client (CAC)', en: 'Customer acquisition cost (CAC)' }, false, 2, 900, 700, 800, 2, 'currency'],
  [1, { fr: 'Conversion lead → client', en: 'Lead → customer conversion' }, true, 1, 0.03, 0.06, 0.04, 4, 'percent'],
  [1, { fr: 'Délai du premier achat (jours)', en: 'Time to first purchase (days)' }, false, 1, 45, 30, 38, null, 'integer'],
  [2, { fr: 'Taux de réachat à 12 mois', en: 'Repurchase rate at 12 months' }, true, 3, 0.55, 0.65, 0.62, null, 'percent'],
  [2, { fr: 'Taux d’attrition annuel', en: 'Yearly churn rate' }, false, 3, 0.18, 0.12, 0.2, null, 'percent'],
  [3, { fr: 'Net Promoter Score (NPS)', en: 'Net Promoter Score (NPS)' }, true, 2, 20, 40, 32, null, 'integer'],
  [3, { fr: 'Leads issus de recommandations', en: 'Leads from referrals' }, true, 2, 15, 30, 31, null, 'integer'],
  [4, { fr: 'CA des nouveaux clients', en: 'Revenue from new customers' }, true, 2, 60_000, 100_000, 85_000, 6, 'currencyRounded'],
  [4, { fr: 'Panier moyen', en: 'Average basket' }, true, 1, 1_800, 2_000, 2_050, null, 'currency'],
];

function exampleKpis(language: Language): AarrrKpi[] {
  return EXAMPLES.map(([stage, kpi, up, frequency, baseline, target, current, link, format]) => ({
    stage: AARRR_STAGES[stage]?.[language] ?? '',
    kpi: `${kpi[language]}${EXAMPLE_SUFFIX[language]}`,
    direction: (up ? UP : DOWN)[language],
    frequency: FREQUENCIES[frequency]?.[language] ?? null,
    baseline,
    target,
    current,
    link: link === null ? null : (AARRR_KPI_FIGURES[link]?.name[language] ?? null),
    format,
  }));
}

/**
 * Builds the AARRR grid and says where its tables are.
 * @param options - language, KPIs (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildAarrr(options: AarrrPlanOptions): { plan: SheetPlan; layout: AarrrLayout } {
  const { language } = options;
  const examples = options.kpis === undefined;
  const kpis = options.kpis ?? exampleKpis(language);
  const rows = Math.max(1, kpis.length + Math.max(0, Math.floor(options.emptyRows ?? 10)));
  const width = 14;
  const builder = startGrid({ key: AARRR_PLAN_KEY, version: AARRR_PLAN_VERSION, ...TEXT }, width, language);
  section(builder, 5, TEXT.parameters, 4, language);
  const parameters = addParameters(
    builder,
    6,
    [
      { label: TEXT.kpiSheet, value: AARRR_KPI_SHEET[language], format: 'text', name: AARRR_NAMES.kpiSheet },
      { label: TEXT.onTrack, value: 0.5, format: 'percent', name: AARRR_NAMES.onTrack, rule: { kind: 'decimal', min: 0, max: 1 } },
    ],
    language,
  );
  const link = addLink(builder, parameters.lastRow + 1, language);
  const kpisRow = link.lastRow + 2;
  section(builder, kpisRow, TEXT.kpis, width, language);
  const summaryRow = kpisRow + 1 + rows + 2;
  const summaryAt = tableLayout<SummaryKey>({ row: summaryRow + 1, rows: AARRR_STAGES.length, totalRow: true, columns: SUMMARY_KEYS.map((key) => ({ key })) });
  const figuresRow = Math.max(summaryAt.totalRow ?? summaryRow, summaryRow + 14) + 2;
  const figuresAt = tableLayout<FigureKey>({ row: figuresRow + 1, rows: AARRR_KPI_FIGURES.length, columns: [{ key: 'figure' }, { key: 'stage' }, { key: 'value' }] });
  const table = addKpis(builder, kpisRow + 1, kpis, rows, examples, figuresAt, language);
  validateOwners(builder, [table.range('owner')], language);
  section(builder, summaryRow, TEXT.summary, 7, language);
  const summary = addSummary(builder, summaryRow + 1, table, language);
  builder.chart({
    kind: 'bar',
    title: TEXT.chart[language],
    categories: summary.range('stage'),
    series: [{ name: TEXT.chart[language], values: summary.range('progress') }],
    anchor: cellRange(summaryRow, 9, 14, 6),
    valueFormat: 'percent',
  });
  section(builder, figuresRow, TEXT.figures, 4, language);
  const figures = addFigures(builder, figuresRow + 1, link.address('value', 1, true), language);
  builder
    .freeze(0, 1)
    .keep(summaryRow, summaryRow + 14)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { parameters, link, kpis: table, summary, figures } };
}

const SUMMARY_KEYS: readonly SummaryKey[] = ['stage', 'count', 'reached', 'onTrack', 'behind', 'missing', 'progress'];

/** The prefix of an address on the KPI sheet, for INDIRECT: "'name'!". */
const KPI_PREFIX = `"'"&SUBSTITUTE(${AARRR_NAMES.kpiSheet},"'","''")&"'!"`;

/** Whether the KPI sheet is there, and the row of its totals (empty when it is not). */
function addLink(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<LinkKey> {
  const present = `ISREF(INDIRECT(${KPI_PREFIX}&"A1"))`;
  const labels = [TEXT.found, TEXT.totalRow];
  const formulas = [
    `IF(${present},${quoted(TEXT.yes, language)},${quoted(TEXT.no, language)})`,
    `IF(${present},IFERROR(MATCH(${quoted(TEXT.total, language)},INDIRECT(${KPI_PREFIX}&"A:A"),0),""),"")`,
  ];
  builder.merge(cellRange(row, 2, 1, 3));
  return addTable<LinkKey>(
    builder,
    {
      row,
      rows: 2,
      noHeader: true,
      columns: [
        { key: 'label', header: null, style: 'label', cell: ({ index }) => labels[index]?.[language] ?? null },
        { key: 'value', header: null, style: 'computed', format: (index) => (index === 1 ? 'integer' : undefined), cell: ({ index }) => formulaCell(formulas[index] ?? '""') },
      ],
    },
    language,
  );
}

/** 4. The KPI sheet's figures, read on its totals row, and the stage each matches. */
function addFigures(builder: SheetPlanBuilder, row: number, totalRow: string, language: Language): TableLayout<FigureKey> {
  const inputs = kpiTables(0, 0).inputs;
  const total = (key: InputKey): string => `N(INDEX(INDIRECT(${KPI_PREFIX}&"${inputs.letter(key)}:${inputs.letter(key)}"),${totalRow}))`;
  return addTable<FigureKey>(
    builder,
    {
      row,
      rows: AARRR_KPI_FIGURES.length,
      columns: [
        { key: 'figure', header: { fr: 'Chiffre de la feuille KPI', en: 'Figure of the KPI sheet' }, style: 'label', cell: ({ index }) => AARRR_KPI_FIGURES[index]?.name[language] ?? null },
        { key: 'stage', header: { fr: 'Étape', en: 'Stage' }, style: 'label', cell: ({ index }) => AARRR_STAGES[AARRR_KPI_FIGURES[index]?.stage ?? 0]?.[language] ?? null },
        {
          key: 'value',
          header: { fr: 'Valeur (total de la feuille KPI)', en: 'Value (KPI sheet’s total)' },
          style: 'computed',
          format: (index) => AARRR_KPI_FIGURES[index]?.format,
          cell: ({ index }) => formulaCell(`IF(${totalRow}="","",IFERROR(${AARRR_KPI_FIGURES[index]?.formula(total) ?? '""'},""))`),
        },
      ],
    },
    language,
  );
}

/** 2. The KPIs: inputs, the value retained, gap, progress and status. */
function addKpis(builder: SheetPlanBuilder, row: number, kpis: readonly AarrrKpi[], rows: number, examples: boolean, figures: TableLayout<FigureKey>, language: Language): TableLayout<KpiKey> {
  const t = (text: LocalizedText): string => text[language];
  const style = inputStyle(examples ? kpis.length : 0);
  const format = (index: number): NumberFormatName | undefined => kpis[index]?.format;
  const number = (key: 'baseline' | 'target' | 'current') => ({ index }: { index: number }) => kpis[index]?.[key] ?? null;
  const linked = (link: string): string => `IFERROR(INDEX(${figures.all('value')},MATCH(${link},${figures.all('figure')},0)),"")`;
  const table = addTable<KpiKey>(
    builder,
    {
      row,
      rows,
      headerHeight: 32,
      columns: [
        { key: 'kpi', header: { fr: 'KPI', en: 'KPI' }, width: 38, style, cell: ({ index }) => kpis[index]?.kpi ?? null },
        { key: 'stage', header: { fr: 'Étape', en: 'Stage' }, width: 15, style, cell: ({ index }) => kpis[index]?.stage ?? null, validation: { rule: { kind: 'list', values: AARRR_STAGES.map(t) }, strict: true } },
        { key: 'direction', header: { fr: 'Sens visé', en: 'Wished direction' }, width: 10, style, cell: ({ index }) => kpis[index]?.direction ?? null, validation: { rule: { kind: 'list', values: [t(UP), t(DOWN)] }, strict: true } },
        { key: 'frequency', header: { fr: 'Fréquence de mesure', en: 'Frequency of measure' }, width: 13, style, cell: ({ index }) => kpis[index]?.frequency ?? null, validation: { rule: { kind: 'list', values: FREQUENCIES.map(t) } } },
        { key: 'baseline', header: { fr: 'Référence', en: 'Baseline' }, width: 11, style, format, cell: number('baseline') },
        { key: 'target', header: { fr: 'Cible', en: 'Target' }, width: 11, style, format, cell: number('target') },
        { key: 'entered', header: { fr: 'Valeur actuelle saisie', en: 'Current value typed' }, width: 11, style, format, cell: number('current') },
        {
          key: 'link',
          header: { fr: 'Chiffre de la feuille KPI', en: 'KPI sheet figure' },
          width: 24,
          style,
          cell: ({ index }) => kpis[index]?.link ?? null,
          validation: { rule: { kind: 'list', values: AARRR_KPI_FIGURES.map((figure) => t(figure.name)) }, strict: true, message: TEXT.link },
        },
        {
          key: 'source',
          header: { fr: 'Source de la valeur', en: 'Source of the value' },
          width: 12,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(AND(${ref('link')}<>"",${linked(ref('link'))}<>""),${quoted(SOURCES.kpi, language)},IF(${ref('entered')}="","",${quoted(SOURCES.typed, language)}))`),
        },
        {
          key: 'current',
          header: { fr: 'Valeur actuelle retenue', en: 'Current value retained' },
          width: 11,
          style: 'computed',
          format,
          cell: ({ ref }) => formulaCell(`IF(${ref('source')}=${quoted(SOURCES.kpi, language)},${linked(ref('link'))},IF(${ref('entered')}="","",${ref('entered')}))`),
        },
        ...resultColumns(format, language),
      ],
    },
    language,
  );
  const fills = { reached: PALETTE.good, onTrack: PALETTE.paleBlue, behind: PALETTE.bad, missing: PALETTE.middle } as const;
  for (const status of ['reached', 'onTrack', 'behind', 'missing'] as const) {
    builder.conditional({ kind: 'formula', range: table.range('status'), formula: `$${table.letter('status')}${table.firstRow}=${quoted(STATUSES[status], language)}`, style: { fill: fills[status], bold: true } });
  }
  return table;
}

/** Gap, progress, status and owner. */
function resultColumns(format: (index: number) => NumberFormatName | undefined, language: Language): Parameters<typeof addTable<KpiKey>>[1]['columns'] {
  const status = (key: keyof typeof STATUSES): string => quoted(STATUSES[key], language);
  return [
    { key: 'gap', header: { fr: 'Écart à la cible', en: 'Gap to target' }, width: 11, style: 'computed', format, cell: ({ ref }) => formulaCell(`IF(OR(${ref('current')}="",${ref('target')}=""),"",${ref('current')}-${ref('target')})`) },
    {
      key: 'progress',
      header: { fr: 'Progression', en: 'Progress' },
      width: 11,
      style: 'computed',
      format: 'percent',
      cell: ({ ref }) =>
        formulaCell(`IF(OR(${ref('current')}="",${ref('target')}="",${ref('baseline')}=""),"",IF(${ref('target')}=${ref('baseline')},"",(${ref('current')}-${ref('baseline')})/(${ref('target')}-${ref('baseline')})))`),
    },
    {
      key: 'status',
      header: { fr: 'Statut', en: 'Status' },
      width: 13,
      style: 'computed',
      cell: ({ ref }) =>
        formulaCell(
          `IF(${ref('kpi')}="","",IF(OR(${ref('current')}="",${ref('target')}=""),${status('missing')},IF(IF(${ref('direction')}=${quoted(DOWN, language)},${ref('current')}<=${ref('target')},${ref('current')}>=${ref('target')}),${status('reached')},IF(${ref('progress')}="",${status('behind')},IF(${ref('progress')}>=${AARRR_NAMES.onTrack},${status('onTrack')},${status('behind')})))))`,
        ),
    },
    { key: 'owner', header: { fr: 'Responsable', en: 'Owner' }, width: 14, style: 'input', cell: () => null },
  ];
}

/** 3. The statuses and the average progress per stage. */
function addSummary(builder: SheetPlanBuilder, row: number, kpis: TableLayout<KpiKey>, language: Language): TableLayout<SummaryKey> {
  const stages = kpis.all('stage');
  const counted = (key: SummaryKey, status: keyof typeof STATUSES) => ({
    key,
    header: STATUSES[status],
    style: 'computed' as const,
    format: 'integer' as const,
    cell: ({ ref }: { ref: (key: SummaryKey) => string }) => formulaCell(`COUNTIFS(${stages},${ref('stage')},${kpis.all('status')},${quoted(STATUSES[status], language)})`),
    total: ({ all }: { all: (key: SummaryKey) => string }) => formulaCell(`SUM(${all(key)})`),
  });
  const progress = kpis.all('progress');
  return addTable<SummaryKey>(
    builder,
    {
      row,
      rows: AARRR_STAGES.length,
      totalRow: true,
      columns: [
        { key: 'stage', header: { fr: 'Étape', en: 'Stage' }, style: 'label', cell: ({ index }) => AARRR_STAGES[index]?.[language] ?? null, total: () => TEXT.total[language] },
        { key: 'count', header: { fr: 'KPI', en: 'KPIs' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${stages},${ref('stage')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        counted('reached', 'reached'),
        counted('onTrack', 'onTrack'),
        counted('behind', 'behind'),
        counted('missing', 'missing'),
        {
          key: 'progress',
          header: { fr: 'Progression moyenne', en: 'Average progress' },
          style: 'computed',
          format: 'percent',
          cell: ({ ref }) => formulaCell(`IF(SUMPRODUCT((${stages}=${ref('stage')})*ISNUMBER(${progress}))=0,"",SUMIF(${stages},${ref('stage')},${progress})/SUMPRODUCT((${stages}=${ref('stage')})*ISNUMBER(${progress})))`),
          total: () => formulaCell(`IF(COUNT(${progress})=0,"",SUM(${progress})/COUNT(${progress}))`),
        },
      ],
    },
    language,
  );
}

/**
 * Builds the AARRR grid.
 * @example buildAarrrPlan({ language: 'fr' }).name // "AARRR"
 */
export function buildAarrrPlan(options: AarrrPlanOptions): SheetPlan {
  return buildAarrr(options).plan;
}
