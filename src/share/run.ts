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
import type { SheetIntegrity } from './integrity.js';
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
  /**
   * The generated sheets checked against their markers (src/share/integrity.ts `checkGeneratedSheets`):
   * the used range of each sheet with a fingerprint read once (in parts for a large one), compared
   * where the host runs.
   * @param sheets - the workbook's sheets, as {@link SheetAdapter.listSheets} gave them
   */
  checkGenerated(sheets: readonly ExistingSheet[]): Promise<readonly SheetIntegrity[]>;
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
  /**
   * The generated sheets checked (computed formulas against the marker's fingerprint), and the sheets
   * without a marker that bear a generated sheet's name.
   */
  readonly sheets: readonly SheetIntegrity[];
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
      return { generated, sheets: await adapter.checkGenerated(sheets), customCells: await scan(), loggedFormulas: (await loggedRows(sheets)).length };
    },
  };
}

/**
 * What the check found, as lines for the sidebar.
 * @param check - the check's result
 * @returns one line per finding, in both languages; empty when the workbook is ready to share
 */
export function shareFindings(check: ShareCheck): LocalizedText[] {
  const findings: LocalizedText[] = check.sheets.flatMap((sheet) => integrityFinding(sheet));
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

const many = (count: number, one: string, more: string): string => `${count} ${count <= 1 ? one : more}`;

/** The line of a sheet the check found something on; none for an intact sheet. */
function integrityFinding(sheet: SheetIntegrity): LocalizedText[] {
  const name = sheet.sheet;
  switch (sheet.status) {
    case 'intact':
      return [];
    case 'unchecked':
      return [
        {
          fr: `« ${name} » a été construite avant la vérification des formules : elle ne peut pas être vérifiée. Reconstruisez-la pour pouvoir le faire.`,
          en: `“${name}” was built before formulas could be checked: it cannot be checked. Build it again to make it checkable.`,
        },
      ];
    case 'unmarked':
      return [
        {
          fr: `« ${name} » porte le nom d’une feuille générée, sans sa marque : si Prométhée l’a construite, sa marque a été ôtée, et Prométhée ne la remplacera ni ne la supprimera plus, ni ne vérifiera ses formules. Construire à nouveau ajoute une nouvelle feuille générée à côté.`,
          en: `“${name}” bears the name of a generated sheet, without its marker: if Prométhée built it, its marker was removed, and Prométhée will neither replace nor remove it any more, nor check its formulas. Building again adds a new generated sheet beside it.`,
        },
      ];
    case 'changed':
      return [
        sheet.listed
          ? {
              fr: `« ${name} » : ${many(sheet.changed, 'formule calculée remplacée ou modifiée', 'formules calculées remplacées ou modifiées')} (liste ci-dessous). Reconstruisez la feuille pour les rétablir (ce qui a été saisi dans les cellules jaunes est remplacé par les exemples).`,
              en: `“${name}”: ${many(sheet.changed, 'computed formula', 'computed formulas')} overwritten or edited (listed below). Build the sheet again to put them back (what was typed into the yellow cells is replaced by the examples).`,
            }
          : {
              fr: `« ${name} » : ${many(sheet.expected, 'formule calculée construite', 'formules calculées construites')}, ${many(sheet.found, 'trouvée', 'trouvées')} hors des cellules de saisie — des formules ont été remplacées ou modifiées. La feuille vient d’une sélection : reconstruisez-la depuis vos données pour les rétablir.`,
              en: `“${name}”: ${many(sheet.expected, 'computed formula', 'computed formulas')} built, ${sheet.found} found outside the input cells — formulas were overwritten or edited. The sheet comes from a selection: build it again from your data to put them back.`,
            },
      ];
  }
}

/** One changed cell, for the sidebar's list: "KPI!B7", the plan's formula and what the cell holds. */
export interface ChangedLine {
  readonly where: string;
  readonly expected: string;
  readonly found: string;
}

/**
 * The changed cells the check could name, as lines for the sidebar.
 * @param check - the check's result
 * @param maxLines - the most lines listed (the rest is counted)
 * @param maxFormula - the most characters of a formula shown
 * @returns the lines and how many more changed cells there are
 */
export function changedLines(check: ShareCheck, maxLines = 20, maxFormula = 60): { readonly lines: ChangedLine[]; readonly more: number } {
  const cut = (formula: string): string => (formula.length > maxFormula ? `${formula.slice(0, maxFormula - 1)}…` : formula);
  const all: ChangedLine[] = [];
  let total = 0;
  for (const sheet of check.sheets) {
    if (sheet.status !== 'changed' || !sheet.listed) continue;
    total += sheet.changed;
    for (const cell of sheet.cells) all.push({ where: `${sheet.sheet}!${cell.address}`, expected: cut(cell.expected), found: cut(cell.found) });
  }
  const lines = all.slice(0, maxLines);
  return { lines, more: total - lines.length };
}
