/**
 * The networking strategy (seed 002, "développer des réseaux professionnels"): the objectives of the
 * strategy; the map of the network, each contact with its network type — personal, vertical (the trade's
 * chain, upstream and downstream), horizontal (peers of the same trade), transversal (other trades and
 * sectors) — role, strength scored 1 to 5 and what the contact can bring; the means used to build the
 * network (professional social networks, business clubs, trade fairs…); the planned actions with their
 * date, owner (the summary's team list, see team.ts; free text when the sheet is built without a
 * summary) and status. A summary per network type counts the contacts, averages their strength (the
 * contacts with a strength only), counts the strong contacts (4 or 5) and the actions planned. Built
 * without data, the objectives, contacts and actions are examples marked as such.
 */
import { statusValidationList } from '../../audit/levels.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { dayFromCivil, excelSerialFromDay } from '../../cells/dates.js';
import { rowHeightFor } from '../row-height.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { addTable, type TableColumn, type TableLayout } from '../table.js';
import { validateOwners } from '../team.js';
import type { SheetPlan, ValidationRule } from '../types.js';
import { EXAMPLE_SUFFIX, inputStyle, section, startGrid } from './common.js';

/** Key of the networking grid. */
export const NETWORKING_PLAN_KEY = 'networking';
/** Layout version of the networking grid. */
export const NETWORKING_PLAN_VERSION = 1;

/** The network types with what each holds. */
export const NETWORK_TYPES: readonly { readonly name: LocalizedText; readonly definition: LocalizedText }[] = [
  { name: { fr: 'Personnel', en: 'Personal' }, definition: { fr: 'Famille, amis, anciens camarades, voisins.', en: 'Family, friends, former classmates, neighbours.' } },
  { name: { fr: 'Vertical', en: 'Vertical' }, definition: { fr: 'La filière, en amont et en aval : fournisseurs, clients, donneurs d’ordre.', en: 'The trade’s chain, upstream and downstream: suppliers, customers, main contractors.' } },
  { name: { fr: 'Horizontal', en: 'Horizontal' }, definition: { fr: 'Les pairs du même métier : confrères, concurrents, fédération.', en: 'Peers of the same trade: fellow firms, competitors, trade federation.' } },
  { name: { fr: 'Transversal', en: 'Transversal' }, definition: { fr: 'D’autres métiers et secteurs : banquier, expert-comptable, élus, associations.', en: 'Other trades and sectors: banker, accountant, local officials, associations.' } },
];

const MEANS: readonly LocalizedText[] = [
  { fr: 'Réseaux sociaux professionnels (LinkedIn…)', en: 'Professional social networks (LinkedIn…)' },
  { fr: 'Clubs d’affaires, réseaux d’entrepreneurs', en: 'Business clubs, entrepreneurs’ networks' },
  { fr: 'Salons et foires', en: 'Trade fairs and shows' },
  { fr: 'Fédérations et associations professionnelles', en: 'Trade federations and associations' },
  { fr: 'Chambres consulaires (CCI, CMA)', en: 'Chambers of commerce and trades' },
  { fr: 'Conférences, petits-déjeuners, webinaires', en: 'Conferences, breakfasts, webinars' },
  { fr: 'Anciens élèves', en: 'Alumni' },
  { fr: 'Parrainage par les clients', en: 'Customer referral' },
];

const YES: LocalizedText = { fr: 'Oui', en: 'Yes' };
const NO: LocalizedText = { fr: 'Non', en: 'No' };

type Text = LocalizedText;
const OBJECTIVES: readonly (readonly [Text, Text, Text])[] = [
  [{ fr: 'Gagner des clients par recommandation', en: 'Win customers through referrals' }, { fr: 'Contrats signés via le réseau', en: 'Contracts signed through the network' }, { fr: '5 dans l’année', en: '5 in the year' }],
  [{ fr: 'Être connu des prescripteurs locaux', en: 'Be known to local referrers' }, { fr: 'Prescripteurs rencontrés', en: 'Referrers met' }, { fr: '10 dans l’année', en: '10 in the year' }],
  [{ fr: 'Suivre les évolutions du marché', en: 'Follow the market’s changes' }, { fr: 'Informations remontées', en: 'Pieces of information reported' }, { fr: '1 par mois', en: '1 a month' }],
];
/** Contact, organisation, role, network type (index), strength, contribution. */
const CONTACTS: readonly (readonly [Text, Text, Text, number, number, Text])[] = [
  [{ fr: 'Ancien camarade de promotion', en: 'Former classmate' }, { fr: 'Groupe industriel', en: 'Industrial group' }, { fr: 'Influenceur', en: 'Influencer' }, 0, 3, { fr: 'Présentations à des décideurs', en: 'Introductions to decision-makers' }],
  [{ fr: 'Voisine dirigeante d’agence', en: 'Neighbour running an agency' }, { fr: 'Agence immobilière', en: 'Estate agency' }, { fr: 'Prescripteur', en: 'Referrer' }, 0, 2, { fr: 'Contacts locaux', en: 'Local contacts' }],
  [{ fr: 'Fournisseur principal', en: 'Main supplier' }, { fr: 'Grossiste régional', en: 'Regional wholesaler' }, { fr: 'Partenaire', en: 'Partner' }, 1, 4, { fr: 'Informations sur le marché', en: 'Market information' }],
  [{ fr: 'Client historique', en: 'Long-standing customer' }, { fr: 'PME cliente', en: 'Customer SME' }, { fr: 'Ambassadeur', en: 'Ambassador' }, 1, 5, { fr: 'Témoignages, parrainage', en: 'Testimonials, referrals' }],
  [{ fr: 'Confrère d’une autre région', en: 'Fellow firm in another region' }, { fr: 'Entreprise du même métier', en: 'Firm of the same trade' }, { fr: 'Pair', en: 'Peer' }, 2, 3, { fr: 'Sous-traitance, veille partagée', en: 'Subcontracting, shared watch' }],
  [{ fr: 'Président de la fédération', en: 'Federation’s president' }, { fr: 'Fédération professionnelle', en: 'Trade federation' }, { fr: 'Décideur', en: 'Decision-maker' }, 2, 4, { fr: 'Accès aux appels d’offres', en: 'Access to tenders' }],
  [{ fr: 'Expert-comptable', en: 'Accountant' }, { fr: 'Cabinet comptable', en: 'Accounting firm' }, { fr: 'Prescripteur', en: 'Referrer' }, 3, 4, { fr: 'Recommandations de clients', en: 'Customer referrals' }],
  [{ fr: 'Chargé d’affaires bancaire', en: 'Bank account manager' }, { fr: 'Banque', en: 'Bank' }, { fr: 'Prescripteur', en: 'Referrer' }, 3, 3, { fr: 'Mises en relation', en: 'Introductions' }],
];
/** Action, network type (index), means (index), date (year, month, day), owner. */
const ACTIONS: readonly (readonly [Text, number, number, readonly [number, number, number], Text])[] = [
  [{ fr: 'Publier un article par semaine', en: 'Post an article a week' }, 3, 0, [2027, 1, 15], { fr: 'Marketing', en: 'Marketing' }],
  [{ fr: 'Adhérer au club d’affaires local', en: 'Join the local business club' }, 3, 1, [2027, 2, 1], { fr: 'Direction', en: 'Management' }],
  [{ fr: 'Exposer au salon régional', en: 'Exhibit at the regional fair' }, 1, 2, [2027, 3, 20], { fr: 'Commercial', en: 'Sales' }],
];

/** Options of {@link buildNetworkingPlan}. */
export interface NetworkingPlanOptions {
  readonly language: Language;
}

type ObjectiveKey = 'objective' | 'indicator' | 'target';
type ContactKey = 'contact' | 'organisation' | 'role' | 'type' | 'strength' | 'contribution';
type MeansKey = 'means' | 'used' | 'comment';
type ActionKey = 'action' | 'type' | 'means' | 'date' | 'owner' | 'status';
type SummaryKey = 'type' | 'definition' | 'contacts' | 'strength' | 'strong' | 'actions';

/** Where the networking grid's tables are. */
export interface NetworkingLayout {
  readonly objectives: TableLayout<ObjectiveKey>;
  readonly contacts: TableLayout<ContactKey>;
  readonly means: TableLayout<MeansKey>;
  readonly actions: TableLayout<ActionKey>;
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'Réseau professionnel', en: 'Networking' },
  title: { fr: 'Stratégie de réseau professionnel', en: 'Networking strategy' },
  subtitle: {
    fr: 'Objectifs, carte du réseau (personnel, vertical, horizontal, transversal), moyens et actions. Force d’un contact : de 1 (faible) à 5 (forte).',
    en: 'Objectives, map of the network (personal, vertical, horizontal, transversal), means and actions. A contact’s strength: 1 (weak) to 5 (strong).',
  },
  objectives: { fr: '1. Objectifs de la stratégie', en: '1. Objectives of the strategy' },
  contacts: { fr: '2. Cartographie du réseau', en: '2. Map of the network' },
  means: { fr: '3. Moyens pour créer le réseau', en: '3. Means to build the network' },
  actions: { fr: '4. Actions prévues', en: '4. Planned actions' },
  summary: { fr: '5. Synthèse par type de réseau', en: '5. Summary per network type' },
  strength: { fr: 'Une note entière de 1 à 5.', en: 'A whole score from 1 to 5.' },
  type: { fr: 'Choisissez un type de réseau.', en: 'Pick a network type.' },
} satisfies Record<string, LocalizedText>;

/** Widths of columns A to F, shared by the tables. */
const WIDTHS = [42, 28, 26, 16, 14, 32];

/**
 * Builds the networking grid and says where its tables are.
 * @param options - language
 * @returns the plan and its layout
 */
export function buildNetworking(options: NetworkingPlanOptions): { plan: SheetPlan; layout: NetworkingLayout } {
  const { language } = options;
  const width = WIDTHS.length;
  const builder = startGrid({ key: NETWORKING_PLAN_KEY, version: NETWORKING_PLAN_VERSION, ...TEXT }, width, language);
  builder.widths(WIDTHS);
  section(builder, 5, TEXT.objectives, width, language);
  const objectives = addObjectives(builder, 6, language);
  section(builder, objectives.lastRow + 2, TEXT.contacts, width, language);
  const contacts = addContacts(builder, objectives.lastRow + 3, language);
  section(builder, contacts.lastRow + 2, TEXT.means, width, language);
  const means = addMeans(builder, contacts.lastRow + 3, language);
  section(builder, means.lastRow + 2, TEXT.actions, width, language);
  const actions = addActions(builder, means.lastRow + 3, language);
  section(builder, actions.lastRow + 2, TEXT.summary, width, language);
  const summary = addSummary(builder, actions.lastRow + 3, contacts, actions, language);
  builder.freeze(0, 1).keep(summary.headerRow - 1, summary.totalRow ?? summary.lastRow).print({ orientation: 'landscape', fitToWidth: true });
  return { plan: builder.build(), layout: { objectives, contacts, means, actions, summary } };
}

const typeRule = (language: Language): { rule: ValidationRule; strict: true; message: LocalizedText } => ({ rule: { kind: 'list', values: NETWORK_TYPES.map((type) => type.name[language]) }, strict: true, message: TEXT.type });

function addObjectives(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<ObjectiveKey> {
  const style = inputStyle(OBJECTIVES.length);
  const text = (key: ObjectiveKey, column: 0 | 1 | 2, header: LocalizedText): TableColumn<ObjectiveKey> => ({
    key,
    header,
    style,
    cell: ({ index }) => {
      const objective = OBJECTIVES[index];
      return objective === undefined ? null : `${objective[column][language]}${column === 0 ? EXAMPLE_SUFFIX[language] : ''}`;
    },
  });
  const columns = [text('objective', 0, { fr: 'Objectif', en: 'Objective' }), text('indicator', 1, { fr: 'Indicateur', en: 'Indicator' }), text('target', 2, { fr: 'Cible', en: 'Target' })];
  return addTable<ObjectiveKey>(builder, { row, rows: OBJECTIVES.length + 2, columns }, language);
}

function addContacts(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<ContactKey> {
  const style = inputStyle(CONTACTS.length);
  const text = (key: ContactKey, column: 0 | 1 | 2 | 5, header: LocalizedText): TableColumn<ContactKey> => ({
    key,
    header,
    style,
    cell: ({ index }) => {
      const contact = CONTACTS[index];
      return contact === undefined ? null : `${contact[column][language]}${column === 0 ? EXAMPLE_SUFFIX[language] : ''}`;
    },
  });
  const columns: TableColumn<ContactKey>[] = [
    text('contact', 0, { fr: 'Contact', en: 'Contact' }),
    text('organisation', 1, { fr: 'Organisation', en: 'Organisation' }),
    text('role', 2, { fr: 'Rôle dans le réseau', en: 'Role in the network' }),
    { key: 'type', header: { fr: 'Type de réseau', en: 'Network type' }, style, cell: ({ index }) => NETWORK_TYPES[CONTACTS[index]?.[3] ?? -1]?.name[language] ?? null, validation: typeRule(language) },
    {
      key: 'strength',
      header: { fr: 'Force (1–5)', en: 'Strength (1–5)' },
      style,
      format: 'integer',
      cell: ({ index }) => CONTACTS[index]?.[4] ?? null,
      validation: { rule: { kind: 'wholeNumber', min: 1, max: 5 }, strict: true, message: TEXT.strength },
    },
    text('contribution', 5, { fr: 'Ce qu’il peut apporter', en: 'What they can bring' }),
  ];
  return addTable<ContactKey>(builder, { row, rows: CONTACTS.length + 6, columns }, language);
}

function addMeans(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<MeansKey> {
  const answers = [YES[language], NO[language]];
  return addTable<MeansKey>(
    builder,
    {
      row,
      rows: MEANS.length + 2,
      columns: [
        { key: 'means', header: { fr: 'Moyen', en: 'Means' }, style: (index) => (index < MEANS.length ? 'label' : 'input'), cell: ({ index }) => MEANS[index]?.[language] ?? null },
        { key: 'used', header: { fr: 'Utilisé ?', en: 'Used?' }, style: 'input', cell: () => null, validation: { rule: { kind: 'list', values: answers }, strict: true } },
        { key: 'comment', header: { fr: 'Fréquence, commentaire', en: 'Frequency, comment' }, style: 'input', cell: () => null },
      ],
    },
    language,
  );
}

function addActions(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<ActionKey> {
  const style = inputStyle(ACTIONS.length);
  const statuses = statusValidationList(language);
  const table = addTable<ActionKey>(
    builder,
    {
      row,
      rows: ACTIONS.length + 5,
      columns: [
        { key: 'action', header: { fr: 'Action', en: 'Action' }, style, cell: ({ index }) => (ACTIONS[index] === undefined ? null : `${ACTIONS[index][0][language]}${EXAMPLE_SUFFIX[language]}`) },
        { key: 'type', header: { fr: 'Type de réseau', en: 'Network type' }, style, cell: ({ index }) => NETWORK_TYPES[ACTIONS[index]?.[1] ?? -1]?.name[language] ?? null, validation: typeRule(language) },
        { key: 'means', header: { fr: 'Moyen', en: 'Means' }, style, cell: ({ index }) => MEANS[ACTIONS[index]?.[2] ?? -1]?.[language] ?? null },
        {
          key: 'date',
          header: { fr: 'Date', en: 'Date' },
          style,
          format: 'date',
          cell: ({ index }) => {
            const date = ACTIONS[index]?.[3];
            return date === undefined ? null : excelSerialFromDay(dayFromCivil(...date));
          },
          validation: { rule: { kind: 'date' } },
        },
        { key: 'owner', header: { fr: 'Responsable', en: 'Owner' }, style, cell: ({ index }) => ACTIONS[index]?.[4][language] ?? null },
        { key: 'status', header: { fr: 'Statut', en: 'Status' }, style: 'input', cell: ({ index }) => (index < ACTIONS.length ? (statuses[0] ?? null) : null), validation: { rule: { kind: 'list', values: statuses }, strict: true } },
      ],
    },
    language,
  );
  validateOwners(builder, [table.range('owner')], language);
  return table;
}

function addSummary(builder: SheetPlanBuilder, row: number, contacts: TableLayout<ContactKey>, actions: TableLayout<ActionKey>, language: Language): TableLayout<SummaryKey> {
  const types = contacts.all('type');
  const strengths = contacts.all('strength');
  const summary = addTable<SummaryKey>(
    builder,
    {
      row,
      rows: NETWORK_TYPES.length,
      totalRow: true,
      columns: [
        { key: 'type', header: { fr: 'Type de réseau', en: 'Network type' }, style: 'label', cell: ({ index }) => NETWORK_TYPES[index]?.name[language] ?? null, total: () => ({ fr: 'Total', en: 'Total' })[language] },
        { key: 'definition', header: { fr: 'Ce qu’il regroupe', en: 'What it holds' }, style: 'paragraph', cell: ({ index }) => NETWORK_TYPES[index]?.definition[language] ?? null },
        { key: 'contacts', header: { fr: 'Contacts', en: 'Contacts' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${types},${ref('type')})`), total: ({ all }) => formulaCell(`SUM(${all('contacts')})`) },
        {
          key: 'strength',
          header: { fr: 'Force moyenne', en: 'Average strength' },
          style: 'computed',
          format: 'decimal',
          cell: ({ ref }) => formulaCell(`IF(COUNTIFS(${types},${ref('type')},${strengths},">0")=0,"",AVERAGEIFS(${strengths},${types},${ref('type')},${strengths},">0"))`),
          total: () => formulaCell(`IF(COUNTIFS(${types},"<>",${strengths},">0")=0,"",AVERAGEIFS(${strengths},${types},"<>",${strengths},">0"))`),
        },
        { key: 'strong', header: { fr: 'Contacts forts (4–5)', en: 'Strong contacts (4–5)' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIFS(${types},${ref('type')},${strengths},">=4")`), total: ({ all }) => formulaCell(`SUM(${all('strong')})`) },
        { key: 'actions', header: { fr: 'Actions prévues', en: 'Planned actions' }, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`COUNTIF(${actions.all('type')},${ref('type')})`), total: ({ all }) => formulaCell(`SUM(${all('actions')})`) },
      ],
    },
    language,
  );
  NETWORK_TYPES.forEach((type, index) => builder.height(summary.firstRow + index, rowHeightFor([{ text: type.definition[language], width: WIDTHS[1] ?? 28 }])));
  return summary;
}

/** Builds the networking grid. */
export function buildNetworkingPlan(options: NetworkingPlanOptions): SheetPlan {
  return buildNetworking(options).plan;
}
