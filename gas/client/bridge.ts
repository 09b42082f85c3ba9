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
import type { BuildProgress, BuildReport, BuildRequest, RemovalReport, SheetAdapter, WorkbookHost } from '../../src/workbook/port.js';
import { UserFacingError } from '../../src/workbook/port.js';
import { applyPlansTo, removeGeneratedSheetsWith } from '../../src/workbook/apply.js';
import type { LocalizedText } from '../../src/cells/errors.js';
import type { Block, ResolvedPlan } from '../../src/plans/types.js';
import { SERVER_FUNCTION_PARAMETERS, type OutcomeValue, type ServerFunctionName, type ServerFunctions } from '../server/api.js';
import { MAX_PAYLOAD_CHARS, wholeText } from '../server/parts.js';
import type { PlannedBuild } from '../../src/workbook/requests.js';
import { shareHostWith, type ShareAdapter } from '../../src/share/run.js';
import { SHEETS_DIALECT } from '../../src/share/custom-calls.js';

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

/** How one plan is sent: whole, or its first cells, the next ones in groups, then the rest. */
export type SheetWrites =
  | { readonly whole: ResolvedPlan }
  | { readonly start: ResolvedPlan; readonly more: readonly (readonly Block[])[]; readonly finish: ResolvedPlan };

/** A block cut into blocks of consecutive rows, each about `limit` characters of JSON or less (one row at least). */
function blockPieces(block: Block, limit: number): Block[] {
  const pieces: Block[] = [];
  let start = 0;
  let size = 0;
  block.cells.forEach((row, index) => {
    const rowSize = JSON.stringify(row).length + 1;
    if (index > start && size + rowSize > limit) {
      pieces.push({ row: block.row + start, column: block.column, cells: block.cells.slice(start, index) });
      start = index;
      size = 0;
    }
    size += rowSize;
  });
  if (start < block.cells.length || pieces.length === 0) pieces.push({ row: block.row + start, column: block.column, cells: block.cells.slice(start) });
  return pieces;
}

/**
 * How to send a plan so that no call carries more than `limit` characters of JSON (but for a single
 * row, or the plan's formats, larger than that on their own).
 * @param plan - the plan
 * @param limit - the most characters of a call's JSON
 * @returns the plan whole when it fits, else its parts in the order they are written
 * @example sheetWrites(smallPlan, MAX_PAYLOAD_CHARS) // { whole: smallPlan }
 */
export function sheetWrites(plan: ResolvedPlan, limit: number): SheetWrites {
  if (JSON.stringify(plan).length <= limit) return { whole: plan };
  const layout: ResolvedPlan = { ...plan, blocks: [] };
  const room = Math.max(1, limit - JSON.stringify(layout).length);
  const pieces = plan.blocks.flatMap((block) => blockPieces(block, Math.max(1, Math.floor(room / 2))));
  const groups: Block[][] = [];
  let group: Block[] = [];
  let size = 0;
  for (const piece of pieces) {
    const pieceSize = JSON.stringify(piece).length + 1;
    if (group.length > 0 && size + pieceSize > room) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(piece);
    size += pieceSize;
  }
  if (group.length > 0) groups.push(group);
  const [first = [], ...more] = groups;
  return { start: { ...plan, blocks: first }, more, finish: layout };
}

/**
 * The sheets of the spreadsheet, seen from the sidebar: each operation is one server call, or a few for
 * a plan larger than one payload.
 * @param server - the bridge
 * @param maxPayloadChars - the most characters of JSON a call carries
 * @returns the adapter the shared apply step drives
 */
export function remoteSheetAdapter(server: RemoteServer, maxPayloadChars = MAX_PAYLOAD_CHARS): SheetAdapter {
  return {
    listSheets: () => server.listSheets(),
    removeSheets: async (names) => {
      await server.removeSheets([...names]);
    },
    writeSheet: async (plan) => {
      const writes = sheetWrites(plan, maxPayloadChars);
      if ('whole' in writes) {
        await server.writeSheet(writes.whole);
        return;
      }
      await server.startSheet(writes.start);
      for (const blocks of writes.more) await server.appendBlocks(plan.finalName, plan.key, [...blocks]);
      await server.finishSheet(writes.finish);
    },
  };
}

/**
 * The sharing operations seen from the sidebar: each one server call (gas/server/share.ts).
 * @param server - the bridge
 * @param sheets - the remote sheet adapter (list, remove, write the log sheet)
 * @returns the adapter the shared sharing actions drive
 */
export function remoteShareAdapter(server: RemoteServer, sheets: SheetAdapter): ShareAdapter {
  return {
    listSheets: () => sheets.listSheets(),
    removeSheets: (names) => sheets.removeSheets(names),
    writeSheet: (plan) => sheets.writeSheet(plan),
    dialect: SHEETS_DIALECT,
    readFormulas: () => server.shareReadFormulas(),
    replaceWithValues: (cells) => server.shareReplace([...cells]),
    readSheetValues: (name) => server.shareReadSheet(name),
    restore: async (steps) => {
      await server.shareRestore([...steps]);
    },
    checkGenerated: (sheets) => server.shareCheckGenerated([...sheets]),
  };
}

/**
 * The WorkbookHost of Google Sheets. A build asks the server for the plans (it reads the active
 * selection itself), then applies them with the shared `applyPlansTo` over the remote adapter: one
 * server execution per sheet, progress after each.
 * @param server - the bridge
 * @param maxPayloadChars - the most characters of JSON a call to write a sheet carries
 * @returns the host the shared sidebar is mounted with
 */
export function sheetsHost(server: RemoteServer, maxPayloadChars = MAX_PAYLOAD_CHARS): WorkbookHost {
  const adapter = remoteSheetAdapter(server, maxPayloadChars);
  return {
    kind: 'sheets',
    displayLanguage: () => server.displayLanguage(),
    readSelection: () => server.readSelection(),
    build: async (request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport> => {
      // The plans come in parts under the payload size (a large build is several megabytes of JSON).
      const planned = JSON.parse(await wholeText((part) => server.planBuild(request, part))) as PlannedBuild;
      return applyPlansTo(adapter, planned.plans, planned.notes, onProgress, request.protection);
    },
    removeGeneratedSheets: (): Promise<RemovalReport> => removeGeneratedSheetsWith(adapter),
    share: shareHostWith(remoteShareAdapter(server, adapter)),
  };
}
