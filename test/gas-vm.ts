/**
 * The built Code.js in a Node `vm`, over the in-memory spreadsheet of gas-fake.ts, and a stand-in for
 * `google.script.run` that calls its top-level functions the way Apps Script does: asynchronously,
 * arguments and results serialised (a Date or a function refused, as google.script.run refuses them),
 * a thrown exception passed to the failure handler as an Error with its message.
 */
import vm from 'node:vm';
import type { ScriptRunner } from '../gas/client/bridge.js';
import { fakeServices, type FakeSpreadsheet, type FakeUi } from './gas-fake.js';

/** Code.js loaded in a context of its own. */
export interface LoadedCode {
  readonly context: vm.Context;
  readonly ui: FakeUi;
  /** Calls a top-level function of Code.js directly (as a cell or a trigger would). */
  call(name: string, ...args: unknown[]): unknown;
  /** A `google.script.run` for the bridge: `() => runner`. */
  readonly runner: () => ScriptRunner;
  /** Every call made through the runner, in order, with its serialised arguments and the size of its reply's JSON. */
  readonly serverCalls: { name: string; args: unknown[]; replySize?: number }[];
  /**
   * The Date Sheets hands the script for a date cell of this day: made inside the vm's realm, at the
   * instant the day starts in the spreadsheet's time zone (not the script's).
   */
  date(year: number, month: number, day: number): Date;
}

/** What google.script.run does to a value: refuses Dates and functions, keeps plain data. */
export function serialised(value: unknown, path = 'value'): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') throw new Error(`google.script.run cannot pass a Date (${path})`);
  if (typeof value === 'function') throw new Error(`google.script.run cannot pass a function (${path})`);
  if (Array.isArray(value)) return value.map((item: unknown, index) => serialised(item, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, serialised(item, `${path}.${key}`)]));
  }
  return value;
}

/**
 * Loads Code.js with the fake services of one spreadsheet.
 * @param code - the text of Code.js
 * @param book - the active spreadsheet
 * @param userLocale - the user's locale (Session.getActiveUserLocale)
 * @param htmlFiles - the project's HTML files by name, for HtmlService.createHtmlOutputFromFile
 */
export function loadCode(code: string, book: FakeSpreadsheet, userLocale = 'fr_FR', htmlFiles: Readonly<Record<string, string>> = {}): LoadedCode {
  const { services, ui } = fakeServices(book, userLocale, undefined, htmlFiles);
  const context = vm.createContext({ ...services });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const globals = context as Record<string, unknown>;
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = globals[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return (fn as (...fnArgs: unknown[]) => unknown)(...args);
  };
  const serverCalls: { name: string; args: unknown[]; replySize?: number }[] = [];
  const runner = (): ScriptRunner => {
    let onSuccess: ((value: unknown) => void) | undefined;
    let onFailure: ((error: unknown) => void) | undefined;
    const base: ScriptRunner = {
      withSuccessHandler(handler) {
        onSuccess = handler;
        return proxy;
      },
      withFailureHandler(handler) {
        onFailure = handler;
        return proxy;
      },
    };
    const proxy: ScriptRunner = new Proxy(base, {
      get(target, property) {
        if (property === 'withSuccessHandler' || property === 'withFailureHandler') return target[property].bind(target);
        if (typeof property !== 'string' || typeof globals[property] !== 'function') return undefined;
        return (...args: unknown[]) => {
          setTimeout(() => {
            let reply: unknown;
            try {
              const wireArgs = serialised(args, `${property} arguments`) as unknown[];
              const entry: { name: string; args: unknown[]; replySize?: number } = { name: property, args: wireArgs };
              serverCalls.push(entry);
              reply = serialised(call(property, ...wireArgs), `${property} result`);
              entry.replySize = JSON.stringify(reply ?? null).length;
            } catch (error) {
              // Errors thrown inside the vm belong to its realm: keep their message, as Apps Script does.
              onFailure?.(new Error(String((error as { message?: unknown }).message ?? error)));
              return;
            }
            onSuccess?.(reply);
          }, 0);
        };
      },
    });
    return proxy;
  };
  const makeDate = vm.runInContext('(function (time) { return new Date(time); })', context) as (time: number) => Date;
  return { context, ui, call, runner, serverCalls, date: (year, month, day) => makeDate(book.dateCellTime(year, month, day)) };
}
