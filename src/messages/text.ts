/** How a message entry is written: a frozen pair of texts, French first. */
import type { LocalizedText } from '../cells/errors.js';

/**
 * A text in both languages, frozen.
 *
 * @example text('Aucun client à noter', 'No customer to score')
 */
export function text(fr: string, en: string): LocalizedText {
  return Object.freeze({ fr, en });
}
