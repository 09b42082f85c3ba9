/**
 * The messages of the cell readers (src/cells): what a coercion or a column decision returns. `what`
 * names the argument (as the user typed it in the formula, the same in both languages).
 */
import { text, type LocalizedText } from './text.js';

/** A message about something (an argument, a column, a file): its name, then the message. */
export const about = (subject: string | LocalizedText, message: LocalizedText): LocalizedText => {
  const { fr, en } = typeof subject === 'string' ? { fr: subject, en: subject } : subject;
  return text(`${fr} : ${message.fr}`, `${en}: ${message.en}`);
};

/** The default way to name a row in a column decision. */
export const rowNamed = (row: number): LocalizedText => text(`ligne ${row}`, `row ${row}`);

export const invalidNumber = (what: string, value: number): LocalizedText => text(`${what} : nombre invalide (${value})`, `${what}: invalid number (${value})`);
export const notANumber = (what: string, shown: string): LocalizedText => text(`${what} : ${shown} n’est pas un nombre`, `${what}: ${shown} is not a number`);
export const notADate = (what: string, shown: string): LocalizedText =>
  text(
    `${what} : ${shown} n’est pas une date (attendu : 31/12/2024, 2024-12-31 ou une date du tableur)`,
    `${what}: ${shown} is not a date (expected 31/12/2024, 2024-12-31 or a spreadsheet date)`,
  );
export const notABoolean = (what: string, shown: string): LocalizedText => text(`${what} : ${shown} n’est ni VRAI ni FAUX`, `${what}: ${shown} is neither TRUE nor FALSE`);
export const notOneColumnOrRow = (what: string, height: number, width: number): LocalizedText =>
  text(
    `${what} doit être une seule colonne ou une seule ligne (reçu ${height} lignes × ${width} colonnes)`,
    `${what} must be a single column or row (got ${height} rows × ${width} columns)`,
  );
export const notOneCell = (what: string, height: number, width: number): LocalizedText =>
  text(`${what} doit être une seule cellule (reçu ${height}×${width})`, `${what} must be a single cell (got ${height}×${width})`);

/** A column writing numbers with both decimal marks, with one whose reading depends on it. */
export const bothDecimalMarks = (comma: LocalizedText, dot: LocalizedText, ambiguous: LocalizedText, hint: LocalizedText | undefined): LocalizedText =>
  text(
    `nombres écrits des deux façons, virgule décimale (${comma.fr}) et point décimal (${dot.fr}) : impossible de lire ceux comme 1,234 (${ambiguous.fr})${hint?.fr ?? ''}`,
    `numbers written both ways, decimal comma (${comma.en}) and decimal point (${dot.en}): those such as 1,234 (${ambiguous.en}) cannot be read${hint?.en ?? ''}`,
  );

/** A column writing dates in both orders. */
export const bothDateOrders = (day: LocalizedText, month: LocalizedText, hint: LocalizedText | undefined): LocalizedText =>
  text(
    `dates écrites dans les deux ordres : jour d’abord (${day.fr}) et mois d’abord (${month.fr}) : corrigez la colonne${hint?.fr ?? ''}`,
    `dates written in both orders: day first (${day.en}) and month first (${month.en}): correct the column${hint?.en ?? ''}`,
  );

/** An argument holding an error cell, in a range (row, column) or as the cell itself. */
export const errorInCell = (argumentName: string, location: { readonly inRange: boolean; readonly row: number; readonly column: number; readonly code: string }, functionId: string): LocalizedText => {
  const { row, column, code } = location;
  const whereFr = location.inRange ? `ligne ${row}, colonne ${column} de la plage` : 'la cellule';
  const whereEn = location.inRange ? `row ${row}, column ${column} of the range` : 'the cell';
  return text(
    `${argumentName} : ${whereFr} contient l’erreur ${code} ; corrigez cette cellule ou écartez-la (par exemple avec SIERREUR), puis recalculez ${functionId}`,
    `${argumentName}: ${whereEn} holds the error ${code}; fix that cell, or leave it out (e.g. with IFERROR), then recalculate ${functionId}`,
  );
};
