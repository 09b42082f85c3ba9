/**
 * The SWOT grid (seeds 002 §1.2.2 and 003, "Analyse SWOT"): strengths, weaknesses, opportunities and
 * threats, one item per row with its evidence (facts, not impressions), a weight from 1 to 5 and the
 * audit section that supports it (a list of the checklist's section titles; another source is
 * accepted with a warning). Each item gets a code by formula (S1, W1, O1, T1 … in the order of the
 * rows). The weights are summed per quadrant; the internal balance (strengths − weaknesses) and the
 * external balance (opportunities − threats) give the strategic posture by formula: SO offensive
 * (both ≥ 0), ST defensive, WO reorientation, WT survival. The crossed strategies (SO, ST, WO, WT) are
 * written by the consultant, each tied to the internal and the external item it combines (by their
 * codes); their priority is the sum of the two weights, and a check says when the items do not fit
 * the strategy's type.
 */
import { AUDIT_SECTIONS } from '../../audit/checklist.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellRange } from '../a1.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, tableLayout, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan } from '../types.js';
import { EXAMPLE_SUFFIX, inputStyle, quoted, section, startGrid } from './common.js';

/** Key of the SWOT grid. */
export const SWOT_PLAN_KEY = 'swot';
/** Layout version of the SWOT grid. */
export const SWOT_PLAN_VERSION = 1;

/** The four quadrants, in the grid's order. */
export type SwotQuadrant = 'strength' | 'weakness' | 'opportunity' | 'threat';
const QUADRANTS: readonly SwotQuadrant[] = ['strength', 'weakness', 'opportunity', 'threat'];

/** The quadrants' names, their code letters and whether they are internal. */
export const SWOT_QUADRANTS: Readonly<Record<SwotQuadrant, { readonly name: LocalizedText; readonly letter: string; readonly internal: boolean }>> = {
  strength: { name: { fr: 'Force', en: 'Strength' }, letter: 'S', internal: true },
  weakness: { name: { fr: 'Faiblesse', en: 'Weakness' }, letter: 'W', internal: true },
  opportunity: { name: { fr: 'Opportunité', en: 'Opportunity' }, letter: 'O', internal: false },
  threat: { name: { fr: 'Menace', en: 'Threat' }, letter: 'T', internal: false },
};

/** The crossed strategies' types and the posture each names. */
export const SWOT_STRATEGIES: Readonly<Record<'SO' | 'ST' | 'WO' | 'WT', LocalizedText>> = {
  SO: { fr: 'SO : offensive, s’appuyer sur les forces pour saisir les opportunités', en: 'SO: offensive, use the strengths to seize the opportunities' },
  ST: { fr: 'ST : défensive, utiliser les forces pour parer les menaces', en: 'ST: defensive, use the strengths to counter the threats' },
  WO: { fr: 'WO : réorientation, corriger les faiblesses pour saisir les opportunités', en: 'WO: reorientation, fix the weaknesses to seize the opportunities' },
  WT: { fr: 'WT : survie, réduire les faiblesses et se protéger des menaces', en: 'WT: survival, reduce the weaknesses and guard against the threats' },
};
const TYPES = ['SO', 'ST', 'WO', 'WT'] as const;

/** One item of the grid. */
export interface SwotItem {
  readonly quadrant: string;
  readonly item: string;
  readonly evidence?: string | null;
  readonly weight: number | null;
  /** Title of the audit section that supports it. */
  readonly section?: string | null;
}

/** One crossed strategy: its type (SO, ST, WO, WT) and the codes of the items it combines. */
export interface SwotStrategy {
  readonly type: string;
  readonly strategy: string;
  readonly internal: string | null;
  readonly external: string | null;
}

/** Options of {@link buildSwotPlan}. */
export interface SwotPlanOptions {
  readonly language: Language;
  /** The user's items; when absent, example items (and strategies) marked as such. */
  readonly items?: readonly SwotItem[];
  readonly strategies?: readonly SwotStrategy[];
  /** Empty rows left for more items, default 12 (for more strategies: 8). */
  readonly emptyRows?: number;
}

type ItemKey = 'code' | 'quadrant' | 'item' | 'evidence' | 'weight' | 'section';
type SummaryKey = 'quadrant' | 'nature' | 'count' | 'weight' | 'average';
type BalanceKey = 'label' | 'value';
type StrategyKey = 'code' | 'type' | 'strategy' | 'items' | 'internal' | 'external' | 'priority' | 'check';

/** Where the SWOT grid's tables are. */
export interface SwotLayout {
  readonly items: TableLayout<ItemKey>;
  readonly summary: TableLayout<SummaryKey>;
  /** Rows: internal balance, external balance, posture. */
  readonly balance: TableLayout<BalanceKey>;
  readonly strategies: TableLayout<StrategyKey>;
}

const TEXT = {
  name: { fr: 'SWOT', en: 'SWOT' },
  title: { fr: 'SWOT : forces, faiblesses, opportunités, menaces', en: 'SWOT: strengths, weaknesses, opportunities, threats' },
  subtitle: {
    fr: 'Un élément par ligne avec sa preuve et son poids (1 à 5) ; les totaux, la position stratégique et les codes des éléments se calculent seuls.',
    en: 'One item per row with its evidence and weight (1 to 5); the totals, the strategic posture and the items’ codes compute themselves.',
  },
  items: { fr: '1. Éléments du diagnostic (S force, W faiblesse, O opportunité, T menace)', en: '1. Items of the diagnosis (S strength, W weakness, O opportunity, T threat)' },
  summary: { fr: '2. Synthèse pondérée par quadrant', en: '2. Weighted summary per quadrant' },
  strategies: { fr: '3. Stratégies croisées : chaque stratégie combine un élément interne (S ou W) et un élément externe (O ou T)', en: '3. Crossed strategies: each combines an internal item (S or W) and an external one (O or T)' },
  internal: { fr: 'Interne', en: 'Internal' },
  external: { fr: 'Externe', en: 'External' },
  total: { fr: 'Total', en: 'Total' },
  internalBalance: { fr: 'Solde interne (forces − faiblesses)', en: 'Internal balance (strengths − weaknesses)' },
  externalBalance: { fr: 'Solde externe (opportunités − menaces)', en: 'External balance (opportunities − threats)' },
  posture: { fr: 'Position stratégique', en: 'Strategic posture' },
  chart: { fr: 'Poids total par quadrant', en: 'Total weight per quadrant' },
  weight: { fr: 'Un poids entier de 1 (faible) à 5 (majeur).', en: 'A whole weight from 1 (minor) to 5 (major).' },
  section: { fr: 'Une section de la grille d’audit ; une autre source est acceptée.', en: 'A section of the audit grid; another source is accepted.' },
  code: { fr: 'Le code d’un élément de la section 1 (colonne Code).', en: 'The code of an item of section 1 (column Code).' },
  choose: { fr: 'Éléments à choisir', en: 'Items to choose' },
  coherent: { fr: 'Cohérent', en: 'Consistent' },
  review: { fr: 'À revoir : une stratégie ', en: 'To review: a strategy ' },
  crosses: { fr: ' croise un élément ', en: ' crosses an item ' },
  and: { fr: ' et un élément ', en: ' and an item ' },
} satisfies Record<string, LocalizedText>;

/** Audit section of each example, by index in AUDIT_SECTIONS (null: none). */
const EXAMPLE_ITEMS: readonly [SwotQuadrant, LocalizedText, LocalizedText, number, number | null][] = [
  ['strength', { fr: 'Portefeuille de clients fidèles', en: 'Base of loyal customers' }, { fr: '72 % du CA avec des clients de plus de 3 ans', en: '72% of revenue from customers of more than 3 years' }, 5, 7],
  ['strength', { fr: 'Équipe commerciale expérimentée', en: 'Experienced sales team' }, { fr: 'Ancienneté moyenne de 12 ans', en: 'Average tenure of 12 years' }, 4, 0],
  ['weakness', { fr: 'Leads suivis hors CRM', en: 'Leads tracked outside a CRM' }, { fr: 'Tableurs individuels, 30 % des leads sans relance', en: 'Personal spreadsheets, 30% of leads never followed up' }, 4, 6],
  ['weakness', { fr: 'Marketing digital peu développé', en: 'Little digital marketing' }, { fr: 'Site sans formulaire de contact, 2 publications par mois', en: 'Site without a contact form, 2 posts a month' }, 3, 2],
  ['opportunity', { fr: 'Demande croissante d’achats locaux', en: 'Growing demand for local purchases' }, { fr: 'Appels d’offres publics avec un critère local', en: 'Public tenders with a local criterion' }, 4, 4],
  ['opportunity', { fr: 'Concurrent régional en difficulté', en: 'Regional competitor in trouble' }, { fr: 'Redressement judiciaire annoncé en mars', en: 'Receivership announced in March' }, 3, 1],
  ['threat', { fr: 'Plateforme en ligne à bas prix', en: 'Low-price online platform' }, { fr: 'Prix 15 % inférieurs sur l’entrée de gamme', en: 'Prices 15% lower on the entry range' }, 5, 2],
  ['threat', { fr: 'Hausse du coût des matières premières', en: 'Rising cost of raw materials' }, { fr: '+8 % sur un an', en: '+8% over a year' }, 2, null],
];

const EXAMPLE_STRATEGIES: readonly [(typeof TYPES)[number], LocalizedText, string, string][] = [
  ['SO', { fr: 'Répondre aux appels d’offres locaux avec les références des clients fidèles', en: 'Answer the local tenders with the loyal customers as references' }, 'S1', 'O1'],
  ['ST', { fr: 'Vendre le conseil de l’équipe face à la plateforme à bas prix', en: 'Sell the team’s advice against the low-price platform' }, 'S2', 'T1'],
  ['WO', { fr: 'Équiper l’équipe d’un CRM pour reprendre les clients du concurrent', en: 'Give the team a CRM to win the competitor’s customers' }, 'W1', 'O2'],
  ['WT', { fr: 'Ouvrir le devis en ligne pour contrer la plateforme', en: 'Offer online quotes to counter the platform' }, 'W2', 'T1'],
];

const FILLS: Readonly<Record<SwotQuadrant, string>> = { strength: PALETTE.good, weakness: PALETTE.bad, opportunity: PALETTE.paleBlue, threat: PALETTE.middle };

function exampleItems(language: Language): SwotItem[] {
  return EXAMPLE_ITEMS.map(([quadrant, item, evidence, weight, at]) => ({
    quadrant: SWOT_QUADRANTS[quadrant].name[language],
    item: `${item[language]}${EXAMPLE_SUFFIX[language]}`,
    evidence: evidence[language],
    weight,
    section: at === null ? null : (AUDIT_SECTIONS[at]?.title[language] ?? null),
  }));
}

function exampleStrategies(language: Language): SwotStrategy[] {
  return EXAMPLE_STRATEGIES.map(([type, strategy, internal, external]) => ({ type, strategy: `${strategy[language]}${EXAMPLE_SUFFIX[language]}`, internal, external }));
}

/**
 * Builds the SWOT grid and says where its tables are.
 * @param options - language, items and strategies (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildSwot(options: SwotPlanOptions): { plan: SheetPlan; layout: SwotLayout } {
  const { language } = options;
  const examples = options.items === undefined;
  const items = options.items ?? exampleItems(language);
  const strategies = options.strategies ?? (examples ? exampleStrategies(language) : []);
  const empty = Math.max(0, Math.floor(options.emptyRows ?? 12));
  const width = 8;
  const builder = startGrid({ key: SWOT_PLAN_KEY, version: SWOT_PLAN_VERSION, ...TEXT }, width, language);
  section(builder, 5, TEXT.items, width, language);
  const table = addItems(builder, items, Math.max(1, items.length + empty), examples, language);
  const summaryRow = table.lastRow + 2;
  section(builder, summaryRow, TEXT.summary, width, language);
  const summary = addSummary(builder, summaryRow + 1, table, language);
  const balance = addBalance(builder, (summary.totalRow ?? summaryRow) + 2, summary, language);
  builder.chart({
    kind: 'bar',
    title: TEXT.chart[language],
    categories: summary.range('quadrant'),
    series: [{ name: TEXT.chart[language], values: summary.range('weight') }],
    anchor: cellRange(summaryRow, 7, balance.lastRow - summaryRow + 1, 4),
    valueFormat: 'integer',
  });
  const strategiesRow = balance.lastRow + 2;
  section(builder, strategiesRow, TEXT.strategies, width, language);
  const crossed = addStrategies(builder, strategiesRow + 1, strategies, Math.max(1, strategies.length + Math.max(0, Math.floor((empty * 2) / 3))), examples, table, language);
  builder
    .freeze(0, 2)
    .keep(summaryRow, balance.lastRow)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { items: table, summary, balance, strategies: crossed } };
}

/** 1. The items, each with its code by formula. */
function addItems(builder: SheetPlanBuilder, items: readonly SwotItem[], rows: number, examples: boolean, language: Language): TableLayout<ItemKey> {
  const t = (text: LocalizedText): string => text[language];
  const style = inputStyle(examples ? items.length : 0);
  const name = (q: SwotQuadrant): string => quoted(SWOT_QUADRANTS[q].name, language);
  const table = addTable<ItemKey>(
    builder,
    {
      row: 6,
      rows,
      columns: [
        {
          key: 'code',
          header: { fr: 'Code', en: 'Code' },
          width: 8,
          style: 'computed',
          cell: ({ ref, letter, row, index }) =>
            formulaCell(
              `IF(${ref('quadrant')}="","",IF(${ref('quadrant')}=${name('strength')},"S",IF(${ref('quadrant')}=${name('weakness')},"W",IF(${ref('quadrant')}=${name('opportunity')},"O","T")))&COUNTIF($${letter('quadrant')}$${row - index}:${ref('quadrant')},${ref('quadrant')}))`,
            ),
        },
        {
          key: 'quadrant',
          header: { fr: 'Quadrant', en: 'Quadrant' },
          width: 14,
          style,
          cell: ({ index }) => items[index]?.quadrant ?? null,
          validation: { rule: { kind: 'list', values: QUADRANTS.map((q) => t(SWOT_QUADRANTS[q].name)) }, strict: true },
        },
        { key: 'item', header: { fr: 'Élément', en: 'Item' }, width: 40, style, cell: ({ index }) => items[index]?.item ?? null },
        { key: 'evidence', header: { fr: 'Preuve (fait, chiffre, source)', en: 'Evidence (fact, figure, source)' }, width: 36, style, cell: ({ index }) => items[index]?.evidence ?? null },
        {
          key: 'weight',
          header: { fr: 'Poids (1–5)', en: 'Weight (1–5)' },
          width: 10,
          style,
          format: 'integer',
          cell: ({ index }) => items[index]?.weight ?? null,
          validation: { rule: { kind: 'wholeNumber', min: 1, max: 5 }, strict: true, message: TEXT.weight },
        },
        {
          key: 'section',
          header: { fr: 'Section d’audit qui l’étaye', en: 'Audit section that supports it' },
          width: 32,
          style,
          cell: ({ index }) => items[index]?.section ?? null,
          validation: { rule: { kind: 'list', values: AUDIT_SECTIONS.map((s) => t(s.title)) }, strict: false, message: TEXT.section },
        },
      ],
    },
    language,
  );
  for (const q of QUADRANTS) {
    builder.conditional({ kind: 'formula', range: cellRange(table.firstRow, table.column('code'), rows, 2), formula: `$${table.letter('quadrant')}${table.firstRow}=${name(q)}`, style: { fill: FILLS[q], bold: true } });
  }
  return table;
}

/** 2. Items, total weight and average weight per quadrant. */
function addSummary(builder: SheetPlanBuilder, row: number, items: TableLayout<ItemKey>, language: Language): TableLayout<SummaryKey> {
  const t = (text: LocalizedText): string => text[language];
  return addTable<SummaryKey>(
    builder,
    {
      row,
      column: 2,
      rows: QUADRANTS.length,
      totalRow: true,
      columns: [
        { key: 'quadrant', header: { fr: 'Quadrant', en: 'Quadrant' }, style: 'label', cell: ({ index }) => t(SWOT_QUADRANTS[QUADRANTS[index] ?? 'threat'].name), total: () => t(TEXT.total) },
        { key: 'nature', header: { fr: 'Nature', en: 'Nature' }, style: 'label', cell: ({ index }) => t(SWOT_QUADRANTS[QUADRANTS[index] ?? 'threat'].internal ? TEXT.internal : TEXT.external) },
        { key: 'count', header: { fr: 'Éléments', en: 'Items' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${items.all('quadrant')},${ref('quadrant')})`), total: ({ all }) => formulaCell(`SUM(${all('count')})`) },
        {
          key: 'weight',
          header: { fr: 'Poids total', en: 'Total weight' },
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`SUMIF(${items.all('quadrant')},${ref('quadrant')},${items.all('weight')})`),
          total: ({ all }) => formulaCell(`SUM(${all('weight')})`),
        },
        {
          key: 'average',
          header: { fr: 'Poids moyen', en: 'Average weight' },
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(${ref('count')}=0,"",${ref('weight')}/${ref('count')})`),
          total: ({ ref }) => formulaCell(`IF(${ref('count')}=0,"",${ref('weight')}/${ref('count')})`),
        },
      ],
    },
    language,
  );
}

/** The two balances and the posture they give. */
function addBalance(builder: SheetPlanBuilder, row: number, summary: TableLayout<SummaryKey>, language: Language): TableLayout<BalanceKey> {
  const weight = (q: SwotQuadrant): string => summary.address('weight', QUADRANTS.indexOf(q), true);
  const at = tableLayout<BalanceKey>({ row, column: 3, rows: 3, noHeader: true, columns: [{ key: 'label' }, { key: 'value' }] });
  const inside = at.address('value', 0, true);
  const outside = at.address('value', 1, true);
  const posture = (key: keyof typeof SWOT_STRATEGIES): string => quoted(SWOT_STRATEGIES[key], language);
  const formulas = [
    `${weight('strength')}-${weight('weakness')}`,
    `${weight('opportunity')}-${weight('threat')}`,
    `IF(${summary.totalAddress('count', true)}=0,"",IF(${inside}>=0,IF(${outside}>=0,${posture('SO')},${posture('ST')}),IF(${outside}>=0,${posture('WO')},${posture('WT')})))`,
  ];
  const labels = [TEXT.internalBalance, TEXT.externalBalance, TEXT.posture];
  const table = addTable<BalanceKey>(
    builder,
    {
      row,
      column: 3,
      rows: 3,
      noHeader: true,
      columns: [
        { key: 'label', header: null, style: 'label', cell: ({ index }) => labels[index]?.[language] ?? null },
        { key: 'value', header: null, style: 'computed', format: (index) => (index < 2 ? 'integer' : undefined), cell: ({ index }) => formulaCell(formulas[index] ?? '""') },
      ],
    },
    language,
  );
  builder.merge(cellRange(table.firstRow + 2, table.column('value'), 1, 3));
  return table;
}

/** 3. The crossed strategies, tied to the items they combine by the items' codes. */
function addStrategies(builder: SheetPlanBuilder, row: number, strategies: readonly SwotStrategy[], rows: number, examples: boolean, items: TableLayout<ItemKey>, language: Language): TableLayout<StrategyKey> {
  const style = inputStyle(examples ? strategies.length : 0);
  const label = (code: string): string => `IFERROR(INDEX(${items.all('item')},MATCH(${code},${items.all('code')},0)),"?")`;
  const codes = { rule: { kind: 'listFromRange' as const, source: items.all('code') }, strict: false, message: TEXT.code };
  return addTable<StrategyKey>(
    builder,
    {
      row,
      rows,
      columns: [
        { key: 'code', header: { fr: 'Code', en: 'Code' }, style: 'computed', cell: ({ ref, letter, row: at, index }) => formulaCell(`IF(${ref('type')}="","",${ref('type')}&COUNTIF($${letter('type')}$${at - index}:${ref('type')},${ref('type')}))`) },
        { key: 'type', header: { fr: 'Type', en: 'Type' }, style, cell: ({ index }) => strategies[index]?.type ?? null, validation: { rule: { kind: 'list', values: [...TYPES] }, strict: true } },
        { key: 'strategy', header: { fr: 'Stratégie', en: 'Strategy' }, style, cell: ({ index }) => strategies[index]?.strategy ?? null },
        {
          key: 'items',
          header: { fr: 'Éléments combinés', en: 'Items combined' },
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(AND(${ref('internal')}="",${ref('external')}=""),"",${label(ref('internal'))}&" × "&${label(ref('external'))})`),
        },
        { key: 'internal', header: { fr: 'Élément interne (S ou W)', en: 'Internal item (S or W)' }, style, cell: ({ index }) => strategies[index]?.internal ?? null, validation: codes },
        { key: 'external', header: { fr: 'Élément externe (O ou T)', en: 'External item (O or T)' }, style, cell: ({ index }) => strategies[index]?.external ?? null, validation: codes },
        {
          key: 'priority',
          header: { fr: 'Priorité (somme des poids)', en: 'Priority (sum of the weights)' },
          width: 14,
          style: 'computed',
          format: 'integer',
          cell: ({ ref }) => formulaCell(`IF(${ref('type')}="","",SUMIF(${items.all('code')},${ref('internal')},${items.all('weight')})+SUMIF(${items.all('code')},${ref('external')},${items.all('weight')}))`),
        },
        {
          key: 'check',
          header: { fr: 'Contrôle', en: 'Check' },
          width: 30,
          style: 'computed',
          cell: ({ ref }) =>
            formulaCell(
              `IF(${ref('type')}="","",IF(OR(${ref('internal')}="",${ref('external')}=""),${quoted(TEXT.choose, language)},IF(AND(LEFT(${ref('internal')},1)=LEFT(${ref('type')},1),LEFT(${ref('external')},1)=RIGHT(${ref('type')},1),COUNTIF(${items.all('code')},${ref('internal')})>0,COUNTIF(${items.all('code')},${ref('external')})>0),${quoted(TEXT.coherent, language)},${quoted(TEXT.review, language)}&${ref('type')}&${quoted(TEXT.crosses, language)}&LEFT(${ref('type')},1)&${quoted(TEXT.and, language)}&RIGHT(${ref('type')},1))))`,
            ),
        },
      ],
    },
    language,
  );
}

/**
 * Builds the SWOT grid.
 * @example buildSwotPlan({ language: 'fr' }).name // "SWOT"
 */
export function buildSwotPlan(options: SwotPlanOptions): SheetPlan {
  return buildSwot(options).plan;
}

