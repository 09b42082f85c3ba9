/**
 * The sidebar's side of the Sheets host: a typed, Promise-based bridge to the server functions over
 * `google.script.run`, and the {@link WorkbookHost} the shared sidebar talks to.
 *
 * The bridge's methods are derived from the server module's own types (`ServerFunctions`) and names
 * (`SERVER_FUNCTION_PARAMETERS`): a server function renamed, added or given other parameters changes
 * the bridge with it, or fails the type check. A server `{ ok: false, problem }` outcome becomes a
 * rejected {@link UserFacingError} with its text in both languages; a server exception becomes a
 * rejected `Error` with the message Apps Script passes on.
 */
import type { BuildProgress, BuildReport, BuildRequest, RemovalReport, WorkbookHost } from '../../src/workbook/port.js';
import { UserFacingError } from '../../src/workbook/port.js';
import type { LocalizedText } from '../../src/cells/errors.js';
import { SERVER_FUNCTION_PARAMETERS, type OutcomeValue, type ServerFunctionName, type ServerFunctions } from '../server/api.js';
import { MAX_PAYLOAD_CHARS, wholeText } from '../server/parts.js';
import type { PlannedBuild } from '../../src/workbook/requests.js';

/**
 * The part of `google.script.run` the bridge uses. Each server function is a method of the runner;
 * the runner returned by `withSuccessHandler`/`withFailureHandler` carries the handlers.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** The server functions as the sidebar calls them: same names and parameters, a Promise of the value. */
export type RemoteServer = {
  readonly [K in ServerFunctionName]: (...args: Parameters<ServerFunctions[K]>) => Promise<OutcomeValue<ServerFunctions[K]>>;
};

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as { fr?: unknown }).fr === 'string' && typeof (value as { en?: unknown }).en === 'string';
}

/** The value of a server outcome, or the reason to reject. */
function settle(name: string, reply: unknown): { value: unknown } | { error: Error } {
  if (typeof reply === 'object' && reply !== null) {
    const { ok, value, problem } = reply as { ok?: unknown; value?: unknown; problem?: unknown };
    if (ok === true) return { value };
    if (ok === false && isLocalizedText(problem)) return { error: new UserFacingError(problem) };
  }
  return { error: new Error(`Unexpected reply from the server function ${name}: ${JSON.stringify(reply)}`) };
}

/**
 * The server functions over `google.script.run`.
 * @param runner - gives a fresh `google.script.run` for each call (the page passes `() => google.script.run`)
 * @returns one Promise-returning method per server function
 * @example await remoteServer(() => google.script.run).displayLanguage() // 'fr'
 */
export function remoteServer(runner: () => ScriptRunner): RemoteServer {
  const call = (name: ServerFunctionName, args: readonly unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((reply) => {
          const settled = settle(name, reply);
          if ('error' in settled) reject(settled.error);
          else resolve(settled.value);
        })
        .withFailureHandler((error) => {
          reject(error instanceof Error ? error : new Error(String(error)));
        });
      // google.script.run exposes each server function as a method of the runner.
      const method = (run as unknown as Record<string, ((...callArgs: unknown[]) => void) | undefined>)[name];
      if (typeof method !== 'function') {
        reject(new Error(`google.script.run has no server function ${name}`));
        return;
      }
      method.apply(run, [...args]);
    });
  const entries = Object.keys(SERVER_FUNCTION_PARAMETERS).map((name) => [name, (...args: unknown[]) => call(name as ServerFunctionName, args)]);
  // Built from the names of SERVER_FUNCTION_PARAMETERS, which has exactly the keys of RemoteServer.
  return Object.fromEntries(entries) as RemoteServer;
}

export { MAX_PAYLOAD_CHARS };

// The remote adapters are loaded with the actions (./workbook-actions.ts); here for the tests.
export { remoteShareAdapter, remoteSheetAdapter, sheetWrites, type SheetWrites } from './remote-sheets.js';

/** The actions' code, as loaded. */
async function loadWorkbookActions() {
  return import(/* webpackChunkName: "workbook" */ './workbook-actions.js');
}

/**
 * The WorkbookHost of Google Sheets. A build asks the server for the plans (it reads the active
 * selection itself), then applies them with the shared `applyPlansTo` over the remote adapter: one
 * server execution per sheet, progress after each. The code that applies plans and shares is loaded
 * by the first of those actions (./workbook-actions.ts), as in Excel's task pane.
 * @param server - the bridge
 * @param maxPayloadChars - the most characters of JSON a call to write a sheet carries
 * @returns the host the shared sidebar is mounted with
 */
export function sheetsHost(server: RemoteServer, maxPayloadChars = MAX_PAYLOAD_CHARS): WorkbookHost {
  // Loaded by the first action that needs it (again after a failed load), then kept.
  let loading: ReturnType<typeof loadWorkbookActions> | undefined;
  const actions = (): ReturnType<typeof loadWorkbookActions> =>
    (loading ??= loadWorkbookActions().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const withAdapter = async () => {
    const loaded = await actions();
    return { ...loaded, adapter: loaded.remoteSheetAdapter(server, maxPayloadChars) };
  };
  const sharing = async () => {
    const { shareHostWith, remoteShareAdapter, adapter } = await withAdapter();
    return shareHostWith(remoteShareAdapter(server, adapter));
  };
  return {
    kind: 'sheets',
    displayLanguage: () => server.displayLanguage(),
    readSelection: () => server.readSelection(),
    build: async (request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport> => {
      // The plans come in parts under the payload size (a large build is several megabytes of JSON).
      const [text, { applyPlansTo, adapter }] = await Promise.all([wholeText((part) => server.planBuild(request, part)), withAdapter()]);
      const planned = JSON.parse(text) as PlannedBuild;
      return applyPlansTo(adapter, planned.plans, planned.notes, onProgress, request.protection);
    },
    removeGeneratedSheets: async (): Promise<RemovalReport> => {
      const { removeGeneratedSheetsWith, adapter } = await withAdapter();
      return removeGeneratedSheetsWith(adapter);
    },
    share: {
      findCustomFormulas: async () => (await sharing()).findCustomFormulas(),
      makeShareable: async (cells, language) => (await sharing()).makeShareable(cells, language),
      restoreFormulas: async (language) => (await sharing()).restoreFormulas(language),
      checkSharing: async () => (await sharing()).checkSharing(),
    },
  };
}
