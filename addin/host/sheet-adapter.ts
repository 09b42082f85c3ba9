/**
 * The office-js {@link SheetAdapter}: the three sheet operations the shared apply step needs, each one
 * Excel.run batch of a few syncs. A generated sheet carries its marker as a worksheet custom property
 * (ExcelApi 1.12), read for every sheet in one sync.
 */
import { parseMarker } from '../../src/plans/marker.js';
import type { ExistingSheet, ResolvedPlan } from '../../src/plans/types.js';
import type { SheetAdapter } from '../../src/workbook/port.js';
import { PayloadBatch, REQUEST_BUDGET_BYTES } from './batch.js';
import { MARKER_PROPERTY, writePlan } from './apply-plan.js';

/** Runs a batch against the workbook: `Excel.run` in the task pane, a fake in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The sheet operations, plus what the Excel host does after a build. */
export interface ExcelSheetAdapter extends SheetAdapter {
  /** Shows a sheet (the first one built), so the user sees what was made. */
  activate(name: string): Promise<void>;
}

/** Options of {@link excelSheetAdapter}. */
export interface ExcelSheetAdapterOptions {
  /** The most bytes one request carries. @defaultvalue REQUEST_BUDGET_BYTES */
  readonly requestBudget?: number;
}

/**
 * The sheet a workbook name refers to, from its formula ("='KPI (2)'!$B$5" or "=KPI!$B$5"), or null.
 * @example sheetOfNameFormula("='KPI acquisition'!$B$5:$B$9") // "KPI acquisition"
 */
export function sheetOfNameFormula(formula: string): string | null {
  const quoted = /^=?'((?:[^']|'')+)'!/.exec(formula);
  if (quoted !== null) return (quoted[1] ?? '').replaceAll("''", "'");
  const plain = /^=?([^'!=#]+)!/.exec(formula);
  return plain === null ? null : (plain[1] ?? null);
}

/**
 * The Excel sheet adapter.
 * @param run - `(batch) => Excel.run(batch)`
 * @param options - the request budget
 * @returns listSheets, removeSheets, writeSheet and activate
 */
export function excelSheetAdapter(run: ExcelRun, options: ExcelSheetAdapterOptions = {}): ExcelSheetAdapter {
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  return {
    listSheets: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const markers = sheets.items.map((sheet) => {
          const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
          property.load('value');
          return property;
        });
        await context.sync();
        return sheets.items.map((sheet, i): ExistingSheet => {
          const property = markers[i];
          const marker = property === undefined || property.isNullObject ? undefined : parseMarker(property.value);
          return { name: sheet.name, marker };
        });
      }),

    removeSheets: (names) =>
      run(async (context) => {
        const removed = new Set(names);
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        const workbookNames = context.workbook.names;
        workbookNames.load('items/name,items/formula');
        await context.sync();
        // Excel keeps at least one sheet: a workbook made only of generated sheets gets a blank one.
        if (sheets.items.every((sheet) => removed.has(sheet.name))) sheets.add();
        // The names over a removed sheet (its parameters) would be #REF! and block the next build's.
        for (const named of workbookNames.items) {
          // office-js types a name's formula as any: it is the "=Sheet!$A$1" text.
          const sheet = sheetOfNameFormula(String(named.formula));
          if (sheet !== null && removed.has(sheet)) named.delete();
        }
        for (const sheet of sheets.items) if (removed.has(sheet.name)) sheet.delete();
        await context.sync();
      }),

    writeSheet: (plan: ResolvedPlan) =>
      run(async (context) => {
        if (plan.namedRanges.length > 0) {
          // A name left over (a sheet deleted by hand leaves its names as #REF!) would make add() fail.
          const existing = plan.namedRanges.map((named) => {
            const item = context.workbook.names.getItemOrNullObject(named.name);
            item.load('name');
            return item;
          });
          await context.sync();
          for (const item of existing) if (!item.isNullObject) item.delete();
        }
        const batch = new PayloadBatch(context, budget);
        await writePlan(context, batch, plan);
        await batch.finish();
      }),

    activate: (name) =>
      run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),
  };
}
