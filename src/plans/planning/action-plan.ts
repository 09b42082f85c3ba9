/**
 * The action plan (seeds 000 and 003): actions proposed from the three lowest-scoring sections of the
 * audit, plus the consultant's own rows; per action an owner, a RACI (exactly one R and one A,
 * checked by formula), urgency × importance placed in the Eisenhower matrix by formula (Do,
 * Schedule, Delegate, Drop), a due date, a status and a progress; then the progress per owner and per
 * quadrant. Every computed cell is a live formula over the yellow inputs.
 *
 * The audit summary may be absent (the sheet built alone): every formula that reads it goes through
 * `INDIRECT` on the summary's name typed in the parameters, guarded by `ISREF(INDIRECT(…))`, so that
 * without the summary the proposals stay empty, never #REF!. With the summary, the three proposals
 * follow its priorities table (the three sections of lowest maturity) as answers change, and their
 * texts come from the table of suggested actions per section at the bottom of the sheet (editable).
 *
 * The team: the names of the progress-per-owner table are read from the summary's team list
 * (`promethee_team`) when the summary is there, and are input cells the user may type over otherwise;
 * the owner column offers them as a drop-down list (warning only, another name is accepted). The list
 * lives in this sheet so that the sheet built alone refers to no other sheet.
 *
 * Urgency and importance: a score from 1 to 5 (high from the threshold, 3 by default) or Oui/Non
 * (Yes/No); "Oui" is high, "Non" low. Both filled: urgent and important → Faire (Do); important only →
 * Planifier (Schedule); urgent only → Déléguer (Delegate); neither → Abandonner (Drop).
 */
import { AUDIT_SECTIONS } from '../../audit/checklist.js';
import { ITEM_STATUSES } from '../../audit/levels.js';
import type { Language, LocalizedText } from '../../cells/errors.js';
import { cellAddress, cellRange } from '../a1.js';
import { formulaCell, type SheetPlanBuilder, valueCell } from '../sheet-builder.js';
import { rowHeightFor } from '../row-height.js';
import { PRIORITY_COUNT, summaryTables } from '../summary.js';
import { addTable, tableLayout, type RowContext, type TableLayout } from '../table.js';
import { TEAM_ROWS, teamNamesRange } from '../team.js';
import { CLASS_FILLS, PALETTE } from '../theme.js';
import type { SheetPlan, StyleName } from '../types.js';
import { EXAMPLE_SUFFIX, quoted, section, startGrid } from '../strategy/common.js';

/** Key of the action-plan sheet (the build's key is 'action-plan': plan keys take no hyphen). */
export const ACTION_PLAN_KEY = 'action_plan';
/** Layout version of the action-plan sheet. */
export const ACTION_PLAN_VERSION = 1;
/** Free action rows under the proposals (the examples included). */
export const FREE_ACTION_ROWS = 14;

export type ActionColumn =
  | 'theme'
  | 'score'
  | 'action'
  | 'owner'
  | 'r'
  | 'a'
  | 'c'
  | 'i'
  | 'raci'
  | 'urgency'
  | 'importance'
  | 'quadrant'
  | 'due'
  | 'status'
  | 'progress'
  | 'late';
export type ProgressColumn = 'name' | 'actions' | 'done' | 'late' | 'progress';
export type SuggestionColumn = 'section' | 'suggestion';

/** Where the sheet's parts are. */
export interface ActionPlanLayout {
  /** The summary's sheet name (input), whether it was found, the threshold of a high score: column {@link PARAMETER_COLUMN}. */
  readonly summaryNameRow: number;
  readonly foundRow: number;
  readonly thresholdRow: number;
  /** The actions: the first {@link PRIORITY_COUNT} rows are the proposals. */
  readonly actions: TableLayout<ActionColumn>;
  readonly owners: TableLayout<ProgressColumn>;
  readonly quadrants: TableLayout<ProgressColumn>;
  readonly suggestions: TableLayout<SuggestionColumn>;
}

const TEXT = {
  name: { fr: 'Plan d’actions', en: 'Action plan' },
  title: { fr: 'Plan d’actions : de l’audit à l’action', en: 'Action plan: from the audit to action' },
  subtitle: {
    fr: 'Les trois sections les moins mûres de l’audit proposent leurs actions ; ajoutez les vôtres. Responsable, RACI, urgence × importance (Eisenhower), échéance, statut et avancement.',
    en: 'The three least mature sections of the audit propose their actions; add your own. Owner, RACI, urgency × importance (Eisenhower), due date, status and progress.',
  },
  rules: {
    fr: 'RACI : un nom ou X par colonne, une seule personne en R et en A. Urgence et importance : 1 à 5 (forte à partir du seuil) ou Oui/Non. Faire = urgent et important · Planifier = important · Déléguer = urgent · Abandonner = ni l’un ni l’autre.',
    en: 'RACI: a name or X per column, one person only as R and as A. Urgency and importance: 1 to 5 (high from the threshold) or Yes/No. Do = urgent and important · Schedule = important · Delegate = urgent · Drop = neither.',
  },
  parameters: { fr: '1. Paramètres', en: '1. Parameters' },
  summaryName: { fr: 'Feuille de synthèse de l’audit', en: 'Audit summary sheet' },
  summaryDefault: { fr: 'Synthèse', en: 'Summary' },
  found: { fr: 'Synthèse trouvée dans le classeur', en: 'Summary found in the workbook' },
  threshold: { fr: 'Note à partir de laquelle l’urgence ou l’importance est forte (1 à 5)', en: 'Score from which urgency or importance is high (1 to 5)' },
  actions: { fr: '2. Actions (les trois premières lignes : proposées par la synthèse de l’audit)', en: '2. Actions (the first three rows: proposed by the audit summary)' },
  theme: { fr: 'Section de l’audit / thème', en: 'Audit section / theme' },
  score: { fr: 'Maturité (0–3)', en: 'Maturity (0–3)' },
  action: { fr: 'Action', en: 'Action' },
  owner: { fr: 'Responsable', en: 'Owner' },
  raci: { fr: 'Contrôle RACI', en: 'RACI check' },
  urgency: { fr: 'Urgence (1–5 ou Oui/Non)', en: 'Urgency (1–5 or Yes/No)' },
  importance: { fr: 'Importance (1–5 ou Oui/Non)', en: 'Importance (1–5 or Yes/No)' },
  quadrant: { fr: 'Quadrant Eisenhower', en: 'Eisenhower quadrant' },
  due: { fr: 'Échéance', en: 'Due date' },
  status: { fr: 'Statut', en: 'Status' },
  progress: { fr: 'Avancement', en: 'Progress' },
  late: { fr: 'En retard', en: 'Overdue' },
  byOwner: { fr: '3. Avancement par responsable (équipe lue dans la synthèse, sinon à saisir)', en: '3. Progress per owner (team read from the summary, else typed in)' },
  byQuadrant: { fr: '4. Avancement par quadrant', en: '4. Progress per quadrant' },
  count: { fr: 'Actions', en: 'Actions' },
  done: { fr: 'Faites', en: 'Done' },
  average: { fr: 'Avancement moyen', en: 'Average progress' },
  total: { fr: 'Total', en: 'Total' },
  suggestions: { fr: '5. Actions suggérées par section de l’audit (modifiables)', en: '5. Suggested actions per audit section (editable)' },
  section: { fr: 'Section', en: 'Section' },
  suggestion: { fr: 'Action suggérée', en: 'Suggested action' },
  yes: { fr: 'Oui', en: 'Yes' },
  no: { fr: 'Non', en: 'No' },
  ok: { fr: 'OK', en: 'OK' },
  noR: { fr: 'Pas de R', en: 'No R' },
  manyR: { fr: 'Un seul R', en: 'One R only' },
  noA: { fr: 'Pas de A', en: 'No A' },
  manyA: { fr: 'Un seul A', en: 'One A only' },
  teamMessage: { fr: 'Un nom de l’équipe (tableau 3) ; un autre nom est accepté.', en: 'A name of the team (table 3); another name is accepted.' },
  scoreMessage: { fr: 'Une note de 1 à 5, ou Oui / Non.', en: 'A score from 1 to 5, or Yes / No.' },
  progressMessage: { fr: 'Un pourcentage entre 0 et 100 %.', en: 'A percentage from 0 to 100%.' },
  dateMessage: { fr: 'Une date.', en: 'A date.' },
} satisfies Record<string, LocalizedText>;

/** The Eisenhower quadrants, in the order of the per-quadrant table. */
export const QUADRANTS = {
  do: { fr: 'Faire', en: 'Do' },
  schedule: { fr: 'Planifier', en: 'Schedule' },
  delegate: { fr: 'Déléguer', en: 'Delegate' },
  drop: { fr: 'Abandonner', en: 'Drop' },
} as const satisfies Record<string, LocalizedText>;
const QUADRANT_ORDER = [QUADRANTS.do, QUADRANTS.schedule, QUADRANTS.delegate, QUADRANTS.drop] as const;

/** A suggested action per audit section, in the grid's order (seed 000's themes). */
export const SUGGESTED_ACTIONS: readonly LocalizedText[] = [
  {
    fr: 'Cartographier et documenter le processus de vente (entrée du lead, qualification, relances, affaires perdues) et le partager à toute l’équipe.',
    en: 'Map and document the sales process (lead entry, qualification, follow-ups, lost deals) and share it with the whole team.',
  },
  {
    fr: 'Mesurer le coût par lead, par opportunité et par client de chaque canal, puis réallouer le budget vers les canaux rentables.',
    en: 'Measure the cost per lead, per opportunity and per customer of each channel, then move the budget to the profitable channels.',
  },
  {
    fr: 'Rédiger et partager un plan marketing : proposition de valeur en une phrase, objectifs, planning éditorial.',
    en: 'Write and share a marketing plan: a one-sentence value proposition, objectives, an editorial calendar.',
  },
  {
    fr: 'Fixer des objectifs SMART à 3, 6 et 12 mois et un tableau de bord des KPI analysé chaque mois avec l’équipe.',
    en: 'Set SMART objectives at 3, 6 and 12 months and a KPI dashboard reviewed every month with the team.',
  },
  {
    fr: 'Formaliser le client idéal (ICP), segmenter le CRM (ABC) et adapter les messages à chaque cible.',
    en: 'Define the ideal customer profile (ICP), segment the CRM (ABC) and tailor the messages to each target.',
  },
  {
    fr: 'Instaurer une réunion ventes–marketing régulière, une définition commune du lead qualifié et un contrat de service (SLA).',
    en: 'Set up a regular sales–marketing meeting, a shared definition of a qualified lead and a service-level agreement (SLA).',
  },
  {
    fr: 'Connecter les outils marketing et ventes, et automatiser les relances, le scoring et le nurturing.',
    en: 'Connect the marketing and sales tools, and automate follow-ups, scoring and nurturing.',
  },
  {
    fr: 'Mettre en place un suivi post-vente, mesurer l’attrition et lancer un programme de vente additionnelle et croisée.',
    en: 'Set up an after-sales follow-up, measure churn and launch an upsell and cross-sell programme.',
  },
];

/** One example action (free row). */
interface ExampleAction {
  readonly theme: LocalizedText;
  readonly action: LocalizedText;
  readonly owner: string;
  readonly raci: readonly [string, string, string, string];
  readonly urgency: number | 'yes' | 'no';
  readonly importance: number | 'yes' | 'no';
  /** Excel serial day. */
  readonly due: number;
  readonly status: 'todo' | 'in_progress' | 'done';
  readonly progress: number;
}

/** Two examples: a Do action overdue since 15/01/2026 at 50 %, and a Schedule action due 30/06/2030 at 0 %. */
const EXAMPLES: readonly ExampleAction[] = [
  {
    theme: { fr: 'Prospection', en: 'Prospecting' },
    action: { fr: 'Relancer les devis de plus de 30 jours', en: 'Follow up the quotes older than 30 days' },
    owner: 'Commercial 1',
    raci: ['X', 'Direction', '', 'Marketing'],
    urgency: 4,
    importance: 5,
    due: 46037,
    status: 'in_progress',
    progress: 0.5,
  },
  {
    theme: { fr: 'Marketing', en: 'Marketing' },
    action: { fr: 'Écrire les fiches persona des trois cibles', en: 'Write the persona sheets of the three targets' },
    owner: 'Marketing',
    raci: ['X', 'Direction', 'Commercial 1', ''],
    urgency: 'no',
    importance: 'yes',
    due: 47664,
    status: 'todo',
    progress: 0,
  },
];

const ACTION_KEYS: readonly ActionColumn[] = ['theme', 'score', 'action', 'owner', 'r', 'a', 'c', 'i', 'raci', 'urgency', 'importance', 'quadrant', 'due', 'status', 'progress', 'late'];
const PROGRESS_KEYS: readonly ProgressColumn[] = ['name', 'actions', 'done', 'late', 'progress'];
const WIDTH = ACTION_KEYS.length;
const PARAMETER_ROW = 6;
/** Column of the parameters' values (D: their labels span A to C). */
export const PARAMETER_COLUMN = 4;
const COLUMN_WIDTHS = [36, 10, 50, 18, 12, 12, 12, 12, 12, 13, 13, 13, 12, 12, 13, 10];
/** Columns a suggested action spans (B to L). */
const SUGGESTION_SPAN = 11;
const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The layout of the action-plan sheet.
 * @returns where the parts are
 * @example actionPlanLayout().actions.firstRow // 12
 */
export function actionPlanLayout(): ActionPlanLayout {
  const thresholdRow = PARAMETER_ROW + 2;
  const actions = tableLayout({ row: thresholdRow + 3, rows: PRIORITY_COUNT + FREE_ACTION_ROWS, columns: keyed(ACTION_KEYS) });
  const owners = tableLayout({ row: actions.lastRow + 3, rows: TEAM_ROWS, totalRow: true, columns: keyed(PROGRESS_KEYS) });
  const quadrants = tableLayout({ row: (owners.totalRow ?? 0) + 3, rows: QUADRANT_ORDER.length, totalRow: true, columns: keyed(PROGRESS_KEYS) });
  const suggestions = tableLayout({ row: (quadrants.totalRow ?? 0) + 3, rows: AUDIT_SECTIONS.length, columns: keyed<SuggestionColumn>(['section', 'suggestion']) });
  return { summaryNameRow: PARAMETER_ROW, foundRow: PARAMETER_ROW + 1, thresholdRow, actions, owners, quadrants, suggestions };
}

/** What the parts of the sheet share: the language and the formulas over the parameters. */
interface Context {
  readonly language: Language;
  readonly layout: ActionPlanLayout;
  readonly t: (text: LocalizedText) => string;
  /** A formula text: TRUE when the summary is in the workbook. */
  readonly found: string;
  /** `INDIRECT` of an absolute address of the summary. */
  readonly summary: (address: string) => string;
}

/**
 * Builds the action-plan sheet.
 * @param options - the language
 * @returns the sheet plan (key 'action_plan') and its layout
 * @example buildActionPlan({ language: 'en' }).plan.name // "Action plan"
 */
export function buildActionPlan(options: { readonly language: Language }): { plan: SheetPlan; layout: ActionPlanLayout } {
  const { language } = options;
  const layout = actionPlanLayout();
  const t = (text: LocalizedText): string => text[language];
  const nameCell = cellAddress(layout.summaryNameRow, PARAMETER_COLUMN, { absolute: true });
  const sheet = `"'"&SUBSTITUTE(${nameCell},"'","''")&"'!`;
  const context: Context = {
    language,
    layout,
    t,
    found: `${cellAddress(layout.foundRow, PARAMETER_COLUMN, { absolute: true })}=${quoted(TEXT.yes, language)}`,
    summary: (address) => `INDIRECT(${sheet}${address}")`,
  };
  const builder = startGrid({ key: ACTION_PLAN_KEY, version: ACTION_PLAN_VERSION, name: TEXT.name, title: TEXT.title, subtitle: TEXT.subtitle }, WIDTH, language)
    .tabColor(PALETTE.navy)
    .freeze(0, 1)
    .print({ orientation: 'landscape', fitToWidth: true });
  builder.block(4, 1, [[valueCell(t(TEXT.rules))]]).style(cellRange(4, 1), 'note').merge(cellRange(4, 1, 1, WIDTH));
  addParameterBlock(builder, context, sheet);
  addActions(builder, context);
  addProgress(builder, context, 'owners');
  addProgress(builder, context, 'quadrants');
  addSuggestions(builder, context);
  builder.widths(COLUMN_WIDTHS);
  return { plan: builder.build(), layout };
}

/**
 * Builds the action-plan sheet.
 * @example buildActionPlanPlan({ language: 'fr' }).name // "Plan d’actions"
 */
export function buildActionPlanPlan(options: { readonly language: Language }): SheetPlan {
  return buildActionPlan(options).plan;
}

/** 1. The summary's name, whether it is found, the threshold of a high score. */
function addParameterBlock(builder: SheetPlanBuilder, { language, layout, t }: Context, sheet: string): void {
  const { summaryNameRow, foundRow, thresholdRow } = layout;
  section(builder, summaryNameRow - 1, TEXT.parameters, 4, language);
  const value = PARAMETER_COLUMN;
  const cells = [
    [valueCell(t(TEXT.summaryName)), valueCell(t(TEXT.summaryDefault))],
    [valueCell(t(TEXT.found)), formulaCell(`IF(ISREF(INDIRECT(${sheet}A1")),"${t(TEXT.yes)}","${t(TEXT.no)}")`)],
    [valueCell(t(TEXT.threshold)), valueCell(3)],
  ];
  cells.forEach(([label, cell], i) => {
    const row = summaryNameRow + i;
    builder.block(row, 1, [[label ?? valueCell(null)]]).block(row, value, [[cell ?? valueCell(null)]]).merge(cellRange(row, 1, 1, value - 1)).style(cellRange(row, 1, 1, value - 1), 'label');
  });
  builder
    .style(cellRange(summaryNameRow, value), 'input')
    .format(cellRange(summaryNameRow, value), 'text')
    .style(cellRange(foundRow, value), 'computed')
    .style(cellRange(thresholdRow, value), 'input')
    .format(cellRange(thresholdRow, value), 'integer')
    .validate(cellRange(thresholdRow, value), { kind: 'wholeNumber', min: 1, max: 5 }, { strict: true, message: t(TEXT.scoreMessage) });
}

/** What kind of row an action row is: a proposal of the summary, an example, a free row. */
function rowKind(index: number): 'proposal' | 'example' | 'free' {
  if (index < PRIORITY_COUNT) return 'proposal';
  return index < PRIORITY_COUNT + EXAMPLES.length ? 'example' : 'free';
}
const exampleAt = (index: number): ExampleAction | undefined => EXAMPLES[index - PRIORITY_COUNT];
/** Style of an input column: example rows orange, the others yellow. */
const inputOf = (index: number): StyleName => (rowKind(index) === 'example' ? 'example' : 'input');

/** Separators that mean more than one name in a RACI cell, counted by LEN − LEN(SUBSTITUTE(…)). */
function separators(cell: string): string {
  const stripped = [',', ';', '/', '+', '&'].reduce((text, separator) => `SUBSTITUTE(${text},"${separator}","")`, cell);
  return `(LEN(${cell})-LEN(${stripped}))`;
}

/** The RACI check of one row: one R and one A, each a single name (or X). */
function raciCheck({ ref }: RowContext<ActionColumn>, language: Language): string {
  const q = (text: LocalizedText): string => quoted(text, language);
  const [r, a] = [ref('r'), ref('a')];
  return `IF(${ref('action')}="","",IF(TRIM(${r})="",${q(TEXT.noR)},IF(${separators(r)}>0,${q(TEXT.manyR)},IF(TRIM(${a})="",${q(TEXT.noA)},IF(${separators(a)}>0,${q(TEXT.manyA)},${q(TEXT.ok)})))))`;
}

/** The Eisenhower quadrant of one row; a score is high from the threshold, "Oui" / "Yes" is high. */
function quadrantOf({ ref }: RowContext<ActionColumn>, { language, layout }: Context): string {
  const threshold = cellAddress(layout.thresholdRow, PARAMETER_COLUMN, { absolute: true });
  const high = (cell: string): string => `OR(${cell}="${TEXT.yes.fr}",${cell}="${TEXT.yes.en}",IFERROR(--${cell},0)>=${threshold})`;
  const q = (text: LocalizedText): string => quoted(text, language);
  const [urgent, important] = [high(ref('urgency')), high(ref('importance'))];
  return `IF(OR(${ref('action')}="",${ref('urgency')}="",${ref('importance')}=""),"",IF(${urgent},IF(${important},${q(QUADRANTS.do)},${q(QUADRANTS.delegate)}),IF(${important},${q(QUADRANTS.schedule)},${q(QUADRANTS.drop)})))`;
}

/** A proposal's cells read from the summary's priorities table. */
function proposal(context: Context, key: 'theme' | 'score' | 'action', { index, ref }: RowContext<ActionColumn>): string {
  const priorities = summaryTables().priorities;
  if (key === 'theme') return `IF(${context.found},T(${context.summary(priorities.address('section', index, true))}),"")`;
  if (key === 'score') return `IF(${ref('theme')}="","",N(${context.summary(priorities.address('maturity', index, true))}))`;
  // The section's number opens its label ("3. Marketing…"): the row of its suggestion.
  const theme = ref('theme');
  return `IF(${theme}="","",IFERROR(T(INDEX(${context.layout.suggestions.all('suggestion')},VALUE(LEFT(${theme},FIND(".",${theme})-1)))),""))`;
}

/** The text of an example's field in the sheet's language. */
function exampleText(index: number, pick: (example: ExampleAction) => LocalizedText | string | number, language: Language): string | number | null {
  const example = exampleAt(index);
  if (rowKind(index) !== 'example' || example === undefined) return null;
  const value = pick(example);
  return typeof value === 'object' ? value[language] : value;
}

/** 2. The actions: three proposals, the examples, the free rows. */
function addActions(builder: SheetPlanBuilder, context: Context): void {
  const { language, layout, t } = context;
  const q = (text: LocalizedText): string => quoted(text, language);
  const done = ITEM_STATUSES.find((status) => status.id === 'done')?.label ?? TEXT.done;
  section(builder, layout.actions.headerRow - 1, TEXT.actions, WIDTH, language);
  const example = (pick: (example: ExampleAction) => LocalizedText | string | number) => ({ index }: { index: number }) => exampleText(index, pick, language);
  const yesNo = (value: number | 'yes' | 'no'): LocalizedText | number => (value === 'yes' ? TEXT.yes : value === 'no' ? TEXT.no : value);
  const scoreValidation = { rule: { kind: 'list', values: ['1', '2', '3', '4', '5', t(TEXT.yes), t(TEXT.no)] }, strict: false, message: TEXT.scoreMessage } as const;
  const raciColumn = (key: 'r' | 'a' | 'c' | 'i', j: number) => ({ key, header: key.toUpperCase(), style: inputOf, cell: example((e) => e.raci[j] ?? '') });
  const owners = layout.owners.range('name');
  const ownerSource = `${cellAddress(owners.row, owners.column, { absolute: true })}:${cellAddress(owners.row + owners.rowCount - 1, owners.column, { absolute: true })}`;
  addTable<ActionColumn>(
    builder,
    {
      row: layout.actions.headerRow,
      rows: layout.actions.rowCount,
      headerHeight: 34,
      columns: [
        { key: 'theme', header: TEXT.theme, style: (i) => (rowKind(i) === 'proposal' ? 'computed' : inputOf(i)), cell: (row) => (rowKind(row.index) === 'proposal' ? formulaCell(proposal(context, 'theme', row)) : example((e) => e.theme)(row)) },
        { key: 'score', header: TEXT.score, style: 'computed', format: 'decimal', cell: (row) => (rowKind(row.index) === 'proposal' ? formulaCell(proposal(context, 'score', row)) : null) },
        {
          key: 'action',
          header: TEXT.action,
          // A proposal is read-only text, wrapped (its row as high as the longest suggestion).
          style: (i) => (rowKind(i) === 'proposal' ? 'paragraph' : rowKind(i) === 'example' ? 'exampleText' : 'inputText'),
          cell: (row) => {
            if (rowKind(row.index) === 'proposal') return formulaCell(proposal(context, 'action', row));
            const example = exampleAt(row.index);
            return rowKind(row.index) === 'example' && example !== undefined ? `${example.action[language]}${EXAMPLE_SUFFIX[language]}` : null;
          },
        },
        { key: 'owner', header: TEXT.owner, style: inputOf, validation: { rule: { kind: 'listFromRange', source: ownerSource }, strict: false, message: TEXT.teamMessage }, cell: example((e) => e.owner) },
        raciColumn('r', 0),
        raciColumn('a', 1),
        raciColumn('c', 2),
        raciColumn('i', 3),
        { key: 'raci', header: TEXT.raci, style: 'computed', cell: (row) => formulaCell(raciCheck(row, language)) },
        { key: 'urgency', header: TEXT.urgency, style: inputOf, validation: scoreValidation, cell: example((e) => yesNo(e.urgency)) },
        { key: 'importance', header: TEXT.importance, style: inputOf, validation: scoreValidation, cell: example((e) => yesNo(e.importance)) },
        { key: 'quadrant', header: TEXT.quadrant, style: 'computed', cell: (row) => formulaCell(quadrantOf(row, context)) },
        { key: 'due', header: TEXT.due, style: inputOf, format: 'date', validation: { rule: { kind: 'date' }, message: TEXT.dateMessage }, cell: example((e) => e.due) },
        {
          key: 'status',
          header: TEXT.status,
          style: inputOf,
          validation: { rule: { kind: 'list', values: ITEM_STATUSES.map((status) => status.label[language]) }, strict: true },
          cell: example((e) => ITEM_STATUSES.find((status) => status.id === e.status)?.label ?? ''),
        },
        { key: 'progress', header: TEXT.progress, style: inputOf, format: 'percent', validation: { rule: { kind: 'decimal', min: 0, max: 1 }, strict: true, message: TEXT.progressMessage }, cell: example((e) => e.progress) },
        {
          key: 'late',
          header: TEXT.late,
          style: 'computed',
          cell: ({ ref }) => formulaCell(`IF(${ref('action')}="","",IF(AND(N(${ref('due')})>0,N(${ref('due')})<TODAY(),${ref('status')}<>${q(done)}),${q(TEXT.yes)},""))`),
        },
      ],
    },
    language,
  );
  const proposalHeight = rowHeightFor(SUGGESTED_ACTIONS.map((text) => ({ text: text[language], width: COLUMN_WIDTHS[2] ?? 50 })));
  for (let i = 0; i < PRIORITY_COUNT; i++) builder.height(layout.actions.firstRow + i, proposalHeight);
  const flag = (key: ActionColumn, test: (cell: string) => string): void => {
    const cell = layout.actions.address(key, 0);
    builder.conditional({ kind: 'formula', range: layout.actions.range(key), formula: test(cell), style: { fill: CLASS_FILLS.C, bold: true } });
  };
  flag('raci', (cell) => `AND(${cell}<>"",${cell}<>${q(TEXT.ok)})`);
  flag('late', (cell) => `${cell}=${q(TEXT.yes)}`);
}

/** 3 and 4. Actions, done, overdue and average progress per owner (the team list) or per quadrant. */
function addProgress(builder: SheetPlanBuilder, context: Context, which: 'owners' | 'quadrants'): void {
  const { language, layout, t } = context;
  const q = (text: LocalizedText): string => quoted(text, language);
  const table = layout[which];
  const actions = layout.actions;
  const done = ITEM_STATUSES.find((status) => status.id === 'done')?.label ?? TEXT.done;
  section(builder, table.headerRow - 1, which === 'owners' ? TEXT.byOwner : TEXT.byQuadrant, PROGRESS_KEYS.length, language);
  const match = which === 'owners' ? actions.all('owner') : actions.all('quadrant');
  const rows = (name: string): string => `(${match}=${name})*(${actions.all('action')}<>"")`;
  const count = (extra: string) => ({ ref }: RowContext<ProgressColumn>) => formulaCell(`IF(${ref('name')}="","",SUMPRODUCT(${rows(ref('name'))}${extra}))`);
  const sum = (key: ProgressColumn) => ({ all }: RowContext<ProgressColumn>) => formulaCell(`SUM(${all(key)})`);
  const team = teamNamesRange();
  const name = ({ index }: { index: number }) =>
    which === 'owners'
      ? formulaCell(`IF(${context.found},T(${context.summary(cellAddress(team.row + index, team.column, { absolute: true }))}),"")`)
      : t(QUADRANT_ORDER[index] ?? QUADRANTS.do);
  addTable<ProgressColumn>(
    builder,
    {
      row: table.headerRow,
      rows: table.rowCount,
      totalRow: true,
      columns: [
        { key: 'name', header: which === 'owners' ? TEXT.owner : TEXT.quadrant, style: which === 'owners' ? 'input' : 'label', cell: name, total: () => t(TEXT.total) },
        { key: 'actions', header: TEXT.count, style: 'computed', format: 'integer', cell: count(''), total: sum('actions') },
        { key: 'done', header: TEXT.done, style: 'computed', format: 'integer', cell: count(`*(${actions.all('status')}=${q(done)})`), total: sum('done') },
        { key: 'late', header: TEXT.late, style: 'computed', format: 'integer', cell: count(`*(${actions.all('late')}=${q(TEXT.yes)})`), total: sum('late') },
        {
          key: 'progress',
          header: TEXT.average,
          style: 'computed',
          format: 'percent',
          // An action without a progress counts as 0 %.
          cell: ({ ref }) => formulaCell(`IF(N(${ref('actions')})=0,"",SUMPRODUCT(${rows(ref('name'))},${actions.all('progress')})/${ref('actions')})`),
          // The average over the rows above, each weighted by its actions.
          total: ({ all, ref }) => formulaCell(`IF(N(${ref('actions')})=0,"",SUMPRODUCT(${all('actions')},${all('progress')})/${ref('actions')})`),
        },
      ],
    },
    language,
  );
}

/** 5. The suggested action of each audit section, in the grid's order (the proposals read it by the section's number). */
function addSuggestions(builder: SheetPlanBuilder, { language, layout }: Context): void {
  section(builder, layout.suggestions.headerRow - 1, TEXT.suggestions, 3, language);
  addTable<SuggestionColumn>(
    builder,
    {
      row: layout.suggestions.headerRow,
      rows: AUDIT_SECTIONS.length,
      columns: [
        { key: 'section', header: TEXT.section, style: 'label', cell: ({ index }) => `${AUDIT_SECTIONS[index]?.number ?? ''}. ${AUDIT_SECTIONS[index]?.title[language] ?? ''}` },
        { key: 'suggestion', header: TEXT.suggestion, style: 'inputText', cell: ({ index }) => SUGGESTED_ACTIONS[index]?.[language] ?? null },
      ],
    },
    language,
  );
  // Each suggestion spans the columns B to L, wrapped, its row as high as its text.
  const span = SUGGESTION_SPAN;
  const width = COLUMN_WIDTHS.slice(1, 1 + span).reduce((a, b) => a + b, 0);
  const { headerRow, firstRow } = layout.suggestions;
  builder.merge(cellRange(headerRow, 2, 1, span));
  SUGGESTED_ACTIONS.forEach((text, i) => {
    builder.merge(cellRange(firstRow + i, 2, 1, span)).height(firstRow + i, rowHeightFor([{ text: text[language], width }]));
  });
}
