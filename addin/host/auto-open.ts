/**
 * Tags the workbook so that Office opens Prométhée's pane for whoever opens the file and has the
 * add-in: the document setting `Office.AutoShowTaskpaneWithDocument` = true, saved with `saveAsync`,
 * together with the manifest's ShowTaskpane action whose TaskpaneId is `Office.AutoShowTaskpaneWithDocument`
 * (addin/manifest/manifest.ts) — Microsoft's "Automatically open a task pane with a document"
 * (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document),
 * steps 1 and 2. Office keeps the tag in the file with a reference to the add-in (its web-extension
 * part), which is how a teammate who does not have the add-in yet is offered it where their
 * organisation's catalogue has it.
 */
import { UserFacingError } from '../../src/workbook/port.js';

/** The setting and the TaskpaneId that Microsoft's page names. */
export const AUTO_SHOW_TASKPANE = 'Office.AutoShowTaskpaneWithDocument';

/** The part of `Office.context.document.settings` used here (the value is a boolean). */
export interface AutoOpenSettings {
  get(name: string): unknown;
  set(name: string, value: boolean): void;
  saveAsync(callback: (result: { status: unknown; error?: { message: string } }) => void): void;
}

/** The workbook's auto-open tag. */
export interface AutoOpenTag {
  /** True when the workbook is tagged already. */
  isSet(): boolean;
  /** Tags the workbook (nothing is saved when it is tagged already). */
  set(): Promise<void>;
}

/**
 * The auto-open tag over Office's document settings.
 * @param settings - `Office.context.document.settings`
 * @param succeeded - `Office.AsyncResultStatus.Succeeded`
 * @returns the tag
 */
export function officeAutoOpenTag(settings: AutoOpenSettings, succeeded: unknown): AutoOpenTag {
  const isSet = (): boolean => settings.get(AUTO_SHOW_TASKPANE) === true;
  return {
    isSet,
    set: () =>
      new Promise<void>((resolve, reject) => {
        if (isSet()) {
          resolve();
          return;
        }
        settings.set(AUTO_SHOW_TASKPANE, true);
        settings.saveAsync((result) => {
          if (result.status === succeeded) {
            resolve();
            return;
          }
          const detail = result.error?.message ?? String(result.status);
          reject(
            new UserFacingError({
              fr: `Le classeur n’a pas pu être marqué pour ouvrir Prométhée à l’ouverture (${detail}) : rien n’a été construit. Réessayez ; si le classeur est en lecture seule, enregistrez-en une copie modifiable.`,
              en: `The workbook could not be tagged to open Prométhée when opened (${detail}): nothing was built. Try again; if the workbook is read-only, save an editable copy.`,
            }),
          );
        });
      }),
  };
}
