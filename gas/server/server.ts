/**
 * The server functions of the Sheets host: what the sidebar calls through `google.script.run`, and
 * the menu. Each is a generated top-level function of Code.js (see gas/build/entry.ts) delegating here.
 *
 * Why the sidebar, not the server, runs `applyPlansTo`: `google.script.run` hands back plain values
 * only, while the shared apply step is asynchronous (it awaits the adapter). So a build is
 * `planBuild` (the server reads the active selection itself and makes the plans), then the sidebar's
 * `applyPlansTo` over a remote adapter whose three operations — `listSheets`, `removeSheets`,
 * `writeSheet` — are server functions. Each sheet is then written by its own server execution, with
 * its own 6-minute budget, and the sidebar shows progress after every sheet.
 *
 * A problem the user can act on comes back as `{ ok: false, problem }` (its text in both languages),
 * since `google.script.run` keeps only the message of a thrown error; a defect is thrown.
 */
import type { Language, LocalizedText } from '../../src/cells/errors.js';
import type { Block, ExistingSheet, ResolvedPlan } from '../../src/plans/types.js';
import { needsSelection, plansForRequest, type PlannedBuild } from '../../src/workbook/requests.js';
import { UserFacingError, type BuildRequest, type SelectionData } from '../../src/workbook/port.js';
import { selectRangeFirst } from '../../src/messages/workbook.js';
import { languageFromTag } from '../../src/cells/language.js';
import { activeSelection, chunkedSheetWriter, serialSelection, spreadsheetAppAdapter } from './adapter.js';
import { spreadsheetDays } from './calendar.js';
import { MAX_PAYLOAD_CHARS, textPart, type TextPart } from './parts.js';
import type { AppsScriptServices } from './services.js';
import { spreadsheetShare } from './share.js';
import type { CustomFormulaCell, CustomResult, SheetFormulas, SheetRestore } from '../../src/share/shareable.js';
import type { SheetIntegrity } from '../../src/share/integrity.js';
import { isSidebarPartName, scriptOfPartFile } from './sidebar-parts.js';

/** What a server function hands back: its value, or a problem to show the user. */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: LocalizedText };

function outcome<T>(run: () => T): Outcome<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, problem: error.text };
    throw error;
  }
}

/** The title of the menu in the spreadsheet's menu bar, and of the sidebar. */
export const MENU_TITLE = 'Prométhée';

/** The sidebar's file in the project (sidebar.html), for HtmlService. */
export const SIDEBAR_FILE = 'sidebar';

/**
 * The server functions the sidebar calls.
 * @param services - the Apps Script services, looked up when a function runs
 * @returns the functions by name (each one becomes a top-level function of Code.js)
 */
export function serverFunctions(services: () => AppsScriptServices) {
  const spreadsheet = () => services().SpreadsheetApp.getActiveSpreadsheet();
  const selection = () => {
    const book = spreadsheet();
    return activeSelection(book, spreadsheetDays(() => book.getSpreadsheetTimeZone(), services().Utilities));
  };
  return {
    /** The language of the user's Google interface, the sidebar's default. */
    displayLanguage: (): Outcome<Language> => outcome(() => languageFromTag(services().Session.getActiveUserLocale())),
    /** The active selection, dates as serial numbers (google.script.run refuses Date values). */
    readSelection: (): Outcome<SelectionData> =>
      outcome(() => {
        const selected = selection();
        if (selected === undefined) throw new UserFacingError(selectRangeFirst);
        return serialSelection(selected);
      }),
    /**
     * The plans of a request, from the active selection where the request needs one, as JSON in parts
     * under the payload size (gas/server/parts.ts): part `part` of them. Each call plans again, so
     * that the server keeps nothing between calls.
     */
    planBuild: (request: BuildRequest, part: number): Outcome<TextPart> =>
      outcome(() => {
        const planned: PlannedBuild = plansForRequest(request, needsSelection(request.target) ? selection() : undefined);
        return textPart(JSON.stringify(planned), part, MAX_PAYLOAD_CHARS / 2);
      }),
    listSheets: (): Outcome<readonly ExistingSheet[]> => outcome(() => spreadsheetAppAdapter(services()).listSheets()),
    removeSheets: (names: string[]): Outcome<null> =>
      outcome(() => {
        spreadsheetAppAdapter(services()).removeSheets(names);
        return null;
      }),
    writeSheet: (plan: ResolvedPlan): Outcome<null> =>
      outcome(() => {
        spreadsheetAppAdapter(services()).writeSheet(plan);
        return null;
      }),
    // A plan too large for one payload, in parts (gas/client/bridge.ts cuts it).
    startSheet: (plan: ResolvedPlan): Outcome<null> =>
      outcome(() => {
        chunkedSheetWriter(services()).startSheet(plan);
        return null;
      }),
    appendBlocks: (sheetName: string, key: string, blocks: Block[]): Outcome<null> =>
      outcome(() => {
        chunkedSheetWriter(services()).appendBlocks(sheetName, key, blocks);
        return null;
      }),
    finishSheet: (plan: ResolvedPlan): Outcome<null> =>
      outcome(() => {
        chunkedSheetWriter(services()).finishSheet(plan);
        return null;
      }),
    // Sharing (gas/server/share.ts): the custom-function cells, their replacement, the log, the restore.
    shareReadFormulas: (): Outcome<SheetFormulas[]> => outcome(() => spreadsheetShare(services()).readFormulas()),
    shareReplace: (cells: CustomFormulaCell[]): Outcome<CustomResult[]> => outcome(() => spreadsheetShare(services()).replaceWithValues(cells)),
    shareReadSheet: (name: string): Outcome<unknown[][]> => outcome(() => spreadsheetShare(services()).readSheetValues(name)),
    shareCheckGenerated: (sheets: ExistingSheet[]): Outcome<SheetIntegrity[]> => outcome(() => spreadsheetShare(services()).checkGenerated(sheets)),
    shareRestore: (steps: SheetRestore[]): Outcome<null> =>
      outcome(() => {
        spreadsheetShare(services()).restore(steps);
        return null;
      }),
    /**
     * Part `part` of the script of one of the sidebar's parts (gas/server/sidebar-parts.ts), asked by
     * the sidebar the first time it needs it: the text only (google.script.run returns strings and
     * plain objects, https://developers.google.com/apps-script/guides/html/communication, "Parameters
     * and return values"), in parts under the payload size as for the plans.
     */
    sidebarPart: (name: string, part: number): Outcome<TextPart> =>
      outcome(() => {
        if (!isSidebarPartName(name)) throw new Error(`${String(name)} is not a part of the sidebar`);
        const script = scriptOfPartFile(services().HtmlService.createHtmlOutputFromFile(name).getContent());
        return textPart(script, part, MAX_PAYLOAD_CHARS / 2);
      }),
  };
}

/** The server functions' type: the bridge's types are derived from it. */
export type ServerFunctions = ReturnType<typeof serverFunctions>;

/**
 * The menu and the sidebar.
 * @param services - the Apps Script services, looked up when a function runs
 */
export function menuFunctions(services: () => AppsScriptServices) {
  const addMenu = (): void => {
    // A menu of its own in the menu bar, titled by the code: Prométhée › Ouvrir. Not createAddonMenu():
    // in a script bound to the spreadsheet (how the README installs it) that sub-menu of Extensions is
    // titled with the script project's name ("Untitled project" until renamed), not the add-on's
    // (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()), while
    // createMenu(caption) shows the caption given
    // (https://developers.google.com/apps-script/reference/base/ui#createMenu(String)).
    services().SpreadsheetApp.getUi().createMenu(MENU_TITLE).addItem('Ouvrir', 'showSidebar').addToUi();
  };
  return {
    /** Adds the menu when a spreadsheet opens (also in AuthMode.NONE: it reads nothing). */
    onOpen: (_event?: unknown): void => {
      addMenu();
    },
    /** Adds the menu right after installation, without reopening the spreadsheet. */
    onInstall: (_event?: unknown): void => {
      addMenu();
    },
    /** Opens the sidebar. */
    showSidebar: (): void => {
      const { HtmlService, SpreadsheetApp } = services();
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(MENU_TITLE));
    },
  };
}

export type MenuFunctions = ReturnType<typeof menuFunctions>;
