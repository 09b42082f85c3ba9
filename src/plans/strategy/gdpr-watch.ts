/**
 * The information, GDPR and market-watch checklist (seed 002, "exploiter et mutualiser l’information
 * commerciale"): how the sales information is collected, stored, sorted, reused and shared; the GDPR
 * rules and the CNIL's published rules for prospecting (legal basis, register of processing, consent
 * for B2C e-mail, the B2B e-mail rule, an opt-out in every message, Bloctel before calling consumers,
 * retention of a prospect's data at most three years after the collection or the prospect's last
 * contact, information and rights of the people, security and processors); the legal, commercial and
 * digital watch. The points are stated as commonly published, cautiously: the sheet says that they do
 * not replace legal advice.
 *
 * Each point has a status (list), an observation, an owner (the summary's team list, see team.ts; free
 * text when the sheet is built without a summary) and a due date. A point is overdue when its due date
 * is before the date of the review (the date typed at the top, today when it is empty) and its status
 * is neither compliant nor not applicable. A summary per theme counts the points, the compliant, not
 * compliant, not applicable and overdue ones, and the compliance rate (compliant ÷ applicable points).
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { addNote, addTable, type TableColumn, type TableLayout } from '../table.js';
import { rowHeightFor } from '../row-height.js';
import { formulaCell, type SheetPlanBuilder } from '../sheet-builder.js';
import { validateOwners } from '../team.js';
import { CLASS_FILLS, PALETTE } from '../theme.js';
import type { SheetPlan, StyleName } from '../types.js';
import { quoted, section, startGrid } from './common.js';

/** Key of the GDPR and watch checklist (the build's key is 'gdpr-watch': plan keys take no hyphen). */
export const GDPR_WATCH_PLAN_KEY = 'gdpr_watch';
/** Layout version of the GDPR and watch checklist. */
export const GDPR_WATCH_PLAN_VERSION = 1;

/** The themes of the checklist. */
export const GDPR_THEMES: readonly LocalizedText[] = [
  { fr: 'Information commerciale', en: 'Sales information' },
  { fr: 'RGPD et CNIL', en: 'GDPR and CNIL' },
  { fr: 'Veille', en: 'Market watch' },
];

/** The statuses of a point, in list order. */
export const GDPR_STATUSES = {
  toCheck: { fr: 'À vérifier', en: 'To check' },
  inProgress: { fr: 'En cours', en: 'In progress' },
  compliant: { fr: 'Conforme', en: 'Compliant' },
  notCompliant: { fr: 'Non conforme', en: 'Not compliant' },
  notApplicable: { fr: 'Sans objet', en: 'Not applicable' },
} as const satisfies Record<string, LocalizedText>;

const OVERDUE: LocalizedText = { fr: 'En retard', en: 'Overdue' };

/** One point of the checklist: theme index, what to check, the rule or benchmark. */
type Point = readonly [number, LocalizedText, LocalizedText];
const POINTS: readonly Point[] = [
  [0, { fr: 'Organisation de la collecte, du stockage et du partage (bases, CRM, cloud, système d’information)', en: 'How information is collected, stored and shared (databases, CRM, cloud, information system)' }, { fr: 'Qui saisit quoi, où, et qui y a accès.', en: 'Who enters what, where, and who can see it.' }],
  [0, { fr: 'Sources de collecte : services, site internet, salons, réseaux sociaux, fichiers achetés', en: 'Sources: departments, website, trade fairs, social networks, bought files' }, { fr: 'Chaque source identifiée ; pour un fichier acheté ou loué, vérifier son origine et l’accord des personnes.', en: 'Each source known; for a bought or rented file, check its origin and the people’s agreement.' }],
  [0, { fr: 'Tri, qualification et mise à jour des données', en: 'Sorting, qualifying and updating the data' }, { fr: 'Doublons supprimés, champs obligatoires définis, mises à jour régulières.', en: 'Duplicates removed, mandatory fields set, regular updates.' }],
  [0, { fr: 'Réutilisation de l’information pour adapter les offres', en: 'Reuse of the information to adapt the offers' }, { fr: 'Remontées du terrain analysées et transmises au marketing.', en: 'Field feedback analysed and passed on to marketing.' }],
  [0, { fr: 'Circulation de l’information entre collaborateurs', en: 'Flow of information between colleagues' }, { fr: 'Comptes rendus de visite, réunions, CRM partagé.', en: 'Visit reports, meetings, shared CRM.' }],
  [1, { fr: 'Base légale de chaque traitement', en: 'Legal basis of each processing' }, { fr: 'Une base légale de l’article 6 du RGPD par traitement : consentement, contrat, obligation légale, intérêt légitime…', en: 'A legal basis of GDPR Article 6 for each processing: consent, contract, legal obligation, legitimate interest…' }],
  [1, { fr: 'Registre des activités de traitement', en: 'Record of processing activities' }, { fr: 'Tenu à jour (article 30 du RGPD) : finalités, données, destinataires, durées de conservation.', en: 'Kept up to date (GDPR Article 30): purposes, data, recipients, retention periods.' }],
  [1, { fr: 'Prospection par e-mail ou SMS des particuliers (B2C)', en: 'E-mail or text prospecting of consumers (B2C)' }, { fr: 'Consentement préalable, sauf pour un client à qui l’on propose des produits ou services analogues (règle publiée par la CNIL).', en: 'Prior consent, except for a customer offered similar products or services (rule published by the CNIL).' }],
  [1, { fr: 'Prospection par e-mail des professionnels (B2B)', en: 'E-mail prospecting of professionals (B2B)' }, { fr: 'Personne informée et en mesure de s’opposer ; le message est en rapport avec sa profession (CNIL).', en: 'The person is informed and able to object; the message relates to their profession (CNIL).' }],
  [1, { fr: 'Désinscription dans chaque message', en: 'Opt-out in every message' }, { fr: 'Identité de l’émetteur et moyen simple de s’opposer à tout nouvel envoi, dans chaque message.', en: 'The sender’s identity and a simple way to object to any further message, in every message.' }],
  [1, { fr: 'Prospection téléphonique des particuliers', en: 'Telephone prospecting of consumers' }, { fr: 'Fichiers d’appel filtrés par la liste d’opposition Bloctel avant chaque campagne.', en: 'Call lists filtered through the Bloctel opt-out list before each campaign.' }],
  [1, { fr: 'Durées de conservation', en: 'Retention periods' }, { fr: 'Prospect : au plus 3 ans après la collecte ou son dernier contact (CNIL), puis suppression ou archivage.', en: 'Prospect: at most 3 years after collection or their last contact (CNIL), then deletion or archiving.' }],
  [1, { fr: 'Information des personnes', en: 'Information of the people' }, { fr: 'À la collecte : qui traite, pourquoi, sur quelle base, combien de temps, quels droits (articles 13 et 14 du RGPD).', en: 'At collection: who processes, why, on what basis, for how long, which rights (GDPR Articles 13 and 14).' }],
  [1, { fr: 'Droits des personnes (accès, rectification, effacement, opposition)', en: 'Rights of the people (access, rectification, erasure, objection)' }, { fr: 'Une procédure pour répondre, en principe dans un délai d’un mois (article 12 du RGPD).', en: 'A procedure to answer, in principle within one month (GDPR Article 12).' }],
  [1, { fr: 'Sécurité et prestataires', en: 'Security and processors' }, { fr: 'Accès limités aux personnes habilitées ; contrat avec chaque prestataire (CRM, routage) selon l’article 28 du RGPD.', en: 'Access limited to authorised people; a contract with each processor (CRM, mailing) under GDPR Article 28.' }],
  [2, { fr: 'Veille juridique', en: 'Legal watch' }, { fr: 'Réglementation du secteur, droit de la consommation, publications de la CNIL.', en: 'Rules of the trade, consumer law, the CNIL’s publications.' }],
  [2, { fr: 'Veille commerciale et concurrentielle', en: 'Commercial and competitive watch' }, { fr: 'Offres, prix et actions des concurrents, appels d’offres, attentes des clients.', en: 'Competitors’ offers, prices and actions, tenders, customers’ expectations.' }],
  [2, { fr: 'Veille digitale', en: 'Digital watch' }, { fr: 'Réseaux sociaux, avis en ligne, e-réputation, nouveaux outils.', en: 'Social networks, online reviews, e-reputation, new tools.' }],
  [2, { fr: 'Partage de la veille', en: 'Sharing the watch' }, { fr: 'Sources, fréquence, destinataires et responsable définis.', en: 'Sources, frequency, recipients and owner set.' }],
];

/** Options of {@link buildGdprWatchPlan}. */
export interface GdprWatchPlanOptions {
  readonly language: Language;
  /** Empty rows for the user's own points, default 4. */
  readonly emptyRows?: number;
}

type DateKey = 'label' | 'value';
type PointKey = 'theme' | 'point' | 'rule' | 'status' | 'observation' | 'owner' | 'due' | 'overdue';
type SummaryKey = 'theme' | 'points' | 'compliant' | 'notCompliant' | 'notApplicable' | 'overdue' | 'rate';

/** Where the checklist's tables are. */
export interface GdprWatchLayout {
  /** Row 0: the date of the review typed (empty: today); row 1: the date used. */
  readonly date: TableLayout<DateKey>;
  readonly points: TableLayout<PointKey>;
  readonly summary: TableLayout<SummaryKey>;
}

const TEXT = {
  name: { fr: 'RGPD et veille', en: 'GDPR and watch' },
  title: { fr: 'Information commerciale, RGPD et veille', en: 'Sales information, GDPR and market watch' },
  subtitle: {
    fr: 'Un point par ligne : statut, responsable, échéance. Un point est en retard quand son échéance est passée et qu’il n’est ni conforme ni sans objet.',
    en: 'One point per row: status, owner, due date. A point is overdue when its due date has passed and it is neither compliant nor not applicable.',
  },
  caution: {
    fr: 'Repères tels que publiés par la CNIL (cnil.fr) et le RGPD, résumés : ils ne remplacent pas un conseil juridique.',
    en: 'Benchmarks as published by the CNIL (cnil.fr) and the GDPR, summarised: they do not replace legal advice.',
  },
  date: { fr: '1. Date du point (vide : aujourd’hui)', en: '1. Date of the review (empty: today)' },
  points: { fr: '2. Points de contrôle', en: '2. Points to check' },
  summary: { fr: '3. Synthèse par thème', en: '3. Summary per theme' },
  dateTyped: { fr: 'Date du point', en: 'Date of the review' },
  dateUsed: { fr: 'Date retenue', en: 'Date used' },
  dateMessage: { fr: 'Une date.', en: 'A date.' },
  statusMessage: { fr: 'Choisissez un statut de la liste.', en: 'Pick a status from the list.' },
} satisfies Record<string, LocalizedText>;

const WIDTHS = { theme: 24, point: 36, rule: 46, status: 14, observation: 28, owner: 16, due: 12, overdue: 11 } as const;

/**
 * Builds the checklist and says where its tables are.
 * @param options - language, empty rows
 * @returns the plan and its layout
 */
export function buildGdprWatch(options: GdprWatchPlanOptions): { plan: SheetPlan; layout: GdprWatchLayout } {
  const { language } = options;
  const rows = POINTS.length + Math.max(0, Math.floor(options.emptyRows ?? 4));
  const width = 8;
  const builder = startGrid({ key: GDPR_WATCH_PLAN_KEY, version: GDPR_WATCH_PLAN_VERSION, ...TEXT }, width, language);
  addNote(builder, 4, TEXT.caution[language], width);
  section(builder, 5, TEXT.date, width, language);
  const date = addDate(builder, 6, language);
  section(builder, 10, TEXT.points, width, language);
  const points = addTable<PointKey>(builder, { row: 11, rows, headerHeight: 32, columns: pointColumns(date.address('value', 1, true), language) }, language);
  validateOwners(builder, [points.range('owner')], language);
  POINTS.forEach(([, point, rule], index) => {
    builder.height(points.firstRow + index, rowHeightFor([{ text: point[language], width: WIDTHS.point }, { text: rule[language], width: WIDTHS.rule }]));
  });
  paintStatuses(builder, points, language);
  const summaryRow = points.lastRow + 2;
  section(builder, summaryRow, TEXT.summary, width, language);
  const summary = addSummary(builder, summaryRow + 1, points, language);
  builder
    .freeze(0, 2)
    .keep(summaryRow, summaryRow + 5)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: points.headerRow, last: points.headerRow } });
  return { plan: builder.build(), layout: { date, points, summary } };
}

function addDate(builder: SheetPlanBuilder, row: number, language: Language): TableLayout<DateKey> {
  const date = addTable<DateKey>(
    builder,
    {
      row,
      rows: 2,
      columns: [
        { key: 'label', header: { fr: 'Paramètre', en: 'Parameter' }, width: WIDTHS.theme, style: 'label', cell: ({ index }) => (index === 0 ? TEXT.dateTyped : TEXT.dateUsed)[language] },
        {
          key: 'value',
          header: { fr: 'Valeur', en: 'Value' },
          style: (index) => (index === 0 ? 'input' : 'computed'),
          format: 'date',
          cell: ({ index, ref }) => (index === 0 ? null : formulaCell(`IF(${ref('value', -1)}="",TODAY(),${ref('value', -1)})`)),
        },
      ],
    },
    language,
  );
  builder.validate(date.range('value'), { kind: 'date' }, { message: TEXT.dateMessage[language] });
  return date;
}

function pointColumns(asOf: string, language: Language): TableColumn<PointKey>[] {
  const standard = (index: number): boolean => index < POINTS.length;
  const fixed = (index: number): StyleName => (standard(index) ? 'paragraph' : 'inputText');
  const status = (key: keyof typeof GDPR_STATUSES): string => quoted(GDPR_STATUSES[key], language);
  return [
    {
      key: 'theme',
      header: { fr: 'Thème', en: 'Theme' },
      width: WIDTHS.theme,
      style: (index) => (standard(index) ? 'label' : 'input'),
      cell: ({ index }) => {
        const point = POINTS[index];
        return point === undefined ? null : (GDPR_THEMES[point[0]]?.[language] ?? null);
      },
      validation: { rule: { kind: 'list', values: GDPR_THEMES.map((theme) => theme[language]) }, strict: true },
    },
    { key: 'point', header: { fr: 'Point de contrôle', en: 'Point to check' }, width: WIDTHS.point, style: fixed, cell: ({ index }) => POINTS[index]?.[1][language] ?? null },
    { key: 'rule', header: { fr: 'Règle ou repère', en: 'Rule or benchmark' }, width: WIDTHS.rule, style: fixed, cell: ({ index }) => POINTS[index]?.[2][language] ?? null },
    {
      key: 'status',
      header: { fr: 'Statut', en: 'Status' },
      width: WIDTHS.status,
      style: 'input',
      cell: ({ index }) => (standard(index) ? GDPR_STATUSES.toCheck[language] : null),
      validation: { rule: { kind: 'list', values: Object.values(GDPR_STATUSES).map((s) => s[language]) }, strict: true, message: TEXT.statusMessage },
    },
    { key: 'observation', header: { fr: 'Constat', en: 'Finding' }, width: WIDTHS.observation, style: 'inputText', cell: () => null },
    { key: 'owner', header: { fr: 'Responsable', en: 'Owner' }, width: WIDTHS.owner, style: 'input', cell: () => null },
    { key: 'due', header: { fr: 'Échéance', en: 'Due date' }, width: WIDTHS.due, style: 'input', format: 'date', cell: () => null, validation: { rule: { kind: 'date' }, message: TEXT.dateMessage } },
    {
      key: 'overdue',
      header: { fr: 'Retard', en: 'Overdue' },
      width: WIDTHS.overdue,
      style: 'computed',
      cell: ({ ref }) =>
        formulaCell(`IF(AND(ISNUMBER(${ref('due')}),${ref('due')}<${asOf},${ref('status')}<>${status('compliant')},${ref('status')}<>${status('notApplicable')}),${quoted(OVERDUE, language)},"")`),
    },
  ];
}

function paintStatuses(builder: SheetPlanBuilder, points: TableLayout<PointKey>, language: Language): void {
  const cell = (key: PointKey): string => `$${points.letter(key)}${points.firstRow}`;
  builder.conditional({ kind: 'formula', range: points.range('status'), formula: `${cell('status')}=${quoted(GDPR_STATUSES.compliant, language)}`, style: { fill: CLASS_FILLS.A } });
  builder.conditional({ kind: 'formula', range: points.range('status'), formula: `${cell('status')}=${quoted(GDPR_STATUSES.notCompliant, language)}`, style: { fill: PALETTE.bad } });
  builder.conditional({ kind: 'formula', range: points.range('overdue'), formula: `${cell('overdue')}<>""`, style: { fill: PALETTE.bad, bold: true } });
}

function addSummary(builder: SheetPlanBuilder, row: number, points: TableLayout<PointKey>, language: Language): TableLayout<SummaryKey> {
  const themes = points.all('theme');
  const count = (key: SummaryKey, header: LocalizedText, criterion: (ref: (key: SummaryKey) => string) => string): TableColumn<SummaryKey> => ({
    key,
    header,
    style: 'computed',
    format: 'integer',
    cell: ({ ref }) => formulaCell(`COUNTIFS(${themes},${ref('theme')},${criterion(ref)})`),
    total: ({ all }) => formulaCell(`SUM(${all(key)})`),
  });
  const byStatus = (key: keyof typeof GDPR_STATUSES) => () => `${points.all('status')},${quoted(GDPR_STATUSES[key], language)}`;
  const rate = (ref: (key: SummaryKey) => string): string => `IF(${ref('points')}-${ref('notApplicable')}<=0,"",${ref('compliant')}/(${ref('points')}-${ref('notApplicable')}))`;
  return addTable<SummaryKey>(
    builder,
    {
      row,
      rows: GDPR_THEMES.length,
      totalRow: true,
      headerHeight: 32,
      columns: [
        { key: 'theme', header: { fr: 'Thème', en: 'Theme' }, style: 'label', cell: ({ index }) => GDPR_THEMES[index]?.[language] ?? null, total: () => ({ fr: 'Total', en: 'Total' })[language] },
        count('points', { fr: 'Points', en: 'Points' }, () => `${points.all('point')},"<>"`),
        count('compliant', { fr: 'Conformes', en: 'Compliant' }, byStatus('compliant')),
        count('notCompliant', { fr: 'Non conformes', en: 'Not compliant' }, byStatus('notCompliant')),
        count('notApplicable', { fr: 'Sans objet', en: 'Not applicable' }, byStatus('notApplicable')),
        count('overdue', { fr: 'En retard', en: 'Overdue' }, () => `${points.all('overdue')},${quoted(OVERDUE, language)}`),
        { key: 'rate', header: { fr: 'Taux de conformité', en: 'Compliance rate' }, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(rate(ref)), total: ({ ref }) => formulaCell(rate(ref)) },
      ],
    },
    language,
  );
}

/** Builds the checklist. */
export function buildGdprWatchPlan(options: GdprWatchPlanOptions): SheetPlan {
  return buildGdprWatch(options).plan;
}
