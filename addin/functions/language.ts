/**
 * The language of what the add-in writes (error messages, texts inside results). Office offers no
 * language of the document: `displayLanguage` is each user's interface language and `contentLanguage`
 * each user's editing language (https://learn.microsoft.com/javascript/api/office/office.context), so
 * results following either would change with whoever recalculates a shared workbook. The language is
 * therefore a setting of the workbook, written by the sidebar when it builds (Office's document
 * settings travel inside the file: https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings),
 * as Google Sheets results follow the spreadsheet's locale. Until the sidebar has built once, the
 * display language of the person recalculating decides.
 */
import type { Language } from '../../src/cells/errors.js';
import { languageFromTag } from '../../src/cells/language.js';

/** The name of the workbook setting (Office.context.document.settings) holding "fr" or "en". */
export const LANGUAGE_SETTING = 'Promethee.language';

/**
 * The language saved in the workbook, when the setting holds one.
 *
 * @param saved - what `settings.get(LANGUAGE_SETTING)` returned (Office answers null when unset)
 * @example savedLanguage('en') // 'en'
 * @example savedLanguage(null) // undefined
 */
export function savedLanguage(saved: unknown): Language | undefined {
  return saved === 'fr' || saved === 'en' ? saved : undefined;
}

/**
 * The workbook's language: the one saved in it, else the display language of the person using it.
 *
 * @param saved - the workbook setting's value
 * @param displayLanguage - Office's display language tag
 * @example workbookLanguage('en', 'fr-FR') // 'en': the workbook decides, not who recalculates
 * @example workbookLanguage(null, 'fr-CH') // 'fr'
 */
export function workbookLanguage(saved: unknown, displayLanguage: string | null | undefined): Language {
  return savedLanguage(saved) ?? languageFromTag(displayLanguage);
}
