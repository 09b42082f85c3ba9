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
 * - priorities: the rated sections ranked by maturity, lowest first; ties keep the grid's order.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { AUDIT_SECTIONS } from '../audit/checklist.js';
import { AUDIT_TITLE } from '../audit/labels.js';
import { MATURITY_LEVELS } from '../audit/levels.js';
import { cellAddress, cellRange } from './a1.js';
import { CHECKLIST_COLUMNS, CHECKLIST_PLAN_KEY, checklistLayout } from './checklist.js';
import { sheetRef } from './names.js';
import { rowHeightFor } from './row-height.js';
import { formulaCell, SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { CLASS_FILLS, PALETTE } from './theme.js';
import type { PlanCell, SheetPlan } from './types.js';

/** Key of the summary sheet. */
export const SUMMARY_PLAN_KEY = 'audit.summary';
/** Layout version of the summary sheet. */
export const SUMMARY_PLAN_VERSION = 1;
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
} satisfies Record<string, LocalizedText>;

/**
 * The layout of the summary sheet (fixed: eight sections, three priorities, four levels).
 * @returns the rows and cells of each table
 * @example summaryLayout().score // "B11"
 */
export function summaryLayout(): SummaryLayout {
  const totalRow = FIRST_SECTION_ROW + AUDIT_SECTIONS.length;
  const firstPriorityRow = totalRow + 5;
  const at = (offset: number): string => cellAddress(OVERVIEW_ROW + offset, 2);
  return {
    answered: at(0),
    questions: at(1),
    completion: at(2),
    rated: at(3),
    score: at(4),
    scorePercent: at(5),
    level: at(6),
    firstSectionRow: FIRST_SECTION_ROW,
    totalRow,
    firstPriorityRow,
    firstScaleRow: firstPriorityRow + PRIORITY_COUNT + 3,
  };
}

/** Options of {@link buildSummaryPlan}. */
export interface SummaryPlanOptions {
  readonly language: Language;
}

/**
 * Builds the summary sheet. Its formulas read the checklist sheet (key 'audit.checklist'), which must
 * be planned with it.
 * @param options - the language
 * @returns the sheet plan (key 'audit.summary')
 * @example buildSummaryPlan({ language: 'en' }).name // "Summary"
 */
export function buildSummaryPlan(options: SummaryPlanOptions): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const layout = summaryLayout();
  const checklist = checklistLayout();
  const { firstSectionRow, totalRow, firstPriorityRow, firstScaleRow } = layout;
  const lastSectionRow = totalRow - 1;
  const sheet = sheetRef(CHECKLIST_PLAN_KEY);
  const column = (columnNumber: number, first: number, last: number): string =>
    `${sheet}!${cellAddress(first, columnNumber, { absolute: true })}:${cellAddress(last, columnNumber, { absolute: true })}`;

  const builder = new SheetPlanBuilder({ key: SUMMARY_PLAN_KEY, version: SUMMARY_PLAN_VERSION, name: t(TEXT.name), language })
    .title(`${t(AUDIT_TITLE)} — ${t(TEXT.title)}`, WIDTH, t(TEXT.subtitle))
    .tabColor(PALETTE.blue)
    .widths(WIDTHS)
    .print({ orientation: 'landscape', fitToWidth: true })
    .hideGridLines();
  // The note is two lines, each merged across the tables (a note does not wrap).
  builder.block(3, 1, [[valueCell(t(TEXT.noteAnswered))], [valueCell(t(TEXT.noteScore))]]).style(cellRange(3, 1, 2), 'note');
  builder.merge(cellRange(3, 1, 1, WIDTH)).merge(cellRange(4, 1, 1, WIDTH));

  // 1. Overview: each figure reads the total row of the table below.
  const scaleLabels = `$A$${firstScaleRow}:$A$${firstScaleRow + MATURITY_LEVELS.length - 1}`;
  const score = layout.score;
  const overview: [LocalizedText, string][] = [
    [TEXT.answered, `C${totalRow}`],
    [TEXT.questions, `B${totalRow}`],
    [TEXT.completion, `D${totalRow}`],
    [TEXT.rated, `E${totalRow}`],
    [TEXT.score, `F${totalRow}`],
    [TEXT.scorePercent, `IF(${score}="","",${score}/3)`],
    // The scale's labels read "2 · Structuré": the level of the nearest whole score.
    [TEXT.level, `IF(${score}="","",INDEX(${scaleLabels},ROUND(${score},0)+1))`],
  ];
  sectionHeading(builder, OVERVIEW_ROW - 1, t(TEXT.overview));
  builder.block(OVERVIEW_ROW, 1, overview.map(([label, formula]) => [valueCell(t(label)), formulaCell(formula)]));
  builder
    .style(cellRange(OVERVIEW_ROW, 1, overview.length), 'label')
    .style(cellRange(OVERVIEW_ROW, 2, overview.length), 'computed')
    .style(cellRange(OVERVIEW_ROW + 4, 1, 2, 2), 'total')
    .format(cellRange(OVERVIEW_ROW, 2, 2), 'integer')
    .format(cellRange(OVERVIEW_ROW + 2, 2), 'percent')
    .format(cellRange(OVERVIEW_ROW + 3, 2), 'integer')
    .format(cellRange(OVERVIEW_ROW + 4, 2), 'decimal')
    .format(cellRange(OVERVIEW_ROW + 5, 2), 'percent');

  // 2. Per section: formulas over the section's rows of the checklist.
  sectionHeading(builder, firstSectionRow - 2, t(TEXT.perSection));
  const headers = [TEXT.section, TEXT.sectionQuestions, TEXT.sectionAnswered, TEXT.sectionCompletion, TEXT.sectionRated, TEXT.sectionMaturity, TEXT.rank];
  builder.block(firstSectionRow - 1, 1, [valueRow(headers.map(t))]).style(cellRange(firstSectionRow - 1, 1, 1, WIDTH), 'header').height(firstSectionRow - 1, 34);
  const maturities = `$F$${firstSectionRow}:$F$${lastSectionRow}`;
  const sectionRows: PlanCell[][] = AUDIT_SECTIONS.map((section, s) => {
    const rows = checklist.sections[s];
    const first = rows?.firstItemRow ?? 1;
    const last = rows?.lastItemRow ?? 1;
    const row = firstSectionRow + s;
    const answers = column(CHECKLIST_COLUMNS.answer, first, last);
    const scores = column(CHECKLIST_COLUMNS.maturity, first, last);
    // Rank = 1 + sections scored lower + sections above scored the same (the grid's order breaks ties).
    const lower = `SUMPRODUCT(ISNUMBER(${maturities})*(${maturities}<F${row}))`;
    const above = `$F$${firstSectionRow}:F${row - 1}`;
    const tiesAbove = s === 0 ? '' : `+SUMPRODUCT(ISNUMBER(${above})*(${above}=F${row}))`;
    return [
      valueCell(`${section.number}. ${section.title[language]}`),
      formulaCell(`ROWS(${answers})`),
      // Not COUNTA: a computed answer (a tally) that shows nothing yet ("") is not an answer. A comparison
      // with "" rather than LEN(range): every engine applies an operator cell by cell over a range.
      formulaCell(`SUMPRODUCT(--(${answers}<>""))`),
      formulaCell(`IF(B${row}=0,"",C${row}/B${row})`),
      formulaCell(`COUNT(${scores})`),
      formulaCell(`IF(E${row}=0,"",AVERAGE(${scores}))`),
      formulaCell(`IF(E${row}=0,"",1+${lower}${tiesAbove})`),
    ];
  });
  const allScores = column(CHECKLIST_COLUMNS.maturity, checklist.firstItemRow, checklist.lastItemRow);
  const sum = (letter: string): PlanCell => formulaCell(`SUM(${letter}${firstSectionRow}:${letter}${lastSectionRow})`);
  sectionRows.push([
    valueCell(t(TEXT.total)),
    sum('B'),
    sum('C'),
    formulaCell(`IF(B${totalRow}=0,"",C${totalRow}/B${totalRow})`),
    sum('E'),
    // Every rated item weighs the same: the average over the whole maturity column of the checklist.
    formulaCell(`IF(E${totalRow}=0,"",AVERAGE(${allScores}))`),
    valueCell(null),
  ]);
  builder.block(firstSectionRow, 1, sectionRows);
  const sectionCount = AUDIT_SECTIONS.length;
  builder
    .style(cellRange(firstSectionRow, 1, sectionCount), 'data')
    .style(cellRange(firstSectionRow, 2, sectionCount, WIDTH - 1), 'computed')
    .style(cellRange(totalRow, 1, 1, WIDTH), 'total')
    .format(cellRange(firstSectionRow, 2, sectionCount + 1, 2), 'integer')
    .format(cellRange(firstSectionRow, 4, sectionCount + 1), 'percent')
    .format(cellRange(firstSectionRow, 5, sectionCount + 1), 'integer')
    .format(cellRange(firstSectionRow, 6, sectionCount + 1), 'decimal')
    .format(cellRange(firstSectionRow, 7, sectionCount), 'integer');
  maturityColours(builder, cellRange(firstSectionRow, 6, sectionCount + 1), `F${firstSectionRow}`);
  maturityColours(builder, cellRange(OVERVIEW_ROW + 4, 2), layout.score);

  // 3. Priorities: the k-th rank, looked up by MATCH (ranks are unique).
  sectionHeading(builder, firstPriorityRow - 3, t(TEXT.priorities));
  builder.block(firstPriorityRow - 2, 1, [[valueCell(t(TEXT.prioritiesNote))]]).style(cellRange(firstPriorityRow - 2, 1), 'note').merge(cellRange(firstPriorityRow - 2, 1, 1, WIDTH));
  builder
    .block(firstPriorityRow - 1, 1, [valueRow([t(TEXT.prioritySection), t(TEXT.priorityMaturity), t(TEXT.sectionCompletion)])])
    .style(cellRange(firstPriorityRow - 1, 1, 1, 3), 'header')
    .height(firstPriorityRow - 1, 34);
  const ranks = `$G$${firstSectionRow}:$G$${lastSectionRow}`;
  const lookup = (k: number, letter: string): string =>
    `IF(COUNT(${ranks})<${k},"",INDEX($${letter}$${firstSectionRow}:$${letter}$${lastSectionRow},MATCH(${k},${ranks},0)))`;
  const priorityRows: PlanCell[][] = [];
  for (let k = 1; k <= PRIORITY_COUNT; k++) priorityRows.push([formulaCell(lookup(k, 'A')), formulaCell(lookup(k, 'F')), formulaCell(lookup(k, 'D'))]);
  builder
    .block(firstPriorityRow, 1, priorityRows)
    .style(cellRange(firstPriorityRow, 1, PRIORITY_COUNT, 3), 'computed')
    .format(cellRange(firstPriorityRow, 2, PRIORITY_COUNT), 'decimal')
    .format(cellRange(firstPriorityRow, 3, PRIORITY_COUNT), 'percent');
  maturityColours(builder, cellRange(firstPriorityRow, 2, PRIORITY_COUNT), `B${firstPriorityRow}`);

  // 4. The maturity scale the auditor applies.
  sectionHeading(builder, firstScaleRow - 2, t(TEXT.scale));
  builder.block(firstScaleRow - 1, 1, [valueRow([t(TEXT.levelHeader), t(TEXT.description), ...new Array<null>(WIDTH - 2).fill(null)])]);
  builder.style(cellRange(firstScaleRow - 1, 1, 1, WIDTH), 'header').merge(cellRange(firstScaleRow - 1, 2, 1, WIDTH - 1));
  builder.block(
    firstScaleRow,
    1,
    MATURITY_LEVELS.map((level) => [
      valueCell(`${level.level} · ${level.label[language]}`),
      valueCell(level.description[language]),
      ...new Array<PlanCell>(WIDTH - 2).fill(valueCell(null)),
    ]),
  );
  builder.style(cellRange(firstScaleRow, 1, MATURITY_LEVELS.length), 'label').style(cellRange(firstScaleRow, 2, MATURITY_LEVELS.length, WIDTH - 1), 'paragraph');
  const descriptionWidth = WIDTHS.slice(1, WIDTH).reduce((a, b) => a + b, 0);
  MATURITY_LEVELS.forEach((level, i) => {
    const row = firstScaleRow + i;
    builder.merge(cellRange(row, 2, 1, WIDTH - 1)).height(row, rowHeightFor([{ text: level.description[language], width: descriptionWidth }]));
  });

  // On paper, each table stays with its heading.
  builder
    .keep(firstSectionRow - 2, totalRow)
    .keep(firstPriorityRow - 3, firstPriorityRow + PRIORITY_COUNT - 1)
    .keep(firstScaleRow - 2, firstScaleRow + MATURITY_LEVELS.length - 1);

  builder.chart({
    kind: 'bar',
    title: t(TEXT.chart),
    categories: cellRange(firstSectionRow, 1, sectionCount),
    series: [{ name: t(TEXT.chartSeries), values: cellRange(firstSectionRow, 6, sectionCount) }],
    anchor: cellRange(OVERVIEW_ROW - 1, WIDTH + 2, totalRow - OVERVIEW_ROW + 2, 8),
    valueFormat: 'decimal',
    valueMax: 3,
  });
  return builder.build();
}

function sectionHeading(builder: SheetPlanBuilder, row: number, text: string): void {
  builder.block(row, 1, [[valueCell(text)]]).style(cellRange(row, 1, 1, WIDTH), 'section').height(row, 22);
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
