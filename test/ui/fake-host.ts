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

/** What the fake workbook saw, for assertions. */
export interface FakeRecord {
  readonly requests: BuildRequest[];
  readonly written: ResolvedPlan[];
  readonly removed: string[];
  readonly selectionReads: number;
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
  const record: FakeRecord = { requests: [], written: [], removed: [], selectionReads: 0 };
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
      sheets.push({ name: plan.finalName, marker: { key: plan.key, version: plan.version } });
      record.written.push(plan);
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
