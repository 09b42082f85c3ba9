/**
 * A fake {@link WorkbookHost} for rendering the sidebar in a browser: an in-memory workbook behind the
 * real request → plans → apply path, which records every request and every plan written so that a
 * test can check what a click did.
 */
import type { Language } from '../../src/cells/errors.js';
import type { ExistingSheet, ResolvedPlan } from '../../src/plans/types.js';
import {
  applyPlansTo,
  needsSelection,
  plansForRequest,
  removeGeneratedSheetsWith,
  type BuildProgress,
  type BuildReport,
  type BuildRequest,
  type RemovalReport,
  type SelectionData,
  type SheetAdapter,
  type WorkbookHost,
} from '../../src/workbook/index.js';
import { shareHostWith, type ShareAdapter } from '../../src/share/run.js';
import { SHEETS_DIALECT } from '../../src/share/custom-calls.js';
import { checkGeneratedSheets } from '../../src/share/integrity.js';
import type { SheetFormulas } from '../../src/share/shareable.js';
import { cellAddress } from '../../src/plans/a1.js';
import { markerText, parseMarker } from '../../src/plans/marker.js';

/** What the fake workbook saw, for assertions. */
export interface FakeRecord {
  readonly requests: BuildRequest[];
  readonly written: ResolvedPlan[];
  readonly removed: string[];
  readonly selectionReads: number;
  /** The formula cells replaced by "make shareable", and the formulas restored, as "Sheet!A1". */
  readonly replaced: string[];
  readonly restored: string[];
}

/** Options of {@link createFakeHost}. */
export interface FakeHostOptions {
  readonly language?: Language;
  readonly selection?: SelectionData;
  /** Sheets already in the workbook (the user's own, or generated ones with a marker). */
  readonly sheets?: readonly ExistingSheet[];
  /** Delay before each sheet is written, to let a test (or a screenshot) see the progress bar. */
  readonly writeDelayMs?: number;
  /** The host the sidebar believes it runs in. @defaultvalue 'local' */
  readonly kind?: WorkbookHost['kind'];
  /** Cells "Canaux!F2", "Canaux!F3"… holding `=CAC(Bn,En)`, for the Share section (none by default). */
  readonly customCells?: number;
  /** Cells of built sheets typed over by a value since the build, as "Sheet!A1" (none by default). */
  readonly typedOver?: readonly string[];
}

/** The fake host and its record. */
export interface FakeHost {
  readonly host: WorkbookHost;
  readonly record: FakeRecord;
  setSelection(selection: SelectionData): void;
  sheetNames(): string[];
}

const wait = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * A fake workbook host with the real plans and apply logic.
 * @param options - display language, selection, existing sheets, write delay
 * @returns the host and what it recorded
 */
export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  let selection: SelectionData = options.selection ?? { address: 'Feuil1!A1', values: [[null]] };
  const sheets: ExistingSheet[] = [...(options.sheets ?? [])];
  const record: FakeRecord = { requests: [], written: [], removed: [], selectionReads: 0, replaced: [], restored: [] };
  // The Share section's workbook: formulas by row of column F of "Canaux" (values once replaced).
  const channelFormulas = new Map<number, string>();
  for (let row = 2; row < 2 + (options.customCells ?? 0); row++) channelFormulas.set(row, `=CAC(B${row},E${row})`);
  if (channelFormulas.size > 0) sheets.push({ name: 'Canaux' });
  const delay = options.writeDelayMs ?? 0;

  const adapter: SheetAdapter = {
    listSheets: () => Promise.resolve(sheets.map((sheet) => ({ ...sheet }))),
    removeSheets: (names) => {
      for (const name of names) {
        const index = sheets.findIndex((sheet) => sheet.name === name);
        if (index >= 0) sheets.splice(index, 1);
        record.removed.push(name);
      }
      return Promise.resolve();
    },
    writeSheet: async (plan) => {
      if (delay > 0) await wait(delay);
      // The marker as the hosts store it (its fingerprint included).
      sheets.push({ name: plan.finalName, marker: parseMarker(markerText(plan)) });
      record.written.push(plan);
    },
  };

  const shareAdapter: ShareAdapter = {
    ...adapter,
    dialect: SHEETS_DIALECT,
    readFormulas: () => Promise.resolve([...channelFormulas].map(([row, formula]) => ({ sheet: 'Canaux', row, column: 6, formulas: [[formula]] }))),
    replaceWithValues: (cells) => {
      const done = cells.filter((cell) => channelFormulas.get(cell.row) === cell.formula);
      for (const cell of done) {
        channelFormulas.delete(cell.row);
        record.replaced.push(`${cell.sheet}!${cell.address}`);
      }
      return Promise.resolve(done.map((cell) => ({ ...cell, result: { row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 } })));
    },
    readSheetValues: (name) => {
      // The written log plan's cells, from A1.
      const plan = [...record.written].reverse().find((written) => written.finalName === name);
      const grid: unknown[][] = [];
      for (const block of plan?.blocks ?? []) {
        block.cells.forEach((cells, i) => {
          cells.forEach((cell, j) => {
            const row = (grid[block.row - 1 + i] ??= []);
            row[block.column - 1 + j] = 'value' in cell ? cell.value : '';
          });
        });
      }
      // A sparse grid: rows above the first block are holes.
      return Promise.resolve(Array.from(grid, (row: unknown[] | undefined) => Array.from(row ?? [], (cell) => cell ?? '')));
    },
    checkGenerated: (existing) => {
      // A built sheet holds its plan's formulas, but for the cells typed over.
      const typedOver = new Set(options.typedOver ?? []);
      const formulas = new Map<string, SheetFormulas>();
      for (const plan of record.written) {
        const grid: string[][] = [];
        for (const block of plan.blocks) {
          block.cells.forEach((cells, i) => {
            cells.forEach((cell, j) => {
              const typed = typedOver.has(`${plan.finalName}!${cellAddress(block.row + i, block.column + j)}`);
              (grid[block.row - 1 + i] ??= [])[block.column - 1 + j] = 'formula' in cell && !typed ? `=${cell.formula}` : '';
            });
          });
        }
        formulas.set(plan.finalName, { sheet: plan.finalName, row: 1, column: 1, formulas: Array.from(grid, (row: string[] | undefined) => Array.from(row ?? [], (cell: string | undefined) => cell ?? '')) });
      }
      return Promise.resolve(checkGeneratedSheets(existing, formulas));
    },
    restore: (steps) => {
      for (const step of steps) {
        for (const block of step.formulas) {
          block.cells.forEach((cells, i) => {
            channelFormulas.set(block.row + i, cells[0] ?? '');
            record.restored.push(`${step.sheet}!F${block.row + i}`);
          });
        }
      }
      return Promise.resolve();
    },
  };

  const host: WorkbookHost = {
    kind: options.kind ?? 'local',
    displayLanguage: () => Promise.resolve(options.language ?? 'fr'),
    readSelection: () => {
      (record as { selectionReads: number }).selectionReads++;
      return Promise.resolve(selection);
    },
    async build(request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport> {
      record.requests.push(request);
      const planned = plansForRequest(request, needsSelection(request.target) ? selection : undefined);
      return applyPlansTo(adapter, planned.plans, planned.notes, onProgress, request.protection);
    },
    removeGeneratedSheets: (): Promise<RemovalReport> => removeGeneratedSheetsWith(adapter),
    share: shareHostWith(shareAdapter, () => new Date(Date.UTC(2026, 11, 4, 9, 0))),
  };

  return {
    host,
    record,
    setSelection: (next) => {
      selection = next;
    },
    sheetNames: () => sheets.map((sheet) => sheet.name),
  };
}
