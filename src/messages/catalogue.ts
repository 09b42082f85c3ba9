/**
 * The messages the custom-function catalogue (src/catalogue) emits, in French and English, each under
 * one name: the errors of a call (arity, shapes, lists, options, transactions, the CLV row-by-row
 * functions) and the notes inside results. Texts with values are functions returning the text.
 * Each is an export of its own, which the code reads through the namespace
 * (`import * as CATALOGUE_MESSAGES from '../messages/catalogue.js'`): a bundle then keeps only the
 * entries its code names, and the minifier shortens their names (an object's keys stay whole).
 */
import { text, type LocalizedText } from './text.js';

/** Messages of errors that come from a defect of ours rather than from the input start with this. */
export const INTERNAL_ERROR_MARK = '[Prométhée]';

/** More arguments than the function declares. */
export const tooManyArguments = (id: string, most: number, given: number): LocalizedText =>
  text(`${id} accepte au plus ${most} arguments (reçu ${given})`, `${id} takes at most ${most} arguments (got ${given})`);
/** A required argument left out. */
export const missingArgument = (id: string, name: string): LocalizedText => text(`${id} : l’argument ${name} manque`, `${id}: argument ${name} is missing`);
/** An exception escaped an implementation (a defect). */
export const internalError = (id: string, message: string): LocalizedText =>
  text(`${INTERNAL_ERROR_MARK} erreur interne dans ${id} : ${message}`, `${INTERNAL_ERROR_MARK} internal error in ${id}: ${message}`);
/** An implementation produced NaN or ±Infinity (a defect). */
export const nonFiniteResult = (id: string, value: number): LocalizedText =>
  text(`${INTERNAL_ERROR_MARK} ${id} a produit ${value}`, `${INTERNAL_ERROR_MARK} ${id} produced ${value}`);

/** Two ranges that go together row by row have different heights. */
export const differentRowCounts = (first: string, other: string, firstRows: number, otherRows: number): LocalizedText =>
  text(
    `${first} et ${other} doivent avoir le même nombre de lignes : ${firstRows} contre ${otherRows}`,
    `${first} and ${other} must have the same number of rows: ${firstRows} vs ${otherRows}`,
  );
/** Two ranges applied cell by cell have different shapes. */
export const differentShapes = (first: string, other: string, firstShape: string, otherShape: string): LocalizedText =>
  text(`${first} et ${other} doivent avoir la même forme : ${firstShape} contre ${otherShape}`, `${first} and ${other} must have the same shape: ${firstShape} vs ${otherShape}`);
/** A range argument with no cell. */
export const emptyRange = (name: string): LocalizedText => text(`${name} est une plage vide`, `${name} is an empty range`);
/** One argument empty on a row where the others are given. */
export const emptyOnRow = (name: string): LocalizedText => text(`${name} est vide sur cette ligne`, `${name} is empty on this row`);
/** An empty cell inside a list of numbers (1-based position). */
export const emptyCellInList = (name: string, position: number): LocalizedText => text(`${name} : la cellule ${position} est vide`, `${name}: cell ${position} is empty`);
/** An option cell that names none of the options; `listed` reads `0 = "a", 1 = "b"`. */
export const unknownChoice = (name: string, shown: string, listed: string): LocalizedText =>
  text(`${name} : valeur inconnue ${shown} (attendu ${listed})`, `${name}: unknown value ${shown} (expected ${listed})`);

/** A transaction's error, its 1-based row in the ranges said first. */
export const transactionRow = (row: number, message: LocalizedText): LocalizedText => text(`Ligne ${row} — ${message.fr}`, `Row ${row} — ${message.en}`);
export const emptyCustomer = text('client vide', 'empty customer');
export const emptyDate = text('date vide', 'empty date');
export const emptyAmount = text('montant vide', 'empty amount');

/** RFM's method argument given as a block that is not 3 rows of cut points. */
export const rfmCutPointRows = (cutPoints: number, rows: number): LocalizedText =>
  text(
    `method : donnez « quantile », « rfm », « ntile » ou les seuils sur 3 lignes (récence, fréquence, montant) de ${cutPoints} nombres (reçu ${rows} lignes)`,
    `method: give "quantile", "rfm", "ntile" or the cut points as 3 rows (recency, frequency, monetary) of ${cutPoints} numbers (got ${rows} rows)`,
  );

/** CLV row-by-row functions: a BG/NBD parameter ≤ 0. */
export const clvParametersPositive = text('Les paramètres du modèle doivent être > 0', 'The model parameters must be > 0');
export const clvRepeatPurchasesWhole = (x: number): LocalizedText => text(`x doit être un entier ≥ 0 (reçu ${x})`, `x must be a whole number ≥ 0 (got ${x})`);
export const clvHistoryOrder = (tx: number, T: number): LocalizedText =>
  text(`Il faut 0 ≤ t_x ≤ T (reçu t_x = ${tx}, T = ${T})`, `0 ≤ t_x ≤ T is required (got t_x = ${tx}, T = ${T})`);
export const clvHorizonNegative = (horizon: number): LocalizedText => text(`horizon doit être ≥ 0 (reçu ${horizon})`, `horizon must be ≥ 0 (got ${horizon})`);
export const clvHorizonTooLong = text(
  'Horizon trop long pour le calcul (au-delà de 100 × (alpha + T)) ou valeurs hors limites',
  'Horizon too long to compute (beyond 100 × (alpha + T)) or values out of range',
);
export const clvSpendScalePositive = text('p et gamma doivent être > 0', 'p and gamma must be > 0');
export const clvSpendShapeAboveOne = (q: number): LocalizedText =>
  text(`q doit être > 1, sinon la dépense moyenne est infinie (reçu ${q})`, `q must be > 1, or the mean spend is infinite (got ${q})`);
export const clvSpendInputsNonNegative = text('x et mean_repeat_value doivent être ≥ 0', 'x and mean_repeat_value must be ≥ 0');

/** Note of CLV_FIT's model rows: the simple formula replaced a model, and why. */
export const clvSimpleFormula = (reason: LocalizedText): LocalizedText => text(`formule simple : ${reason.fr}`, `simple formula: ${reason.en}`);
