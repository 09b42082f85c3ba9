/**
 * The team list of the audit workbook: the names of the people who own checklist items, typed by the
 * consultant in the summary sheet ("Synthèse" / "Summary", section 5) and offered as a drop-down list
 * wherever a sheet asks for an owner.
 *
 * For other sheets that ask for an owner (planning sheets and the like): give the owner column the
 * validation {@link teamValidation} (a `listFromRange` over the summary's team cells, warning mode, so
 * that a name outside the list is accepted with a warning), or read the list by its workbook name
 * {@link TEAM_RANGE_NAME} (`promethee_team`) in a formula, e.g. `COUNTA(promethee_team)`. The list
 * is {@link TEAM_ROWS} cells of column A, empty cells included: skip the empty ones.
 *
 * The cells are fixed (the summary's other tables are of fixed size above them), so a sheet can refer
 * to them without the summary plan at hand; the summary checks that its tables end above them.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { cellAddress, cellRange } from './a1.js';
import { sheetRef } from './names.js';
import type { SheetPlanBuilder } from './sheet-builder.js';
import type { CellRange, ValidationRule } from './types.js';

/** Workbook name of the team list, defined by the summary sheet. */
export const TEAM_RANGE_NAME = 'promethee_team';
/** Key of the sheet that holds the team list (the summary's key). */
export const TEAM_SHEET_KEY = 'audit.summary';
/** Number of names the team list holds (the rows of the team table). */
export const TEAM_ROWS = 10;
/** Header row of the team table in the summary; the names start on the row below, in column A. */
export const TEAM_HEADER_ROW = 44;

/**
 * The cells of the team list in the summary sheet.
 * @example teamNamesRange() // { row: 45, column: 1, rowCount: 10, columnCount: 1 }
 */
export function teamNamesRange(): CellRange {
  return cellRange(TEAM_HEADER_ROW + 1, 1, TEAM_ROWS, 1);
}

/**
 * The team list as a validation source, with the summary's sheet token.
 * @example teamSource() // "{sheet:audit.summary}!$A$45:$A$54"
 */
export function teamSource(): string {
  const range = teamNamesRange();
  const first = cellAddress(range.row, range.column, { absolute: true });
  const last = cellAddress(range.row + range.rowCount - 1, range.column, { absolute: true });
  return `${sheetRef(TEAM_SHEET_KEY)}!${first}:${last}`;
}

const TEAM_MESSAGE: LocalizedText = {
  fr: 'Choisissez un nom de la liste de l’équipe (feuille Synthèse) ; un autre nom est accepté.',
  en: 'Pick a name from the team list (Summary sheet); another name is accepted.',
};

/**
 * The validation of an owner column: one of the team's names, a name outside the list accepted with
 * a warning (`strict: false`).
 * @param language - the workbook's language (of the message)
 * @returns the rule, strictness and message to give `SheetPlanBuilder.validate`
 */
export function teamValidation(language: Language): { readonly rule: ValidationRule; readonly strict: false; readonly message: string } {
  return { rule: { kind: 'listFromRange', source: teamSource() }, strict: false, message: TEAM_MESSAGE[language] };
}

/**
 * Offers the team's names in owner cells: {@link teamValidation} on each range.
 * @param builder - the sheet's builder
 * @param ranges - the owner cells
 * @param language - the workbook's language (of the message)
 */
export function validateOwners(builder: SheetPlanBuilder, ranges: readonly CellRange[], language: Language): void {
  const { rule, strict, message } = teamValidation(language);
  for (const range of ranges) builder.validate(range, rule, { strict, message });
}
