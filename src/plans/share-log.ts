/**
 * The log sheet of "make shareable": one row per formula replaced by its values (sheet, cell, formula,
 * the range its result covered, date), from which "restore formulas" writes the formulas back. A
 * generated sheet (its marker says so), so a build never overwrites a user's sheet with it and
 * "remove generated sheets" removes it too. Formulas are written as text: a log row is never run.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import type { ShareLogRow } from '../share/shareable.js';
import { cellRange } from './a1.js';
import { SheetPlanBuilder, valueCell, valueRow } from './sheet-builder.js';
import { PALETTE } from './theme.js';
import type { SheetPlan } from './types.js';

/** Key of the log sheet. */
export const SHARE_LOG_KEY = 'share.log';
/** Layout version of the log sheet. */
export const SHARE_LOG_VERSION = 1;
/** The header row; the rows below it are the log (columns A–E). */
export const SHARE_LOG_HEADER_ROW = 4;
/** Number of columns of the log. */
export const SHARE_LOG_COLUMNS = 5;

const TEXT = {
  name: { fr: 'Formules remplacées', en: 'Replaced formulas' },
  title: { fr: 'Formules remplacées par leurs valeurs', en: 'Formulas replaced by their values' },
  subtitle: {
    fr: 'Journal de « Rendre partageable » : « Restaurer les formules » les remet en place. Ne modifiez pas ce tableau.',
    en: 'Log of “Make shareable”: “Restore formulas” puts them back. Do not edit this table.',
  },
} satisfies Record<string, LocalizedText>;

const HEADERS: readonly LocalizedText[] = [
  { fr: 'Feuille', en: 'Sheet' },
  { fr: 'Cellule', en: 'Cell' },
  { fr: 'Formule d’origine', en: 'Original formula' },
  { fr: 'Plage du résultat', en: 'Result range' },
  { fr: 'Date (UTC)', en: 'Date (UTC)' },
];

/**
 * The log sheet's plan.
 * @param rows - every row of the log (the earlier ones first: a new replacement appends to them)
 * @param language - the sheet's language
 * @returns the plan
 * @example buildShareLogPlan([], 'fr').name // "Formules remplacées"
 */
export function buildShareLogPlan(rows: readonly ShareLogRow[], language: Language): SheetPlan {
  const t = (text: LocalizedText): string => text[language];
  const builder = new SheetPlanBuilder({ key: SHARE_LOG_KEY, version: SHARE_LOG_VERSION, name: t(TEXT.name), language })
    .title(t(TEXT.title), SHARE_LOG_COLUMNS, t(TEXT.subtitle))
    .tabColor(PALETTE.blue)
    .widths([22, 10, 60, 14, 22])
    .freeze(SHARE_LOG_HEADER_ROW)
    .print({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: SHARE_LOG_HEADER_ROW, last: SHARE_LOG_HEADER_ROW } });
  builder.block(SHARE_LOG_HEADER_ROW, 1, [valueRow(HEADERS.map(t))]).style(cellRange(SHARE_LOG_HEADER_ROW, 1, 1, SHARE_LOG_COLUMNS), 'header');
  if (rows.length > 0) {
    const first = SHARE_LOG_HEADER_ROW + 1;
    builder.block(
      first,
      1,
      rows.map((row) => [valueCell(row.sheet), valueCell(row.address), valueCell(row.formula), valueCell(row.result), valueCell(row.date)]),
    );
    builder.style(cellRange(first, 1, rows.length, SHARE_LOG_COLUMNS), 'data').format(cellRange(first, 1, rows.length, SHARE_LOG_COLUMNS), 'text');
  }
  return builder.build();
}

/**
 * The log rows a log sheet holds, from the values of its used range read from A1.
 * @param values - the sheet's cells from A1, rows of equal length
 * @returns the rows below the header, empty rows left out
 */
export function readShareLog(values: readonly (readonly unknown[])[]): ShareLogRow[] {
  const text = (cell: unknown): string => (typeof cell === 'string' ? cell : typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : '');
  const rows: ShareLogRow[] = [];
  for (const cells of values.slice(SHARE_LOG_HEADER_ROW)) {
    const [sheet, address, formula, result, date] = [0, 1, 2, 3, 4].map((j) => text(cells[j]));
    if (sheet === undefined || address === undefined || formula === undefined || result === undefined || date === undefined) continue;
    if (sheet === '' && address === '' && formula === '') continue;
    rows.push({ sheet, address, formula, result, date });
  }
  return rows;
}
