/**
 * The customer journey map (seed 003, "customer journey mapping"): one row per stage — discovery,
 * consideration, purchase, onboarding, loyalty, advocacy by default, each name editable — with the
 * customer's actions, the touchpoints, the emotion felt scored from −2 to +2, the friction met, the
 * owner (the team list of the summary, see team.ts; built without a summary, the owner is free text),
 * whether the stage is a moment of truth (Oui / Non) and the corrective action. A formula flags every
 * stage with a negative emotion as a point to fix, and a moment of truth with a negative emotion as a
 * priority. The summary line counts the stages, the moments of truth, the points to fix and the
 * priorities, averages the emotion and names the hardest stage (the lowest emotion, the first one on a
 * tie).
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, type TableColumn, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import { PALETTE } from '../theme.js';
import type { SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, quoted, section, startGrid } from './common.js';

/** Key of the customer journey grid. */
export const JOURNEY_PLAN_KEY = 'journey';
/** Layout version of the customer journey grid. */
export const JOURNEY_PLAN_VERSION = 1;

/** The default stages. */
export const JOURNEY_STAGES: readonly LocalizedText[] = [
  { fr: 'Découverte', en: 'Awareness' },
  { fr: 'Considération', en: 'Consideration' },
  { fr: 'Achat', en: 'Purchase' },
  { fr: 'Prise en main', en: 'Onboarding' },
  { fr: 'Fidélisation', en: 'Loyalty' },
  { fr: 'Recommandation', en: 'Advocacy' },
];

const YES: LocalizedText = { fr: 'Oui', en: 'Yes' };
const NO: LocalizedText = { fr: 'Non', en: 'No' };
/** The flags of the stages to fix. */
export const JOURNEY_FLAGS = {
  fix: { fr: 'Point à corriger', en: 'Point to fix' },
  priority: { fr: 'Moment de vérité à corriger', en: 'Moment of truth to fix' },
} as const satisfies Record<string, LocalizedText>;

/** One stage of the journey (null: not filled in). */
export interface JourneyStage {
  readonly stage: string;
  readonly actions: string | null;
  readonly touchpoints: string | null;
  /** −2 to +2. */
  readonly emotion: number | null;
  readonly friction: string | null;
  readonly owner: string | null;
  readonly momentOfTruth: boolean | null;
  readonly remedy: string | null;
}

/** Options of {@link buildJourneyPlan}. */
export interface JourneyPlanOptions {
  readonly language: Language;
  /** The user's stages; absent: the six default stages filled with examples marked as such. */
  readonly stages?: readonly JourneyStage[];
  /** Empty rows for more stages, default 2. */
  readonly emptyRows?: number;
}

type StageKey = 'stage' | 'actions' | 'touchpoints' | 'emotion' | 'friction' | 'owner' | 'momentOfTruth' | 'remedy' | 'flag';
type SummaryKey = 'stages' | 'emotion' | 'moments' | 'toFix' | 'priorities' | 'hardest';

/** Where the journey grid's tables are. */
export interface JourneyLayout {
  readonly stages: TableLayout<StageKey>;
  /** One row: the summary line. */
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'Parcours client', en: 'Customer journey' },
  title: { fr: 'Parcours client : étapes, émotions et points de friction', en: 'Customer journey: stages, emotions and friction' },
  subtitle: {
    fr: 'Une étape par ligne (noms modifiables). Émotion de −2 (très négative) à +2 (très positive) : une émotion négative signale un point à corriger.',
    en: 'One stage per row (names editable). Emotion from −2 (very negative) to +2 (very positive): a negative emotion flags a point to fix.',
  },
  stages: { fr: '1. Étapes du parcours', en: '1. Stages of the journey' },
  summary: { fr: '2. Synthèse', en: '2. Summary' },
  emotion: { fr: 'Une note entière de −2 à +2.', en: 'A whole score from −2 to +2.' },
  answer: { fr: 'Répondez Oui ou Non.', en: 'Answer Yes or No.' },
} satisfies Record<string, LocalizedText>;

type Example = readonly [LocalizedText, LocalizedText, number, LocalizedText | null, LocalizedText, boolean];
const EXAMPLES: readonly Example[] = [
  [{ fr: 'Cherche une solution en ligne', en: 'Looks for a solution online' }, { fr: 'Site web, salon, bouche-à-oreille', en: 'Website, trade fair, word of mouth' }, 1, { fr: 'Offre peu visible en ligne', en: 'Offer hard to find online' }, { fr: 'Marketing', en: 'Marketing' }, false],
  [{ fr: 'Compare trois fournisseurs', en: 'Compares three suppliers' }, { fr: 'Fiches produits, avis, commercial', en: 'Product pages, reviews, sales rep' }, 0, { fr: 'Prix absents du site', en: 'No prices on the website' }, { fr: 'Commercial', en: 'Sales' }, true],
  [{ fr: 'Demande un devis et commande', en: 'Asks for a quote and orders' }, { fr: 'Commercial, devis', en: 'Sales rep, quote' }, -1, { fr: 'Devis envoyé en 5 jours', en: 'Quote sent in 5 days' }, { fr: 'ADV', en: 'Sales admin' }, true],
  [{ fr: 'Reçoit et installe le produit', en: 'Receives and sets up the product' }, { fr: 'Livraison, notice, hotline', en: 'Delivery, manual, hotline' }, -2, { fr: 'Livraison incomplète', en: 'Incomplete delivery' }, { fr: 'Service client', en: 'Customer service' }, true],
  [{ fr: 'Rachète des consommables', en: 'Buys supplies again' }, { fr: 'E-mail, espace client', en: 'E-mail, customer area' }, 1, { fr: 'Relances peu personnalisées', en: 'Generic reminders' }, { fr: 'Marketing', en: 'Marketing' }, false],
  [{ fr: 'Parle de nous à ses pairs', en: 'Tells peers about us' }, { fr: 'Avis en ligne, parrainage', en: 'Online reviews, referral' }, 2, null, { fr: 'Marketing', en: 'Marketing' }, false],
];

/**
 * Builds the customer journey grid and says where its tables are.
 * @param options - language, stages (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildJourney(options: JourneyPlanOptions): { plan: SheetPlan; layout: JourneyLayout } {
  const { language } = options;
  const examples = options.stages === undefined;
  const stages = options.stages ?? EXAMPLES.map((example, index) => exampleStage(example, index, language));
  const rows = Math.max(1, stages.length + Math.max(0, Math.floor(options.emptyRows ?? 2)));
  const width = 9;
  const builder = startGrid({ key: JOURNEY_PLAN_KEY, version: JOURNEY_PLAN_VERSION, ...TEXT }, width, language);
  section(builder, 5, TEXT.stages, width, language);
  const table = addTable<StageKey>(builder, { row: 6, rows, headerHeight: 32, columns: stageColumns(stages, examples ? stages.length : 0, language) }, language);
  validateOwners(builder, [table.range('owner')], language);
  builder.conditional({ kind: 'formula', range: table.range('flag'), formula: `$${table.letter('flag')}${table.firstRow}<>""`, style: { fill: PALETTE.bad, bold: true } });
  const summaryRow = table.lastRow + 2;
  section(builder, summaryRow, TEXT.summary, width, language);
  const summary = addSummary(builder, summaryRow + 1, table, language);
  builder.freeze(0, 1).print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: table.headerRow, last: table.headerRow } });
  return { plan: builder.build(), layout: { stages: table, summary } };
}

function exampleStage([actions, touchpoints, emotion, friction, owner, momentOfTruth]: Example, index: number, language: Language): JourneyStage {
  return {
    stage: JOURNEY_STAGES[index]?.[language] ?? '',
    actions: `${actions[language]}${EXAMPLE_SUFFIX[language]}`,
    touchpoints: touchpoints[language],
    emotion,
    friction: friction?.[language] ?? null,
    owner: owner[language],
    momentOfTruth,
    remedy: null,
  };
}

function stageColumns(stages: readonly JourneyStage[], examples: number, language: Language): TableColumn<StageKey>[] {
  const style = (index: number): StyleName => (index < examples ? 'example' : 'input');
  const text = (key: 'actions' | 'touchpoints' | 'friction' | 'owner', header: LocalizedText, width: number): TableColumn<StageKey> => ({ key, header, width, style, cell: ({ index }) => stages[index]?.[key] ?? null });
  const yes = quoted(YES, language);
  return [
    { key: 'stage', header: { fr: 'Étape', en: 'Stage' }, width: 16, style: 'input', cell: ({ index }) => stages[index]?.stage ?? null },
    text('actions', { fr: 'Actions du client', en: 'Customer actions' }, 32),
    text('touchpoints', { fr: 'Points de contact', en: 'Touchpoints' }, 30),
    {
      key: 'emotion',
      header: { fr: 'Émotion (−2 à +2)', en: 'Emotion (−2 to +2)' },
      width: 10,
      style,
      format: 'integer',
      cell: ({ index }) => stages[index]?.emotion ?? null,
      validation: { rule: { kind: 'wholeNumber', min: -2, max: 2 }, strict: true, message: TEXT.emotion },
    },
    text('friction', { fr: 'Points de friction', en: 'Friction' }, 28),
    text('owner', { fr: 'Responsable', en: 'Owner' }, 16),
    {
      key: 'momentOfTruth',
      header: { fr: 'Moment de vérité ?', en: 'Moment of truth?' },
      width: 11,
      style,
      cell: ({ index }) => {
        const answer = stages[index]?.momentOfTruth;
        return answer === true ? YES[language] : answer === false ? NO[language] : null;
      },
      validation: { rule: { kind: 'list', values: [YES[language], NO[language]] }, strict: true, message: TEXT.answer },
    },
    { key: 'remedy', header: { fr: 'Action corrective', en: 'Corrective action' }, width: 28, style: 'input', cell: ({ index }) => stages[index]?.remedy ?? null },
    {
      key: 'flag',
      header: { fr: 'À traiter', en: 'To fix' },
      width: 28,
      style: 'computed',
      cell: ({ ref }) =>
        formulaCell(
          `IF(NOT(ISNUMBER(${ref('emotion')})),"",IF(${ref('emotion')}<0,IF(${ref('momentOfTruth')}=${yes},${quoted(JOURNEY_FLAGS.priority, language)},${quoted(JOURNEY_FLAGS.fix, language)}),""))`,
        ),
    },
  ];
}

function addSummary(builder: SheetPlanBuilder, row: number, stages: TableLayout<StageKey>, language: Language): TableLayout<SummaryKey> {
  const emotions = stages.all('emotion');
  const flags = stages.all('flag');
  const fix = quoted(JOURNEY_FLAGS.fix, language);
  const priority = quoted(JOURNEY_FLAGS.priority, language);
  const column = (key: SummaryKey, header: LocalizedText, formula: string, format: 'integer' | 'decimal' | undefined): TableColumn<SummaryKey> => ({
    key,
    header,
    style: 'computed',
    ...(format === undefined ? {} : { format }),
    cell: () => formulaCell(formula),
  });
  return addTable<SummaryKey>(
    builder,
    {
      row,
      rows: 1,
      headerHeight: 32,
      columns: [
        column('stages', { fr: 'Étapes', en: 'Stages' }, `COUNTA(${stages.all('stage')})`, 'integer'),
        column('emotion', { fr: 'Émotion moyenne', en: 'Average emotion' }, `IF(COUNT(${emotions})=0,"",AVERAGE(${emotions}))`, 'decimal'),
        column('moments', { fr: 'Moments de vérité', en: 'Moments of truth' }, `COUNTIF(${stages.all('momentOfTruth')},${quoted(YES, language)})`, 'integer'),
        column('toFix', { fr: 'Points à corriger', en: 'Points to fix' }, `COUNTIF(${flags},${fix})+COUNTIF(${flags},${priority})`, 'integer'),
        column('priorities', { fr: 'dont moments de vérité', en: 'of which moments of truth' }, `COUNTIF(${flags},${priority})`, 'integer'),
        column('hardest', { fr: 'Étape la plus difficile', en: 'Hardest stage' }, `IF(COUNT(${emotions})=0,"",INDEX(${stages.all('stage')},MATCH(MIN(${emotions}),${emotions},0)))`, undefined),
      ],
    },
    language,
  );
}

/** Builds the customer journey grid. */
export function buildJourneyPlan(options: JourneyPlanOptions): SheetPlan {
  return buildJourney(options).plan;
}
