/**
 * The language of what the add-in writes (error messages, texts inside results), from the language
 * tag Office reports.
 */
import type { Language } from '../../src/cells/errors.js';

/**
 * French for any French tag and when no tag is known (the product speaks French first), English for
 * every other language.
 *
 * @param tag - a BCP 47 tag such as Office's `displayLanguage` ("fr-FR", "fr-CA", "en-US", "de-DE")
 * @returns `fr` or `en`
 * @example languageFromTag('fr-BE') // 'fr'
 * @example languageFromTag('de-DE') // 'en'
 */
export function languageFromTag(tag: string | null | undefined): Language {
  if (tag === null || tag === undefined || tag.trim() === '') return 'fr';
  return /^fr(?:[-_]|$)/i.test(tag.trim()) ? 'fr' : 'en';
}
