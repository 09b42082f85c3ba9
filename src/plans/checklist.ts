/**
 * The audit checklist sheet: the eight sections of the grid one below the other, each a block with
 * its heading, a line framing it, its items and the auditor's comment block. Every item row offers:
 * n°, question, what to look for, the answer (with the input its kind calls for: a Oui / Non list, a
 * number, a %, a choice list or free text), maturity 0–3, status, evidence or comment, owner (one of the
 * team listed in the summary, see team.ts), due date.
 *
 * The summary sheet reads the answer and maturity columns of this sheet by formulas: the rows are
 * fixed by {@link checklistLayout}, whatever the language and whatever is filled in.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { excelSerialFromDay, type DayNumber } from '../cells/dates.js';
import { AUDIT_SECTIONS } from '../audit/checklist.js';
import { answerValidationList } from '../audit/answers.js';
import { AUDIT_PURPOSE, AUDIT_TITLE } from '../audit/labels.js';
import { ITEM_STATUSES, MATURITY_LEVELS, statusValidationList } from '../audit/levels.js';
import type { AnswerInput, AuditItem, AuditItemPart, ItemStatusId, MaturityScore } from '../audit/types.js';
import { cellRange, columnLetters } from './a1.js';
import { rowHeightFor, type WrappedText } from './row-height.js';
import { formulaCell, SheetPlanBuilder, valueCell } from './sheet-builder.js';
import { validateOwners } from './team.js';
import { CLASS_FILLS, PALETTE } from './theme.js';
import { PlanError, type NumberFormatName, type PlanCell, type PlanValue, type SheetPlan, type ValidationRule } from './types.js';

/** Key of the checklist sheet. */
export const CHECKLIST_PLAN_KEY = 'audit.checklist';
/** Layout version of the checklist sheet. */
export const CHECKLIST_PLAN_VERSION = 3;

/** The columns of an item row (1-based). */
export const CHECKLIST_COLUMNS = Object.freeze({
  id: 1,
  question: 2,
  hint: 3,
  answer: 4,
  maturity: 5,
  status: 6,
  evidence: 7,
  owner: 8,
  due: 9,
});
const WIDTH = 9;
const WIDTHS = [7, 46, 38, 24, 11, 13, 34, 16, 12];
const HEADER_ROW = 5;

/** What is already known of one item, written in its input cells (a saved audit, a test). */
export interface ChecklistEntry {
  /** The answer: the text of a list value ("Oui", "Haute"), a number, a rate (0.25 for 25 %), text. */
  readonly answer?: string | number;
  readonly maturity?: MaturityScore;
  readonly status?: ItemStatusId;
  readonly evidence?: string;
  readonly owner?: string;
  /** Due date, as a day number (see cells/dates). */
  readonly due?: DayNumber;
}

/** Options of {@link buildChecklistPlan}. */
export interface ChecklistPlanOptions {
  readonly language: Language;
  /** Entries by item id ("2.03"); items without one are left empty. */
  readonly entries?: Readonly<Record<string, ChecklistEntry>>;
  /** The auditor's comment of a section, by section id ("sales-process"). */
  readonly comments?: Readonly<Record<string, string>>;
}

/** Where one section sits in the checklist sheet (1-based rows). */
export interface ChecklistSectionRows {
  readonly number: number;
  readonly id: string;
  readonly headingRow: number;
  readonly firstItemRow: number;
  readonly lastItemRow: number;
  /** The row of the auditor's comment block (label in A:B, the comment in C:I). */
  readonly commentRow: number;
}

/** Where the checklist puts its rows. */
export interface ChecklistLayout {
  /** The column headers row, frozen with the title above it. */
  readonly headerRow: number;
  readonly sections: readonly ChecklistSectionRows[];
  /** First and last item rows of the whole sheet: only item rows hold a maturity in between. */
  readonly firstItemRow: number;
  readonly lastItemRow: number;
  /** Row of each item, by id. */
  readonly itemRows: ReadonlyMap<string, number>;
  /** Row of each part of an item (answered on its own row under the item), by id ("8.02a"). */
  readonly partRows: ReadonlyMap<string, number>;
}

const TEXT = {
  name: { fr: "Grille d’audit", en: 'Audit checklist' },
  title: { fr: 'grille d’audit', en: 'checklist' },
  subtitle: {
    fr: 'Grille d’audit : une ligne par question, à remplir en entretien avec le dirigeant puis à compléter des preuves collectées.',
    en: 'Audit checklist: one row per question, to fill in with the company’s leadership, then to back with the evidence collected.',
  },
  legend: {
    fr: 'Cellules jaunes : à saisir (listes déroulantes pour Oui/Non, les choix, la maturité et le statut). Maturité : ',
    en: 'Yellow cells: to fill in (drop-down lists for Yes/No, the choices, maturity and status). Maturity: ',
  },
  several: { fr: 'Choix, séparés par des virgules : ', en: 'Choices, separated by commas: ' },
  percentHint: { fr: 'Saisir un pourcentage (ex. 25 %).', en: 'Enter a percentage (e.g. 25%).' },
  percentMessage: { fr: 'Saisissez un pourcentage entre 0 et 100 % (ex. 25 %).', en: 'Enter a percentage from 0 to 100% (e.g. 25%).' },
  numberMessage: { fr: 'Saisissez un nombre positif ou nul.', en: 'Enter a number of zero or more.' },
  listMessage: { fr: 'Choisissez une valeur de la liste (ou précisez dans la colonne Preuve / commentaire).', en: 'Pick a value from the list (or explain in the Evidence / comment column).' },
  maturityMessage: { fr: 'La maturité est un entier de 0 (absent) à 3 (maîtrisé).', en: 'Maturity is a whole number from 0 (absent) to 3 (mastered).' },
  statusMessage: { fr: 'Choisissez À faire, En cours ou Fait.', en: 'Pick To do, In progress or Done.' },
  dateMessage: { fr: 'Saisissez une date (jj/mm/aaaa).', en: 'Enter a date (dd/mm/yyyy).' },
} satisfies Record<string, LocalizedText>;

const HEADERS: readonly LocalizedText[] = [
  { fr: 'N°', en: 'No.' },
  { fr: 'Question', en: 'Question' },
  { fr: 'Repères', en: 'What to look for' },
  { fr: 'Réponse', en: 'Answer' },
  // A line break of its own: a narrow column would otherwise break "(0–3)" at its dash.
  { fr: 'Maturité\n(0–3)', en: 'Maturity\n(0–3)' },
  { fr: 'Statut', en: 'Status' },
  { fr: 'Preuve / commentaire', en: 'Evidence / comment' },
  { fr: 'Responsable', en: 'Owner' },
  { fr: 'Échéance', en: 'Due date' },
];

/**
 * Fill of an item's maturity cell by score, red for nothing in place up to green for mastered: four
 * steps far enough apart to tell 0 from 1 at a glance (the theme's class fills are too close for that).
 */
const MATURITY_FILLS: readonly [MaturityScore, string][] = [
  [0, '#F4A6A6'],
  [1, '#F8CBAD'],
  [2, '#FFE699'],
  [3, '#A9D08E'],
];

/**
 * The rows of the checklist sheet. They depend only on the grid, so the summary's formulas can be
 * written without the checklist plan at hand.
 * @returns the header row, each section's rows and each item's row
 * @example checklistLayout().sections[0]?.firstItemRow // 8
 */
export function checklistLayout(): ChecklistLayout {
  const sections: ChecklistSectionRows[] = [];
  const itemRows = new Map<string, number>();
  const partRows = new Map<string, number>();
  let row = HEADER_ROW + 1;
  for (const section of AUDIT_SECTIONS) {
    const headingRow = row;
    // The heading, then the line that frames the section (every section of the grid has one).
    const firstItemRow = headingRow + 2;
    let itemRow = firstItemRow;
    for (const item of section.items) {
      itemRows.set(item.id, itemRow++);
      for (const part of item.parts ?? []) partRows.set(part.id, itemRow++);
    }
    const lastItemRow = itemRow - 1;
    sections.push({ number: section.number, id: section.id, headingRow, firstItemRow, lastItemRow, commentRow: lastItemRow + 1 });
    row = lastItemRow + 3; // the comment block, then an empty row
  }
  const first = sections[0];
  const last = sections[sections.length - 1];
  if (first === undefined || last === undefined) throw new PlanError('The audit grid has no section');
  return { headerRow: HEADER_ROW, sections, firstItemRow: first.firstItemRow, lastItemRow: last.lastItemRow, itemRows, partRows };
}

/**
 * The question as the sheet shows it: the product's wording, with the unit of a number answer.
 * @param item - the checklist item
 * @param language - the workbook's language
 * @returns e.g. "Quel est le délai moyen de recontact d’un lead ? (jours)"
 */
export function questionText(item: AuditItem, language: Language): string {
  const unit = item.answer.kind === 'number' ? item.answer.unit : undefined;
  return unit === undefined ? item.label[language] : `${item.label[language]} (${unit[language]})`;
}

/** What the "what to look for" column says: the item's hint, and the choices of a multiple choice. */
function hintText(item: AuditItem, language: Language): string {
  const parts: string[] = [];
  if (item.hint !== undefined) parts.push(item.hint[language]);
  if (item.answer.kind === 'choice' && item.answer.multiple === true) {
    parts.push(TEXT.several[language] + item.answer.choices.map((choice) => choice[language]).join(', ') + '.');
  }
  if (item.answer.kind === 'percent' && item.hint === undefined) parts.push(TEXT.percentHint[language]);
  return parts.join('\n');
}

/**
 * Builds the checklist sheet.
 * @param options - language, and what is already known (entries, comments)
 * @returns the sheet plan (key 'audit.checklist')
 * @throws PlanError for an entry or a comment about an item or section the grid does not have
 * @example buildChecklistPlan({ language: 'fr' }).name // "Grille d’audit"
 */
export function buildChecklistPlan(options: ChecklistPlanOptions): SheetPlan {
  const { language } = options;
  const t = (text: LocalizedText): string => text[language];
  const entries = options.entries ?? {};
  const comments = options.comments ?? {};
  const layout = checklistLayout();
  checkKeys(Object.keys(entries), new Set([...layout.itemRows.keys(), ...layout.partRows.keys()]), 'checklist entry');
  checkKeys(Object.keys(comments), new Set(layout.sections.map((s) => s.id)), 'section comment');
  for (const [id, entry] of Object.entries(entries)) {
    if (entry.maturity !== undefined && ![0, 1, 2, 3].includes(entry.maturity)) throw new PlanError(`The maturity of item ${id} must be 0, 1, 2 or 3 (got ${String(entry.maturity)})`);
  }

  const scale = MATURITY_LEVELS.map((level) => `${level.level} ${level.label[language]}`).join(' · ');
  const builder = new SheetPlanBuilder({ key: CHECKLIST_PLAN_KEY, version: CHECKLIST_PLAN_VERSION, name: t(TEXT.name), language })
    .title(`${t(AUDIT_TITLE)} — ${t(TEXT.title)}`, WIDTH, `${t(AUDIT_PURPOSE)} ${t(TEXT.subtitle)}`)
    .tabColor(PALETTE.navy)
    .widths(WIDTHS)
    .freeze(HEADER_ROW, 2)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: HEADER_ROW, last: HEADER_ROW } })
    .hideGridLines();
  builder.block(3, 1, [[valueCell(`${t(TEXT.legend)}${scale}.`)]]).style(cellRange(3, 1), 'note').merge(cellRange(3, 1, 1, WIDTH));
  builder.block(HEADER_ROW, 1, [HEADERS.map((header) => valueCell(t(header)))]);
  builder.style(cellRange(HEADER_ROW, 1, 1, WIDTH), 'header').height(HEADER_ROW, 30);

  // The whole body is one block: a grid fixed by the audit grid, written in one call.
  const body: PlanCell[][] = [];
  const lastRow = layout.sections[layout.sections.length - 1]?.commentRow ?? HEADER_ROW;
  for (let row = HEADER_ROW + 1; row <= lastRow; row++) body.push(new Array<PlanCell>(WIDTH).fill(valueCell(null)));
  const put = (row: number, column: number, value: PlanValue): void => {
    const cells = body[row - HEADER_ROW - 1];
    if (cells !== undefined) cells[column - 1] = valueCell(value);
  };
  const statusLabel = new Map(ITEM_STATUSES.map((status) => [status.id, status.label[language]]));

  const inputs: (AnswerCellInput & { readonly row: number })[] = [];
  const tallies: number[] = [];
  AUDIT_SECTIONS.forEach((section, s) => {
    const rows = layout.sections[s];
    if (rows === undefined) return;
    put(rows.headingRow, 1, `${section.number}. ${section.title[language]}`);
    builder.style(cellRange(rows.headingRow, 1, 1, WIDTH), 'section').merge(cellRange(rows.headingRow, 1, 1, WIDTH)).height(rows.headingRow, 24);
    put(rows.headingRow + 1, 1, section.intro?.[language] ?? '');
    builder.style(cellRange(rows.headingRow + 1, 1, 1, WIDTH), 'note').merge(cellRange(rows.headingRow + 1, 1, 1, WIDTH));

    const itemCount = rows.lastItemRow - rows.firstItemRow + 1;
    const lines: { readonly item: AuditItem | AuditItemPart; readonly owner: AuditItem }[] = section.items.flatMap((item) => [
      { item, owner: item },
      ...(item.parts ?? []).map((part) => ({ item: part, owner: item })),
    ]);
    lines.forEach(({ item, owner }, i) => {
      const row = rows.firstItemRow + i;
      const entry = entries[item.id] ?? {};
      const isPart = item !== owner;
      // A part reads as a sub-line of its item: "– Visibilité".
      const question = isPart ? `– ${item.label[language]}` : questionText(owner, language);
      const hint = isPart ? '' : hintText(owner, language);
      put(row, CHECKLIST_COLUMNS.id, item.id);
      put(row, CHECKLIST_COLUMNS.question, question);
      put(row, CHECKLIST_COLUMNS.hint, hint);
      put(row, CHECKLIST_COLUMNS.answer, entry.answer ?? null);
      if (item.answer.kind === 'tally') {
        const cells = body[row - HEADER_ROW - 1];
        if (cells !== undefined) cells[CHECKLIST_COLUMNS.answer - 1] = formulaCell(tallyFormula(owner, layout.partRows, language));
        tallies.push(row);
      }
      put(row, CHECKLIST_COLUMNS.maturity, entry.maturity ?? null);
      put(row, CHECKLIST_COLUMNS.status, entry.status === undefined ? null : (statusLabel.get(entry.status) ?? null));
      put(row, CHECKLIST_COLUMNS.evidence, entry.evidence ?? null);
      put(row, CHECKLIST_COLUMNS.owner, entry.owner ?? null);
      put(row, CHECKLIST_COLUMNS.due, entry.due === undefined ? null : excelSerialFromDay(entry.due));
      const input = answerInput(item.answer, language);
      if (input !== null) inputs.push({ row, ...input });
      const wrapped: WrappedText[] = [
        { text: question, width: WIDTHS[1] ?? 40 },
        { text: hint, width: WIDTHS[2] ?? 30, fontSize: 9 },
        { text: String(entry.answer ?? ''), width: WIDTHS[3] ?? 20 },
        { text: entry.evidence ?? '', width: WIDTHS[6] ?? 30 },
      ];
      builder.height(row, rowHeightFor(wrapped));
    });
    builder
      .style(cellRange(rows.firstItemRow, CHECKLIST_COLUMNS.id, itemCount, 2), 'paragraph')
      .style(cellRange(rows.firstItemRow, CHECKLIST_COLUMNS.hint, itemCount), 'hint')
      .style(cellRange(rows.firstItemRow, CHECKLIST_COLUMNS.answer, itemCount, WIDTH - CHECKLIST_COLUMNS.answer + 1), 'inputText');

    // On paper: the whole section on one page when it fits, else its heading with its first two
    // items, and its comment block with its last item.
    builder
      .keep(rows.headingRow, rows.commentRow)
      .keep(rows.headingRow, Math.min(rows.firstItemRow + 1, rows.lastItemRow))
      .keep(rows.lastItemRow, rows.commentRow);

    // The auditor's comment block that closes the section.
    put(rows.commentRow, 1, section.commentLabel[language]);
    put(rows.commentRow, CHECKLIST_COLUMNS.hint, comments[section.id] ?? null);
    builder
      .style(cellRange(rows.commentRow, 1, 1, 2), 'label')
      .merge(cellRange(rows.commentRow, 1, 1, 2))
      .style(cellRange(rows.commentRow, CHECKLIST_COLUMNS.hint, 1, WIDTH - CHECKLIST_COLUMNS.hint + 1), 'inputText')
      .merge(cellRange(rows.commentRow, CHECKLIST_COLUMNS.hint, 1, WIDTH - CHECKLIST_COLUMNS.hint + 1))
      .height(rows.commentRow, rowHeightFor([{ text: comments[section.id] ?? '', width: 140 }], 60));
  });
  builder.block(HEADER_ROW + 1, 1, body);

  // A tally is computed: grey, a whole number.
  for (const row of tallies) builder.style(cellRange(row, CHECKLIST_COLUMNS.answer), 'computed').format(cellRange(row, CHECKLIST_COLUMNS.answer), 'integer');

  // Answer inputs: one range per run of consecutive items asking for the same input.
  for (const run of runsOf(inputs)) {
    const range = cellRange(run.row, CHECKLIST_COLUMNS.answer, run.rows);
    if (run.format !== undefined) builder.format(range, run.format);
    builder.validate(range, run.rule, { message: run.message });
  }
  // Maturity, status, owner and due date: one range over every item row. The rows between sections
  // are merged headings and comment blocks (typed in their first column only) or an empty spacer row.
  // The owner is one of the team typed in the summary (see team.ts), another name accepted with a warning.
  const span = layout.lastItemRow - layout.firstItemRow + 1;
  builder
    .format(cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.due, span), 'date')
    .validate(cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.maturity, span), { kind: 'wholeNumber', min: 0, max: 3 }, { strict: true, message: t(TEXT.maturityMessage) })
    .validate(cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.status, span), { kind: 'list', values: statusValidationList(language) }, { strict: true, message: t(TEXT.statusMessage) })
    .validate(cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.due, span), { kind: 'date' }, { message: t(TEXT.dateMessage) });
  validateOwners(builder, [cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.owner, span)], language);

  // Maturity and status read at a glance: one rule per value over the whole column.
  const items = cellRange(layout.firstItemRow, CHECKLIST_COLUMNS.maturity, layout.lastItemRow - layout.firstItemRow + 1);
  for (const [score, fill] of MATURITY_FILLS) {
    builder.conditional({ kind: 'formula', range: items, formula: `AND(ISNUMBER($E${layout.firstItemRow}),$E${layout.firstItemRow}=${score})`, style: { fill, bold: true } });
  }
  const statuses = { ...items, column: CHECKLIST_COLUMNS.status };
  const [, inProgress, done] = statusValidationList(language);
  builder.conditional({ kind: 'formula', range: statuses, formula: `$F${layout.firstItemRow}="${done ?? ''}"`, style: { fill: CLASS_FILLS.A } });
  builder.conditional({ kind: 'formula', range: statuses, formula: `$F${layout.firstItemRow}="${inProgress ?? ''}"`, style: { fill: CLASS_FILLS.B } });
  return builder.build();
}

/** What an answer cell accepts and how it shows. */
interface AnswerCellInput {
  readonly rule: ValidationRule;
  readonly message: string;
  readonly format?: NumberFormatName;
}

/** The validation and number format of an answer cell; null for free text and a tally. */
function answerInput(answer: AnswerInput, language: Language): AnswerCellInput | null {
  const list = answerValidationList(answer, language);
  if (list !== null) return { rule: { kind: 'list', values: list }, message: TEXT.listMessage[language] };
  if (answer.kind === 'percent') return { rule: { kind: 'decimal', min: 0, max: 1 }, message: TEXT.percentMessage[language], format: 'percent' };
  if (answer.kind === 'number') {
    return { rule: { kind: 'decimal', min: 0, max: 1e12 }, message: TEXT.numberMessage[language], format: answer.unit?.en === '€' ? 'currency' : 'integer' };
  }
  return null;
}

/**
 * The answer of a tally item: how many of its parts are ticked "Oui" or filled in, empty while none
 * is answered (so that the summary does not count the item as answered before its parts are).
 */
function tallyFormula(item: AuditItem, partRows: ReadonlyMap<string, number>, language: Language): string {
  const [yes] = answerValidationList({ kind: 'yes-no' }, language) ?? ['Oui'];
  const column = columnLetters(CHECKLIST_COLUMNS.answer);
  const rows = (item.parts ?? []).map((part) => partRows.get(part.id) ?? 0);
  const terms = (item.parts ?? []).map((part, i) => {
    const cell = `${column}${rows[i] ?? 0}`;
    return part.answer.kind === 'yes-no' ? `COUNTIF(${cell},"${yes ?? 'Oui'}")` : `IF(${cell}="",0,1)`;
  });
  const all = `${column}${Math.min(...rows)}:${column}${Math.max(...rows)}`;
  return `IF(COUNTA(${all})=0,"",${terms.join('+')})`;
}

/** Consecutive rows with the same input, as runs (row, number of rows). */
function runsOf(inputs: readonly (AnswerCellInput & { readonly row: number })[]): (AnswerCellInput & { readonly row: number; readonly rows: number })[] {
  const runs: (AnswerCellInput & { row: number; rows: number; key: string })[] = [];
  for (const input of inputs) {
    const key = JSON.stringify([input.rule, input.message, input.format ?? null]);
    const last = runs[runs.length - 1];
    if (last !== undefined && last.key === key && last.row + last.rows === input.row) last.rows++;
    else runs.push({ ...input, rows: 1, key });
  }
  return runs;
}

function checkKeys(keys: readonly string[], known: ReadonlySet<string>, what: string): void {
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length > 0) throw new PlanError(`Unknown ${what} id(s): ${unknown.join(', ')}`);
}
