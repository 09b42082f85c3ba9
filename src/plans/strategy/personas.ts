/**
 * The persona cards (seed 003, "buyer personas"; seed 002, 2.1.2 and 3.1.2): one card per row with the
 * dimensions of a complete persona — profile, goals and challenges, buying process, channels,
 * objections, influence factors — and the RFM segment or ABC class it describes, chosen from a list
 * (the eleven segment names of the RFM sheets, then Classe A, B, C). The completeness of a card is the
 * share of its eight fields filled in (name and segment included), by formula; the recommended action
 * of its segment is read from the reference table below. A summary counts the cards, the complete ones,
 * those without a segment, and averages the completeness. Built without cards, three examples marked
 * as such.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { SEGMENTS } from '../../metrics/rfm/segments.js';
import { rowHeightFor } from '../row-height.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, tableLayout, type TableColumn, type TableLayout } from '../table.js';
import type { SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, section, startGrid } from './common.js';

/** Key of the personas grid. */
export const PERSONAS_PLAN_KEY = 'personas';
/** Layout version of the personas grid. */
export const PERSONAS_PLAN_VERSION = 1;

/** The ABC classes as the segment list offers them. */
const ABC_CLASSES: readonly { readonly name: LocalizedText; readonly description: LocalizedText; readonly action: LocalizedText }[] = [
  {
    name: { fr: 'Classe A', en: 'Class A' },
    description: { fr: 'Les clients qui font l’essentiel du chiffre d’affaires (analyse ABC).', en: 'The customers who make most of the revenue (ABC analysis).' },
    action: { fr: 'Suivi personnalisé, visites fréquentes, offres dédiées.', en: 'Personal follow-up, frequent visits, dedicated offers.' },
  },
  {
    name: { fr: 'Classe B', en: 'Class B' },
    description: { fr: 'Les clients intermédiaires (analyse ABC).', en: 'The middle customers (ABC analysis).' },
    action: { fr: 'Développer les ventes pour les faire passer en A.', en: 'Grow their sales to move them up to A.' },
  },
  {
    name: { fr: 'Classe C', en: 'Class C' },
    description: { fr: 'Les nombreux petits clients (analyse ABC).', en: 'The many small customers (ABC analysis).' },
    action: { fr: 'Relation à distance, coût de service réduit.', en: 'Remote relationship, low cost to serve.' },
  },
];

/** The segment list of a persona: the RFM segments, then the ABC classes, in one language. */
export function personaSegments(language: Language): string[] {
  return [...SEGMENTS.map((segment) => segment.name[language]), ...ABC_CLASSES.map((abc) => abc.name[language])];
}

/** One persona card (null: not filled in). */
export interface Persona {
  readonly name: string;
  readonly segment: string | null;
  readonly profile: string | null;
  readonly goals: string | null;
  readonly buying: string | null;
  readonly channels: string | null;
  readonly objections: string | null;
  readonly influence: string | null;
}

/** Options of {@link buildPersonasPlan}. */
export interface PersonasPlanOptions {
  readonly language: Language;
  /** The user's cards; absent: three examples marked as such. */
  readonly personas?: readonly Persona[];
  /** Empty rows for more cards, default 5. */
  readonly emptyRows?: number;
}

/** Height of a card's row in points: three lines of wrapped text. */
const CARD_HEIGHT = 48;

/** The card's fields the completeness counts, in column order. */
const FIELDS = ['name', 'segment', 'profile', 'goals', 'buying', 'channels', 'objections', 'influence'] as const;
type CardKey = (typeof FIELDS)[number] | 'completeness' | 'action';
type SummaryKey = 'label' | 'value';
type SegmentKey = 'segment' | 'description' | 'action' | 'cards';

/** Where the personas grid's tables are. */
export interface PersonasLayout {
  readonly cards: TableLayout<CardKey>;
  readonly summary: TableLayout<SummaryKey>;
  readonly segments: TableLayout<SegmentKey>;
}

const TEXT = {
  name: { fr: 'Personas', en: 'Personas' },
  title: { fr: 'Personas : fiches des clients types', en: 'Personas: cards of the typical customers' },
  subtitle: {
    fr: 'Une fiche par ligne, reliée au segment RFM ou à la classe ABC qu’elle décrit. La complétude se calcule seule (champs remplis ÷ 8).',
    en: 'One card per row, linked to the RFM segment or ABC class it describes. The completeness computes itself (fields filled ÷ 8).',
  },
  cards: { fr: '1. Fiches personas', en: '1. Persona cards' },
  summary: { fr: '2. Synthèse', en: '2. Summary' },
  segments: { fr: '3. Segments RFM et classes ABC (repère)', en: '3. RFM segments and ABC classes (reference)' },
  segment: { fr: 'Choisissez un segment RFM ou une classe ABC de la liste.', en: 'Pick an RFM segment or an ABC class from the list.' },
} satisfies Record<string, LocalizedText>;

const HEADERS: Readonly<Record<(typeof FIELDS)[number], LocalizedText>> = {
  name: { fr: 'Persona (prénom, fonction)', en: 'Persona (first name, role)' },
  segment: { fr: 'Segment RFM ou classe ABC', en: 'RFM segment or ABC class' },
  profile: { fr: 'Profil (démographique, professionnel)', en: 'Profile (demographic, professional)' },
  goals: { fr: 'Objectifs et défis', en: 'Goals and challenges' },
  buying: { fr: 'Processus d’achat', en: 'Buying process' },
  channels: { fr: 'Canaux d’information', en: 'Information channels' },
  objections: { fr: 'Objections courantes', en: 'Common objections' },
  influence: { fr: 'Facteurs d’influence', en: 'Influence factors' },
};

type ExampleCard = Readonly<Record<(typeof FIELDS)[number], LocalizedText | null>>;
/** Three cards: the first complete, the second without influence factors, the third without objections nor influence factors. */
const EXAMPLES: readonly ExampleCard[] = [
  {
    name: { fr: 'Sophie, gérante de TPE', en: 'Sophie, small-business owner' },
    segment: SEGMENTS[0]?.name ?? null,
    profile: { fr: '45 ans, 12 salariés, bâtiment', en: '45, 12 employees, building trade' },
    goals: { fr: 'Gagner du temps, fiabiliser ses achats', en: 'Save time, buy from reliable suppliers' },
    buying: { fr: 'Deux ou trois devis, décide seule', en: 'Two or three quotes, decides alone' },
    channels: { fr: 'Salons, bouche-à-oreille, LinkedIn', en: 'Trade fairs, word of mouth, LinkedIn' },
    objections: { fr: '« Trop cher », « pas le temps »', en: '“Too expensive”, “no time”' },
    influence: { fr: 'Avis des pairs, expert-comptable', en: 'Peers’ opinion, accountant' },
  },
  {
    name: { fr: 'Marc, acheteur en PME industrielle', en: 'Marc, buyer in a manufacturing SME' },
    segment: ABC_CLASSES[0]?.name ?? null,
    profile: { fr: '38 ans, service achats de 3 personnes', en: '38, purchasing team of 3' },
    goals: { fr: 'Réduire les coûts, sécuriser les délais', en: 'Cut costs, secure lead times' },
    buying: { fr: 'Appel d’offres annuel, comité d’achat', en: 'Yearly tender, buying committee' },
    channels: { fr: 'Sites spécialisés, commerciaux', en: 'Trade websites, sales reps' },
    objections: { fr: '« Notre fournisseur actuel suffit »', en: '“Our current supplier is enough”' },
    influence: null,
  },
  {
    name: { fr: 'Julie, cliente particulière', en: 'Julie, private customer' },
    segment: SEGMENTS[3]?.name ?? null,
    profile: { fr: '31 ans, urbaine, achète en ligne', en: '31, city dweller, buys online' },
    goals: { fr: 'Un produit durable au juste prix', en: 'A lasting product at a fair price' },
    buying: { fr: 'Compare en ligne, achète sur mobile', en: 'Compares online, buys on mobile' },
    channels: { fr: 'Instagram, avis clients, e-mail', en: 'Instagram, customer reviews, e-mail' },
    objections: null,
    influence: null,
  },
];

/**
 * Builds the personas grid and says where its tables are.
 * @param options - language, cards (or the examples), empty rows
 * @returns the plan and its layout
 */
export function buildPersonas(options: PersonasPlanOptions): { plan: SheetPlan; layout: PersonasLayout } {
  const { language } = options;
  const examples = options.personas === undefined;
  const personas = options.personas ?? EXAMPLES.map((card) => exampleCard(card, language));
  const rows = Math.max(1, personas.length + Math.max(0, Math.floor(options.emptyRows ?? 5)));
  const width = FIELDS.length + 2;
  const builder = startGrid({ key: PERSONAS_PLAN_KEY, version: PERSONAS_PLAN_VERSION, ...TEXT }, width, language);
  const summaryRow = 6 + rows + 2;
  const segmentsRow = summaryRow + 1 + 4 + 2;
  const segmentsAt = tableLayout({ row: segmentsRow + 1, rows: SEGMENTS.length + ABC_CLASSES.length, columns: [{ key: 'segment' }, { key: 'description' }, { key: 'action' }, { key: 'cards' }] });
  section(builder, 5, TEXT.cards, width, language);
  const cards = addTable<CardKey>(builder, { row: 6, rows, columns: cardColumns(personas, examples ? personas.length : 0, segmentsAt, language) }, language);
  // Three lines per card: Excel keeps the default height of a row whatever its wrapped text.
  for (let row = cards.firstRow; row <= cards.lastRow; row++) builder.height(row, CARD_HEIGHT);
  section(builder, summaryRow, TEXT.summary, width, language);
  const summary = addSummary(builder, summaryRow + 1, cards, language);
  section(builder, segmentsRow, TEXT.segments, width, language);
  const segments = addSegments(builder, segmentsRow + 1, cards, language);
  builder
    .freeze(0, 1)
    .keep(summaryRow, summaryRow + 5)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: cards.headerRow, last: cards.headerRow } });
  return { plan: builder.build(), layout: { cards, summary, segments } };
}

function exampleCard(card: ExampleCard, language: Language): Persona {
  const t = (text: LocalizedText | null): string | null => (text === null ? null : text[language]);
  return {
    name: `${card.name?.[language] ?? ''}${EXAMPLE_SUFFIX[language]}`,
    segment: t(card.segment),
    profile: t(card.profile),
    goals: t(card.goals),
    buying: t(card.buying),
    channels: t(card.channels),
    objections: t(card.objections),
    influence: t(card.influence),
  };
}

function columnWidth(key: (typeof FIELDS)[number]): number {
  return key === 'segment' ? 22 : 30;
}

function cardColumns(personas: readonly Persona[], examples: number, segmentsAt: TableLayout<SegmentKey>, language: Language): TableColumn<CardKey>[] {
  const style = (index: number): StyleName => (index < examples ? 'exampleText' : 'inputText');
  const field = (key: (typeof FIELDS)[number]): TableColumn<CardKey> => ({
    key,
    header: HEADERS[key],
    width: columnWidth(key),
    style: key === 'segment' || key === 'name' ? (index) => (index < examples ? 'example' : 'input') : style,
    cell: ({ index }) => personas[index]?.[key] ?? null,
    ...(key === 'segment' ? { validation: { rule: { kind: 'list' as const, values: personaSegments(language) }, message: TEXT.segment } } : {}),
  });
  const first = 'name';
  const last = 'influence';
  return [
    ...FIELDS.map(field),
    {
      key: 'completeness',
      header: { fr: 'Complétude', en: 'Completeness' },
      width: 14,
      style: 'computed',
      format: 'percent',
      cell: ({ ref }) => formulaCell(`IF(COUNTA(${ref(first)}:${ref(last)})=0,"",COUNTA(${ref(first)}:${ref(last)})/${FIELDS.length})`),
    },
    {
      key: 'action',
      header: { fr: 'Action recommandée pour le segment', en: 'Recommended action for the segment' },
      width: 46,
      style: 'paragraph',
      cell: ({ ref }) => formulaCell(`IF(${ref('segment')}="","",IFERROR(INDEX(${segmentsAt.all('action')},MATCH(${ref('segment')},${segmentsAt.all('segment')},0)),""))`),
    },
  ];
}

function addSummary(builder: SheetPlanBuilder, row: number, cards: TableLayout<CardKey>, language: Language): TableLayout<SummaryKey> {
  const lines: readonly [LocalizedText, string, 'integer' | 'percent'][] = [
    [{ fr: 'Fiches', en: 'Cards' }, `COUNTA(${cards.all('name')})`, 'integer'],
    [{ fr: 'Fiches complètes (100 %)', en: 'Complete cards (100%)' }, `COUNTIF(${cards.all('completeness')},">=1")`, 'integer'],
    [{ fr: 'Fiches sans segment', en: 'Cards without a segment' }, `COUNTIFS(${cards.all('name')},"<>",${cards.all('segment')},"")`, 'integer'],
    [{ fr: 'Complétude moyenne', en: 'Average completeness' }, `IF(COUNT(${cards.all('completeness')})=0,"",AVERAGE(${cards.all('completeness')}))`, 'percent'],
  ];
  return addTable<SummaryKey>(
    builder,
    {
      row,
      rows: lines.length,
      columns: [
        { key: 'label', header: { fr: 'Indicateur', en: 'Indicator' }, style: 'label', cell: ({ index }) => lines[index]?.[0][language] ?? null },
        { key: 'value', header: { fr: 'Valeur', en: 'Value' }, style: 'computed', format: (index) => lines[index]?.[2], cell: ({ index }) => formulaCell(lines[index]?.[1] ?? '0') },
      ],
    },
    language,
  );
}

function addSegments(builder: SheetPlanBuilder, row: number, cards: TableLayout<CardKey>, language: Language): TableLayout<SegmentKey> {
  const entries = [...SEGMENTS, ...ABC_CLASSES];
  const layout = addTable<SegmentKey>(
    builder,
    {
      row,
      rows: entries.length,
      columns: [
        { key: 'segment', header: { fr: 'Segment ou classe', en: 'Segment or class' }, style: 'label', cell: ({ index }) => entries[index]?.name[language] ?? null },
        { key: 'description', header: { fr: 'Qui sont ces clients', en: 'Who these customers are' }, style: 'paragraph', cell: ({ index }) => entries[index]?.description[language] ?? null },
        { key: 'action', header: { fr: 'Action recommandée', en: 'Recommended action' }, style: 'paragraph', cell: ({ index }) => entries[index]?.action[language] ?? null },
        { key: 'cards', header: { fr: 'Fiches', en: 'Cards' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${cards.all('segment')},${ref('segment')})`) },
      ],
    },
    language,
  );
  // The description and the action wrap in the cards' columns B and C.
  entries.forEach((entry, index) => {
    const wrapped = [
      { text: entry.description[language], width: columnWidth('segment') },
      { text: entry.action[language], width: columnWidth('profile') },
    ];
    builder.height(layout.firstRow + index, rowHeightFor(wrapped));
  });
  return layout;
}

/** Builds the personas grid. */
export function buildPersonasPlan(options: PersonasPlanOptions): SheetPlan {
  return buildPersonas(options).plan;
}
