/**
 * Turning what a host rejected with into words for the user. A {@link UserFacingError} carries its
 * own French and English text; the Sheets bridge loses the class on the way through
 * `google.script.run`, so a plain object with the same `text` shape is recognised too. Anything else
 * is a defect: the sidebar says so and shows its message rather than hiding it.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { UserFacingError } from '../workbook/port.js';
import { sidebarStrings } from './strings.js';

/** A message the sidebar shows, with whether the user can fix it themselves. */
export interface ShownProblem {
  readonly kind: 'user' | 'defect';
  readonly text: string;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null) return false;
  const { fr, en } = value as { fr?: unknown; en?: unknown };
  return typeof fr === 'string' && typeof en === 'string';
}

/**
 * The message for an error a host rejected with.
 * @param error - what the promise rejected with
 * @param language - the sidebar's language
 * @returns the text to show, and whether it is the user's to fix
 * @example problemText(new UserFacingError({ fr: 'Sélection vide.', en: 'Empty selection.' }), 'en') // { kind: 'user', text: 'Empty selection.' }
 */
export function problemText(error: unknown, language: Language): ShownProblem {
  if (error instanceof UserFacingError) return { kind: 'user', text: error.text[language] };
  if (typeof error === 'object' && error !== null && isLocalizedText((error as { text?: unknown }).text)) {
    return { kind: 'user', text: (error as { text: LocalizedText }).text[language] };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'defect', text: sidebarStrings(language).unexpectedError(detail) };
}
