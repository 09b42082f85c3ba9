/**
 * The shape of the audit checklist and of the interview guides: plain, readonly data from which the
 * sheet plans build the checklist and interview sheets in French or English.
 *
 * Every item keeps the consultant's grid line it comes from (`gridLine`, `gridText`), so that the
 * coverage of the grid stays provable whenever the product's wording changes.
 */
import type { LocalizedText } from '../cells/errors.js';

/**
 * The input a checklist answer cell offers.
 * - `yes-no`: a Oui / Non (Yes / No) list;
 * - `number`: a number, with its unit shown beside the question (leads / month, €, days);
 * - `percent`: a rate, entered and displayed as a percentage;
 * - `choice`: one value of a list (a data-validation list), or several values when `multiple` is true
 *   (written as text, separated by commas, since a spreadsheet list holds one value per cell);
 * - `text`: free text;
 * - `tally`: nothing to type: the sheet counts the item's parts answered "Oui" or filled in (an item
 *   whose grid line says "cochez": one row per box to tick).
 */
export type AnswerInput =
  | { readonly kind: 'yes-no' }
  | { readonly kind: 'number'; readonly unit?: LocalizedText }
  | { readonly kind: 'percent' }
  | { readonly kind: 'choice'; readonly choices: readonly LocalizedText[]; readonly multiple?: boolean }
  | { readonly kind: 'text' }
  | { readonly kind: 'tally' };

/** The kinds of {@link AnswerInput}. */
export type AnswerKind = AnswerInput['kind'];

/** Where a piece of the product comes from in the consultant's audit grid. */
export interface GridSource {
  /** 1-based line number in the grid file (seed 000). */
  readonly gridLine: number;
  /**
   * The grid's own words, verbatim: the line without its leading "- " bullet and without a trailing
   * colon (with the spaces before it); everything else, spelling included, is kept as written.
   */
  readonly gridText: string;
}

/**
 * A part of an item answered on its own row under it: the rate of a measured churn (the grid asks
 * both "measured?" and "rate"), one box of a "cochez" list, the "Autres : ___" of that list.
 */
export interface AuditItemPart {
  /** Permanent id: the item's id and a letter, "8.02a". */
  readonly id: string;
  readonly label: LocalizedText;
  readonly answer: AnswerInput;
}

/** One question or statement of the checklist. */
export interface AuditItem extends GridSource {
  /** Permanent id "section.rank", e.g. "2.03": saved answers and formulas refer to it. */
  readonly id: string;
  /** The question in the product's own words, as the consultant asks it. */
  readonly label: LocalizedText;
  /** What to look for or how to fill the answer. */
  readonly hint?: LocalizedText;
  readonly answer: AnswerInput;
  /** Id of the catalogue function that computes the related metric, e.g. "COST_PER_LEAD". */
  readonly kpi?: string;
  /** Parts answered on rows of their own under the item, in order. */
  readonly parts?: readonly AuditItemPart[];
}

/** One themed section of the checklist (1 to 8), closed by the auditor's comment block. */
export interface AuditSection extends GridSource {
  /** 1 to 8, the grid's numbering. */
  readonly number: number;
  /** Permanent kebab-case id, e.g. "sales-process". */
  readonly id: string;
  readonly title: LocalizedText;
  /** A sentence that frames the section for the client. */
  readonly intro?: LocalizedText;
  readonly items: readonly AuditItem[];
  /** Heading of the free comment block that closes the section. */
  readonly commentLabel: LocalizedText;
  /** 1-based grid line of the comment block this one replaces. */
  readonly commentGridLine: number;
}

/** A maturity score given to an item: 0 absent … 3 mastered. */
export type MaturityScore = 0 | 1 | 2 | 3;

/** One step of the maturity scale, with the rule an auditor applies to choose it. */
export interface MaturityLevel {
  readonly level: MaturityScore;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}

/** The follow-up status of an item. */
export type ItemStatusId = 'todo' | 'in_progress' | 'done';

/** One follow-up status, with its label. */
export interface ItemStatus {
  readonly id: ItemStatusId;
  readonly label: LocalizedText;
}

/** Who an interview guide is for. */
export type InterviewAudience = 'sales' | 'marketing';

/** Permanent id of an interview theme, used to group answers. */
export type InterviewThemeId = 'field' | 'process' | 'resources' | 'management' | 'collaboration' | 'objectives' | 'vision';

/** One question of an interview guide. */
export interface InterviewQuestion extends GridSource {
  /** Permanent id: "S01"… for sales, "M01"… for marketing. */
  readonly id: string;
  /** The question in the product's own words. */
  readonly label: LocalizedText;
  readonly themeId: InterviewThemeId;
  /** The theme's label, the same for every question of that theme. */
  readonly theme: LocalizedText;
}

/** The interview guide of one audience (section 9 of the grid). */
export interface InterviewGuide extends GridSource {
  readonly audience: InterviewAudience;
  readonly title: LocalizedText;
  /** How the interviews are run: who, how many, how long. */
  readonly intro: LocalizedText;
  /** The grid asks for 2 to 3 people per audience: one answer column each. */
  readonly interviewees: { readonly min: number; readonly max: number };
  /** Length of one interview in minutes. */
  readonly minutesEach: number;
  readonly questions: readonly InterviewQuestion[];
}
