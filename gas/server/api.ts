/**
 * The names and parameters of the server's top-level functions, typed from the server module itself:
 * the entry generator emits one top-level function per name, the sidebar's bridge calls them by the
 * same names. A function added to the server without its line here, or with the wrong number of
 * parameters, fails the type check.
 */
import type { MenuFunctions, Outcome, ServerFunctions } from './server.js';

/** One name per parameter of a function, in order. */
export type ParameterNames<F> = F extends (...args: infer A) => unknown ? { readonly [I in keyof A]-?: string } : never;

/** The server functions' parameter names (the generated functions' parameters). */
export const SERVER_FUNCTION_PARAMETERS: { readonly [K in keyof ServerFunctions]: ParameterNames<ServerFunctions[K]> } = {
  displayLanguage: [],
  readSelection: [],
  planBuild: ['request', 'part'],
  listSheets: [],
  removeSheets: ['names'],
  writeSheet: ['plan'],
  startSheet: ['plan'],
  appendBlocks: ['sheetName', 'key', 'blocks'],
  finishSheet: ['plan'],
  shareReadFormulas: [],
  shareReplace: ['cells'],
  shareReadSheet: ['name'],
  shareRestore: ['steps'],
  shareCheckGenerated: ['sheets'],
  sidebarPart: ['name', 'part'],
};

/** The menu functions' parameter names (Apps Script passes an event object to onOpen and onInstall). */
export const MENU_FUNCTION_PARAMETERS: { readonly [K in keyof MenuFunctions]: ParameterNames<MenuFunctions[K]> } = {
  onOpen: ['e'],
  onInstall: ['e'],
  showSidebar: [],
};

/** The server function names. */
export type ServerFunctionName = keyof ServerFunctions;

/** What a server function's outcome holds when it succeeds. */
export type OutcomeValue<F> = F extends (...args: never[]) => Outcome<infer T> ? T : never;

export type { Outcome, ServerFunctions };
