/**
 * Spreadsheet errors as a small closed type. Kernels and the catalogue *return* them (never throw
 * them); each host turns them into its own error value only at the edge (Excel: CustomFunctions.Error,
 * Sheets: a thrown Error or an error string, CSV: the code text).
 */
import type { LocalizedText } from '../messages/text.js';

/** The error codes the product returns: the ones Excel, Sheets and LibreOffice all display alike. */
export type ErrorCode = '#VALUE!' | '#DIV/0!' | '#NUM!' | '#N/A';

/** A text in the two languages of the product, French first (defined with the messages, src/messages). */
export type { LocalizedText };

/** A spreadsheet error value with a message a user can act on. */
export interface SheetError {
  readonly kind: 'sheet-error';
  readonly code: ErrorCode;
  readonly message: LocalizedText;
}

export type Language = 'fr' | 'en';

function make(code: ErrorCode, fr: string | LocalizedText, en = ''): SheetError {
  const message = typeof fr === 'string' ? { fr, en } : { fr: fr.fr, en: fr.en };
  return Object.freeze({ kind: 'sheet-error', code, message: Object.freeze(message) });
}

/**
 * The error constructors take the message as a named entry of src/messages (a {@link LocalizedText})
 * or as its two texts.
 */
type ErrorOf = {
  (message: LocalizedText): SheetError;
  (fr: string, en: string): SheetError;
};

/** `#VALUE!`: a wrong type or shape of input. */
export const valueError: ErrorOf = (fr: string | LocalizedText, en?: string): SheetError => make('#VALUE!', fr, en);
/** `#DIV/0!`: a denominator is zero. */
export const divisionByZero: ErrorOf = (fr: string | LocalizedText, en?: string): SheetError => make('#DIV/0!', fr, en);
/** `#NUM!`: a number outside what the formula allows (a churn rate above 100 %). */
export const numberError: ErrorOf = (fr: string | LocalizedText, en?: string): SheetError => make('#NUM!', fr, en);
/** `#N/A`: a looked-up thing is not there (an unknown customer, an unknown code). */
export const notAvailable: ErrorOf = (fr: string | LocalizedText, en?: string): SheetError => make('#N/A', fr, en);

/** True for a {@link SheetError}; works across realms (no `instanceof`). */
export function isSheetError(value: unknown): value is SheetError {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'sheet-error';
}

/** The message in one language, prefixed by nothing: hosts add the code themselves. */
export function errorMessage(error: SheetError, language: Language = 'fr'): string {
  return error.message[language];
}
