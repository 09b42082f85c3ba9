/**
 * The interview guides sheet: the sales guide, then the marketing guide, each a block with its
 * heading, how the interviews are run, a row for each interviewee's name and role and one for the
 * date, one row per question with one answer column per interviewee (three: the grid asks for two to
 * three people), a column for the recurring themes and notes, and a block for the key learnings.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { INTERVIEW_GUIDES } from '../audit/interviews.js';
import type { InterviewAudience } from '../audit/types.js';
import { cellRange } from './a1.js';
import { rowHeightFor } from './row-height.js';
import { SheetPlanBuilder, valueCell } from './sheet-builder.js';
import { PALETTE } from './theme.js';
import { PlanError, type PlanCell, type SheetPlan } from './types.js';

/** Key of the interviews sheet. */
export const INTERVIEWS_PLAN_KEY = 'audit.interviews';
/** Layout version of the interviews sheet. */
export const INTERVIEWS_PLAN_VERSION = 1;
/** Answer columns per guide: the grid asks for 2 to 3 interviewees per audience. */
export const INTERVIEWEE_COLUMNS = 3;

/** The columns of a question row (1-based). */
export const INTERVIEW_COLUMNS = Object.freeze({ id: 1, theme: 2, question: 3, firstAnswer: 4, notes: 4 + INTERVIEWEE_COLUMNS });
const WIDTH = INTERVIEW_COLUMNS.notes;
const WIDTHS = [7, 17, 46, 32, 32, 32, 34];

/** Options of {@link buildInterviewsPlan}. */
export interface InterviewsPlanOptions {
  readonly language: Language;
  /** The interviewees' names (and roles) per audience, at most three each, written in the name row. */
  readonly interviewees?: Partial<Readonly<Record<InterviewAudience, readonly string[]>>>;
}

/** Where one guide sits in the sheet (1-based rows). */
export interface InterviewGuideRows {
  readonly audience: InterviewAudience;
  readonly headingRow: number;
  readonly headerRow: number;
  /** The row of the interviewees' names and roles, and the row of the interview dates. */
  readonly nameRow: number;
  readonly dateRow: number;
  readonly firstQuestionRow: number;
  readonly lastQuestionRow: number;
  readonly learningsRow: number;
}

const TEXT = {
  name: { fr: 'Entretiens', en: 'Interviews' },
  title: { fr: 'Audit commercial & marketing — guides d’entretien', en: 'Sales & marketing audit — interview guides' },
  subtitle: {
    fr: 'Des entretiens individuels courts avec les équipes commerciale et marketing : une colonne par personne interrogée, les thèmes qui reviennent dans la dernière colonne.',
    en: 'Short one-to-one interviews with the sales and marketing teams: one column per interviewee, the recurring themes in the last column.',
  },
  legend: {
    fr: 'Cellules jaunes : à saisir. Notez les réponses avec les mots de la personne ; la troisième colonne sert si une troisième personne est interrogée.',
    en: 'Yellow cells: to fill in. Write the answers in the interviewee’s words; the third column is for a third interviewee, if any.',
  },
  questions: { fr: 'questions', en: 'questions' },
  minutes: { fr: 'min par entretien', en: 'min per interview' },
  number: { fr: 'N°', en: 'No.' },
  theme: { fr: 'Thème', en: 'Theme' },
  question: { fr: 'Question', en: 'Question' },
  interviewee: { fr: 'Personne interrogée', en: 'Interviewee' },
  optional: { fr: ' (facultatif)', en: ' (optional)' },
  notes: { fr: 'Thèmes récurrents / notes', en: 'Recurring themes / notes' },
  nameRow: { fr: 'Nom et fonction', en: 'Name and role' },
  dateRow: { fr: 'Date de l’entretien', en: 'Interview date' },
  learnings: { fr: 'Enseignements clés', en: 'Key learnings' },
  dateMessage: { fr: 'Saisissez une date (jj/mm/aaaa).', en: 'Enter a date (dd/mm/yyyy).' },
} satisfies Record<string, LocalizedText>;

const FIRST_GUIDE_ROW = 5;

/**
 * The rows of the interviews sheet (fixed by the guides).
 * @returns one entry per guide, sales first
 * @example interviewsLayout()[0]?.firstQuestionRow // 10
 */
export function interviewsLayout(): InterviewGuideRows[] {
  const guides: InterviewGuideRows[] = [];
  let row = FIRST_GUIDE_ROW;
  for (const guide of INTERVIEW_GUIDES) {
    const headingRow = row;
    const headerRow = headingRow + 2;
    const firstQuestionRow = headerRow + 3;
    const lastQuestionRow = firstQuestionRow + guide.questions.length - 1;
    guides.push({ audience: guide.audience, headingRow, headerRow, nameRow: headerRow + 1, dateRow: headerRow + 2, firstQuestionRow, lastQuestionRow, learningsRow: lastQuestionRow + 1 });
    row = lastQuestionRow + 3;
  }
  return guides;
}

/**
 * Builds the interviews sheet.
 * @param options - language, the interviewees' names
 * @returns the sheet plan (key 'audit.interviews')
 * @throws PlanError when more than three interviewees are given for an audience
 * @example buildInterviewsPlan({ language: 'fr' }).name // "Entretiens"
 */
export function buildInterviewsPlan(options: InterviewsPlanOptions): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const layout = interviewsLayout();
  const builder = new SheetPlanBuilder({ key: INTERVIEWS_PLAN_KEY, version: INTERVIEWS_PLAN_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), WIDTH, t(TEXT.subtitle))
    .tabColor(PALETTE.navy)
    .widths(WIDTHS)
    .freeze(0, 3)
    .print({ orientation: 'landscape', fitToWidth: true })
    .hideGridLines();
  builder.block(3, 1, [[valueCell(t(TEXT.legend))]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, WIDTH));

  INTERVIEW_GUIDES.forEach((guide, g) => {
    const rows = layout[g];
    if (rows === undefined) return;
    const names = options.interviewees?.[guide.audience] ?? [];
    if (names.length > INTERVIEWEE_COLUMNS) {
      throw new PlanError(`At most ${INTERVIEWEE_COLUMNS} ${guide.audience} interviewees fit the sheet (got ${names.length})`);
    }
    const width = (column: number): number => WIDTHS[column - 1] ?? 20;
    const blank = (): PlanCell[] => new Array<PlanCell>(WIDTH).fill(valueCell(null));
    const cells: PlanCell[][] = [];
    const heading = blank();
    heading[0] = valueCell(`${guide.title[language]} · ${guide.questions.length} ${t(TEXT.questions)} · ${guide.minutesEach} ${t(TEXT.minutes)}`);
    const intro = blank();
    intro[0] = valueCell(guide.intro[language]);
    const header = [t(TEXT.number), t(TEXT.theme), t(TEXT.question)];
    for (let i = 1; i <= INTERVIEWEE_COLUMNS; i++) header.push(`${t(TEXT.interviewee)} ${i}${i > guide.interviewees.min ? t(TEXT.optional) : ''}`);
    header.push(t(TEXT.notes));
    const nameRow = blank();
    nameRow[0] = valueCell(t(TEXT.nameRow));
    names.forEach((name, i) => (nameRow[INTERVIEW_COLUMNS.firstAnswer - 1 + i] = valueCell(name)));
    const dateRow = blank();
    dateRow[0] = valueCell(t(TEXT.dateRow));
    cells.push(heading, intro, header.map(valueCell), nameRow, dateRow);
    for (const question of guide.questions) {
      const row = blank();
      row[0] = valueCell(question.id);
      row[1] = valueCell(question.theme[language]);
      row[2] = valueCell(question.label[language]);
      cells.push(row);
    }
    const learnings = blank();
    learnings[0] = valueCell(t(TEXT.learnings));
    cells.push(learnings);
    builder.block(rows.headingRow, 1, cells);

    const questionCount = guide.questions.length;
    // On paper: the guide on one page when it fits, else its heading and header with the first questions.
    builder
      .keep(rows.headingRow, rows.learningsRow)
      .keep(rows.headingRow, Math.min(rows.firstQuestionRow + 1, rows.lastQuestionRow));
    builder
      .style(cellRange(rows.headingRow, 1, 1, WIDTH), 'section')
      .merge(cellRange(rows.headingRow, 1, 1, WIDTH))
      .height(rows.headingRow, 24)
      .style(cellRange(rows.headingRow + 1, 1, 1, WIDTH), 'note')
      .merge(cellRange(rows.headingRow + 1, 1, 1, WIDTH))
      .style(cellRange(rows.headerRow, 1, 1, WIDTH), 'header')
      .height(rows.headerRow, 32);
    for (const row of [rows.nameRow, rows.dateRow]) {
      builder.style(cellRange(row, 1, 1, 3), 'label').merge(cellRange(row, 1, 1, 3));
      builder.style(cellRange(row, INTERVIEW_COLUMNS.firstAnswer, 1, INTERVIEWEE_COLUMNS), 'inputText').style(cellRange(row, INTERVIEW_COLUMNS.notes), 'computed');
    }
    builder
      .format(cellRange(rows.dateRow, INTERVIEW_COLUMNS.firstAnswer, 1, INTERVIEWEE_COLUMNS), 'date')
      .validate(cellRange(rows.dateRow, INTERVIEW_COLUMNS.firstAnswer, 1, INTERVIEWEE_COLUMNS), { kind: 'date' }, { message: t(TEXT.dateMessage) })
      .height(rows.nameRow, rowHeightFor(names.map((name) => ({ text: name, width: width(INTERVIEW_COLUMNS.firstAnswer) })), 30))
      .height(rows.dateRow, 22)
      .style(cellRange(rows.firstQuestionRow, 1, questionCount, 3), 'paragraph')
      .style(cellRange(rows.firstQuestionRow, INTERVIEW_COLUMNS.firstAnswer, questionCount, INTERVIEWEE_COLUMNS + 1), 'inputText');
    guide.questions.forEach((question, i) => {
      // Room to write a few lines of answer under the question.
      builder.height(rows.firstQuestionRow + i, rowHeightFor([{ text: question.label[language], width: width(INTERVIEW_COLUMNS.question) }], 48));
    });
    builder
      .style(cellRange(rows.learningsRow, 1, 1, 3), 'label')
      .merge(cellRange(rows.learningsRow, 1, 1, 3))
      .style(cellRange(rows.learningsRow, INTERVIEW_COLUMNS.firstAnswer, 1, INTERVIEWEE_COLUMNS + 1), 'inputText')
      .merge(cellRange(rows.learningsRow, INTERVIEW_COLUMNS.firstAnswer, 1, INTERVIEWEE_COLUMNS + 1))
      .height(rows.learningsRow, 72);
  });
  return builder.build();
}
