/**
 * The marketing–sales service-level agreement (seed 004, "SMarketing"): the written contract between
 * the two teams, in four parts that the user edits.
 * 1. The shared vocabulary: Lead, MQL, SQL, opportunity, customer and the other words both sides use,
 *    each with its definition, the criterion that moves a lead to the next stage and who decides it.
 * 2. The figured commitments of each side, tracked every month: a direction (at least / at most) and a
 *    monthly target (leads, MQL and SQL per month, the time to call an MQL back, MQLs left without a
 *    follow-up or without feedback).
 * 3. The rules of follow-up and feedback, with their deadline or frequency.
 * 4. The monthly follow-up over 12 months: the actual figure of each commitment, the gap by formula
 *    (actual − target for "at least", target − actual for "at most": a gap ≥ 0 is a commitment kept),
 *    the commitments kept and measured, their rate and the month's status; the average and the months
 *    measured and kept per commitment; then the rate kept per side.
 * Every computed cell is a live formula over the inputs; a month without figures stays empty.
 */
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellAddress, cellRange } from '../a1.js';
import { formulaCell, type SheetPlanBuilder, valueCell } from '../sheet-builder.js';
import { rowHeightFor } from '../row-height.js';
import { addTable, tableLayout, type TableColumn, type TableLayout } from '../table.js';
import { PALETTE } from '../theme.js';
import type { PlanCell, SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, quoted, section, startGrid } from '../strategy/common.js';

/** Key of the SLA sheet (the build's key is 'sla'). */
export const SLA_PLAN_KEY = 'sla';
/** Layout version of the SLA sheet. */
export const SLA_PLAN_VERSION = 1;

/** Rows of the vocabulary, of the commitments, of the rules, and months of the follow-up. */
export const VOCABULARY_ROWS = 12;
export const COMMITMENT_ROWS = 6;
export const RULE_ROWS = 8;
export const MONTHS = 12;

const actualKeys = Array.from({ length: COMMITMENT_ROWS }, (_, j) => `a${j}` as const);
const gapKeys = Array.from({ length: COMMITMENT_ROWS }, (_, j) => `g${j}` as const);
/** Columns of the follow-up: month, the actual figure then the gap of each commitment, kept, rate, status. */
export type FollowColumn = 'month' | `a${number}` | `g${number}` | 'kept' | 'rate' | 'status';
/** Columns of the commitments (the text spans B–G, merged). */
export type CommitmentColumn = 'side' | 'text' | `t${number}` | 'direction' | 'target';
/** Columns of the vocabulary: term (A), definition (B–G), criterion (H–M), decided by (N–P). */
export type TermColumn = 'term' | 'definition' | `d${number}` | 'criterion' | `c${number}` | 'decider' | `s${number}`;
/** Columns of the rules: side (A), rule (B–G), deadline (H–J). */
export type RuleColumn = 'side' | 'rule' | `r${number}` | 'deadline' | `l${number}`;
export type SideColumn = 'side' | 'measured' | 'kept' | 'rate';

/** Where the SLA sheet's parts are. */
export interface SlaLayout {
  readonly vocabulary: TableLayout<TermColumn>;
  readonly commitments: TableLayout<CommitmentColumn>;
  readonly rules: TableLayout<RuleColumn>;
  /** The follow-up's header rows: commitment names, side, target (text). */
  readonly followHeaderRow: number;
  readonly sideRow: number;
  readonly targetRow: number;
  /** The months, the average (total row), then the months measured (actual columns) and kept (gap columns). */
  readonly follow: TableLayout<FollowColumn>;
  readonly countRow: number;
  readonly sides: TableLayout<SideColumn>;
}

const TEXT = {
  name: { fr: 'Contrat marketing-ventes', en: 'Marketing-sales SLA' },
  title: { fr: 'Contrat de service marketing–ventes (SLA)', en: 'Marketing–sales service-level agreement (SLA)' },
  subtitle: {
    fr: 'Les mots communs, les engagements chiffrés de chaque service, les règles de suivi et le suivi mensuel de ce qui a été tenu.',
    en: 'The shared words, the figured commitments of each side, the follow-up rules and the monthly follow-up of what was kept.',
  },
  vocabulary: { fr: '1. Vocabulaire commun et critères de passage d’une étape à la suivante', en: '1. Shared vocabulary and criteria to move from one stage to the next' },
  term: { fr: 'Terme', en: 'Term' },
  definition: { fr: 'Définition', en: 'Definition' },
  criterion: { fr: 'Critère de passage à l’étape suivante', en: 'Criterion to move to the next stage' },
  decider: { fr: 'Qui décide', en: 'Who decides' },
  commitments: { fr: '2. Engagements chiffrés de chaque service (suivis chaque mois en 4)', en: '2. Figured commitments of each side (followed monthly in 4)' },
  side: { fr: 'Service', en: 'Side' },
  commitment: { fr: 'Engagement (indicateur et unité)', en: 'Commitment (indicator and unit)' },
  direction: { fr: 'Sens', en: 'Direction' },
  target: { fr: 'Engagement mensuel', en: 'Monthly commitment' },
  rules: { fr: '3. Règles de suivi des leads et de retour d’information', en: '3. Lead follow-up and feedback rules' },
  rule: { fr: 'Règle', en: 'Rule' },
  deadline: { fr: 'Délai ou fréquence', en: 'Deadline or frequency' },
  follow: { fr: '4. Suivi mensuel : réalisé, écart (≥ 0 : engagement tenu) et statut', en: '4. Monthly follow-up: actual, gap (≥ 0: commitment kept) and status' },
  month: { fr: 'Mois', en: 'Month' },
  gap: { fr: 'Écart : ', en: 'Gap: ' },
  kept: { fr: 'Engagements tenus', en: 'Commitments kept' },
  rate: { fr: 'Taux tenu', en: 'Rate kept' },
  status: { fr: 'Statut', en: 'Status' },
  keptStatus: { fr: 'Tenu', en: 'Kept' },
  fix: { fr: 'À corriger', en: 'To fix' },
  average: { fr: 'Moyenne', en: 'Average' },
  counts: { fr: 'Mois relevés (réalisé) et tenus (écart)', en: 'Months measured (actual) and kept (gap)' },
  sides: { fr: '5. Engagements tenus par service', en: '5. Commitments kept per side' },
  measured: { fr: 'Engagements relevés (mois × engagements)', en: 'Commitments measured (months × commitments)' },
  keptCount: { fr: 'Engagements tenus', en: 'Commitments kept' },
  total: { fr: 'Total', en: 'Total' },
  monthLabel: { fr: 'Mois ', en: 'Month ' },
  targetMessage: { fr: 'Un nombre : l’engagement par mois, dans l’unité de l’indicateur.', en: 'A number: the commitment per month, in the indicator’s unit.' },
  numberMessage: { fr: 'Un nombre, dans l’unité de l’indicateur.', en: 'A number, in the indicator’s unit.' },
} satisfies Record<string, LocalizedText>;

/** The sides of the contract, as the lists offer them. */
export const SLA_SIDES = Object.freeze({
  marketing: { fr: 'Marketing', en: 'Marketing' },
  sales: { fr: 'Ventes', en: 'Sales' },
  both: { fr: 'Marketing et ventes', en: 'Marketing and sales' },
});
/** The directions of a commitment. */
export const SLA_DIRECTIONS = Object.freeze({ atLeast: { fr: 'Au moins', en: 'At least' }, atMost: { fr: 'Au plus', en: 'At most' } });
type Side = keyof typeof SLA_SIDES;

const VOCABULARY: readonly (readonly [LocalizedText, LocalizedText, LocalizedText, Side])[] = [
  [
    { fr: 'Lead', en: 'Lead' },
    { fr: 'Contact identifié (nom, entreprise, coordonnées) entré dans la base par un formulaire, un salon, un achat de fichier…', en: 'An identified contact (name, company, details) entered in the database by a form, a trade show, a bought list…' },
    { fr: 'Dans la cible (persona) et score de lead au-dessus du seuil, ou demande explicite de contact ou de devis', en: 'In the target (persona) and a lead score above the threshold, or an explicit request for contact or a quote' },
    'marketing',
  ],
  [
    { fr: 'MQL (lead qualifié marketing)', en: 'MQL (marketing qualified lead)' },
    { fr: 'Lead que le marketing juge prêt à être appelé : bon profil et engagement suffisant', en: 'A lead marketing deems ready to be called: the right profile and enough engagement' },
    { fr: 'Appel de qualification : besoin, budget, décideur et délai confirmés', en: 'Qualification call: need, budget, decision maker and timing confirmed' },
    'sales',
  ],
  [
    { fr: 'SQL (lead qualifié ventes)', en: 'SQL (sales qualified lead)' },
    { fr: 'MQL accepté par un commercial après qualification, qui mérite un rendez-vous', en: 'An MQL accepted by a sales rep after qualification, worth a meeting' },
    { fr: 'Rendez-vous tenu et besoin chiffrable : une proposition est à préparer', en: 'Meeting held and a need that can be priced: a proposal is to be prepared' },
    'sales',
  ],
  [
    { fr: 'Opportunité', en: 'Opportunity' },
    { fr: 'Affaire en cours avec un montant et une date de décision estimés', en: 'A deal in progress with an estimated amount and decision date' },
    { fr: 'Bon de commande ou contrat signé', en: 'Purchase order or contract signed' },
    'sales',
  ],
  [
    { fr: 'Client', en: 'Customer' },
    { fr: 'Compte qui a signé au moins une commande', en: 'An account that signed at least one order' },
    { fr: 'Suivi selon sa classe A, B ou C ; fidélisation, vente additionnelle', en: 'Followed according to its A, B or C class; retention, upsell' },
    'both',
  ],
  [
    { fr: 'Lead nurturing', en: 'Lead nurturing' },
    { fr: 'Suite de contacts automatisés (e-mails, contenus) qui entretient un lead pas encore prêt à acheter', en: 'A sequence of automated contacts (e-mails, content) that keeps a lead not yet ready to buy warm' },
    { fr: 'Redevient MQL quand son score repasse le seuil', en: 'Becomes an MQL again when its score crosses the threshold' },
    'marketing',
  ],
  [
    { fr: 'Lead scoring', en: 'Lead scoring' },
    { fr: 'Points donnés au profil et au comportement d’un lead pour savoir lesquels appeler d’abord', en: 'Points given to a lead’s profile and behaviour to know which to call first' },
    { fr: 'Seuil et points revus ensemble chaque trimestre', en: 'Threshold and points reviewed together every quarter' },
    'both',
  ],
  [
    { fr: 'Buyer persona', en: 'Buyer persona' },
    { fr: 'Portrait du client type : fonction, enjeux, objections, canaux', en: 'Portrait of the typical customer: role, stakes, objections, channels' },
    { fr: 'Validé par les deux services', en: 'Agreed by both sides' },
    'both',
  ],
  [
    { fr: 'Closing', en: 'Closing' },
    { fr: 'Étape de conclusion de la vente : levée des dernières objections et signature', en: 'The stage that concludes the sale: last objections handled and signature' },
    { fr: 'Signature ou perte de l’affaire, avec le motif', en: 'Signature or loss of the deal, with the reason' },
    'sales',
  ],
];

/** Example commitments: side, text, "at most" (else at least), monthly target. */
const COMMITMENTS: readonly (readonly [Side, LocalizedText, boolean, number])[] = [
  ['marketing', { fr: 'Leads transmis par mois (tous)', en: 'Leads passed on per month (all)' }, false, 200],
  ['marketing', { fr: 'MQL transmis aux ventes par mois', en: 'MQLs passed on to sales per month' }, false, 80],
  ['marketing', { fr: 'MQL acceptés en SQL par les ventes, par mois', en: 'MQLs accepted as SQLs by sales, per month' }, false, 40],
  ['sales', { fr: 'Délai moyen de premier appel d’un MQL (minutes)', en: 'Average time to first call an MQL (minutes)' }, true, 30],
  ['sales', { fr: 'MQL non relancés selon la règle, par mois', en: 'MQLs not followed up by the rule, per month' }, true, 5],
  ['sales', { fr: 'MQL sans retour au marketing sous 5 jours, par mois', en: 'MQLs without feedback to marketing within 5 days, per month' }, true, 5],
];

const RULES: readonly (readonly [Side, LocalizedText, LocalizedText])[] = [
  ['marketing', { fr: 'Transmettre chaque MQL dans le CRM avec sa fiche : source, score, pages vues, besoin exprimé', en: 'Pass each MQL on in the CRM with its record: source, score, pages viewed, need expressed' }, { fr: 'En temps réel', en: 'In real time' }],
  ['sales', { fr: 'Appeler chaque MQL', en: 'Call each MQL' }, { fr: 'Sous 30 minutes ouvrées', en: 'Within 30 working minutes' }],
  ['sales', { fr: 'Relancer un MQL sans réponse : 3 tentatives (appel, e-mail, appel) avant de le rendre au marketing', en: 'Follow up an MQL without answer: 3 attempts (call, e-mail, call) before handing it back to marketing' }, { fr: 'Sur 10 jours', en: 'Over 10 days' }],
  ['sales', { fr: 'Donner un retour sur chaque MQL : accepté en SQL, rejeté avec son motif, ou à remettre en nurturing', en: 'Give feedback on each MQL: accepted as SQL, rejected with its reason, or back to nurturing' }, { fr: 'Sous 5 jours ouvrés', en: 'Within 5 working days' }],
  ['marketing', { fr: 'Reprendre en nurturing les leads rendus par les ventes', en: 'Take the leads handed back by sales into nurturing' }, { fr: 'Sous 1 semaine', en: 'Within 1 week' }],
  ['both', { fr: 'Revoir ensemble ce contrat et le suivi mensuel ; ajuster les engagements', en: 'Review this agreement and the monthly follow-up together; adjust the commitments' }, { fr: 'Chaque mois', en: 'Every month' }],
];

/** Example actual figures of the first three months, in the order of the commitments. */
const EXAMPLE_MONTHS: readonly (readonly number[])[] = [
  [210, 85, 42, 25, 3, 6],
  [190, 78, 41, 35, 6, 2],
  [230, 90, 45, 20, 2, 1],
];

/** Column widths: A labels, B–G actual figures, H–M gaps, N kept, O rate, P status. */
const WIDTHS = [30, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 11, 10, 13];
const WIDTH = WIDTHS.length;
const span = (first: number, count: number): number => WIDTHS.slice(first - 1, first - 1 + count).reduce((a, b) => a + b, 0);

const filler = <P extends string>(prefix: P, count: number): `${P}${number}`[] => Array.from({ length: count }, (_, i) => `${prefix}${i}` as const);
const TERM_KEYS: readonly TermColumn[] = ['term', 'definition', ...filler('d', 5), 'criterion', ...filler('c', 5), 'decider', ...filler('s', 2)];
const COMMITMENT_KEYS: readonly CommitmentColumn[] = ['side', 'text', ...filler('t', 5), 'direction', 'target'];
const RULE_KEYS: readonly RuleColumn[] = ['side', 'rule', ...filler('r', 5), 'deadline', ...filler('l', 2)];
const FOLLOW_KEYS: readonly FollowColumn[] = ['month', ...actualKeys, ...gapKeys, 'kept', 'rate', 'status'];
const SIDE_KEYS: readonly SideColumn[] = ['side', 'measured', 'kept', 'rate'];
const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The layout of the SLA sheet.
 * @returns where the parts are
 * @example slaLayout().commitments.firstRow // 22
 */
export function slaLayout(): SlaLayout {
  const vocabulary = tableLayout({ row: 6, rows: VOCABULARY_ROWS, columns: keyed(TERM_KEYS) });
  const commitments = tableLayout({ row: vocabulary.lastRow + 3, rows: COMMITMENT_ROWS, columns: keyed(COMMITMENT_KEYS) });
  const rules = tableLayout({ row: commitments.lastRow + 3, rows: RULE_ROWS, columns: keyed(RULE_KEYS) });
  const followHeaderRow = rules.lastRow + 3;
  const follow = tableLayout({ row: followHeaderRow + 3, rows: MONTHS, noHeader: true, totalRow: true, columns: keyed(FOLLOW_KEYS) });
  const countRow = (follow.totalRow ?? follow.lastRow) + 1;
  const sides = tableLayout({ row: countRow + 3, rows: 3, totalRow: true, columns: keyed(SIDE_KEYS) });
  return { vocabulary, commitments, rules, followHeaderRow, sideRow: followHeaderRow + 1, targetRow: followHeaderRow + 2, follow, countRow, sides };
}

/** What the parts of the sheet share. */
interface Context {
  readonly builder: SheetPlanBuilder;
  readonly language: Language;
  readonly t: (text: LocalizedText) => string;
  readonly layout: SlaLayout;
}

/**
 * Builds the SLA sheet with its example vocabulary, commitments, rules and three example months.
 * @param options - the language
 * @returns the plan and its layout
 */
export function buildSla(options: { readonly language: Language }): { plan: SheetPlan; layout: SlaLayout } {
  const { language } = options;
  const layout = slaLayout();
  const builder = startGrid({ key: SLA_PLAN_KEY, version: SLA_PLAN_VERSION, name: TEXT.name, title: TEXT.title, subtitle: TEXT.subtitle }, WIDTH, language)
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true });
  const context: Context = { builder, language, t: (text) => text[language], layout };
  addVocabulary(context);
  addCommitments(context);
  addRules(context);
  addFollowHeader(context);
  addFollowUp(context);
  addSides(context);
  builder.widths(WIDTHS);
  return { plan: builder.build(), layout };
}

/**
 * Builds the SLA sheet.
 * @example buildSlaPlan({ language: 'fr' }).name // "Contrat marketing-ventes"
 */
export function buildSlaPlan(options: { readonly language: Language }): SheetPlan {
  return buildSla(options).plan;
}

/** The side list's values in the sheet's language. */
function sideList(t: Context['t']): string[] {
  return [t(SLA_SIDES.marketing), t(SLA_SIDES.sales), t(SLA_SIDES.both)];
}

/** Filler columns under a merged text: same style, no header, no value. */
function fillers<K extends string>(keys: readonly K[], style: StyleName): TableColumn<K>[] {
  return keys.map((key) => ({ key, header: null, style, cell: () => null }));
}

/** Merges each data row (and the header) of a text column over its fillers. */
function mergeAcross<K extends string>(builder: SheetPlanBuilder, table: TableLayout<K>, key: K, count: number): void {
  for (let row = table.headerRow; row <= table.lastRow; row++) builder.merge(cellRange(row, table.column(key), 1, count));
}

/** 1. The shared vocabulary: term, definition, criterion of passage, who decides. */
function addVocabulary({ builder, language, t, layout }: Context): void {
  const { vocabulary } = layout;
  section(builder, vocabulary.headerRow - 1, TEXT.vocabulary, WIDTH, language);
  const item = (index: number) => VOCABULARY[index];
  const table = addTable<TermColumn>(
    builder,
    {
      row: vocabulary.headerRow,
      rows: VOCABULARY_ROWS,
      columns: [
        { key: 'term', header: TEXT.term, style: 'inputText', cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[0] ?? TEXT.term)) },
        { key: 'definition', header: TEXT.definition, style: 'inputText', cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[1] ?? TEXT.term)) },
        ...fillers(filler('d', 5), 'inputText'),
        { key: 'criterion', header: TEXT.criterion, style: 'inputText', cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[2] ?? TEXT.term)) },
        ...fillers(filler('c', 5), 'inputText'),
        {
          key: 'decider',
          header: TEXT.decider,
          style: 'input',
          validation: { rule: { kind: 'list', values: sideList(t) } },
          cell: ({ index }) => (item(index) === undefined ? null : t(SLA_SIDES[item(index)?.[3] ?? 'both'])),
        },
        ...fillers(filler('s', 2), 'input'),
      ],
    },
    language,
  );
  mergeAcross(builder, table, 'definition', 6);
  mergeAcross(builder, table, 'criterion', 6);
  mergeAcross(builder, table, 'decider', 3);
  VOCABULARY.forEach(([term, definition, criterion], i) => {
    const height = rowHeightFor([
      { text: t(term), width: span(1, 1) },
      { text: t(definition), width: span(2, 6) },
      { text: t(criterion), width: span(8, 6) },
    ]);
    builder.height(table.firstRow + i, height);
  });
}

/** 2. The figured commitments: side, text, direction, monthly target. */
function addCommitments({ builder, language, t, layout }: Context): void {
  const { commitments } = layout;
  section(builder, commitments.headerRow - 1, TEXT.commitments, WIDTH, language);
  const style = (index: number): StyleName => (index < COMMITMENTS.length ? 'example' : 'input');
  const item = (index: number) => COMMITMENTS[index];
  const table = addTable<CommitmentColumn>(
    builder,
    {
      row: commitments.headerRow,
      rows: COMMITMENT_ROWS,
      columns: [
        { key: 'side', header: TEXT.side, style, validation: { rule: { kind: 'list', values: sideList(t) } }, cell: ({ index }) => (item(index) === undefined ? null : t(SLA_SIDES[item(index)?.[0] ?? 'both'])) },
        { key: 'text', header: TEXT.commitment, style, cell: ({ index }) => (item(index) === undefined ? null : `${t(item(index)?.[1] ?? TEXT.term)}${t(EXAMPLE_SUFFIX)}`) },
        ...fillers(filler('t', 5), 'example'),
        {
          key: 'direction',
          header: TEXT.direction,
          style,
          validation: { rule: { kind: 'list', values: [t(SLA_DIRECTIONS.atLeast), t(SLA_DIRECTIONS.atMost)] }, strict: true },
          cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[2] === true ? SLA_DIRECTIONS.atMost : SLA_DIRECTIONS.atLeast)),
        },
        { key: 'target', header: TEXT.target, style, validation: { rule: { kind: 'decimal', min: -1e12, max: 1e12 }, message: TEXT.targetMessage }, cell: ({ index }) => item(index)?.[3] ?? null },
      ],
    },
    language,
  );
  for (const [start, count, fill] of [[0, COMMITMENTS.length, 'example'], [COMMITMENTS.length, COMMITMENT_ROWS - COMMITMENTS.length, 'input']] as const) {
    if (count > 0) builder.style(cellRange(table.firstRow + start, table.column('t0'), count, 5), fill);
  }
  mergeAcross(builder, table, 'text', 6);
}

/** 3. The rules of follow-up and feedback: side, rule, deadline. */
function addRules({ builder, language, t, layout }: Context): void {
  const { rules } = layout;
  section(builder, rules.headerRow - 1, TEXT.rules, WIDTH, language);
  const item = (index: number) => RULES[index];
  const table = addTable<RuleColumn>(
    builder,
    {
      row: rules.headerRow,
      rows: RULE_ROWS,
      columns: [
        { key: 'side', header: TEXT.side, style: 'input', validation: { rule: { kind: 'list', values: sideList(t) } }, cell: ({ index }) => (item(index) === undefined ? null : t(SLA_SIDES[item(index)?.[0] ?? 'both'])) },
        { key: 'rule', header: TEXT.rule, style: 'inputText', cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[1] ?? TEXT.rule)) },
        ...fillers(filler('r', 5), 'inputText'),
        { key: 'deadline', header: TEXT.deadline, style: 'inputText', cell: ({ index }) => (item(index) === undefined ? null : t(item(index)?.[2] ?? TEXT.rule)) },
        ...fillers(filler('l', 2), 'inputText'),
      ],
    },
    language,
  );
  mergeAcross(builder, table, 'rule', 6);
  mergeAcross(builder, table, 'deadline', 3);
  RULES.forEach(([, rule], i) => builder.height(table.firstRow + i, rowHeightFor([{ text: t(rule), width: span(2, 6) }])));
}

/** The commitment cells the follow-up reads: text, side, direction, target of commitment j (absolute). */
function commitmentCell(layout: SlaLayout, key: CommitmentColumn, j: number): string {
  return layout.commitments.address(key, j, true);
}

/** 4. The follow-up's three header rows: commitment names, side, target as text. */
function addFollowHeader({ builder, language, t, layout }: Context): void {
  const { followHeaderRow, sideRow, follow } = layout;
  section(builder, followHeaderRow - 1, TEXT.follow, WIDTH, language);
  const atMost = quoted(SLA_DIRECTIONS.atMost, language);
  const perCommitment = (make: (j: number) => string): PlanCell[] => [...actualKeys, ...gapKeys].map((_key, i) => formulaCell(make(i % COMMITMENT_ROWS)));
  const text = (j: number): string => commitmentCell(layout, 'text', j);
  const names = [...actualKeys.map((_k, j) => formulaCell(`IF(${text(j)}="","",${text(j)})`)), ...gapKeys.map((_k, j) => formulaCell(`IF(${text(j)}="","",${quoted(TEXT.gap, language)}&${text(j)})`))];
  builder.block(followHeaderRow, 1, [
    [valueCell(t(TEXT.month)), ...names, valueCell(t(TEXT.kept)), valueCell(t(TEXT.rate)), valueCell(t(TEXT.status))],
    [valueCell(t(TEXT.side)), ...perCommitment((j) => `IF(${commitmentCell(layout, 'side', j)}="","",${commitmentCell(layout, 'side', j)})`), valueCell(null), valueCell(null), valueCell(null)],
    [
      valueCell(t(TEXT.target)),
      ...perCommitment((j) => {
        const target = commitmentCell(layout, 'target', j);
        return `IF(${target}="","",IF(${commitmentCell(layout, 'direction', j)}=${atMost},"≤ ","≥ ")&${target})`;
      }),
      valueCell(null),
      valueCell(null),
      valueCell(null),
    ],
  ]);
  builder
    .style(cellRange(followHeaderRow, 1, 1, WIDTH), 'header')
    .height(followHeaderRow, 90)
    .style(cellRange(sideRow, 1, 2, WIDTH), 'label')
    .style(cellRange(sideRow, follow.column('a0'), 2, 2 * COMMITMENT_ROWS), 'computed');
}

/** 4. The months: actual figures (inputs), gaps, kept, rate and status; the average; the months measured and kept. */
function addFollowUp({ builder, language, t, layout }: Context): void {
  const { follow, countRow } = layout;
  const atMost = quoted(SLA_DIRECTIONS.atMost, language);
  const kept = quoted(TEXT.keptStatus, language);
  const fix = quoted(TEXT.fix, language);
  const style = (index: number): StyleName => (index < EXAMPLE_MONTHS.length ? 'example' : 'input');
  const gaps = (row: number): string => `${cellAddress(row, follow.column('g0'))}:${cellAddress(row, follow.column(`g${COMMITMENT_ROWS - 1}`))}`;
  const block = `${follow.address('g0', 0, true)}:${follow.address(`g${COMMITMENT_ROWS - 1}`, MONTHS - 1, true)}`;
  const average = (key: FollowColumn) => ({ all }: { all: (k: FollowColumn) => string }) => formulaCell(`IF(COUNT(${all(key)})=0,"",AVERAGE(${all(key)}))`);
  const table = addTable<FollowColumn>(
    builder,
    {
      row: follow.firstRow,
      rows: MONTHS,
      noHeader: true,
      totalRow: true,
      columns: [
        {
          key: 'month',
          header: TEXT.month,
          style,
          cell: ({ index }) => `${t(TEXT.monthLabel)}${index + 1}${index < EXAMPLE_MONTHS.length ? t(EXAMPLE_SUFFIX) : ''}`,
          total: () => t(TEXT.average),
        },
        ...actualKeys.map((key, j): TableColumn<FollowColumn> => ({
          key,
          header: null,
          style,
          validation: { rule: { kind: 'decimal', min: -1e12, max: 1e12 }, message: TEXT.numberMessage },
          cell: ({ index }) => EXAMPLE_MONTHS[index]?.[j] ?? null,
          total: average(key),
        })),
        ...gapKeys.map((key, j): TableColumn<FollowColumn> => ({
          key,
          header: null,
          style: 'computed',
          cell: ({ ref }) => {
            const [actual, target] = [ref(`a${j}`), commitmentCell(layout, 'target', j)];
            return formulaCell(`IF(OR(${actual}="",${target}=""),"",ROUND(IF(${commitmentCell(layout, 'direction', j)}=${atMost},${target}-${actual},${actual}-${target}),9))`);
          },
          total: average(key),
        })),
        { key: 'kept', header: TEXT.kept, style: 'computed', format: 'integer', cell: ({ row }) => formulaCell(`IF(COUNT(${gaps(row)})=0,"",COUNTIF(${gaps(row)},">=0"))`), total: ({ all }) => formulaCell(`SUM(${all('kept')})`) },
        {
          key: 'rate',
          header: TEXT.rate,
          style: 'computed',
          format: 'percent',
          cell: ({ row, ref }) => formulaCell(`IF(COUNT(${gaps(row)})=0,"",${ref('kept')}/COUNT(${gaps(row)}))`),
          total: () => formulaCell(`IF(COUNT(${block})=0,"",COUNTIF(${block},">=0")/COUNT(${block}))`),
        },
        { key: 'status', header: TEXT.status, style: 'computed', cell: ({ ref }) => formulaCell(`IF(${ref('rate')}="","",IF(${ref('rate')}>=1,${kept},${fix}))`), total: ({ ref }) => formulaCell(`IF(${ref('rate')}="","",IF(${ref('rate')}>=1,${kept},${fix}))`) },
      ],
    },
    language,
  );
  builder.block(countRow, 1, [
    [
      valueCell(t(TEXT.counts)),
      ...actualKeys.map((key) => formulaCell(`COUNT(${table.all(key)})`)),
      ...gapKeys.map((key) => formulaCell(`COUNTIF(${table.all(key)},">=0")`)),
      valueCell(null),
      valueCell(null),
      valueCell(null),
    ],
  ]);
  builder.style(cellRange(countRow, 1, 1, WIDTH), 'total').format(cellRange(countRow, 2, 1, 2 * COMMITMENT_ROWS), 'integer');
  const gapRange = cellRange(table.firstRow, table.column('g0'), MONTHS + 1, COMMITMENT_ROWS);
  const first = cellAddress(table.firstRow, table.column('g0'));
  builder.conditional({ kind: 'formula', range: gapRange, formula: `AND(ISNUMBER(${first}),${first}<0)`, style: { fill: PALETTE.bad, bold: true } });
  builder.conditional({ kind: 'formula', range: gapRange, formula: `AND(ISNUMBER(${first}),${first}>=0)`, style: { fill: PALETTE.good } });
}

/** 5. Commitments measured and kept per side, read from the side row and the counts row of the follow-up. */
function addSides({ builder, language, t, layout }: Context): void {
  const { sides, follow, sideRow, countRow } = layout;
  section(builder, sides.headerRow - 1, TEXT.sides, 4, language);
  const over = (row: number, prefix: 'a' | 'g'): string =>
    `${cellAddress(row, follow.column(`${prefix}0`), { absolute: true })}:${cellAddress(row, follow.column(`${prefix}${COMMITMENT_ROWS - 1}`), { absolute: true })}`;
  const values = sideList(t);
  addTable<SideColumn>(
    builder,
    {
      row: sides.headerRow,
      rows: values.length,
      totalRow: true,
      columns: [
        { key: 'side', header: TEXT.side, style: 'label', cell: ({ index }) => values[index] ?? null, total: () => t(TEXT.total) },
        { key: 'measured', header: TEXT.measured, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`SUMIF(${over(sideRow, 'a')},${ref('side')},${over(countRow, 'a')})`), total: ({ all }) => formulaCell(`SUM(${all('measured')})`) },
        { key: 'kept', header: TEXT.keptCount, style: 'computed', format: 'integer', cell: ({ ref }) => formulaCell(`SUMIF(${over(sideRow, 'g')},${ref('side')},${over(countRow, 'g')})`), total: ({ all }) => formulaCell(`SUM(${all('kept')})`) },
        { key: 'rate', header: TEXT.rate, style: 'computed', format: 'percent', cell: ({ ref }) => formulaCell(`IF(${ref('measured')}=0,"",${ref('kept')}/${ref('measured')})`), total: ({ ref }) => formulaCell(`IF(${ref('measured')}=0,"",${ref('kept')}/${ref('measured')})`) },
      ],
      headerHeight: 45,
    },
    language,
  );
}
