/**
 * The summary ("Synthèse") of the audit: per section, the questions answered out of the total and the
 * average maturity; the overall completion and score; a chart of the maturity per section; the
 * sections with the lowest maturity listed as priorities; the maturity scale. Every figure is a native
 * formula over the checklist sheet (COUNTA, COUNT, AVERAGE, SUMPRODUCT, INDEX, MATCH), so the summary
 * follows the checklist as the auditor fills it in, in any spreadsheet.
 *
 * How it scores:
 * - an item is answered when its answer cell is not empty; completion = answered ÷ questions;
 * - a section's maturity is the average of the maturities given to its items (items not rated are
 *   left out; a section with none has no maturity and is not ranked);
 * - the overall score is the average maturity of every rated item of the checklist (each item weighs
 *   the same, so a long section weighs more than a short one), also shown as a % of the maximum 3;
 * - priorities: the rated sections ranked by maturity, lowest first; ties keep the grid's order;
 * - per owner (section 5, "who does what"): the consultant types the team's names in the team list
 *   (input cells, left empty by default, the workbook name `promethee_team`, see team.ts), which the
 *   checklist's owner column offers as a drop-down; beside each name, the checklist lines assigned to
 *   it, those answered, and those overdue: a due date before today (TODAY()) and a status other than
 *   done (« Fait » / "Done"; an empty status is not done);
 * - the grids of the workbook (section 6, when the caller lists them: the audit workbook lists every
 *   optional build of the registry): per grid, whether its sheet is in the workbook, by
 *   IF(ISREF(INDIRECT("'Sheet'!A1")), …) — false for a sheet that is absent, in Excel, Google Sheets
 *   and LibreOffice alike, so a grid built later shows up without rebuilding the summary; the rows
 *   filled in its main input column, the cells marked " (exemple)" / " (example)" left out (the caller
 *   picks a column holding only such examples, or one the build leaves blank, so a grid just built
 *   counts 0); and a link,
 *   HYPERLINK("#'Sheet'!A1"), which Excel and LibreOffice follow. Google Sheets follows only "#gid=…"
 *   links, and a sheet's gid changes each time it is built again (a rebuilt grid is a new sheet), so a
 *   gid written once would go stale: in Sheets the link cell shows the sheet's name and its tab is the
 *   way there. The sheet is found by its preferred name: a grid built as "Matrice BCG (2)" because the
 *   user has a sheet "Matrice BCG" shows as absent.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { AUDIT_SECTIONS } from '../audit/checklist.js';
import { AUDIT_TITLE } from '../audit/labels.js';
import { ITEM_STATUSES, MATURITY_LEVELS } from '../audit/levels.js';
import { cellAddress, cellRange, rangeAddress } from './a1.js';
import { CHECKLIST_COLUMNS, CHECKLIST_PLAN_KEY, checklistLayout } from './checklist.js';
import { cleanSheetName, quoteSheetName, sheetRef } from './names.js';
import { rowHeightFor } from './row-height.js';
import { formulaCell, SheetPlanBuilder } from './sheet-builder.js';
import { addNote, addSection, addTable, tableLayout, type RowContext, type TableLayout } from './table.js';
import { TEAM_HEADER_ROW, TEAM_RANGE_NAME, TEAM_ROWS, TEAM_SHEET_KEY } from './team.js';
import { CLASS_FILLS, PALETTE } from './theme.js';
import { PlanError, type CellRange, type NumberFormatName, type PlanCell, type SheetPlan } from './types.js';

/** Key of the summary sheet. */
export const SUMMARY_PLAN_KEY = TEAM_SHEET_KEY;
/** Layout version of the summary sheet. */
export const SUMMARY_PLAN_VERSION = 3;
/** How many of the lowest-scoring sections the summary lists as priorities. */
export const PRIORITY_COUNT = 3;

/** Where the summary puts its figures (1-based rows; A1 addresses for the single cells). */
export interface SummaryLayout {
  /** The overview values (column B). */
  readonly answered: string;
  readonly questions: string;
  readonly completion: string;
  readonly rated: string;
  readonly score: string;
  readonly scorePercent: string;
  readonly level: string;
  /**
   * The per-section table, one row per section in the grid's order, then the total row. Columns:
   * A section, B questions, C answered, D completion, E rated, F average maturity, G priority rank.
   */
  readonly firstSectionRow: number;
  readonly totalRow: number;
  /** The priorities table, most urgent first: A section, B average maturity, C completion. */
  readonly firstPriorityRow: number;
  /** The maturity scale: A level and label, B description. */
  readonly firstScaleRow: number;
  /** The team list and the progress per owner: A name, B assigned, C answered, D overdue. */
  readonly firstTeamRow: number;
}

const WIDTH = 7;
const WIDTHS = [48, 14, 14, 14, 11, 17, 12, 3];
const OVERVIEW_ROW = 7;
const FIRST_SECTION_ROW = 17;

const TEXT = {
  name: { fr: 'Synthèse', en: 'Summary' },
  title: { fr: 'synthèse', en: 'summary' },
  subtitle: {
    fr: 'Calculée à partir de la grille d’audit : les chiffres se mettent à jour à mesure que les réponses et les maturités sont saisies.',
    en: 'Computed from the audit checklist: the figures update as answers and maturities are entered.',
  },
  noteAnswered: {
    fr: 'Une question est renseignée quand sa réponse est saisie ; la complétion est la part des questions renseignées.',
    en: 'A question is answered once its answer is entered; completion is the share of questions answered.',
  },
  noteScore: {
    fr: 'La maturité d’une section est la moyenne des notes 0–3 de ses questions notées ; le score global, la moyenne de toutes les questions notées.',
    en: 'A section’s maturity is the average of the 0–3 scores of its rated questions; the overall score, the average over every rated question.',
  },
  overview: { fr: '1. Vue d’ensemble', en: '1. Overview' },
  answered: { fr: 'Questions renseignées', en: 'Questions answered' },
  questions: { fr: 'Questions de la grille', en: 'Questions in the checklist' },
  completion: { fr: 'Taux de complétion', en: 'Completion rate' },
  rated: { fr: 'Questions notées (maturité)', en: 'Questions rated (maturity)' },
  score: { fr: 'Score global : maturité moyenne (0 à 3)', en: 'Overall score: average maturity (0 to 3)' },
  scorePercent: { fr: 'Score global en % du maximum', en: 'Overall score as a % of the maximum' },
  level: { fr: 'Niveau global (le plus proche)', en: 'Overall level (nearest)' },
  perSection: { fr: '2. Résultats par section', en: '2. Results per section' },
  section: { fr: 'Section', en: 'Section' },
  sectionQuestions: { fr: 'Questions', en: 'Questions' },
  sectionAnswered: { fr: 'Renseignées', en: 'Answered' },
  sectionCompletion: { fr: 'Complétion', en: 'Completion' },
  sectionRated: { fr: 'Notées', en: 'Rated' },
  sectionMaturity: { fr: 'Maturité moyenne (0–3)', en: 'Average maturity (0–3)' },
  rank: { fr: 'Rang de priorité', en: 'Priority rank' },
  total: { fr: 'Ensemble de la grille', en: 'Whole checklist' },
  priorities: { fr: '3. Priorités : les sections les moins mûres', en: '3. Priorities: the least mature sections' },
  prioritiesNote: {
    fr: 'Les trois sections à la maturité moyenne la plus basse. Une section sans note n’est pas classée ; à égalité, l’ordre de la grille départage.',
    en: 'The three sections with the lowest average maturity. A section with no score is not ranked; ties follow the checklist’s order.',
  },
  priorityMaturity: { fr: 'Maturité (0–3)', en: 'Maturity (0–3)' },
  prioritySection: { fr: 'Section à traiter, de la plus urgente à la moins urgente', en: 'Section to work on, most urgent first' },
  scale: { fr: '4. Échelle de maturité', en: '4. Maturity scale' },
  levelHeader: { fr: 'Niveau', en: 'Level' },
  description: { fr: 'Ce qui le caractérise', en: 'What it means' },
  chart: { fr: 'Maturité moyenne par section (0 à 3)', en: 'Average maturity per section (0 to 3)' },
  chartSeries: { fr: 'Maturité moyenne', en: 'Average maturity' },
  team: { fr: '5. Qui fait quoi : l’équipe et l’avancement par responsable', en: '5. Who does what: the team and the progress per owner' },
  teamNote: {
    fr: 'Saisissez les noms de l’équipe : la colonne Responsable de la grille les propose en liste (un autre nom reste accepté).',
    en: 'Type the team’s names: the Owner column of the checklist offers them as a list (another name is still accepted).',
  },
  overdueNote: {
    fr: 'En retard : une échéance passée (avant aujourd’hui) et un statut autre que « Fait ».',
    en: 'Overdue: a due date before today and a status other than “Done”.',
  },
  teamName: { fr: 'Membre de l’équipe', en: 'Team member' },
  assigned: { fr: 'Lignes attribuées', en: 'Lines assigned' },
  teamAnswered: { fr: 'Renseignées', en: 'Answered' },
  overdue: { fr: 'En retard', en: 'Overdue' },
} satisfies Record<string, LocalizedText>;

const SECTION_KEYS = ['section', 'questions', 'answered', 'completion', 'rated', 'maturity', 'rank'] as const;
const PRIORITY_KEYS = ['section', 'maturity', 'completion'] as const;
const SCALE_KEYS = ['level', 'description', 'pad1', 'pad2', 'pad3', 'pad4', 'pad5'] as const;
const TEAM_KEYS = ['name', 'assigned', 'answered', 'overdue'] as const;
type SectionKey = (typeof SECTION_KEYS)[number];

/** The tables of the summary sheet, by column key. */
export interface SummaryTables {
  /** The overview: label, value (no header), one row per figure of {@link SummaryLayout}. */
  readonly overview: TableLayout<'label' | 'value'>;
  /** One row per section of the grid, then the total row. */
  readonly sections: TableLayout<SectionKey>;
  /** The most urgent sections. */
  readonly priorities: TableLayout<(typeof PRIORITY_KEYS)[number]>;
  /** The maturity levels, the description merged across the other columns. */
  readonly scale: TableLayout<(typeof SCALE_KEYS)[number]>;
  /** The team list (name, an input) and each owner's lines: assigned, answered, overdue. */
  readonly team: TableLayout<(typeof TEAM_KEYS)[number]>;
}

const keyed = <K extends string>(keys: readonly K[]): { key: K }[] => keys.map((key) => ({ key }));

/**
 * The tables of the summary sheet (fixed: eight sections, three priorities, four levels, the team
 * list of {@link TEAM_ROWS} names at the rows team.ts fixes).
 * @throws PlanError when the tables above the team list would run into it (a grid grown longer)
 * @example summaryTables().sections.address('maturity', 0) // "F17"
 */
export function summaryTables(): SummaryTables {
  const sections = tableLayout({ row: FIRST_SECTION_ROW - 1, rows: AUDIT_SECTIONS.length, totalRow: true, columns: keyed(SECTION_KEYS) });
  const priorities = tableLayout({ row: (sections.totalRow ?? 0) + 4, rows: PRIORITY_COUNT, columns: keyed(PRIORITY_KEYS) });
  const scale = tableLayout({ row: priorities.lastRow + 3, rows: MATURITY_LEVELS.length, columns: keyed(SCALE_KEYS) });
  // The team section: its heading and two notes above the header, an empty row after the scale.
  if (scale.lastRow + 2 > TEAM_HEADER_ROW - 3) throw new PlanError(`The summary's scale ends on row ${scale.lastRow}, too low for the team list at row ${TEAM_HEADER_ROW}`);
  return {
    overview: tableLayout({ row: OVERVIEW_ROW, rows: 7, noHeader: true, columns: keyed(['label', 'value'] as const) }),
    sections,
    priorities,
    scale,
    team: tableLayout({ row: TEAM_HEADER_ROW, rows: TEAM_ROWS, columns: keyed(TEAM_KEYS) }),
  };
}

/**
 * The layout of the summary sheet (fixed: eight sections, three priorities, four levels).
 * @returns the rows and cells of each table
 * @example summaryLayout().score // "B11"
 */
export function summaryLayout(): SummaryLayout {
  const { overview, sections, priorities, scale, team } = summaryTables();
  const at = (index: number): string => overview.address('value', index);
  return {
    answered: at(0),
    questions: at(1),
    completion: at(2),
    rated: at(3),
    score: at(4),
    scorePercent: at(5),
    level: at(6),
    firstSectionRow: sections.firstRow,
    totalRow: sections.totalRow ?? 0,
    firstPriorityRow: priorities.firstRow,
    firstScaleRow: scale.firstRow,
    firstTeamRow: team.firstRow,
  };
}

/** A grid the summary's section 6 points to. */
export interface SummaryGrid {
  /** Its name, in the summary's language. */
  readonly label: string;
  /** The preferred name of its sheet (in the summary's language): the one the summary looks for. */
  readonly sheet: string;
  /** Its main input column (the rows typed in, examples first), whose filled cells are counted; absent: no count. */
  readonly entries?: CellRange;
}

/** Options of {@link buildSummaryPlan}. */
export interface SummaryPlanOptions {
  readonly language: Language;
  /** The grids to list in section 6 (present or absent by formula); absent or empty: no section 6. */
  readonly grids?: readonly SummaryGrid[];
  /**
   * The team's names, written in the first cells of the team list (a saved audit, a test); absent:
   * the list is left empty for the consultant to type. At most {@link TEAM_ROWS} names.
   */
  readonly team?: readonly string[];
}

/**
 * Builds the summary sheet. Its formulas read the checklist sheet (key 'audit.checklist'), which must
 * be planned with it.
 * @param options - the language, and the team's names when known
 * @returns the sheet plan (key 'audit.summary')
 * @throws PlanError for more than {@link TEAM_ROWS} names in the team
 * @example buildSummaryPlan({ language: 'en' }).name // "Summary"
 */
export function buildSummaryPlan(options: SummaryPlanOptions): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const tables = summaryTables();
  const builder = new SheetPlanBuilder({ key: SUMMARY_PLAN_KEY, version: SUMMARY_PLAN_VERSION, name: t(TEXT.name), language })
    .title(`${t(AUDIT_TITLE)} — ${t(TEXT.title)}`, WIDTH, t(TEXT.subtitle))
    .tabColor(PALETTE.blue)
    .widths(WIDTHS)
    .print({ orientation: 'landscape', fitToWidth: true })
    .hideGridLines();
  // The note is two lines, each merged across the tables (a note does not wrap).
  addNote(builder, 3, t(TEXT.noteAnswered), WIDTH);
  addNote(builder, 4, t(TEXT.noteScore), WIDTH);
  addOverview(builder, language, tables);
  addSections(builder, language, tables);
  addPriorities(builder, language, tables);
  addScale(builder, language, tables);
  addTeam(builder, language, tables, options.team ?? []);
  if (options.grids !== undefined && options.grids.length > 0) addGrids(builder, language, tables.team.lastRow + 2, options.grids);
  const { sections, priorities, scale, team } = tables;
  // On paper, each table stays with its heading.
  builder
    .keep(sections.headerRow - 1, sections.totalRow ?? 0)
    .keep(priorities.headerRow - 2, priorities.lastRow)
    .keep(scale.headerRow - 1, scale.lastRow)
    .keep(team.headerRow - 3, team.lastRow);
  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: sections.range('section'),
    series: [{ name: t(TEXT.chartSeries), values: sections.range('maturity') }],
    anchor: cellRange(OVERVIEW_ROW - 1, WIDTH + 2, (sections.totalRow ?? 0) - OVERVIEW_ROW + 2, 8),
    valueFormat: 'decimal',
    valueMax: 3,
  });
  return builder.build();
}

/** 1. Overview: each figure reads the total row of the table below. */
function addOverview(builder: SheetPlanBuilder, language: Language, { overview: layout, sections, scale }: SummaryTables): void {
  sectionHeading(builder, layout.firstRow - 1, TEXT.overview[language]);
  const total = (key: SectionKey): string => sections.totalAddress(key);
  const score = layout.address('value', 4);
  const figures: [LocalizedText, string, NumberFormatName | undefined][] = [
    [TEXT.answered, total('answered'), 'integer'],
    [TEXT.questions, total('questions'), 'integer'],
    [TEXT.completion, total('completion'), 'percent'],
    [TEXT.rated, total('rated'), 'integer'],
    [TEXT.score, total('maturity'), 'decimal'],
    [TEXT.scorePercent, `IF(${score}="","",${score}/3)`, 'percent'],
    // The scale's labels read "2 · Structuré": the level of the nearest whole score.
    [TEXT.level, `IF(${score}="","",INDEX(${scale.all('level')},ROUND(${score},0)+1))`, undefined],
  ];
  // The score and its percentage stand out as totals.
  const isScore = (index: number): boolean => index === 4 || index === 5;
  addTable(
    builder,
    {
      row: layout.firstRow,
      rows: figures.length,
      noHeader: true,
      columns: [
        { key: 'label', header: null, style: (i) => (isScore(i) ? 'total' : 'label'), cell: ({ index }) => TEXT_OF(figures[index]?.[0], language) },
        { key: 'value', header: null, style: (i) => (isScore(i) ? 'total' : 'computed'), format: (i) => figures[i]?.[2], cell: ({ index }) => formulaCell(figures[index]?.[1] ?? '') },
      ],
    },
    language,
  );
  maturityColours(builder, cellRange(layout.firstRow + 4, layout.column('value')), score);
}

const TEXT_OF = (text: LocalizedText | undefined, language: Language): string | null => (text === undefined ? null : text[language]);

/** 2. Per section: formulas over the section's rows of the checklist. */
function addSections(builder: SheetPlanBuilder, language: Language, { sections: layout }: SummaryTables): void {
  const t = (text: LocalizedText): string => text[language];
  const checklist = checklistLayout();
  sectionHeading(builder, layout.headerRow - 1, t(TEXT.perSection));
  const column = (columnNumber: number, first: number, last: number): string =>
    `${sheetRef(CHECKLIST_PLAN_KEY)}!${cellAddress(first, columnNumber, { absolute: true })}:${cellAddress(last, columnNumber, { absolute: true })}`;
  const items = (s: number, columnNumber: number): string => column(columnNumber, checklist.sections[s]?.firstItemRow ?? 1, checklist.sections[s]?.lastItemRow ?? 1);
  const maturities = layout.all('maturity');
  const sum = ({ range }: RowContext<SectionKey>, key: SectionKey): PlanCell => formulaCell(`SUM(${range(key)})`);
  const completion = ({ ref }: RowContext<SectionKey>): PlanCell => formulaCell(`IF(${ref('questions')}=0,"",${ref('answered')}/${ref('questions')})`);
  // Rank = 1 + sections scored lower + sections above scored the same (the grid's order breaks ties).
  const rank = ({ index, ref }: RowContext<SectionKey>): PlanCell => {
    const lower = `SUMPRODUCT(ISNUMBER(${maturities})*(${maturities}<${ref('maturity')}))`;
    const above = `${layout.address('maturity', 0, true)}:${ref('maturity', -1)}`;
    const tiesAbove = index === 0 ? '' : `+SUMPRODUCT(ISNUMBER(${above})*(${above}=${ref('maturity')}))`;
    return formulaCell(`IF(${ref('rated')}=0,"",1+${lower}${tiesAbove})`);
  };
  const allScores = column(CHECKLIST_COLUMNS.maturity, checklist.firstItemRow, checklist.lastItemRow);
  const table = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: AUDIT_SECTIONS.length,
      headerHeight: 34,
      totalRow: true,
      columns: [
        { key: 'section', header: TEXT.section, cell: ({ index }) => `${AUDIT_SECTIONS[index]?.number ?? ''}. ${AUDIT_SECTIONS[index]?.title[language] ?? ''}`, total: () => t(TEXT.total) },
        { key: 'questions', header: TEXT.sectionQuestions, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(`ROWS(${items(index, CHECKLIST_COLUMNS.answer)})`), total: (row) => sum(row, 'questions') },
        {
          key: 'answered',
          header: TEXT.sectionAnswered,
          style: 'computed',
          format: 'integer',
          // Not COUNTA: a computed answer (a tally) that shows nothing yet ("") is not an answer. A comparison
          // with "" rather than LEN(range): every engine applies an operator cell by cell over a range.
          cell: ({ index }) => formulaCell(`SUMPRODUCT(--(${items(index, CHECKLIST_COLUMNS.answer)}<>""))`),
          total: (row) => sum(row, 'answered'),
        },
        { key: 'completion', header: TEXT.sectionCompletion, style: 'computed', format: 'percent', cell: completion, total: completion },
        { key: 'rated', header: TEXT.sectionRated, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(`COUNT(${items(index, CHECKLIST_COLUMNS.maturity)})`), total: (row) => sum(row, 'rated') },
        {
          key: 'maturity',
          header: TEXT.sectionMaturity,
          style: 'computed',
          format: 'decimal',
          cell: ({ index, ref }) => formulaCell(`IF(${ref('rated')}=0,"",AVERAGE(${items(index, CHECKLIST_COLUMNS.maturity)}))`),
          // Every rated item weighs the same: the average over the whole maturity column of the checklist.
          total: ({ ref }) => formulaCell(`IF(${ref('rated')}=0,"",AVERAGE(${allScores}))`),
        },
        { key: 'rank', header: TEXT.rank, style: 'computed', format: 'integer', totalFormat: null, cell: rank },
      ],
    },
    language,
  );
  maturityColours(builder, { ...table.range('maturity'), rowCount: table.rowCount + 1 }, table.address('maturity', 0));
}

/** 3. Priorities: the k-th rank, looked up by MATCH (ranks are unique). */
function addPriorities(builder: SheetPlanBuilder, language: Language, { sections, priorities: layout }: SummaryTables): void {
  sectionHeading(builder, layout.headerRow - 2, TEXT.priorities[language]);
  addNote(builder, layout.headerRow - 1, TEXT.prioritiesNote[language], WIDTH);
  const ranks = sections.all('rank');
  const lookup = (key: SectionKey) => ({ index }: RowContext<string>): PlanCell =>
    formulaCell(`IF(COUNT(${ranks})<${index + 1},"",INDEX(${sections.all(key)},MATCH(${index + 1},${ranks},0)))`);
  const table = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: PRIORITY_COUNT,
      headerHeight: 34,
      columns: [
        { key: 'section', header: TEXT.prioritySection, style: 'computed', cell: lookup('section') },
        { key: 'maturity', header: TEXT.priorityMaturity, style: 'computed', format: 'decimal', cell: lookup('maturity') },
        { key: 'completion', header: TEXT.sectionCompletion, style: 'computed', format: 'percent', cell: lookup('completion') },
      ],
    },
    language,
  );
  maturityColours(builder, table.range('maturity'), table.address('maturity', 0));
}

/** 4. The maturity scale the auditor applies. */
function addScale(builder: SheetPlanBuilder, language: Language, { scale: layout }: SummaryTables): void {
  sectionHeading(builder, layout.headerRow - 1, TEXT.scale[language]);
  const pad = { header: null, style: 'paragraph', cell: () => null } as const;
  const table = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: MATURITY_LEVELS.length,
      columns: [
        { key: 'level', header: TEXT.levelHeader, style: 'label', cell: ({ index }) => `${MATURITY_LEVELS[index]?.level ?? ''} · ${MATURITY_LEVELS[index]?.label[language] ?? ''}` },
        { key: 'description', header: TEXT.description, style: 'paragraph', cell: ({ index }) => MATURITY_LEVELS[index]?.description[language] ?? null },
        ...(['pad1', 'pad2', 'pad3', 'pad4', 'pad5'] as const).map((key) => ({ key, ...pad })),
      ],
    },
    language,
  );
  const descriptionWidth = WIDTHS.slice(1, WIDTH).reduce((a, b) => a + b, 0);
  builder.merge(cellRange(table.headerRow, table.column('description'), 1, WIDTH - 1));
  MATURITY_LEVELS.forEach((level, i) => {
    const row = table.firstRow + i;
    builder.merge(cellRange(row, table.column('description'), 1, WIDTH - 1)).height(row, rowHeightFor([{ text: level.description[language], width: descriptionWidth }]));
  });
}

/**
 * 5. Who does what: the team list (input cells, the workbook name `promethee_team` the checklist's
 * owner column offers) and, beside each name, the checklist lines assigned to it, answered, overdue.
 * SUMPRODUCT of comparisons rather than COUNTIF(S): a name is matched as typed, never as a pattern
 * ("*" or "?" in a name), and an empty name counts nothing. A due date is compared only when filled
 * (`<>""`, not ISNUMBER over a range, which not every engine applies cell by cell); a text typed
 * there ranks above every number in Excel, Sheets and LibreOffice, so it is never overdue.
 */
function addTeam(builder: SheetPlanBuilder, language: Language, { team: layout }: SummaryTables, names: readonly string[]): void {
  if (names.length > TEAM_ROWS) throw new PlanError(`The team list holds at most ${TEAM_ROWS} names (got ${names.length})`);
  const t = (text: LocalizedText): string => text[language];
  const checklist = checklistLayout();
  sectionHeading(builder, layout.headerRow - 3, t(TEXT.team));
  addNote(builder, layout.headerRow - 2, t(TEXT.teamNote), WIDTH);
  addNote(builder, layout.headerRow - 1, t(TEXT.overdueNote), WIDTH);
  const column = (columnNumber: number): string =>
    `${sheetRef(CHECKLIST_PLAN_KEY)}!${cellAddress(checklist.firstItemRow, columnNumber, { absolute: true })}:${cellAddress(checklist.lastItemRow, columnNumber, { absolute: true })}`;
  const owners = column(CHECKLIST_COLUMNS.owner);
  const answers = column(CHECKLIST_COLUMNS.answer);
  const statuses = column(CHECKLIST_COLUMNS.status);
  const dues = column(CHECKLIST_COLUMNS.due);
  const done = ITEM_STATUSES.find((status) => status.id === 'done')?.label[language] ?? '';
  const count = (terms: (name: string) => string) => ({ ref }: RowContext<(typeof TEAM_KEYS)[number]>): PlanCell =>
    formulaCell(`IF(${ref('name')}="","",SUMPRODUCT(${terms(ref('name'))}))`);
  const counted = { style: 'computed', format: 'integer' } as const;
  const table = addTable(
    builder,
    {
      row: layout.headerRow,
      rows: TEAM_ROWS,
      headerHeight: 34,
      columns: [
        { key: 'name', header: TEXT.teamName, style: 'input', format: 'text', cell: ({ index }) => names[index] ?? null },
        { key: 'assigned', header: TEXT.assigned, ...counted, cell: count((name) => `--(${owners}=${name})`) },
        { key: 'answered', header: TEXT.teamAnswered, ...counted, cell: count((name) => `(${owners}=${name})*(${answers}<>"")`) },
        {
          key: 'overdue',
          header: TEXT.overdue,
          ...counted,
          cell: count((name) => `(${owners}=${name})*(${dues}<>"")*(${dues}<TODAY())*(${statuses}<>"${done}")`),
        },
      ],
    },
    language,
  );
  builder.name(TEAM_RANGE_NAME, table.range('name'));
  const overdue = table.address('overdue', 0);
  builder.conditional({ kind: 'formula', range: table.range('overdue'), formula: `AND(ISNUMBER(${overdue}),${overdue}>0)`, style: { fill: CLASS_FILLS.C, bold: true } });
}

const GRID_TEXT = {
  grids: { fr: '6. Grilles du classeur', en: '6. Grids in the workbook' },
  gridsNote: {
    fr: 'Chaque grille facultative : présente ou non dans le classeur (sous son nom d’origine), lignes saisies hors exemples, lien pour y aller.',
    en: 'Each optional grid: in the workbook or not (under its original name), rows filled in besides the examples, a link to it.',
  },
  grid: { fr: 'Grille', en: 'Grid' },
  status: { fr: 'Dans le classeur', en: 'In the workbook' },
  present: { fr: 'Présente', en: 'Present' },
  absent: { fr: 'Absente', en: 'Absent' },
  filled: { fr: 'Lignes saisies', en: 'Rows filled in' },
  link: { fr: 'Aller à la feuille', en: 'Go to the sheet' },
} satisfies Record<string, LocalizedText>;

const GRID_KEYS = ['grid', 'status', 'filled', 'link'] as const;

/** The rows of section 6: its heading, its note, then the table's header at `row + 2`. */
export function summaryGridsTable(count: number): TableLayout<(typeof GRID_KEYS)[number]> {
  return tableLayout({ row: summaryTables().team.lastRow + 4, rows: count, columns: keyed(GRID_KEYS) });
}

/** A text as a formula's string literal: between quotes, inner quotes doubled. */
const literal = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/**
 * 6. The grids of the workbook: per grid its status, its rows filled in and a link, each by formula
 * over INDIRECT of its sheet's name, so that an absent sheet is no #REF! (see the file's comment).
 */
function addGrids(builder: SheetPlanBuilder, language: Language, row: number, grids: readonly SummaryGrid[]): void {
  const t = (text: LocalizedText): string => text[language];
  sectionHeading(builder, row, t(GRID_TEXT.grids));
  addNote(builder, row + 1, t(GRID_TEXT.gridsNote), WIDTH);
  const sheetOf = (index: number): string => quoteSheetName(cleanSheetName(grids[index]?.sheet ?? ''));
  const present = (index: number): string => `ISREF(INDIRECT(${literal(`${sheetOf(index)}!A1`)}))`;
  const filled = (index: number): string => {
    const entries = grids[index]?.entries;
    if (entries === undefined) return '""';
    const range = `INDIRECT(${literal(`${sheetOf(index)}!${rangeAddress(entries)}`)})`;
    return `COUNTA(${range})-COUNTIF(${range},"* (exemple)")-COUNTIF(${range},"* (example)")`;
  };
  const table = addTable(
    builder,
    {
      row: row + 2,
      rows: grids.length,
      columns: [
        { key: 'grid', header: GRID_TEXT.grid, style: 'label', cell: ({ index }) => grids[index]?.label ?? null },
        { key: 'status', header: GRID_TEXT.status, style: 'computed', cell: ({ index }) => formulaCell(`IF(${present(index)},${literal(t(GRID_TEXT.present))},${literal(t(GRID_TEXT.absent))})`) },
        { key: 'filled', header: GRID_TEXT.filled, style: 'computed', format: 'integer', cell: ({ index }) => formulaCell(`IF(${present(index)},${filled(index)},"")`) },
        {
          key: 'link',
          header: GRID_TEXT.link,
          style: 'computed',
          cell: ({ index }) => formulaCell(`IF(${present(index)},HYPERLINK(${literal(`#${sheetOf(index)}!A1`)},${literal(cleanSheetName(grids[index]?.sheet ?? ''))}),"")`),
        },
      ],
    },
    language,
  );
  const status = table.address('status', 0);
  builder.conditional({ kind: 'formula', range: table.range('status'), formula: `${status}=${literal(t(GRID_TEXT.present))}`, style: { fill: CLASS_FILLS.A, bold: true } });
  builder.keep(row, table.lastRow);
}

function sectionHeading(builder: SheetPlanBuilder, row: number, text: string): void {
  addSection(builder, row, 1, WIDTH, text);
  builder.height(row, 22);
}

/** Colours a maturity by band: under 1 red, under 2 yellow, 2 and more green. */
function maturityColours(builder: SheetPlanBuilder, range: ReturnType<typeof cellRange>, topLeft: string): void {
  const bands: [string, string][] = [
    [`AND(ISNUMBER(${topLeft}),${topLeft}<1)`, CLASS_FILLS.C],
    [`AND(ISNUMBER(${topLeft}),${topLeft}>=1,${topLeft}<2)`, CLASS_FILLS.B],
    [`AND(ISNUMBER(${topLeft}),${topLeft}>=2)`, CLASS_FILLS.A],
  ];
  for (const [formula, fill] of bands) builder.conditional({ kind: 'formula', range, formula, style: { fill } });
}
