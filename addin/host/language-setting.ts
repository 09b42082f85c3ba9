/**
 * The workbook's language (addin/functions/language.ts) as the task pane reads and saves it, through
 * Office's document settings: `get` answers null for a setting never set, `set` changes only the
 * in-memory copy, and `saveAsync` writes the copy into the document, reporting through an AsyncResult
 * (https://learn.microsoft.com/javascript/api/office/office.settings,
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
import type { Language } from '../../src/cells/errors.js';
import { UserFacingError } from '../../src/workbook/port.js';
import { LANGUAGE_SETTING, savedLanguage } from '../functions/language.js';

/** The part of `Office.context.document.settings` used here. */
export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: string): void;
  saveAsync(callback: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/** The workbook's language, read and saved. */
export interface WorkbookLanguageSetting {
  /** The language saved in the workbook, if any. */
  read(): Language | undefined;
  /** Saves the language in the workbook (the custom functions then answer in it). */
  write(language: Language): Promise<void>;
}

/**
 * The workbook language setting over Office's document settings.
 *
 * @param settings - `Office.context.document.settings`
 * @param succeeded - `Office.AsyncResultStatus.Succeeded` (the text "succeeded" in office.js)
 * @example officeLanguageSetting(Office.context.document.settings, Office.AsyncResultStatus.Succeeded).read() // 'fr' | 'en' | undefined
 */
export function officeLanguageSetting(settings: OfficeSettingsLike, succeeded: unknown): WorkbookLanguageSetting {
  return {
    read: () => savedLanguage(settings.get(LANGUAGE_SETTING)),
    write: (language) =>
      new Promise<void>((resolve, reject) => {
        settings.set(LANGUAGE_SETTING, language);
        settings.saveAsync((result) => {
          if (result.status === succeeded) {
            resolve();
            return;
          }
          const detail = result.error?.message ?? String(result.status);
          reject(
            new UserFacingError({
              fr: `La langue du classeur n’a pas pu être enregistrée (${detail}) : rien n’a été construit. Réessayez ; si le classeur est en lecture seule, enregistrez-en une copie modifiable.`,
              en: `The workbook’s language could not be saved (${detail}): nothing was built. Try again; if the workbook is read-only, save an editable copy.`,
            }),
          );
        });
      }),
  };
}
