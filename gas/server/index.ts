/**
 * The core of Code.js: webpack bundles this module into one top-level `var Promethee`; the generated
 * top-level functions after it (one per custom function, the menu and the server functions) call it.
 * The Apps Script globals are looked up when a function runs, and bound to the narrowed interfaces of
 * services.ts — which is what checks those interfaces against @types/google-apps-script: the real
 * `SpreadsheetApp` must be assignable to `SpreadsheetAppApi`, and so on.
 */
import { languageFromTag } from '../../src/cells/language.js';
import type { Language } from '../../src/cells/errors.js';
import { spreadsheetDays } from './calendar.js';
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
  get Utilities() {
    return Utilities;
  },
};
const services = (): AppsScriptServices => bound;

/** The server functions the sidebar calls. */
export const server = serverFunctions(services);

/** onOpen, onInstall, showSidebar. */
export const menu = menuFunctions(services);

/**
 * Runs a custom function; texts and messages follow the spreadsheet's locale (File › Settings), dates
 * are read in the spreadsheet's time zone: both are the spreadsheet's, the same for every viewer, so
 * results stay deterministic.
 *
 * Each is a call to the spreadsheet service, and Sheets runs every cell's custom function as its own
 * call to the Apps Script server (https://developers.google.com/apps-script/guides/sheets/functions,
 * "Optimization"): so neither is read unless the call needs it — the locale when the result holds a
 * text that depends on it or an error message, the time zone when an argument holds a date — and
 * each at most once per call. A column of `=CAC(B2, E2)` filled down reads neither.
 * @param id - the catalogue id
 * @param sheetsArguments - the arguments Sheets passed
 */
export function customFunction(id: string, sheetsArguments: readonly unknown[]): SheetsCell | SheetsCell[][] {
  let language: Language | undefined;
  const spreadsheet = () => services().SpreadsheetApp.getActiveSpreadsheet();
  return runCustomFunction(id, sheetsArguments, {
    language: () => (language ??= languageFromTag(spreadsheet().getSpreadsheetLocale())),
    readDay: spreadsheetDays(() => spreadsheet().getSpreadsheetTimeZone(), services().Utilities),
  });
}
