/**
 * The sheets of the spreadsheet and its sharing, seen from the sidebar: each operation one server call
 * (or a few, for a plan larger than one payload), over the bridge of ./bridge.ts. Loaded with the
 * actions (./workbook-actions.ts), not with the sidebar's first paint.
 */
import type { SheetAdapter } from '../../src/workbook/port.js';
import type { Block, ResolvedPlan } from '../../src/plans/types.js';
import type { ShareAdapter } from '../../src/share/run.js';
import { SHEETS_DIALECT } from '../../src/share/custom-calls.js';
import { MAX_PAYLOAD_CHARS } from '../server/parts.js';
import type { RemoteServer } from './bridge.js';

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
