/**
 * The Excel {@link WorkbookHost} the task pane's sidebar talks to: the selection read in one go (in
 * row chunks under the response limit for very large ones), builds through the shared request → plans
 * → apply path with the office-js adapter, and the removal of generated sheets.
 */
import type { Language } from '../../src/cells/errors.js';
import type { RawCell } from '../../src/cells/values.js';
import { needsSelection } from '../../src/workbook/build-list.js';
import { UserFacingError, type BuildProgress, type BuildReport, type BuildRequest, type SelectionData, type WorkbookHost } from '../../src/workbook/port.js';
import { languageFromTag } from '../../src/cells/language.js';
import type { CustomFormulaCell } from '../../src/share/shareable.js';
import type { AutoOpenTag } from './auto-open.js';
import type { WorkbookLanguageSetting } from './language-setting.js';
import type { ExcelRun, ExcelSheetAdapterOptions } from './sheet-adapter.js';

/** The ExcelApi version the host needs: worksheet custom properties, where the marker lives. */
export const REQUIRED_EXCEL_API = '1.12';
/** The version that reports merged areas; older Excel builds skip the merged-cells check. */
export const MERGED_AREAS_EXCEL_API = '1.13';
/** Cells read per sync: about 2 MB of response for typical cells, under Excel on the web's 5 MB. */
export const SELECTION_CELLS_PER_READ = 100_000;
/** The largest selection read: beyond, the user is asked for a smaller one rather than waiting. */
export const MAX_SELECTION_CELLS = 3_000_000;

/** What the Excel host needs from Office. */
export interface ExcelHostOptions extends ExcelSheetAdapterOptions {
  /** `(batch) => Excel.run(batch)`. */
  readonly run: ExcelRun;
  /** `Office.context.displayLanguage`, e.g. "fr-FR". */
  readonly displayLanguage: string | undefined;
  /** `(version) => Office.context.requirements.isSetSupported('ExcelApi', version)`. */
  readonly supportsExcelApi: (version: string) => boolean;
  /**
   * The workbook's language setting: the sidebar opens in it and each build saves the language chosen,
   * which the custom functions then answer in (addin/functions/language.ts). Without it, the display
   * language alone.
   */
  readonly languageSetting?: WorkbookLanguageSetting;
  /**
   * The workbook's auto-open tag (addin/host/auto-open.ts): set by each build, so that Office opens the
   * pane for a teammate who opens the shared workbook and has the add-in. Without it, no tag.
   */
  readonly autoOpen?: AutoOpenTag;
}

function requireExcelApi(supports: (version: string) => boolean): void {
  if (!supports(REQUIRED_EXCEL_API)) {
    throw new UserFacingError({
      fr: `Cette version d’Excel est trop ancienne pour Prométhée (ExcelApi ${REQUIRED_EXCEL_API} requise) : utilisez Excel pour Microsoft 365, Excel 2024 ou Excel sur le web.`,
      en: `This version of Excel is too old for Prométhée (ExcelApi ${REQUIRED_EXCEL_API} needed): use Excel for Microsoft 365, Excel 2024 or Excel on the web.`,
    });
  }
}

/**
 * Reads the selection: its address, its used part (so that selecting whole columns reads only the
 * rows in use), whether it crosses merged cells, then the values in as few reads as the response
 * limit allows.
 * @param run - the Excel.run of the host
 * @param supports - the requirement-set check
 * @returns the selection as the core reads it
 * @throws UserFacingError when the selection is larger than {@link MAX_SELECTION_CELLS}
 */
export function readExcelSelection(run: ExcelRun, supports: (version: string) => boolean): Promise<SelectionData> {
  return run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load('address');
    const used = selected.getUsedRangeOrNullObject(true);
    used.load('address,rowCount,columnCount');
    const merged = supports(MERGED_AREAS_EXCEL_API) ? selected.getMergedAreasOrNullObject() : undefined;
    merged?.load('areaCount');
    await context.sync();
    const hasMergedCells = merged === undefined ? {} : { hasMergedCells: !merged.isNullObject && merged.areaCount > 0 };
    if (used.isNullObject) return { address: selected.address, values: [], ...hasMergedCells };
    const { rowCount, columnCount } = used;
    if (rowCount * columnCount > MAX_SELECTION_CELLS) {
      throw new UserFacingError({
        fr: `La sélection ${used.address} compte ${rowCount * columnCount} cellules : sélectionnez au plus ${MAX_SELECTION_CELLS} cellules (les colonnes utiles seulement).`,
        en: `The selection ${used.address} holds ${rowCount * columnCount} cells: select at most ${MAX_SELECTION_CELLS} cells (only the columns needed).`,
      });
    }
    const rowsPerRead = Math.max(1, Math.floor(SELECTION_CELLS_PER_READ / columnCount));
    const values: RawCell[][] = [];
    // One round trip per part, each part loaded just before its sync: a load queued earlier would ride
    // in the first response, and the whole selection would come back at once, over the limit.
    for (let start = 0; start < rowCount; start += rowsPerRead) {
      const part = used.getCell(start, 0).getAbsoluteResizedRange(Math.min(rowsPerRead, rowCount - start), columnCount);
      part.load('values');
      await context.sync();
      for (const row of part.values as RawCell[][]) values.push(row);
    }
    return { address: used.address, values, ...hasMergedCells };
  });
}

/** The workbook's actions as loaded: the sheet adapter and the sharing of this host. */
async function loadWorkbookActions(options: ExcelHostOptions) {
  const actions = await import(/* webpackChunkName: "workbook" */ './workbook-actions.js');
  const adapter = actions.excelSheetAdapter(options.run, options);
  return { actions, adapter, sharing: actions.shareHostWith(actions.excelShareAdapter(options.run, adapter, options.requestBudget)) };
}

/**
 * The Excel workbook host.
 * @param options - Excel.run, the display language and the requirement-set check
 * @returns the host the sidebar is mounted with
 */
export function excelWorkbookHost(options: ExcelHostOptions): WorkbookHost {
  const shown: Language = languageFromTag(options.displayLanguage);
  // Loaded by the first build, removal or sharing action (again after a failed load), then kept.
  let loading: ReturnType<typeof loadWorkbookActions> | undefined;
  const workbook = (): ReturnType<typeof loadWorkbookActions> =>
    (loading ??= loadWorkbookActions(options).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const checked = <A extends unknown[], T>(action: (...args: A) => Promise<T>) =>
    (...args: A): Promise<T> => {
      requireExcelApi(options.supportsExcelApi);
      return action(...args);
    };
  return {
    kind: 'excel',
    // The workbook's language when it has one, so that the sheets and the functions agree.
    displayLanguage: () => Promise.resolve(options.languageSetting?.read() ?? shown),
    readSelection: () => readExcelSelection(options.run, options.supportsExcelApi),
    async build(request: BuildRequest, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport> {
      requireExcelApi(options.supportsExcelApi);
      const selection = needsSelection(request.target) ? await readExcelSelection(options.run, options.supportsExcelApi) : undefined;
      // The plans of every build come in a chunk of their own, loaded by the first build
      // (chunk-builds.js): the sidebar's first paint waits only for React, Fluent UI and the sidebar.
      const [{ plansForRequest }, { actions, adapter }] = await Promise.all([import(/* webpackChunkName: "builds" */ '../../src/workbook/requests.js'), workbook()]);
      const planned = plansForRequest(request, selection);
      // Saved first: a workbook that cannot keep its language gets no sheets in another one.
      await options.languageSetting?.write(request.language);
      await options.autoOpen?.set();
      const report = await actions.applyPlansTo(adapter, planned.plans, planned.notes, onProgress, request.protection);
      const first = report.sheets[0];
      if (first !== undefined) await adapter.activate(first);
      return report;
    },
    async removeGeneratedSheets() {
      requireExcelApi(options.supportsExcelApi);
      const { actions, adapter } = await workbook();
      return actions.removeGeneratedSheetsWith(adapter);
    },
    share: {
      findCustomFormulas: checked(async () => (await workbook()).sharing.findCustomFormulas()),
      makeShareable: checked(async (cells: readonly CustomFormulaCell[], language: Language) => (await workbook()).sharing.makeShareable(cells, language)),
      restoreFormulas: checked(async (language: Language) => (await workbook()).sharing.restoreFormulas(language)),
      checkSharing: checked(async () => (await workbook()).sharing.checkSharing()),
    },
  };
}
