/**
 * The language of the product's texts from a host's language tag: Office's display language, Google
 * Sheets' spreadsheet locale or user locale. Shared by every host, so each reads a tag alike.
 */
import type { Language } from './errors.js';

/**
 * French for any French tag and when no tag is known (the product speaks French first), English for
 * every other language.
 *
 * @param tag - a BCP 47 tag such as Office's `displayLanguage` ("fr-FR", "fr-CA", "en-US", "de-DE")
 *   or a Google locale ("fr_FR")
 * @returns `fr` or `en`
 * @example languageFromTag('fr-BE') // 'fr'
 * @example languageFromTag('de-DE') // 'en'
 */
export function languageFromTag(tag: string | null | undefined): Language {
  if (tag === null || tag === undefined || tag.trim() === '') return 'fr';
  return /^fr(?:[-_]|$)/i.test(tag.trim()) ? 'fr' : 'en';
}
