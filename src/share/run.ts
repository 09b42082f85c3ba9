/**
 * Sharing a workbook with teammates who do not have the add-in, the part every host shares: find the
 * custom-function cells, replace them by their values with a log of the formulas, restore them from
 * the log, and check the workbook before sharing. A host provides a {@link ShareAdapter} (a few batched
 * calls per sheet); everything else is here.
 */
import type { Language, LocalizedText } from '../cells/errors.js';
import { buildShareLogPlan, readShareLog, SHARE_LOG_KEY } from '../plans/share-log.js';
import type { ExistingSheet } from '../plans/types.js';
import { applyPlansTo } from '../workbook/apply.js';
import type { SheetAdapter } from '../workbook/port.js';
import type { FormulaDialect } from './custom-calls.js';
import { findCustomFormulas, restorePlan, shareLogRows, type CustomFormulaCell, type CustomResult, type SheetFormulas, type SheetRestore } from './shareable.js';

/** What a host does for sharing, on top of its sheet operations. */
export interface ShareAdapter extends SheetAdapter {
  /** How the host spells the custom functions. */
  readonly dialect: FormulaDialect;
  /** Every sheet's used range, formulas as the host reports them (one read per sheet, in parts for large ones). */
  readFormulas(): Promise<readonly SheetFormulas[]>;
  /**
   * Replaces cells by the values they show (a spilled result whole), in one write per block of
   * neighbouring cells. A cell whose formula is no longer the one given is left as it is.
   * @returns the cells replaced, each with the range its result covered
   */
  replaceWithValues(cells: readonly CustomFormulaCell[]): Promise<readonly CustomResult[]>;
  /** A sheet's cells from A1 to the end of its used range. */
  readSheetValues(name: string): Promise<readonly (readonly unknown[])[]>;
  /** Empties the result ranges, then writes the formulas back. */
  restore(steps: readonly SheetRestore[]): Promise<void>;
}

/** What "make shareable" did. */
export interface ShareReport {
  /** Formulas replaced by their values. */
  readonly replaced: number;
  /** Cells written (a spilled table counts all its cells). */
  readonly cells: number;
  /** Cells listed but changed since (their formula is another now): left as they are. */
  readonly unchanged: number;
  /** The log sheet's name. */
  readonly logSheet: string;
}

/** What "restore formulas" did. */
export interface RestoreReport {
  readonly restored: number;
  /** Log rows that could not be restored (sheet gone, address unreadable): kept in the log. */
  readonly skipped: number;
  /** True when the log sheet was removed (everything restored). */
  readonly logRemoved: boolean;
}

/** What the check before sharing found. */
export interface ShareCheck {
  /** Generated sheets (marker present), with their keys. */
  readonly generated: readonly { readonly name: string; readonly key: string }[];
  /** Cells a teammate without the add-in will see as an error. */
  readonly customCells: readonly CustomFormulaCell[];
  /** Formulas waiting in the log to be restored. */
  readonly loggedFormulas: number;
}

/** The sharing actions, as the sidebar calls them. */
export interface ShareHost {
  /** The cells whose formulas call a custom function, for the confirmation. */
  findCustomFormulas(): Promise<readonly CustomFormulaCell[]>;
  /** Replaces the confirmed cells by their values and logs their formulas. */
  makeShareable(cells: readonly CustomFormulaCell[], language: Language): Promise<ShareReport>;
  /** Writes the logged formulas back; rows that cannot be restored stay in the log, written in `language`. */
  restoreFormulas(language: Language): Promise<RestoreReport>;
  /** Checks the workbook before sharing. */
  checkSharing(): Promise<ShareCheck>;
}

function logSheetOf(sheets: readonly ExistingSheet[]): ExistingSheet | undefined {
  return sheets.find((sheet) => sheet.marker?.key === SHARE_LOG_KEY);
}

/**
 * The sharing actions over a host's adapter.
 * @param adapter - the host's operations
 * @param now - the clock (the log's dates)
 * @returns the actions
 */
export function shareHostWith(adapter: ShareAdapter, now: () => Date = () => new Date()): ShareHost {
  const scan = async (): Promise<CustomFormulaCell[]> => findCustomFormulas(await adapter.readFormulas(), adapter.dialect);
  const loggedRows = async (sheets: readonly ExistingSheet[]) => {
    const log = logSheetOf(sheets);
    return log === undefined ? [] : readShareLog(await adapter.readSheetValues(log.name));
  };
  return {
    findCustomFormulas: scan,
    async makeShareable(cells, language) {
      const earlier = await loggedRows(await adapter.listSheets());
      const results = await adapter.replaceWithValues(cells);
      // The log keeps the earlier rows: the new plan replaces the log sheet with all of them.
      const rows = [...earlier, ...shareLogRows(results, now())];
      const report = await applyPlansTo(adapter, [buildShareLogPlan(rows, language)]);
      return {
        replaced: results.length,
        cells: results.reduce((sum, cell) => sum + cell.result.rowCount * cell.result.columnCount, 0),
        unchanged: cells.length - results.length,
        logSheet: report.sheets[0] ?? '',
      };
    },
    async restoreFormulas(language) {
      const sheets = await adapter.listSheets();
      const log = logSheetOf(sheets);
      if (log === undefined) return { restored: 0, skipped: 0, logRemoved: false };
      const rows = readShareLog(await adapter.readSheetValues(log.name));
      const plan = restorePlan(rows, sheets.map((sheet) => sheet.name));
      await adapter.restore(plan.sheets);
      if (plan.skipped.length === 0) {
        await adapter.removeSheets([log.name]);
      } else {
        await applyPlansTo(adapter, [buildShareLogPlan(plan.skipped, language)]);
      }
      return { restored: rows.length - plan.skipped.length, skipped: plan.skipped.length, logRemoved: plan.skipped.length === 0 };
    },
    async checkSharing() {
      const sheets = await adapter.listSheets();
      const generated = sheets.flatMap((sheet) => (sheet.marker === undefined ? [] : [{ name: sheet.name, key: sheet.marker.key }]));
      return { generated, customCells: await scan(), loggedFormulas: (await loggedRows(sheets)).length };
    },
  };
}

/**
 * What the check found, as lines for the sidebar.
 * @param check - the check's result
 * @returns one line per finding, in both languages; empty when the workbook is ready to share
 */
export function shareFindings(check: ShareCheck): LocalizedText[] {
  const findings: LocalizedText[] = [];
  const count = check.customCells.length;
  if (count > 0) {
    const sheets = [...new Set(check.customCells.map((cell) => cell.sheet))].join(', ');
    findings.push({
      fr: `${count} cellule(s) appellent une fonction Prométhée (${sheets}) : sans le complément, vos collègues y verront une erreur. « Rendre partageable » les remplace par leurs valeurs.`,
      en: `${count} cell(s) call a Prométhée function (${sheets}): without the add-in, your teammates will see #NAME? there. “Make shareable” replaces them by their values.`,
    });
  }
  if (check.loggedFormulas > 0) {
    findings.push({
      fr: `${check.loggedFormulas} formule(s) remplacée(s) par leurs valeurs : « Restaurer les formules » les remet en place.`,
      en: `${check.loggedFormulas} formula(s) replaced by their values: “Restore formulas” puts them back.`,
    });
  }
  return findings;
}
