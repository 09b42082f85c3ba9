/**
 * The core of Code.js: webpack bundles this module into one top-level `var Promethee`; the generated
 * top-level functions after it (one per custom function, the menu and the server functions) call it.
 * The Apps Script globals are looked up when a function runs, and bound to the narrowed interfaces of
 * services.ts — which is what checks those interfaces against @types/google-apps-script: the real
 * `SpreadsheetApp` must be assignable to `SpreadsheetAppApi`, and so on.
 */
import { languageFromTag } from '../../addin/functions/language.js';
import { runCustomFunction, type SheetsCell } from './custom-functions.js';
import { menuFunctions, serverFunctions } from './server.js';
import type { AppsScriptServices } from './services.js';

// Getters: each global is read when a function uses it (a custom function touches SpreadsheetApp only).
const bound: AppsScriptServices = {
  get SpreadsheetApp() {
    return SpreadsheetApp;
  },
  get HtmlService() {
    return HtmlService;
  },
  get Session() {
    return Session;
  },
  get Charts() {
    return Charts;
  },
};
const services = (): AppsScriptServices => bound;

/** The server functions the sidebar calls. */
export const server = serverFunctions(services);

/** onOpen, onInstall, showSidebar. */
export const menu = menuFunctions(services);

/**
 * Runs a custom function; texts and messages follow the spreadsheet's locale (File → Settings), the
 * same for every viewer, so that results stay deterministic.
 * @param id - the catalogue id
 * @param sheetsArguments - the arguments Sheets passed
 */
export function customFunction(id: string, sheetsArguments: readonly unknown[]): SheetsCell | SheetsCell[][] {
  const language = languageFromTag(services().SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale());
  return runCustomFunction(id, sheetsArguments, language);
}
